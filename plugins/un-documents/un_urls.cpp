#include "un_urls.hpp"

#include "common/service_answer.hpp"

#include <algorithm>
#include <array>
#include "common/ascii.hpp"

namespace citecheck::plugins::un_documents {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = ascii::to_lower(c);
  return out;
}

/// White space (as ascii::is_space) and the marks that close a URL in running text, as a
/// table: asked of every byte of every URL.
constexpr auto k_url_stops = [] {
  std::array<bool, 256> stops{};
  for (const char c : std::string_view(" \t\n\r\f\v<>\"]|{}")) {
    stops[static_cast<unsigned char>(c)] = true;
  }
  return stops;
}();

bool url_stop(char c) {
  return k_url_stops[static_cast<unsigned char>(c)];
}

/// Host (lowercase, no "www.") and the rest of the URL after it.
std::pair<std::string, std::string_view> host_and_rest(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme != std::string_view::npos)
    url.remove_prefix(scheme + 3);
  const std::size_t end = std::min(url.find('/'), url.find('?'));
  std::string host = lower(url.substr(0, end == std::string_view::npos ? url.size() : end));
  if (host.starts_with("www."))
    host.erase(0, 4);
  const std::size_t port = host.find(':');
  if (port != std::string::npos)
    host.resize(port);
  return {host, end == std::string_view::npos ? std::string_view() : url.substr(end)};
}

/// Value of query parameter `name` (case-insensitive name), raw.
std::optional<std::string_view> query_value(std::string_view rest, std::string_view name) {
  const std::size_t q = rest.find('?');
  if (q == std::string_view::npos)
    return std::nullopt;
  std::string_view query = rest.substr(q + 1);
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    const std::size_t eq = pair.find('=');
    if (eq != std::string_view::npos && lower(pair.substr(0, eq)) == lower(name)) {
      return pair.substr(eq + 1);
    }
    if (amp == std::string_view::npos)
      break;
    query.remove_prefix(amp + 1);
  }
  return std::nullopt;
}

constexpr std::array<std::string_view, 6> k_languages{"en", "fr", "es", "ar", "ru", "zh"};

/// "/en/S/RES/2100(2013)" -> "S/RES/2100(2013)": path without language and query.
std::string_view symbol_path(std::string_view rest) {
  rest = rest.substr(0, std::min(rest.find('?'), rest.find('#')));
  if (rest.starts_with('/'))
    rest.remove_prefix(1);
  for (std::string_view lang : k_languages) {
    if (rest.size() > 3 && lower(rest.substr(0, 3)) == std::string(lang) + "/") {
      rest.remove_prefix(3);
      break;
    }
  }
  while (rest.ends_with('/'))
    rest.remove_suffix(1);
  return rest;
}

/// The first "http://" or "https://" at or after `from`: one search for "http" serves
/// both ('h' is frequent in prose, so each search stops often).
std::size_t find_http(std::string_view text, std::size_t from) {
  for (std::size_t at = text.find("http", from); at != std::string_view::npos;
       at = text.find("http", at + 1)) {
    const std::string_view rest = text.substr(at + 4);
    if (rest.starts_with("://") || rest.starts_with("s://"))
      return at;
  }
  return std::string_view::npos;
}

}  // namespace

std::vector<UrlSpan> find_url_spans(std::string_view text) {
  std::vector<UrlSpan> spans;
  std::size_t i = 0;
  while (i < text.size()) {
    // "www." inside "http://www." is the same URL: the earliest start wins.
    const std::size_t at = std::min(find_http(text, i), text.find("www.", i));
    if (at == std::string_view::npos)
      break;
    std::size_t end = at;
    while (end < text.size() && !url_stop(text[end]))
      ++end;
    // Sentence punctuation and unbalanced closing brackets after a URL are not part of it.
    while (end > at) {
      const char last = text[end - 1];
      if (last == '.' || last == ',' || last == ';' || last == ':' || last == '\'' || last == '*') {
        --end;
        continue;
      }
      if (last == ')') {
        const std::string_view body = text.substr(at, end - at);
        if (std::count(body.begin(), body.end(), '(') < std::count(body.begin(), body.end(), ')')) {
          --end;
          continue;
        }
      }
      break;
    }
    spans.push_back({at, end, std::string(text.substr(at, end - at))});
    i = std::max(end, at + 1);
  }
  return spans;
}

bool is_un_document_url(std::string_view url) {
  return symbol_in_url(url).has_value();
}

std::optional<std::string> symbol_in_url(std::string_view url) {
  const auto [host, rest] = host_and_rest(url);
  std::optional<std::string_view> raw;
  if (host == "undocs.org" || host == "docs.un.org") {
    if (auto value = query_value(rest, "FinalSymbol")) {
      raw = value;
    } else {
      raw = symbol_path(rest);
    }
  } else if (host == "documents.un.org") {
    raw = query_value(rest, "s");
    if (!raw)
      raw = query_value(rest, "symbol");
  } else if (host == "daccess-ods.un.org" || host == "daccess-dds-ny.un.org") {
    raw = query_value(rest, "DS");
  } else if (host == "un.org" || host.ends_with(".un.org")) {
    // www.un.org/ga/search/view_doc.asp?symbol=A/RES/70/1
    raw = query_value(rest, "symbol");
  }
  if (!raw || raw->empty()) {
    return std::nullopt;
  }
  std::string symbol = common::percent_decode(*raw, true);
  if (symbol.find('/') == std::string::npos) {
    return std::nullopt;
  }
  return symbol;
}

}  // namespace citecheck::plugins::un_documents
