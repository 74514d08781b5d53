#include "memento.hpp"

#include <algorithm>
#include <cctype>

#include "archive_urls.hpp"

namespace citecheck::plugins::archive {
namespace {

constexpr std::size_t k_max_body = 64 * 1024;

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  return text;
}

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

/// Reads `; name="value"` or `; name=value` parameters up to the next link's comma.
/// Returns the position after them.
std::size_t read_params(std::string_view header, std::size_t at, Link& link) {
  while (at < header.size()) {
    while (at < header.size() && std::isspace(static_cast<unsigned char>(header[at]))) {
      ++at;
    }
    if (at >= header.size() || header[at] == ',') {
      return at;
    }
    if (header[at] != ';') {
      ++at;  // junk between parameters
      continue;
    }
    ++at;
    const auto eq = header.find_first_of("=;,", at);
    if (eq == std::string_view::npos || header[eq] != '=') {
      at = eq == std::string_view::npos ? header.size() : eq;
      continue;
    }
    const std::string name = lower(trim(header.substr(at, eq - at)));
    at = eq + 1;
    while (at < header.size() && header[at] == ' ') {
      ++at;
    }
    std::string value;
    if (at < header.size() && header[at] == '"') {
      const auto close = header.find('"', at + 1);
      const auto end = close == std::string_view::npos ? header.size() : close;
      value = std::string(header.substr(at + 1, end - at - 1));
      at = close == std::string_view::npos ? header.size() : close + 1;
    } else {
      const auto end = std::min(header.find_first_of(";,", at), header.size());
      value = std::string(trim(header.substr(at, end - at)));
      at = end;
    }
    if (name == "rel") {
      std::string_view rest = value;
      while (!rest.empty()) {
        rest = trim(rest);
        const auto space = rest.find_first_of(" \t");
        link.rels.push_back(lower(rest.substr(0, space)));
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space);
      }
    } else if (name == "datetime") {
      link.datetime = value;
    }
  }
  return at;
}

}  // namespace

bool Link::has(std::string_view rel) const {
  return std::find(rels.begin(), rels.end(), rel) != rels.end();
}

std::vector<Link> parse_link_header(std::string_view header) {
  std::vector<Link> links;
  std::size_t at = 0;
  while (at < header.size()) {
    const auto open = header.find('<', at);
    if (open == std::string_view::npos) {
      break;
    }
    const auto close = header.find('>', open + 1);
    if (close == std::string_view::npos) {
      break;
    }
    Link link;
    link.uri = std::string(trim(header.substr(open + 1, close - open - 1)));
    at = read_params(header, close + 1, link);
    if (!link.uri.empty()) {
      links.push_back(std::move(link));
    }
    if (at < header.size() && header[at] == ',') {
      ++at;
    }
  }
  return links;
}

HttpRequest timegate_request(std::string_view timegate, std::string_view url, Seconds cited) {
  HttpRequest request;
  request.url = std::string(timegate) + std::string(url);
  request.headers.emplace_back("Accept-Datetime", http_date(cited));
  request.follow_redirects = false;
  request.max_body = k_max_body;
  return request;
}

std::vector<Capture> mementos_of(const std::vector<Link>& links) {
  std::vector<Capture> out;
  for (const auto& link : links) {
    const bool memento = std::any_of(link.rels.begin(), link.rels.end(),
                                     [](const std::string& rel) { return rel == "memento"; });
    if (!memento || link.datetime.empty()) {
      continue;
    }
    const auto time = parse_http_date(link.datetime);
    if (!time) {
      continue;
    }
    Capture capture;
    capture.time = *time;
    capture.timestamp = wayback_timestamp(*time);
    capture.snapshot_url = link.uri;
    if (const auto parsed = parse_archive_url(link.uri)) {
      capture.original = parsed->original;
    }
    capture.source = "memento";
    out.push_back(std::move(capture));
  }
  return out;
}

}  // namespace citecheck::plugins::archive
