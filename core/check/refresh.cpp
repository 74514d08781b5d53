#include "check/refresh.hpp"

#include "engine/url.hpp"
#include "text/strings.hpp"

namespace citecheck::check {
namespace {

void skip_spaces(std::string_view s, std::size_t& i) {
  while (i < s.size() && is_html_space(s[i]))
    ++i;
}

// The URL after the delay: an optional "url =", then the URL, quoted or not.
std::string url_part(std::string_view s, std::size_t i) {
  std::size_t k = i;
  if (text::istarts_with(s.substr(k), "url")) {
    k += 3;
    skip_spaces(s, k);
    if (k < s.size() && s[k] == '=') {
      i = k + 1;
      skip_spaces(s, i);
    }
  }
  std::string_view url = s.substr(i);
  if (!url.empty() && (url.front() == '\'' || url.front() == '"')) {
    const char quote = url.front();
    url.remove_prefix(1);
    url = url.substr(0, url.find(quote));
  }
  while (!url.empty() && is_html_space(url.back()))
    url.remove_suffix(1);
  return std::string(url);
}

}  // namespace

std::optional<Refresh> parse_refresh(std::string_view s) {
  std::size_t i = 0;
  skip_spaces(s, i);
  const std::size_t digits = i;
  double seconds = 0.0;
  while (i < s.size() && text::is_digit(s[i])) {
    // Capped: a delay of more digits than a double holds is as long as any other.
    if (seconds < 1e9)
      seconds = seconds * 10 + (s[i] - '0');
    ++i;
  }
  if (i == digits && (i >= s.size() || s[i] != '.'))
    return std::nullopt;
  // The fraction is read and ignored, as browsers do.
  while (i < s.size() && (text::is_digit(s[i]) || s[i] == '.'))
    ++i;
  Refresh refresh;
  refresh.seconds = seconds;
  if (i >= s.size())
    return refresh;
  if (s[i] != ';' && s[i] != ',' && !is_html_space(s[i]))
    return std::nullopt;
  skip_spaces(s, i);
  if (i < s.size() && (s[i] == ';' || s[i] == ','))
    ++i;
  skip_spaces(s, i);
  refresh.url = url_part(s, i);
  return refresh;
}

std::optional<std::string> refresh_target(const HttpResponse& response, const PageSignals& page) {
  if (response.status < 200 || response.status >= 300)
    return std::nullopt;
  std::optional<Refresh> refresh;
  if (const std::string header = response.header("refresh"); !header.empty())
    refresh = parse_refresh(header);
  if (!refresh && !page.refresh.empty())
    refresh = parse_refresh(page.refresh);
  if (!refresh || refresh->url.empty() || refresh->seconds > k_max_refresh_seconds)
    return std::nullopt;
  const std::string& here = response.final_url.empty() ? response.url : response.final_url;
  const auto target = engine::resolve_url(here, refresh->url);
  if (!target)
    return std::nullopt;
  const auto parsed = engine::parse_http_url(*target);
  if (!parsed)
    return std::nullopt;  // javascript:, mailto: ... a checker does not go there
  // The same page again, the fragment aside, is a reload.
  const auto without_fragment = [](std::string_view url) { return url.substr(0, url.find('#')); };
  const auto current = engine::parse_http_url(here);
  if (current && without_fragment(current->url) == without_fragment(parsed->url))
    return std::nullopt;
  return parsed->url;
}

}  // namespace citecheck::check
