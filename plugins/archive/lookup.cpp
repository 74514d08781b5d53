#include "lookup.hpp"

#include <algorithm>
#include <set>
#include <vector>

#include "availability.hpp"
#include "cdx.hpp"
#include "common/service_answer.hpp"
#include "memento.hpp"
#include "snapshot_check.hpp"

namespace citecheck::plugins::archive {

using common::answered;
using common::describe;
using common::header_value;
using common::service_failure;
namespace {

/// The state of one search: the best capture so far and the evidence for the verdict.
class Search {
 public:
  Search(Engine& http, const std::string& url, Seconds cited)
      : m_http(http), m_url(url), m_cited(cited) {}

  /// Looks at the captures nearest first, up to `budget` replays; stops at the first usable.
  void try_captures(std::vector<Capture> captures, int budget, bool require_memento) {
    std::stable_sort(captures.begin(), captures.end(), [&](const Capture& a, const Capture& b) {
      return distance(a.time) < distance(b.time);
    });
    for (const auto& capture : captures) {
      if (budget <= 0) {
        break;
      }
      if (!m_seen.insert(capture.snapshot_url).second) {
        continue;
      }
      if (archived_error(capture)) {
        add_note(m_notes, capture.timestamp + ": archived as HTTP " +
                              std::to_string(capture.status) + " (" + capture.source + ")");
        continue;
      }
      --budget;
      const SnapshotCheck check =
          check_snapshot(m_http, capture.snapshot_url, m_url, require_memento);
      if (!check.answered) {
        ++m_unanswered;
        m_problems.push_back("replay of " + capture.timestamp + ": " + check.problem);
        continue;
      }
      if (!check.usable) {
        add_note(m_notes, capture.timestamp + ": " + check.problem);
        m_neighbours = check.link_header;
        continue;
      }
      consider(capture, check);
      return;
    }
  }

  /// A usable capture; kept when nearer than the best so far.
  void consider(const Capture& capture, const SnapshotCheck& check) {
    const Seconds time = check.time.value_or(capture.time);
    if (m_best && distance(m_best->snapshot_time.value_or(time)) <= distance(time)) {
      return;
    }
    Outcome best;
    best.status = "resolved";
    best.original_url = m_url;
    best.snapshot_url = check.final_url.empty() ? capture.snapshot_url : check.final_url;
    best.snapshot_time = time;
    best.snapshot_status = check.status;
    best.source = capture.source;
    m_best = std::move(best);
  }

  long distance(Seconds time) const { return std::labs((time - m_cited).count()); }
  long best_days() const { return m_best ? distance_days(*m_best->snapshot_time, m_cited) : -1; }
  bool found() const { return m_best.has_value(); }
  void mark_seen(const std::string& snapshot_url) { m_seen.insert(snapshot_url); }

  void problem(std::string text) { m_problems.push_back(std::move(text)); }
  void note(std::string text) { add_note(m_notes, std::move(text)); }
  /// An index answered properly (with captures or none): evidence for "not_found".
  void index_answered() { m_evidence = true; }
  /// Link header of the last error replay: its neighbouring mementos.
  const std::string& neighbours() const { return m_neighbours; }

  Outcome verdict() && {
    Outcome out;
    if (m_best) {
      out = std::move(*m_best);
    } else if (m_evidence && m_unanswered == 0) {
      out.status = "not_found";
      out.original_url = m_url;
      out.reason = m_notes.notes.empty()
                       ? "no capture in the archives"
                       : "no usable capture: the captures near the date are error pages";
    } else {
      out.status = "unresolved";
      out.original_url = m_url;
      for (const auto& text : m_problems) {
        out.reason += (out.reason.empty() ? "" : "; ") + text;
      }
      if (out.reason.empty()) {
        out.reason = "no archive service gave an answer";
      }
    }
    for (auto& text : m_notes.notes) {
      add_note(out, std::move(text));
    }
    if (out.status != "unresolved") {
      for (const auto& text : m_problems) {
        add_note(out, text);
      }
    }
    return out;
  }

 private:
  Engine& m_http;
  const std::string& m_url;
  Seconds m_cited;
  std::set<std::string> m_seen;
  std::optional<Outcome> m_best;
  Outcome m_notes;  // only its note list is used
  std::vector<std::string> m_problems;
  std::string m_neighbours;
  int m_unanswered = 0;
  bool m_evidence = false;
};

/// Reads an index's answer: the failure, a cut body, a malformed one, or the captures.
template <typename Parse>
std::optional<IndexAnswer> read_index(Search& search, const HttpResponse& response,
                                      std::string_view service, Parse parse) {
  if (const auto failed = service_failure(response, service, {.empty_body = true})) {
    search.problem(*failed);
    return std::nullopt;
  }
  if (response.body_truncated) {
    search.problem(std::string(service) + " answer was cut at " +
                   std::to_string(response.body.size()) + " bytes");
    return std::nullopt;
  }
  IndexAnswer answer = parse(response.body);
  if (!answer.error.empty()) {
    search.problem(std::string(service) + " gave a malformed answer: " + answer.error);
    return std::nullopt;
  }
  return answer;
}

void ask_timegate(Search& search, Engine& http, const Services& services, const std::string& url,
                  Seconds cited) {
  const HttpResponse response = http.fetch(timegate_request(services.timegate, url, cited));
  const std::string_view service = "Memento TimeGate";
  if (!answered(response)) {
    search.problem(*service_failure(response, service, {.empty_body = true}));
    return;
  }
  // No memento, or (RFC 7089 drafts) none for that datetime.
  if (response.status == 404 || response.status == 406) {
    search.index_answered();
    return;
  }
  const std::vector<Link> links = parse_link_header(header_value(response, "Link"));
  std::vector<Capture> captures = mementos_of(links);
  if (response.status >= 200 && response.status < 300 &&
      !header_value(response, "Memento-Datetime").empty()) {
    // A TimeGate that is its own memento (RFC 7089 pattern 1.1 / 2.1): it answered with
    // the capture; read it as a replay.
    search.index_answered();
    SnapshotCheck check = read_snapshot(response, url, true);
    if (const std::string place = header_value(response, "Content-Location"); !place.empty()) {
      check.final_url = place;
    }
    Capture capture;
    capture.snapshot_url = check.final_url;
    capture.time = check.time.value_or(cited);
    capture.timestamp = wayback_timestamp(capture.time);
    capture.source = "memento";
    if (check.usable) {
      search.consider(capture, check);
      return;
    }
    search.note(capture.timestamp + ": " + check.problem);
    search.try_captures(std::move(captures), k_checks_per_index - 1, true);
    return;
  }
  std::string location = response.hops.empty() ? std::string() : response.hops.back().location;
  if (location.empty()) {
    location = header_value(response, "Location");
  }
  if (response.status < 300 || response.status >= 400 || location.empty()) {
    search.problem(service_failure(response, service, {.empty_body = true})
                       .value_or(std::string(service) + " answered HTTP " +
                                 std::to_string(response.status) + " without a Location"));
    return;
  }
  search.index_answered();
  // The TimeGate's choice goes first: its datetime from the Link header when listed there.
  Capture chosen;
  chosen.snapshot_url = location;
  chosen.time = cited;
  chosen.source = "memento";
  for (const auto& capture : captures) {
    if (capture.snapshot_url == location) {
      chosen.time = capture.time;
    }
  }
  if (const auto parsed = parse_archive_url(location); parsed && chosen.time == cited) {
    chosen.time = parsed->time;
  }
  chosen.timestamp = wayback_timestamp(chosen.time);
  search.try_captures({chosen}, 1, true);
  if (search.found()) {
    return;
  }
  // The chosen memento is an error page: its neighbours (from its own Link header, else the
  // TimeGate's) are the next nearest.
  std::vector<Capture> more = mementos_of(parse_link_header(search.neighbours()));
  more.insert(more.end(), captures.begin(), captures.end());
  search.try_captures(std::move(more), k_checks_per_index - 1, true);
}

}  // namespace

Outcome find_snapshot(Engine& http, const Services& services, const std::string& url, Seconds cited,
                      const std::string& seen) {
  Search search(http, url, cited);
  if (!seen.empty()) {
    search.mark_seen(seen);
  }

  const auto available =
      read_index(search, http.fetch(availability_request(services.availability, url, cited)),
                 "Wayback availability API", parse_availability);
  // The availability API is known to answer "nothing" for archived URLs, so its empty
  // answer is no evidence; only the CDX index (or a TimeGate) can say "not archived".
  int budget = k_checks_per_index;
  if (available && !available->captures.empty()) {
    search.try_captures(available->captures, budget, true);
    budget -= 1;
  }
  if (!search.found()) {
    const auto listed =
        read_index(search, http.fetch(cdx_request(services.cdx, url, cited)), "Wayback CDX server",
                   [&](std::string_view body) { return parse_cdx(body, services.replay); });
    if (listed) {
      search.index_answered();
      search.try_captures(listed->captures, budget, true);
    }
  }
  if (!services.timegate.empty() && (!search.found() || search.best_days() > k_near_enough_days)) {
    ask_timegate(search, http, services, url, cited);
  }
  return std::move(search).verdict();
}

Outcome read_cited_archive(Engine& http, const Services& services, const std::string& url,
                           const ArchiveUrl& archived, bool check) {
  Outcome out;
  out.status = "resolved";
  out.source = "cited";
  out.original_url = archived.original;
  out.snapshot_url = url;
  out.snapshot_time = archived.time;
  if (!check) {
    return out;
  }
  // The Wayback Machine marks each real capture with Memento-Datetime; other archives may
  // not, and are judged by status alone.
  const std::string wayback_host = host_of(services.replay);
  const bool wayback = archived.archive == wayback_host || archived.archive == "web.archive.org" ||
                       archived.archive == "wayback.archive.org";
  const SnapshotCheck seen = check_snapshot(http, url, archived.original, wayback);
  if (seen.usable) {
    out.snapshot_status = seen.status;
    if (seen.time) {
      out.snapshot_time = seen.time;
    }
    if (!seen.final_url.empty() && seen.final_url != url) {
      add_note(out, "the archive redirects to " + seen.final_url);
    }
    return out;
  }
  // The cited copy is no copy of the page: look for another capture near its date.
  Outcome other = find_snapshot(http, services, archived.original, archived.time, url);
  const std::string cited_problem = "the cited archive copy is not usable: " + seen.problem;
  if (other.status == "resolved") {
    other.notes.insert(other.notes.begin(), cited_problem);
    return other;
  }
  other.reason = cited_problem + "; " + other.reason;
  if (!seen.answered) {
    other.status = "unresolved";
  }
  return other;
}

}  // namespace citecheck::plugins::archive
