#include "page_record.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include <nlohmann/json.hpp>

#include <citecheck/json_number.hpp>

#include "page_url.hpp"
#include "paywall.hpp"
#include "text_encoding.hpp"
#include "text_fold.hpp"
#include "title_match.hpp"

namespace citecheck::plugins::news {

namespace {

using json = nlohmann::json;

/// Version of the stored JSON shape: older entries are fetched again, not misread.
constexpr int k_record_version = 1;

/// Titles of "not found" pages served with a 200, folded; matched at the title's start.
constexpr std::array<std::string_view, 17> k_not_found_titles = {"404",
                                                                 "page not found",
                                                                 "not found",
                                                                 "error 404",
                                                                 "file not found",
                                                                 "page cannot be found",
                                                                 "page does not exist",
                                                                 "page doesnt exist",
                                                                 "this page doesnt exist",
                                                                 "content not found",
                                                                 "article not found",
                                                                 "story not found",
                                                                 "sorry we couldnt find",
                                                                 "page introuvable",
                                                                 "pagina no encontrada",
                                                                 "seite nicht gefunden",
                                                                 "the page you requested"};

std::string header_of(const HttpResponse& response, std::string_view name) {
  for (const auto& [key, value] : response.headers) {
    if (key.size() == name.size() &&
        std::equal(key.begin(), key.end(), name.begin(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) ==
                 std::tolower(static_cast<unsigned char>(b));
        })) {
      return value;
    }
  }
  return {};
}

std::string attempts_text(const HttpResponse& response) {
  return response.attempts > 1 ? " after " + std::to_string(response.attempts) + " attempts"
                               : std::string();
}

PageRecord failure(PageRecord record, std::string reason, bool transient, bool dead = false) {
  record.outcome = PageRecord::Outcome::failed;
  record.reason = std::move(reason);
  record.transient = transient;
  record.dead = dead;
  return record;
}

void network_failure(PageRecord& record, const HttpResponse& response) {
  const std::string detail =
      response.error_text.empty() ? std::string() : ": " + response.error_text;
  switch (response.error) {
    case NetError::timeout:
      record = failure(record, "the site timed out" + attempts_text(response), true);
      break;
    case NetError::dns:
      // Dead for the repair candidates' sake, but not kept: a machine whose resolver is down
      // sees every host this way, and would otherwise remember it for a day.
      record = failure(record, "the host name does not resolve" + detail, true, true);
      break;
    case NetError::no_network:
      record = failure(record, "no network on this machine" + detail, true);
      break;
    case NetError::connect:
      record =
          failure(record, "could not connect to the site" + detail + attempts_text(response), true);
      break;
    case NetError::tls:
      record = failure(record, "TLS failure" + detail, false);
      break;
    case NetError::too_many_redirects:
    case NetError::redirect_loop:
      record = failure(record, "the site redirects in a loop" + detail, false, true);
      break;
    case NetError::invalid_url:
      record = failure(record, "not a URL that can be fetched" + detail, false, true);
      break;
    default:
      record = failure(record, "no answer from the site" + detail + attempts_text(response), true);
      break;
  }
}

bool is_not_found_title(const std::string& title) {
  for (const std::string& variant : title_variants(title)) {
    const std::string folded = fold_for_match(variant);
    for (const std::string_view phrase : k_not_found_titles) {
      if (folded.starts_with(phrase) &&
          (folded.size() == phrase.size() || folded[phrase.size()] == ' ')) {
        return true;
      }
    }
  }
  return false;
}

bool is_html_type(const std::string& content_type) {
  std::string type = content_type.substr(0, content_type.find(';'));
  std::transform(type.begin(), type.end(), type.begin(), [](char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  });
  type = squeeze_space(type);
  return type.empty() || type.find("html") != std::string::npos ||
         type.find("xml") != std::string::npos || type == "text/plain" ||
         type == "application/octet-stream";
}

json metadata_json(const PageMetadata& page) {
  json out{{"title", page.title},
           {"title_source", page.title_source},
           {"titles", page.titles},
           {"html_title", page.html_title},
           {"site_name", page.site_name},
           {"published", page.published},
           {"authors", page.authors},
           {"canonical", page.canonical},
           {"type", page.type},
           {"article", page.article},
           {"language", page.language},
           {"content_tier", page.content_tier},
           {"paywall_markup", page.paywall_markup},
           {"cut", page.cut}};
  if (page.accessible_for_free) {
    out["accessible_for_free"] = *page.accessible_for_free;
  }
  return out;
}

PageMetadata metadata_from(const json& value) {
  PageMetadata page;
  page.title = value.at("title").get<std::string>();
  page.title_source = value.value("title_source", "");
  page.titles = value.at("titles").get<std::vector<std::string>>();
  page.html_title = value.value("html_title", "");
  page.site_name = value.value("site_name", "");
  page.published = value.value("published", "");
  page.authors = value.value("authors", std::vector<std::string>{});
  page.canonical = value.value("canonical", "");
  page.type = value.value("type", "");
  page.article = value.value("article", false);
  page.language = value.value("language", "");
  page.content_tier = value.value("content_tier", "");
  page.paywall_markup = value.value("paywall_markup", std::vector<std::string>{});
  page.cut = value.value("cut", false);
  if (const auto free = value.find("accessible_for_free");
      free != value.end() && free->is_boolean()) {
    page.accessible_for_free = free->get<bool>();
  }
  return page;
}

}  // namespace

PageRecord fetch_page(Engine& http, const std::string& url) {
  HttpRequest request;
  request.url = url;
  request.headers = {{"Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"}};
  return read_answer(http.fetch(request));
}

PageRecord read_answer(const HttpResponse& response) {
  PageRecord record;
  record.url = response.url;
  record.final_url = response.final_url.empty() ? response.url : response.final_url;
  record.status = response.status;
  record.truncated = response.body_truncated;
  record.from_cache = response.from_cache;
  if (response.status == 0) {
    network_failure(record, response);
    return record;
  }
  const int status = response.status;
  const std::string code = " (" + std::to_string(status) + ")";
  if (status == 404 || status == 410) {
    return failure(record, (status == 404 ? "page not found" : "page gone") + code, false, true);
  }
  if (status == 429) {
    const std::string wait = header_of(response, "Retry-After");
    return failure(record,
                   "the site is rate-limiting requests (429" +
                       (wait.empty() ? std::string() : ", Retry-After: " + wait) + ")" +
                       attempts_text(response),
                   true);
  }
  if (status >= 500) {
    return failure(record, "server error" + code + attempts_text(response), true);
  }
  if (status == 403 || status == 451 || status == 999) {
    return failure(record, "the site refused the request" + code, false);
  }
  if (status != 401 && status != 402 && (status < 200 || status >= 300)) {
    return failure(record, "unexpected answer" + code, false);
  }

  const std::string content_type = header_of(response, "Content-Type");
  if (response.body.empty()) {
    if (status == 401 || status == 402) {
      record.paywall = true;
      record.paywall_signal =
          status == 401 ? "the site asks for a login (401)" : "the site asks for payment (402)";
      return failure(record, "paywall: page behind a login wall (" + record.paywall_signal + ")",
                     false);
    }
    return failure(record, "the site answered with an empty page" + code, true);
  }
  if (!is_html_type(content_type) || response.body.starts_with("%PDF")) {
    const std::string type = content_type.empty() ? std::string("a PDF")
                                                  : content_type.substr(0, content_type.find(';'));
    return failure(record, "not an HTML page (" + type + "): no page metadata to compare", false);
  }
  const std::string text = page_text_as_utf8(response.body, content_type);
  record.metadata = read_page_metadata(text, record.final_url);
  PageMetadata& page = record.metadata;
  record.truncated = record.truncated || page.cut;

  // A canonical link to the front page from a story is a site's template error, not news.
  if (!page.canonical.empty()) {
    const WebUrl canonical = parse_web_url(page.canonical);
    const WebUrl landed = parse_web_url(record.final_url);
    if (is_home_path(canonical.path) && !is_home_path(landed.path)) {
      page.canonical.clear();
    }
  }

  const Paywall wall = detect_paywall(response, page);
  record.paywall = wall.found;
  record.paywall_signal = wall.signal;
  if (wall.found && (wall.replaces_article || page.empty())) {
    return failure(record, "paywall: page behind a login wall (" + wall.signal + ")", false);
  }
  const WebUrl cited = parse_web_url(record.url);
  const WebUrl landed = parse_web_url(record.final_url);
  if (!cited.scheme.empty() && !landed.scheme.empty() && is_home_path(landed.path) &&
      !is_home_path(cited.path)) {
    return failure(record, "the link now leads to the site's front page (" + record.final_url + ")",
                   false, true);
  }
  if (!page.article && !page.title.empty() && is_not_found_title(page.title)) {
    return failure(record,
                   "the page says '" + page.title + "' (a 'not found' page served with " +
                       std::to_string(status) + ")",
                   false, true);
  }
  if (page.empty()) {
    return failure(record,
                   std::string("no metadata readable on the page (no title, no meta tags)") +
                       (page.cut ? "; the markup nests too deep to read it all" : ""),
                   false);
  }
  record.outcome = PageRecord::Outcome::page;
  return record;
}

std::string serialize_record(const PageRecord& record) {
  json out{{"v", k_record_version},
           {"outcome", record.outcome == PageRecord::Outcome::page ? "page" : "failed"},
           {"reason", record.reason},
           {"dead", record.dead},
           {"url", record.url},
           {"final_url", record.final_url},
           {"status", record.status},
           {"paywall", record.paywall},
           {"paywall_signal", record.paywall_signal},
           {"truncated", record.truncated}};
  if (record.outcome == PageRecord::Outcome::page) {
    out["metadata"] = metadata_json(record.metadata);
  }
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::optional<PageRecord> parse_record(const std::string& text) {
  const json value = json::parse(text, nullptr, false);
  if (!value.is_object() || json_whole_or(value, "v", 0) != k_record_version) {
    return std::nullopt;
  }
  try {
    PageRecord record;
    const std::string outcome = value.at("outcome").get<std::string>();
    if (outcome == "page") {
      record.outcome = PageRecord::Outcome::page;
      record.metadata = metadata_from(value.at("metadata"));
    } else if (outcome == "failed") {
      record.outcome = PageRecord::Outcome::failed;
    } else {
      return std::nullopt;
    }
    record.reason = value.value("reason", "");
    record.dead = value.value("dead", false);
    record.url = value.value("url", "");
    record.final_url = value.value("final_url", "");
    record.status = json_whole_or(value, "status", 0);
    record.paywall = value.value("paywall", false);
    record.paywall_signal = value.value("paywall_signal", "");
    record.truncated = value.value("truncated", false);
    record.from_cache = true;
    return record;
  } catch (const json::exception&) {
    return std::nullopt;
  }
}

}  // namespace citecheck::plugins::news
