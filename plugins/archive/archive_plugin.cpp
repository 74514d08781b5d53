#include "archive_plugin.hpp"

#include <algorithm>
#include <exception>
#include <set>

#include <nlohmann/json.hpp>

#include "archive_urls.hpp"
#include "cited_date.hpp"
#include "common/link_state.hpp"
#include "common/settings.hpp"
#include "lookup.hpp"
#include "outcome.hpp"

namespace citecheck::plugins {
namespace {

using archive::Outcome;
using common::setting;

constexpr const char* k_name = "archive";
/// A footnote listing dozens of links still costs a bounded number of archive requests.
constexpr std::size_t k_max_urls = 8;

archive::Services services_of(const ResolveContext& context) {
  archive::Services services;
  services.availability = setting(context, "wayback.endpoint", services.availability);
  services.cdx = setting(context, "cdx.endpoint", services.cdx);
  services.replay = setting(context, "wayback.replay", archive::replay_base_for(services.cdx));
  services.timegate = setting(context, "memento.timegate", "");
  return services;
}

/// One cited URL to look at, and why.
struct Target {
  std::string url;
  std::optional<LinkCheck> check;
  std::optional<archive::ArchiveUrl> archived;
  /// The link check says the page is not delivered as it was (anything but ok, skipped
  /// and unknown: a user rule skipped it, or nobody could look).
  bool not_ok = false;
  bool known = false;
};

std::optional<LinkCheck> link_check_of(ResolveContext& context, const std::string& url) {
  if (!context.link_check) {
    return std::nullopt;
  }
  try {
    return context.link_check(url);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::vector<Target> targets_of(const Citation& citation, ResolveContext& context, bool all) {
  std::vector<Target> out;
  std::set<std::string> seen;
  for (const auto& url : citation.urls) {
    if (!archive::is_http_url(url) || !seen.insert(url).second) {
      continue;
    }
    Target target;
    target.url = url;
    target.check = link_check_of(context, url);
    const LinkState state = target.check ? target.check->state : LinkState::unknown;
    target.known = state != LinkState::unknown && state != LinkState::skipped;
    target.not_ok = target.known && state != LinkState::ok;
    target.archived = archive::parse_archive_url(url);
    // A cited archive URL is always worth reading (it costs nothing); any other link only
    // when it is broken or every link is asked for.
    if (target.archived || all || target.not_ok) {
      out.push_back(std::move(target));
    }
    if (out.size() >= k_max_urls) {
      break;
    }
  }
  return out;
}

std::optional<Outcome> cached(ResolveContext& context, const std::string& key) {
  try {
    if (const auto text = context.store.get(k_name, key)) {
      return archive::outcome_from_json(*text);
    }
  } catch (const std::exception&) {
    // A failing store means an uncached run, never a failed one.
  }
  return std::nullopt;
}

void keep(ResolveContext& context, const std::string& key, const Outcome& outcome) {
  const auto age = archive::max_age(outcome);
  if (age.count() <= 0) {
    return;
  }
  try {
    context.store.put(k_name, key, archive::to_json(outcome).dump(), age);
  } catch (const std::exception&) {
  }
}

/// The answer for one target, from the store when fresh.
Outcome outcome_of(const Target& target, ResolveContext& context, const archive::Services& services,
                   const archive::CitedDate& date, bool all, bool& from_cache) {
  from_cache = false;
  if (target.archived) {
    // A check of the copy is only needed when the link check did not already see it work.
    const bool check = target.not_ok || (all && !target.known);
    if (!check) {
      Outcome out =
          archive::read_cited_archive(context.http, services, target.url, *target.archived, false);
      if (target.check && target.check->state == LinkState::ok) {
        out.snapshot_status = target.check->status;
      }
      return out;
    }
    const std::string key = "cited " + target.url;
    if (auto hit = cached(context, key)) {
      from_cache = true;
      return *hit;
    }
    Outcome out =
        archive::read_cited_archive(context.http, services, target.url, *target.archived, true);
    keep(context, key, out);
    return out;
  }
  std::string key = "nearest " + target.url + " " + archive::wayback_day(date.time);
  if (!services.timegate.empty()) {
    key += " via " + services.timegate;
  }
  if (auto hit = cached(context, key)) {
    from_cache = true;
    return *hit;
  }
  Outcome out = archive::find_snapshot(context.http, services, target.url, date.time);
  keep(context, key, out);
  return out;
}

double confidence_of(const Outcome& outcome, const archive::CitedDate& date) {
  if (outcome.status == "not_found") {
    return 0.8;
  }
  if (outcome.status != "resolved") {
    return 0.0;
  }
  const bool seen = outcome.snapshot_status >= 200 && outcome.snapshot_status < 300;
  if (outcome.source == "cited") {
    return seen ? 0.95 : 0.8;
  }
  // The further from the cited date, the likelier the page had changed by then.
  const long days = archive::distance_days(*outcome.snapshot_time, date.time);
  return days <= 31 ? 0.95 : days <= 365 ? 0.85 : 0.7;
}

nlohmann::json text_or_null(const std::string& text) {
  return text.empty() ? nlohmann::json() : nlohmann::json(text);
}

nlohmann::json details_of(const Target& target, const Outcome& outcome,
                          const archive::CitedDate& date, bool from_cache) {
  nlohmann::json out{
      {"snapshot_url", text_or_null(outcome.snapshot_url)},
      {"snapshot_date", outcome.snapshot_time
                            ? nlohmann::json(archive::iso_datetime(*outcome.snapshot_time))
                            : nlohmann::json()},
      {"cited_date", date.text},
      {"cited_date_source", date.source},
      {"distance_days", outcome.snapshot_time ? nlohmann::json(archive::distance_days(
                                                    *outcome.snapshot_time, date.time))
                                              : nlohmann::json()},
      {"source", text_or_null(outcome.source)},
      {"snapshot_status", outcome.snapshot_status},
      {"original_url", outcome.original_url},
      {"cited_url", target.url},
      {"link_state", target.check ? std::string(common::link_state_name(target.check->state))
                                  : std::string("unknown")},
      {"status", outcome.status},
      {"from_cache", from_cache},
      {"notes", outcome.notes},
  };
  if (!outcome.reason.empty()) {
    out["reason"] = outcome.reason;
  }
  return out;
}

Resolution failed(const std::string& why) {
  Resolution resolution;
  resolution.plugin = k_name;
  resolution.status = "unresolved";
  resolution.reason = why;
  resolution.details_json = "{}";
  return resolution;
}

}  // namespace

PluginInfo ArchivePlugin::info() const {
  PluginInfo info;
  info.name = k_name;
  info.version = "1.0.0";
  info.description =
      "Archived copies of cited links (Wayback Machine availability API and CDX index, "
      "Memento TimeGates), nearest the date the author cited them";
  info.priority = 900;
  // The Internet Archive asks clients to stay well below 30 CDX and 600 replay requests a
  // minute (reference 3.2) and sends 429s without Retry-After: one request a second per
  // host, two at a time, for the availability API, the CDX index and the replays.
  info.service_limits = {{"archive.org", 2, 1.0}, {"web.archive.org", 2, 1.0}};
  return info;
}

Recognition ArchivePlugin::recognize(Citation& citation) const {
  (void)citation;
  return Recognition::not_mine;
}

std::optional<Resolution> ArchivePlugin::resolve(const Citation& citation,
                                                 ResolveContext& context) {
  try {
    const bool all = setting(context, "archive.mode", "broken") == "all";
    const std::vector<Target> targets = targets_of(citation, context, all);
    if (targets.empty()) {
      return std::nullopt;
    }
    const auto services = services_of(context);
    const auto today = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    const auto date = archive::cited_date(citation, context.document_date, today);

    std::vector<Outcome> outcomes;
    nlohmann::json details = nlohmann::json::array();
    for (const auto& target : targets) {
      bool from_cache = false;
      outcomes.push_back(outcome_of(target, context, services, date, all, from_cache));
      details.push_back(details_of(target, outcomes.back(), date, from_cache));
    }
    // The first copy found speaks for the citation; else the first failure (the answer
    // might still exist), else the first "none".
    std::size_t primary = 0;
    for (const char* wanted : {"resolved", "unresolved", "not_found"}) {
      const auto it = std::find_if(outcomes.begin(), outcomes.end(),
                                   [&](const Outcome& o) { return o.status == wanted; });
      if (it != outcomes.end()) {
        primary = static_cast<std::size_t>(it - outcomes.begin());
        break;
      }
    }
    const Outcome& chosen = outcomes[primary];
    Resolution resolution;
    resolution.plugin = k_name;
    resolution.status = chosen.status;
    resolution.reason = chosen.reason;
    if (targets.size() > 1 && !chosen.reason.empty()) {
      resolution.reason = targets[primary].url + ": " + chosen.reason;
    }
    if (chosen.status == "resolved") {
      resolution.identity = chosen.snapshot_url;
      resolution.url = chosen.snapshot_url;
      resolution.date = archive::iso_day(*chosen.snapshot_time);
    }
    resolution.confidence = confidence_of(chosen, date);
    nlohmann::json out = details[primary];
    if (targets.size() > 1) {
      out["urls"] = details;
    }
    resolution.details_json = out.dump();
    return resolution;
  } catch (const std::exception& error) {
    return failed(std::string("archive lookup failed: ") + error.what());
  }
}

}  // namespace citecheck::plugins

#ifndef CITECHECK_PLUGIN_STATIC
CITECHECK_PLUGIN(citecheck::plugins::ArchivePlugin)
#endif
