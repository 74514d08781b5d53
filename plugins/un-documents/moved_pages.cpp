#include "moved_pages.hpp"

#include <array>
#include <cctype>
#include <chrono>

#include <nlohmann/json.hpp>

#include <citecheck/json_number.hpp>

#include "common/service_answer.hpp"

namespace citecheck::plugins::un_documents {

using common::percent_encode;
using common::service_failure;

namespace {

using json = nlohmann::json;

constexpr std::string_view k_plugin = "un-documents";
constexpr std::chrono::seconds k_found_age{std::chrono::hours(24 * 30)};
constexpr std::chrono::seconds k_gone_age{std::chrono::hours(24)};
/// Enough of the final page to read its <title>.
constexpr std::size_t k_max_body = 256 * 1024;

/// Sections of www.un.org that moved to their own hosts (peacekeeping.un.org, news.un.org,
/// press.un.org) and still redirect.
constexpr std::array<std::string_view, 8> k_moved_sections{
    "/en/peacekeeping/", "/fr/peacekeeping/", "/es/peacekeeping/", "/depts/dpko/",
    "/apps/news/",       "/apps/newsfr/",     "/apps/newssp/",     "/news/press/"};

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

struct UrlParts {
  std::string host;  ///< lower case, no port
  std::string path;  ///< from the first '/', query and fragment dropped
};

std::optional<UrlParts> split_url(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos)
    return std::nullopt;
  const std::string_view rest = url.substr(scheme + 3);
  const std::size_t slash = rest.find_first_of("/?#");
  std::string_view authority = rest.substr(0, slash);
  if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos)
    authority.remove_prefix(at + 1);
  UrlParts parts;
  parts.host = lower(authority.substr(0, authority.find(':')));
  if (slash != std::string_view::npos && rest[slash] == '/') {
    const std::string_view path = rest.substr(slash);
    parts.path = std::string(path.substr(0, path.find_first_of("?#")));
  } else {
    parts.path = "/";
  }
  return parts;
}

std::string without_fragment(std::string_view url) {
  return std::string(url.substr(0, url.find('#')));
}

/// A site's home page or a language's root: where sites send what they no longer have.
bool is_home_page(std::string_view url) {
  const auto parts = split_url(url);
  if (!parts)
    return false;
  std::string path = parts->path;
  while (!path.empty() && path.back() == '/')
    path.pop_back();
  if (path.empty())
    return true;
  // "/en", "/fr", "/index.html", "/en/index.html"
  const std::string name = lower(path);
  return (name.size() == 3 && name[0] == '/') || name == "/index.html" ||
         (name.size() == 14 && name.ends_with("/index.html"));
}

std::string decode_entities(std::string text) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> k_entities{
      {{"&amp;", "&"},
       {"&quot;", "\""},
       {"&#39;", "'"},
       {"&#039;", "'"},
       {"&lt;", "<"},
       {"&gt;", ">"}}};
  for (const auto& [entity, plain] : k_entities) {
    for (std::size_t at = text.find(entity); at != std::string::npos;
         at = text.find(entity, at + plain.size()))
      text.replace(at, entity.size(), plain);
  }
  return text;
}

std::string html_title(std::string_view body) {
  const std::string lowered = lower(body.substr(0, std::min<std::size_t>(body.size(), 65536)));
  const std::size_t open = lowered.find("<title");
  if (open == std::string::npos)
    return {};
  const std::size_t start = lowered.find('>', open);
  const std::size_t close = lowered.find("</title", start == std::string::npos ? open : start);
  if (start == std::string::npos || close == std::string::npos)
    return {};
  std::string title;
  bool space = false;
  for (char c : body.substr(start + 1, close - start - 1)) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !title.empty();
      continue;
    }
    if (space)
      title += ' ';
    space = false;
    title += c;
  }
  return decode_entities(title);
}

json to_json(const MovedPage& page) {
  json hops = json::array();
  for (const Hop& hop : page.hops)
    hops.push_back({{"url", hop.url}, {"status", hop.status}, {"location", hop.location}});
  return {{"url", page.url},
          {"final_url", page.final_url},
          {"final_status", page.final_status},
          {"title", page.title},
          {"hops", hops}};
}

std::optional<MovedPage> from_json(const std::string& text) {
  const json value = json::parse(text, nullptr, false);
  if (!value.is_object())
    return std::nullopt;
  try {
    MovedPage page;
    page.url = value.at("url").get<std::string>();
    page.final_url = value.at("final_url").get<std::string>();
    // Numbers that are no int (a damaged entry) make it unreadable, never a cast.
    const auto final_status = json_whole<int>(value.at("final_status"));
    if (!final_status)
      return std::nullopt;
    page.final_status = *final_status;
    page.title = value.value("title", "");
    for (const json& hop : value.at("hops")) {
      const auto status = json_whole<int>(hop.at("status"));
      if (!status)
        return std::nullopt;
      page.hops.push_back(
          Hop{hop.at("url").get<std::string>(), *status, hop.value("location", ""), {}});
    }
    return page;
  } catch (const json::exception&) {
    return std::nullopt;
  }
}

std::string chain_text(const MovedPage& page) {
  std::string out;
  for (const Hop& hop : page.hops) {
    if (!out.empty())
      out += " -> ";
    out += hop.url + " (" + std::to_string(hop.status) + ")";
  }
  return out;
}

/// The chain as the link check saw it, when the check ran and reached the server.
std::optional<MovedPage> from_link_check(std::string_view cited, ResolveContext& context) {
  if (!context.link_check)
    return std::nullopt;
  std::optional<LinkCheck> check = context.link_check(std::string(cited));
  if (!check)
    check = context.link_check(without_fragment(cited));
  if (!check || check->evidence.hops.empty() || check->status == 0 ||
      check->state == LinkState::blocked || check->state == LinkState::server_error)
    return std::nullopt;
  MovedPage page;
  page.url = without_fragment(cited);
  page.hops = check->evidence.hops;
  page.final_url = check->final_url.empty() ? page.hops.back().url : check->final_url;
  page.final_status = check->status;
  page.title = check->evidence.title;
  return page;
}

}  // namespace

bool is_moved_un_page(std::string_view url) {
  const auto parts = split_url(url);
  if (!parts || (parts->host != "un.org" && parts->host != "www.un.org"))
    return false;
  const std::string path = lower(parts->path);
  for (std::string_view section : k_moved_sections) {
    if (path.starts_with(section))
      return true;
  }
  return false;
}

Resolution judge_moved_page(const MovedPage& page) {
  Resolution out;
  out.plugin = std::string(k_plugin);
  out.details_json = json{{"moved_page", to_json(page)}}.dump();
  const int status = page.final_status;
  if (status == 404 || status == 410) {
    out.status = "not_found";
    out.reason = "the page is gone: " + chain_text(page);
    out.url = page.final_url;
    return out;
  }
  if (status < 200 || status >= 300) {
    out.status = "unresolved";
    out.reason = "the redirects of " + page.url + " end with HTTP " + std::to_string(status) +
                 ": " + chain_text(page);
    return out;
  }
  if (page.final_url != page.url && is_home_page(page.final_url)) {
    out.status = "not_found";
    out.reason =
        "redirects to the site's home page (" + page.final_url + "): the page itself is gone";
    out.url = page.final_url;
    return out;
  }
  out.status = "resolved";
  out.identity = page.final_url;
  out.url = page.final_url;
  out.title = page.title;
  bool permanent = true;
  for (const Hop& hop : page.hops) {
    if (hop.status >= 300 && hop.status < 400 && hop.status != 301 && hop.status != 308)
      permanent = false;
  }
  out.confidence = permanent ? 1.0 : 0.9;
  out.reason = page.final_url == page.url ? "the page is still at its cited address"
                                          : "moved: " + chain_text(page);
  return out;
}

Resolution resolve_moved_page(std::string_view cited, ResolveContext& context) {
  const std::string url = without_fragment(cited);
  const std::string key = "moved:" + url;
  if (auto cached = context.store.get(std::string(k_plugin), key)) {
    if (auto page = from_json(*cached))
      return judge_moved_page(*page);
  }
  std::optional<MovedPage> page = from_link_check(cited, context);
  if (!page) {
    HttpRequest request;
    request.url = url;
    request.max_body = k_max_body;
    const HttpResponse response = context.http.fetch(request);
    if (response.status == 0 || response.status == 429 || response.status >= 500 ||
        (response.status == 202 && response.body.empty())) {
      Resolution out;
      out.plugin = std::string(k_plugin);
      out.status = "unresolved";
      out.reason = service_failure(response, url).value_or("no answer from " + url);
      return out;
    }
    page = MovedPage{url, response.final_url.empty() ? url : response.final_url, response.status,
                     response.hops, html_title(response.body)};
  }
  Resolution out = judge_moved_page(*page);
  if (out.status != "unresolved") {
    context.store.put(std::string(k_plugin), key, to_json(*page).dump(),
                      out.status == "resolved" ? k_found_age : k_gone_age);
  }
  return out;
}

}  // namespace citecheck::plugins::un_documents
