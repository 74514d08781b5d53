// `check` on a terminal: broken links first, grouped by state, each with the footnote and
// line an editor needs to find it; a summary at the end.
#include <algorithm>
#include <ostream>

#include "report/check_report.hpp"
#include "report/source_summary.hpp"

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

  void begin(std::ostream& /*out*/, bool /*links_checked*/) override {}

  void documents(std::ostream& out, const CheckRun& batch) override {
    if (batch.no_network && !m_said_no_network) {
      out << paint(LinkState::unknown, "No network") << ": " << batch.no_network_reason << '\n';
      m_said_no_network = true;
    }
    for (const auto& doc : batch.documents) {
      if (!batch.links_checked) {
        break;
      }
      out << bold(doc.path) << "  (" << doc.links.size() << " cited links, " << doc.citations
          << " citations)\n";
      std::vector<const CheckedLink*> rows;
      for (const auto& link : doc.links) {
        rows.push_back(&link);
      }
      std::stable_sort(rows.begin(), rows.end(), [](const CheckedLink* a, const CheckedLink* b) {
        return state_rank(a->check().state) < state_rank(b->check().state);
      });
      std::optional<LinkState> group;
      for (const CheckedLink* link : rows) {
        if (group != link->check().state) {
          group = link->check().state;
          out << "  " << paint(*group, std::string(to_string(*group))) << '\n';
        }
        out << "    fn " << link->footnote << " (line " << link->line << ")  " << link->url;
        if (link->check().status != 0) {
          out << "  [" << link->check().status << ']';
        }
        if (link->check().from_cache) {
          out << "  (cached)";
        }
        out << '\n';
        if (!link->check().moved_to.empty()) {
          out << "        now at " << link->check().moved_to << '\n';
        }
        if (link->check().state != LinkState::ok && !link->check().evidence.signal.empty()) {
          out << "        " << link->check().evidence.signal << '\n';
        }
      }
    }
    for (const auto& doc : batch.documents) {
      if (!doc.resolved.empty()) {
        render_sources(out, doc);
      }
    }
  }

  void end(std::ostream& out, const CheckRun& run) override {
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
  // Per citation: what the footnote cites, then one line per link and per answer, the
  // verdict in a column of its own so that the eye runs down it; details indented below.
  void render_sources(std::ostream& out, const CheckedDocument& doc) const {
    out << '\n' << bold("Sources of " + doc.path) << '\n';
    for (const auto& citation : doc.resolved) {
      out << "  fn " << citation.citation_id << " (line " << citation.line << ")  "
          << to_string(citation.kind) << "  " << citation.cited << '\n';
      for (const auto& link : citation.links) {
        if (!link.checked) {
          continue;  // `resolve` checks no links: nothing to say about them
        }
        row(out, link_attention(link), "link " + link_state_text(link), link.url);
        if (!link.moved_to.empty()) {
          detail(out, "now at " + link.moved_to);
        }
      }
      for (const auto& resolution : citation.resolutions) {
        const SourceSummary s = summarize(resolution);
        std::string identity = s.identity;
        const std::string origin =
            s.plugin + (s.confidence >= 0 ? ", " + std::to_string(s.confidence) + "%" : "");
        identity += (identity.empty() ? "(" : "  (") + origin + ")";
        row(out, s.attention, s.verdict, identity);
        if (!s.url.empty()) {
          detail(out, s.url);
        }
        if (!s.note.empty()) {
          detail(out, s.note);
        }
      }
    }
  }
  // The verdict column is as wide as the usual verdicts ("no confident match", "link dead
  // [404]"); a longer one pushes its line out rather than being cut.
  static constexpr std::size_t k_verdict_width = 22;
  void row(std::ostream& out, Attention attention, const std::string& verdict,
           const std::string& text) const {
    std::string padded = verdict;
    padded.resize(std::max(k_verdict_width, verdict.size() + 1), ' ');
    out << "      " << paint(attention, padded) << text << '\n';
  }
  static void detail(std::ostream& out, const std::string& text) {
    out << "      " << std::string(k_verdict_width, ' ') << text << '\n';
  }
  std::string paint(Attention attention, const std::string& text) const {
    if (!m_colour) {
      return text;
    }
    const char* colour = attention == Attention::alarm  ? "\033[31m"
                         : attention == Attention::look ? "\033[33m"
                                                        : "\033[32m";
    return colour + text + "\033[0m";
  }
  std::string paint(LinkState state, const std::string& text) const {
    return m_colour ? std::string(colour_of(state)) + text + "\033[0m" : text;
  }
  std::string bold(const std::string& text) const {
    return m_colour ? "\033[1m" + text + "\033[0m" : text;
  }
  bool m_colour;
  bool m_said_no_network = false;
};

}  // namespace

std::unique_ptr<CheckReporter> make_check_table_reporter(bool colour) {
  return std::make_unique<TableReporter>(colour);
}

}  // namespace citecheck::cli
