#include "journal_resolution.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <chrono>
#include <cmath>

#include <nlohmann/json.hpp>

#include <citecheck/json_number.hpp>

#include "common/service_answer.hpp"
#include "common/settings.hpp"
#include "crossref_requests.hpp"
#include "crossref_work.hpp"
#include "match_score.hpp"

namespace citecheck::plugins::journals {

namespace {

using json = nlohmann::json;
using common::header_value;
using common::service_failure;

constexpr std::string_view k_plugin = "journals";
constexpr std::string_view k_crossref = "Crossref";
constexpr std::string_view k_resolver = "doi.org";
/// Works are kept a week, not a month: a retraction notice can come at any time and is
/// what a fact-checker most needs to see.
constexpr std::chrono::seconds k_found_age{std::chrono::hours(24 * 7)};
constexpr std::chrono::seconds k_not_found_age{std::chrono::hours(24)};
constexpr int k_cache_version = 1;
constexpr std::size_t k_max_body = std::size_t{2} << 20;

std::string lower(std::string text) {
  for (char& c : text)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

CrossrefSettings read_settings(const ResolveContext& context) {
  CrossrefSettings settings;
  settings.api = common::endpoint_setting(context, "crossref.endpoint", settings.api);
  settings.resolver = common::endpoint_setting(context, "doi.endpoint", settings.resolver);
  if (const auto found = context.settings.find("crossref.mailto"); found != context.settings.end())
    settings.mailto = found->second;
  if (const auto found = context.settings.find("journals.threshold");
      found != context.settings.end()) {
    double value = 0.0;
    const std::string& text = found->second;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc() && ptr == text.data() + text.size() && value > 0.0 && value <= 1.0)
      settings.threshold = value;
  }
  return settings;
}

Resolution make(std::string status, std::string reason = {}) {
  Resolution out;
  out.plugin = std::string(k_plugin);
  out.status = std::move(status);
  out.reason = std::move(reason);
  return out;
}

int cited_year(const Citation& citation) {
  int year = 0;
  const std::string& issued = citation.issued;
  if (issued.size() >= 4 &&
      std::from_chars(issued.data(), issued.data() + 4, year).ptr == issued.data() + 4)
    return year;
  return 0;
}

CitedWork cited_work(const Citation& citation) {
  CitedWork cited;
  cited.title = citation.title;
  for (const std::string& author : citation.authors) {
    if (std::string family = family_name(author); !family.empty())
      cited.families.push_back(std::move(family));
  }
  cited.container = citation.container_title;
  cited.year = cited_year(citation);
  return cited;
}

std::string full_title(const CrossrefWork& work) {
  return work.subtitle.empty() ? work.title : work.title + ": " + work.subtitle;
}

/// Notices about `work`: its own `updated-by` and relations, and notices among `others`
/// whose `update-to` names it. One entry per notice and type.
std::vector<UpdateNotice> notices_for(const CrossrefWork& work,
                                      const std::vector<CrossrefWork>& others) {
  std::vector<UpdateNotice> out;
  const auto add = [&out](UpdateNotice notice) {
    const bool known = std::any_of(out.begin(), out.end(), [&](const UpdateNotice& n) {
      return lower(n.doi) == lower(notice.doi) && n.type == notice.type;
    });
    if (!known)
      out.push_back(std::move(notice));
  };
  for (const UpdateNotice& notice : work.updated_by)
    add(notice);
  for (const UpdateNotice& notice : work.relation_updates)
    add(notice);
  for (const CrossrefWork& other : others) {
    for (const UpdateNotice& update : other.update_to) {
      if (lower(update.doi) == lower(work.doi))
        add({other.doi, update.type, update.label, update.source, update.date});
    }
  }
  return out;
}

bool title_says_retracted(const CrossrefWork& work) {
  return lower(work.title).starts_with("retracted");
}

/// Adds {"retracted", "notices"} to `details` and puts the news first in the reason.
void report_updates(const CrossrefWork& work, const std::vector<UpdateNotice>& notices,
                    json& details, Resolution& out) {
  json list = json::array();
  bool retracted = title_says_retracted(work);
  std::string withdrawn;
  std::string amended;
  for (const UpdateNotice& notice : notices) {
    list.push_back({{"type", notice.type},
                    {"label", notice.label},
                    {"doi", notice.doi},
                    {"source", notice.source},
                    {"date", notice.date}});
    const std::string what = (notice.label.empty() ? notice.type : notice.label) +
                             (notice.doi.empty() ? "" : " " + notice.doi) +
                             (notice.date.empty() ? "" : " of " + notice.date) +
                             (notice.source.empty() ? "" : " (" + notice.source + ")");
    if (is_withdrawal(notice.type)) {
      retracted = true;
      withdrawn += (withdrawn.empty() ? "" : "; ") + what;
    } else {
      amended += (amended.empty() ? "" : "; ") + what;
    }
  }
  details["retracted"] = retracted;
  details["notices"] = list;
  std::string news;
  if (retracted) {
    news =
        "RETRACTED: " + work.doi + (withdrawn.empty() ? " (the title says so)" : " - " + withdrawn);
  }
  if (!amended.empty())
    news += (news.empty() ? "UPDATED: " + work.doi + " - " : "; also ") + amended;
  if (!news.empty())
    out.reason = out.reason.empty() ? news : news + "; " + out.reason;
  if (!work.update_to.empty()) {
    const UpdateNotice& target = work.update_to.front();
    details["is_notice"] = true;
    const std::string note = "this DOI is itself a " +
                             (target.label.empty() ? target.type : target.label) + " notice for " +
                             target.doi;
    out.reason = out.reason.empty() ? note : out.reason + "; " + note;
  }
}

json candidate_json(const CrossrefWork& work, const MatchScore& score) {
  json out{{"doi", work.doi},      {"title", full_title(work)}, {"container", work.container},
           {"year", work.year},    {"authors", work.families},  {"type", work.type},
           {"score", score.total}, {"title_score", score.title}};
  if (score.authors >= 0)
    out["author_score"] = score.authors;
  if (score.year >= 0)
    out["year_score"] = score.year;
  if (score.journal >= 0)
    out["journal_score"] = score.journal;
  return out;
}

std::string rounded(double value) {
  const long hundredths = std::lround(value * 100.0);
  return std::to_string(hundredths / 100) + "." + (hundredths % 100 < 10 ? "0" : "") +
         std::to_string(hundredths % 100);
}

/// Why a Crossref answer is unusable; for a 429, with the budget Crossref's headers publish
/// (`x-rate-limit-limit` per `x-rate-limit-interval`), so the user can set a host limit.
std::optional<std::string> crossref_failure(const HttpResponse& response, int expected = 0) {
  std::optional<std::string> failure = service_failure(response, k_crossref, {.status = expected});
  if (failure && response.status == 429) {
    const std::string limit = header_value(response, "x-rate-limit-limit");
    const std::string interval = header_value(response, "x-rate-limit-interval");
    if (!limit.empty() && !interval.empty())
      *failure += "; its published limit is " + limit + " requests per " + interval;
  }
  return failure;
}

// ---- a printed DOI ----------------------------------------------------------------------

/// What is known about a DOI.
struct DoiAnswer {
  enum class Outcome { found, elsewhere, absent, unavailable };
  Outcome outcome = Outcome::unavailable;
  CrossrefWork work;
  std::string location;  ///< where doi.org sends a DOI Crossref does not hold
  std::string reason;
};

std::optional<DoiAnswer> doi_from_cache(const std::string& text) {
  const json value = json::parse(text, nullptr, false);
  if (!value.is_object() || json_whole_or(value, "v", 0) != k_cache_version)
    return std::nullopt;
  DoiAnswer answer;
  const std::string outcome = value.value("outcome", "");
  if (outcome == "found") {
    auto work = work_from_json(value.value("work", json::object()));
    if (!work)
      return std::nullopt;
    answer.outcome = DoiAnswer::Outcome::found;
    answer.work = std::move(*work);
  } else if (outcome == "elsewhere") {
    answer.outcome = DoiAnswer::Outcome::elsewhere;
    answer.location = value.value("location", "");
  } else if (outcome == "absent") {
    answer.outcome = DoiAnswer::Outcome::absent;
  } else {
    return std::nullopt;
  }
  return answer;
}

DoiAnswer look_up_doi(const std::string& doi, const CrossrefSettings& settings,
                      ResolveContext& context) {
  const std::string key = "doi:" + lower(doi);
  if (auto cached = context.store.get(std::string(k_plugin), key)) {
    if (auto answer = doi_from_cache(*cached))
      return *answer;
  }
  DoiAnswer answer;
  HttpRequest request;
  request.url = work_url(settings, doi);
  request.headers = {{"Accept", "application/json"}};
  request.max_body = k_max_body;
  const HttpResponse response = context.http.fetch(request);
  if (auto failure = crossref_failure(response, 404)) {
    answer.reason = std::move(*failure);
    return answer;
  }
  if (response.status != 404) {
    WorksAnswer read = read_single_work(response.body);
    if (read.error || read.works.empty()) {
      answer.reason = std::string(k_crossref) + " answered " + read.error.value_or("no work") +
                      " for " + doi + (response.body_truncated ? " (the answer was cut)" : "");
      return answer;
    }
    answer.outcome = DoiAnswer::Outcome::found;
    answer.work = std::move(read.works.front());
    if (answer.work.doi.empty())
      answer.work.doi = doi;
    context.store.put(
        std::string(k_plugin), key,
        json{{"v", k_cache_version}, {"outcome", "found"}, {"work", work_to_json(answer.work)}}
            .dump(),
        k_found_age);
    return answer;
  }
  // Crossref holds only its own DOIs (reference 1.1): ask the DOI system itself. GET rather
  // than HEAD, without following: the 302 or 404 is the answer, and some proxies mishandle
  // HEAD; the body is a few hundred bytes.
  HttpRequest probe;
  probe.url = resolver_url(settings, doi);
  probe.follow_redirects = false;
  probe.max_body = 16 * 1024;
  const HttpResponse resolved = context.http.fetch(probe);
  if (resolved.status >= 300 && resolved.status < 400) {
    answer.outcome = DoiAnswer::Outcome::elsewhere;
    for (const auto& [name, value] : resolved.headers) {
      if (lower(name) == "location")
        answer.location = value;
    }
    context.store.put(
        std::string(k_plugin), key,
        json{{"v", k_cache_version}, {"outcome", "elsewhere"}, {"location", answer.location}}
            .dump(),
        k_found_age);
    return answer;
  }
  if (auto failure = service_failure(resolved, k_resolver, {.status = 404})) {
    answer.reason = std::move(*failure);
    return answer;
  }
  answer.outcome = DoiAnswer::Outcome::absent;
  context.store.put(std::string(k_plugin), key,
                    json{{"v", k_cache_version}, {"outcome", "absent"}}.dump(), k_not_found_age);
  return answer;
}

Resolution resolve_doi(const Citation& citation, const CrossrefSettings& settings,
                       ResolveContext& context) {
  const std::string& doi = citation.dois.front();
  const DoiAnswer answer = look_up_doi(doi, settings, context);
  json details{{"doi", doi}};
  switch (answer.outcome) {
    case DoiAnswer::Outcome::unavailable: {
      Resolution out = make("unresolved", answer.reason);
      out.identity = doi;
      out.details_json = details.dump();
      return out;
    }
    case DoiAnswer::Outcome::absent: {
      Resolution out = make("not_found", "DOI " + doi +
                                             " does not exist: Crossref and doi.org both "
                                             "answer 404");
      out.identity = doi;
      out.details_json = details.dump();
      return out;
    }
    case DoiAnswer::Outcome::elsewhere: {
      Resolution out = make("resolved", "DOI " + doi +
                                            " is registered with another agency than "
                                            "Crossref (doi.org sends it to " +
                                            answer.location + "); its title was not checked");
      out.identity = doi;
      out.url = answer.location.empty() ? resolver_url(settings, doi) : answer.location;
      out.confidence = 0.7;
      details["registered_elsewhere"] = true;
      details["location"] = answer.location;
      out.details_json = details.dump();
      return out;
    }
    case DoiAnswer::Outcome::found:
      break;
  }
  const CrossrefWork& work = answer.work;
  Resolution out = make("resolved");
  out.identity = work.doi;
  out.title = full_title(work);
  out.date = work.year > 0 ? std::to_string(work.year) : std::string();
  out.url = "https://doi.org/" + work.doi;
  out.confidence = 0.9;
  details["doi"] = work.doi;
  details["crossref_title"] = full_title(work);
  details["container"] = work.container;
  details["authors"] = work.families;
  if (!citation.title.empty()) {
    const double similarity = title_similarity(citation.title, work);
    details["cited_title"] = citation.title;
    details["title_similarity"] = similarity;
    if (similarity < k_mismatch_below) {
      out.status = "mismatch";
      out.reason = "DOI " + work.doi + " is '" + full_title(work) + "', not the cited '" +
                   citation.title + "' (title similarity " + rounded(similarity) + ")";
      out.confidence = similarity;
    } else {
      out.confidence = std::max(0.9, similarity);
    }
  }
  report_updates(work, notices_for(work, {}), details, out);
  out.details_json = details.dump();
  return out;
}

/// A citation printing several DOIs (an article and its data, say): the first is the one
/// resolved; the next ones are checked to exist, and one that does not is named.
void add_other_dois(const Citation& citation, const CrossrefSettings& settings,
                    ResolveContext& context, Resolution& out) {
  constexpr std::size_t k_max_other = 2;
  json details = json::parse(out.details_json, nullptr, false);
  if (!details.is_object())
    details = json::object();
  json others = json::array();
  for (std::size_t i = 1; i < citation.dois.size() && i <= k_max_other; ++i) {
    const std::string& doi = citation.dois[i];
    const DoiAnswer answer = look_up_doi(doi, settings, context);
    json entry{{"doi", doi}};
    switch (answer.outcome) {
      case DoiAnswer::Outcome::found:
        entry["status"] = "exists";
        entry["title"] = full_title(answer.work);
        break;
      case DoiAnswer::Outcome::elsewhere:
        entry["status"] = "exists";
        entry["location"] = answer.location;
        break;
      case DoiAnswer::Outcome::absent:
        entry["status"] = "not_found";
        out.reason += std::string(out.reason.empty() ? "" : "; ") + "the citation's DOI " + doi +
                      " does not exist";
        break;
      case DoiAnswer::Outcome::unavailable:
        entry["status"] = "unresolved";
        entry["reason"] = answer.reason;
        break;
    }
    others.push_back(std::move(entry));
  }
  details["other_dois"] = std::move(others);
  out.details_json = details.dump();
}

// ---- a search by reference --------------------------------------------------------------

/// Candidates for a query: from the cache, else from Crossref; `error` when neither.
struct SearchAnswer {
  std::vector<CrossrefWork> works;
  std::optional<std::string> error;
};

SearchAnswer search(const std::string& query, const CrossrefSettings& settings,
                    ResolveContext& context, const std::string& key) {
  SearchAnswer out;
  if (auto cached = context.store.get(std::string(k_plugin), key)) {
    const json value = json::parse(*cached, nullptr, false);
    if (value.is_object() && json_whole_or(value, "v", 0) == k_cache_version &&
        value.contains("works") && value["works"].is_array()) {
      bool whole = true;
      for (const json& item : value["works"]) {
        if (auto work = work_from_json(item))
          out.works.push_back(std::move(*work));
        else
          whole = false;
      }
      if (whole)
        return out;
      out.works.clear();
    }
  }
  HttpRequest request;
  request.url = works_search_url(settings, query);
  request.headers = {{"Accept", "application/json"}};
  request.max_body = k_max_body;
  const HttpResponse response = context.http.fetch(request);
  if (auto failure = crossref_failure(response)) {
    out.error = std::move(failure);
    return out;
  }
  WorksAnswer read = read_work_list(response.body);
  if (read.error) {
    out.error = std::string(k_crossref) + " answered " + *read.error +
                (response.body_truncated ? " (the answer was cut)" : "");
    return out;
  }
  out.works = std::move(read.works);
  return out;
}

void cache_search(const std::string& key, const std::vector<CrossrefWork>& works, bool confident,
                  ResolveContext& context) {
  json list = json::array();
  for (const CrossrefWork& work : works)
    list.push_back(work_to_json(work));
  context.store.put(std::string(k_plugin), key,
                    json{{"v", k_cache_version}, {"works", list}}.dump(),
                    confident ? k_found_age : k_not_found_age);
}

Resolution resolve_by_search(const Citation& citation, const CrossrefSettings& settings,
                             ResolveContext& context) {
  const std::string query = bibliographic_query(citation);
  const std::string key = "search:" + query;
  const SearchAnswer answer = search(query, settings, context, key);
  if (answer.error)
    return make("unresolved", *answer.error);

  const CitedWork cited = cited_work(citation);
  struct Scored {
    const CrossrefWork* work;
    MatchScore score;
  };
  std::vector<Scored> scored;
  for (const CrossrefWork& work : answer.works)
    scored.push_back({&work, score_work(cited, work)});
  std::stable_sort(scored.begin(), scored.end(),
                   [](const Scored& a, const Scored& b) { return a.score.total > b.score.total; });
  json candidates = json::array();
  for (const Scored& entry : scored)
    candidates.push_back(candidate_json(*entry.work, entry.score));

  // A notice ("Retraction: <title>") resembles the work it retracts; it is never the
  // cited work, only news about it. Peer reviews and components carry the article's title
  // too. A preprint is the cited work only when no published version matches as well.
  const auto eligible = [](const Scored& entry) {
    const CrossrefWork& work = *entry.work;
    return work.update_to.empty() && !work.doi.empty() && work.type != "peer-review" &&
           work.type != "component";
  };
  const Scored* best = nullptr;
  for (const Scored& entry : scored) {
    if (!eligible(entry))
      continue;
    if (best == nullptr) {
      best = &entry;
    } else if (best->work->type == "posted-content" && entry.work->type != "posted-content" &&
               is_confident(entry.score, settings.threshold)) {
      best = &entry;
      break;
    }
  }
  const bool confident = best != nullptr && is_confident(best->score, settings.threshold);
  cache_search(key, answer.works, confident, context);

  json details{{"query", query}, {"threshold", settings.threshold}, {"candidates", candidates}};
  if (!confident) {
    std::string reason;
    if (best == nullptr) {
      reason = "Crossref has no candidate for this reference";
    } else {
      reason = "no Crossref work matches closely enough: the best, " + best->work->doi + " '" +
               full_title(*best->work) + "', scores " + rounded(best->score.total) + " (title " +
               rounded(best->score.title) + ") against the threshold " +
               rounded(settings.threshold);
    }
    Resolution out = make("no_confident_match", reason);
    out.confidence = best != nullptr ? best->score.total : 0.0;
    out.details_json = details.dump();
    return out;
  }
  const CrossrefWork& work = *best->work;
  Resolution out = make("resolved");
  out.identity = work.doi;
  out.title = full_title(work);
  out.date = work.year > 0 ? std::to_string(work.year) : std::string();
  out.url = "https://doi.org/" + work.doi;
  out.confidence = best->score.total;
  details["doi"] = work.doi;
  details["score"] = candidate_json(work, best->score);
  if (work.type == "posted-content")
    out.reason = "matched a preprint (posted-content): no published version matched";
  report_updates(work, notices_for(work, answer.works), details, out);
  out.details_json = details.dump();
  return out;
}

}  // namespace

std::optional<Resolution> resolve_journal_citation(const Citation& citation,
                                                   ResolveContext& context) {
  const CrossrefSettings settings = read_settings(context);
  if (!citation.dois.empty()) {
    Resolution out = resolve_doi(citation, settings, context);
    if (citation.dois.size() > 1)
      add_other_dois(citation, settings, context, out);
    return out;
  }
  if (citation.kind != Kind::journal_article)
    return std::nullopt;
  if (citation.title.empty())
    return make("unresolved", "no title to search Crossref with");
  return resolve_by_search(citation, settings, context);
}

}  // namespace citecheck::plugins::journals
