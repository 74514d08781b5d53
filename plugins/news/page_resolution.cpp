#include "page_resolution.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "common/link_state.hpp"
#include "outlets.hpp"
#include "page_url.hpp"
#include "text_fold.hpp"
#include "title_match.hpp"
#include "url_parts.hpp"

namespace citecheck::plugins::news {

namespace {

using json = nlohmann::json;

constexpr const char* k_plugin = "news";
/// Confidence when the footnote gives no title to compare: the page is there, no more.
constexpr double k_uncompared_confidence = 0.5;
constexpr double k_date_bonus = 0.2;
constexpr double k_outlet_bonus = 0.1;

/// Link states after which fetching the page again cannot tell more. `blocked` is fetched
/// anyway: a wall is worth naming, and a GET may pass where the checker's HEAD did not.
bool not_worth_fetching(LinkState state) {
  return state == LinkState::dead || state == LinkState::soft_404 ||
         state == LinkState::unreachable || state == LinkState::redirect_loop ||
         state == LinkState::invalid || state == LinkState::skipped ||
         state == LinkState::unknown || state == LinkState::timeout ||
         state == LinkState::server_error;
}

bool is_web_url(const std::string& url) {
  return !parse_web_url(url).scheme.empty();
}

std::chrono::seconds age_setting(const ResolveContext& context, const std::string& key,
                                 std::chrono::seconds fallback, std::chrono::seconds unit) {
  const auto found = context.settings.find(key);
  if (found == context.settings.end()) {
    return fallback;
  }
  double value = 0.0;
  const std::string& text = found->second;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 0.0 ||
      value > 3650.0 * 24) {
    return fallback;
  }
  return std::chrono::seconds(static_cast<long long>(value * static_cast<double>(unit.count())));
}

/// The store is a cache: when it fails, the run goes on without it.
std::optional<PageRecord> cached_record(ResolveContext& context, const std::string& key) {
  try {
    if (auto text = context.store.get(k_plugin, key)) {
      return parse_record(*text);
    }
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

void keep_record(ResolveContext& context, const std::string& key, const PageRecord& record) {
  if (record.transient) {
    return;
  }
  const bool page = record.outcome == PageRecord::Outcome::page;
  const std::chrono::seconds age =
      page ? age_setting(context, "news.cache_days", k_page_max_age, std::chrono::hours(24))
           : age_setting(context, "news.failure_cache_hours", k_failure_max_age,
                         std::chrono::hours(1));
  if (age.count() <= 0) {
    return;
  }
  try {
    context.store.put(k_plugin, key, serialize_record(record), age);
  } catch (const std::exception&) {
  }
}

PageRecord page_record(ResolveContext& context, const std::string& url) {
  const std::string key = page_key(url);
  if (auto cached = cached_record(context, key)) {
    return *cached;
  }
  PageRecord record = fetch_page(context.http, url);
  keep_record(context, key, record);
  return record;
}

}  // namespace

void keep_observed_page(const HttpResponse& answer, ResolveContext& context) {
  if (answer.method != "GET" || answer.status == 0 || !is_web_url(answer.url)) {
    return;  // a HEAD has no page to read; no answer is nothing to keep
  }
  keep_record(context, page_key(answer.url), read_answer(answer));
}

namespace {

std::optional<std::chrono::sys_days> day_of(const std::string& iso) {
  if (iso.size() < 10) {
    return std::nullopt;
  }
  const int year = std::atoi(iso.substr(0, 4).c_str());
  const unsigned month = static_cast<unsigned>(std::atoi(iso.substr(5, 2).c_str()));
  const unsigned day = static_cast<unsigned>(std::atoi(iso.substr(8, 2).c_str()));
  const std::chrono::year_month_day date{std::chrono::year(year), std::chrono::month(month),
                                         std::chrono::day(day)};
  if (!date.ok()) {
    return std::nullopt;
  }
  return std::chrono::sys_days(date);
}

/// The names the page's site goes by: its own, the outlet table's for the host, and the
/// host's main label ("reuters" for www.reuters.com).
std::vector<std::string> site_names(const PageMetadata& page, const std::string& url) {
  std::vector<std::string> names;
  if (!page.site_name.empty()) {
    names.push_back(page.site_name);
  }
  const UrlParts parts = split_url(url);
  if (const Outlet* outlet = outlet_for_url(parts)) {
    names.emplace_back(outlet->name);
    std::string_view aliases = outlet->aliases;
    while (!aliases.empty()) {
      const auto bar = aliases.find('|');
      names.emplace_back(aliases.substr(0, bar));
      aliases = bar == std::string_view::npos ? std::string_view() : aliases.substr(bar + 1);
    }
  }
  if (const auto dot = parts.host.find('.'); dot != std::string::npos) {
    names.push_back(parts.host.substr(0, dot));
  }
  return names;
}

/// Titles a page gives that could be compared: a title that is only the site's name (a
/// script-built page's shell) says nothing about the story.
std::vector<std::string> comparable_titles(const PageMetadata& page, const std::string& url) {
  std::vector<std::string> names;
  for (const std::string& name : site_names(page, url)) {
    names.push_back(fold_for_match(name));
  }
  std::vector<std::string> titles;
  for (const std::string& title : page.titles) {
    const std::string folded = fold_for_match(title);
    if (!folded.empty() && std::find(names.begin(), names.end(), folded) == names.end()) {
      titles.push_back(title);
    }
  }
  return titles;
}

std::string page_url_of(const PageRecord& record) {
  if (!record.metadata.canonical.empty()) {
    return record.metadata.canonical;
  }
  // Where the page lives, without the fragment a reader's browser added ("#VMkQ8C4X4x-").
  return page_key(record.final_url.empty() ? record.url : record.final_url);
}

json optional_bool(const std::optional<bool>& value) {
  return value ? json(*value) : json(nullptr);
}

std::string dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

std::optional<bool> dates_agree(const std::string& cited, const std::string& published) {
  if (cited.size() < 4 || published.size() < 4) {
    return std::nullopt;
  }
  if (cited.size() >= 10 && published.size() >= 10) {
    const auto a = day_of(cited);
    const auto b = day_of(published);
    if (a && b) {
      const auto apart = (*a - *b).count();
      return apart >= -1 && apart <= 1;
    }
  }
  const std::size_t common = std::min({cited.size(), published.size(), std::size_t{7}});
  return cited.compare(0, common, published, 0, common) == 0;
}

std::optional<bool> outlet_agrees(const std::string& cited, const std::string& site_name,
                                  const std::string& page_url) {
  if (fold_for_match(cited).empty()) {
    return std::nullopt;
  }
  const Outlet* named = outlet_named(cited);
  const Outlet* hosted = outlet_for_url(split_url(page_url));
  if (named != nullptr && hosted != nullptr) {
    return named->name == hosted->name;
  }
  std::vector<std::string> names;
  if (!site_name.empty()) {
    names.push_back(site_name);
  }
  if (hosted != nullptr) {
    names.emplace_back(hosted->name);
  }
  const std::string folded = fold_for_match(cited);
  for (const std::string& name : names) {
    const std::string other = fold_for_match(name);
    if (other.empty()) {
      continue;
    }
    if (folded == other || title_similarity(cited, name) >= k_title_agrees ||
        (" " + folded + " ").find(" " + other + " ") != std::string::npos ||
        (" " + other + " ").find(" " + folded + " ") != std::string::npos) {
      return true;
    }
  }
  // "Reuters" for reuters.com, "Al Jazeera" for aljazeera.com: the name spelled in the host.
  std::string joined = folded;
  joined.erase(std::remove(joined.begin(), joined.end(), ' '), joined.end());
  const std::string host = split_url(page_url).host;
  if (joined.size() >= 3 && host.find(joined) != std::string::npos) {
    return true;
  }
  if (names.empty()) {
    return std::nullopt;
  }
  return false;
}

Resolution judge_page(const Citation& citation, const PageRecord& record) {
  Resolution out;
  out.plugin = k_plugin;
  const std::string landed = record.final_url.empty() ? record.url : record.final_url;
  json details{{"cited_url", record.url},
               {"final_url", landed},
               {"http_status", record.status},
               {"paywall", record.paywall},
               {"from_cache", record.from_cache}};
  if (!record.paywall_signal.empty()) {
    details["paywall_signal"] = record.paywall_signal;
  }
  if (record.outcome != PageRecord::Outcome::page) {
    out.status = "unresolved";
    out.reason = record.reason;
    out.identity = page_key(landed);
    out.url = out.identity;
    out.details_json = dump(details);
    return out;
  }
  const PageMetadata& page = record.metadata;
  const std::string url = page_url_of(record);
  out.identity = page_key(url);
  out.url = url;
  out.title = strip_site_name(page.title, site_names(page, landed));
  out.date = page.published;

  const std::vector<std::string> titles = comparable_titles(page, landed);
  std::optional<TitleMatch> match;
  if (!fold_for_match(citation.title).empty() && !titles.empty()) {
    match = best_title_match(citation.title, titles);
  }
  const std::optional<bool> date_matches = dates_agree(citation.issued, page.published);
  // The footnote's outlet may sit in either field ("United Nations News Centre, 'Title'"
  // reads as the publisher): either agreeing is agreement.
  std::optional<bool> outlet_matches;
  for (const std::string* cited_outlet : {&citation.container_title, &citation.publisher}) {
    const std::optional<bool> agrees = outlet_agrees(*cited_outlet, page.site_name, landed);
    if (agrees && (!outlet_matches || *agrees)) {
      outlet_matches = agrees;
    }
  }

  details["page_title"] = page.title;
  details["title_source"] = page.title_source;
  details["site_name"] = page.site_name;
  details["published"] = page.published;
  details["authors"] = page.authors;
  details["canonical"] = page.canonical;
  details["title_similarity"] =
      match ? json(std::round(match->similarity * 1000.0) / 1000.0) : json(nullptr);
  details["date_matches"] = optional_bool(date_matches);
  details["outlet_matches"] = optional_bool(outlet_matches);
  details["truncated"] = record.truncated;
  if (match && !match->matched.empty() && match->matched != page.title) {
    details["matched_title"] = match->matched;
  }

  if (match) {
    out.confidence = match->similarity;
    // Behind a wall the title is still the article's, but what a reader sees may differ:
    // a wall is reported as a wall, never as a mismatch.
    if (match->similarity < k_title_mismatch && !record.paywall) {
      out.status = "mismatch";
      out.reason =
          "title_mismatch: cited '" + citation.title + "' but the page says '" + out.title + "'";
    } else {
      out.status = "resolved";
    }
  } else {
    out.status = "resolved";
    out.confidence = k_uncompared_confidence + (date_matches.value_or(false) ? k_date_bonus : 0.0) +
                     (outlet_matches.value_or(false) ? k_outlet_bonus : 0.0);
  }
  out.details_json = dump(details);
  return out;
}

std::optional<Resolution> resolve_page_citation(const Citation& citation, ResolveContext& context) {
  if (citation.kind != Kind::news && citation.kind != Kind::web) {
    return std::nullopt;
  }
  const auto cited = std::find_if(citation.urls.begin(), citation.urls.end(), is_web_url);
  if (cited == citation.urls.end()) {
    return std::nullopt;
  }
  const std::string url = *cited;
  try {
    if (context.link_check) {
      if (const auto check = context.link_check(url); check && not_worth_fetching(check->state)) {
        Resolution out;
        out.plugin = k_plugin;
        out.status = "unresolved";
        std::string why = check->evidence.signal.empty() ? check->error : check->evidence.signal;
        if (why.empty() && check->status != 0) {
          why = "HTTP " + std::to_string(check->status);
        }
        out.reason = "link " + std::string(common::link_state_name(check->state)) +
                     (why.empty() ? "" : ": " + why);
        out.identity = page_key(url);
        out.url = url;
        out.details_json = dump(json{{"cited_url", url},
                                     {"link_state", common::link_state_name(check->state)},
                                     {"paywall", false}});
        return out;
      }
    }
    PageRecord record = page_record(context, url);
    std::string repaired;
    if (record.outcome != PageRecord::Outcome::page && record.dead) {
      std::size_t tried = 0;
      for (const std::string& candidate : citation.url_candidates) {
        if (tried == k_max_candidates) {
          break;
        }
        if (candidate == url || !is_web_url(candidate)) {
          continue;
        }
        ++tried;
        PageRecord other = page_record(context, candidate);
        if (other.outcome == PageRecord::Outcome::page) {
          record = std::move(other);
          repaired = candidate;
          break;
        }
      }
    }
    Resolution out = judge_page(citation, record);
    if (!repaired.empty()) {
      json details = json::parse(out.details_json, nullptr, false);
      if (details.is_object()) {
        details["repaired_url"] = repaired;
        details["cited_url"] = url;
        out.details_json = dump(details);
      }
    }
    return out;
  } catch (const std::exception& error) {
    Resolution out;
    out.plugin = k_plugin;
    out.status = "unresolved";
    out.reason = std::string("could not read the page: ") + error.what();
    out.identity = page_key(url);
    out.url = url;
    return out;
  }
}

}  // namespace citecheck::plugins::news
