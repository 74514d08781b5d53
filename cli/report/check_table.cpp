// `check` on a terminal: broken links first, grouped by state, each with the footnote and
// line an editor needs to find it; a summary at the end.
#include <algorithm>
#include <ostream>

#include "report/check_report.hpp"

namespace citecheck::cli {
namespace {

const char* colour_of(LinkState state) {
  switch (state) {
    case LinkState::ok:
      return "\033[32m";
    case LinkState::redirected:
    case LinkState::blocked:
    case LinkState::unknown:
    case LinkState::skipped:
      return "\033[33m";
    default:
      return "\033[31m";
  }
}

class TableReporter final : public CheckReporter {
 public:
  explicit TableReporter(bool colour) : m_colour(colour) {}

  void render(std::ostream& out, const CheckRun& run) override {
    if (run.no_network) {
      out << paint(LinkState::unknown, "No network") << ": " << run.no_network_reason << '\n';
    }
    for (const auto& doc : run.documents) {
      if (!run.links_checked) {
        break;
      }
      out << bold(doc.path) << "  (" << doc.links.size() << " cited links, " << doc.citations
          << " citations)\n";
      std::vector<const CheckedLink*> rows;
      for (const auto& link : doc.links) {
        rows.push_back(&link);
      }
      std::stable_sort(rows.begin(), rows.end(), [](const CheckedLink* a, const CheckedLink* b) {
        return state_rank(a->check.state) < state_rank(b->check.state);
      });
      std::optional<LinkState> group;
      for (const CheckedLink* link : rows) {
        if (group != link->check.state) {
          group = link->check.state;
          out << "  " << paint(*group, std::string(to_string(*group))) << '\n';
        }
        out << "    fn " << link->footnote << " (line " << link->line << ")  " << link->url;
        if (link->check.status != 0) {
          out << "  [" << link->check.status << ']';
        }
        if (link->check.from_cache) {
          out << "  (cached)";
        }
        out << '\n';
        if (!link->check.moved_to.empty()) {
          out << "        now at " << link->check.moved_to << '\n';
        }
        if (link->check.state != LinkState::ok && !link->check.evidence.signal.empty()) {
          out << "        " << link->check.evidence.signal << '\n';
        }
      }
    }
    for (const auto& doc : run.documents) {
      if (doc.resolved.empty()) {
        continue;
      }
      out << bold("Sources of " + doc.path) << '\n';
      for (const auto& citation : doc.resolved) {
        out << "  fn " << citation.citation_id << " (line " << citation.line << ")  "
            << to_string(citation.kind) << "  " << citation.cited << '\n';
        for (const auto& r : citation.resolutions) {
          out << "      " << describe(r) << '\n';
        }
      }
    }
    if (!run.links_checked) {
      return;
    }
    out << "\n" << run.distinct_urls << " distinct URLs";
    for (const auto& [state, n] : run.counts) {
      out << ", " << n << ' ' << to_string(state);
    }
    out << " (" << run.from_cache << " from cache, " << static_cast<int>(run.seconds * 10) / 10.0
        << " s)\n";
  }

 private:
  std::string paint(LinkState state, const std::string& text) const {
    return m_colour ? std::string(colour_of(state)) + text + "\033[0m" : text;
  }
  std::string bold(const std::string& text) const {
    return m_colour ? "\033[1m" + text + "\033[0m" : text;
  }
  bool m_colour;
};

}  // namespace

std::unique_ptr<CheckReporter> make_check_table_reporter(bool colour) {
  return std::make_unique<TableReporter>(colour);
}

}  // namespace citecheck::cli
