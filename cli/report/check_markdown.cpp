// `check --format markdown`: a report to paste into an issue or a newsroom wiki.
#include <algorithm>
#include <ostream>

#include "report/check_report.hpp"
#include "report/source_summary.hpp"

namespace citecheck::cli {
namespace {

// Pipes and line breaks would break a table cell.
std::string cell(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

class MarkdownReporter final : public CheckReporter {
 public:
  void begin(std::ostream& out, bool links_checked) override {
    out << (links_checked ? "# Link check\n" : "# Sources\n");
  }

  void documents(std::ostream& out, const CheckRun& batch) override {
    if (batch.links_checked) {
      render_links(out, batch);
    }
    for (const auto& doc : batch.documents) {
      if (!doc.resolved.empty()) {
        render_sources(out, doc);
      }
    }
  }

  // The counts come last: a report written as the documents are checked knows them then.
  void end(std::ostream& out, const CheckRun& run) override {
    if (!run.links_checked) {
      return;
    }
    out << "\n## Summary\n\n";
    if (run.no_network) {
      out << "> **No network:** " << cell(run.no_network_reason) << "\n\n";
    }
    out << "| State | Distinct URLs |\n|---|---:|\n";
    for (const auto& [state, n] : run.counts) {
      out << "| " << to_string(state) << " | " << n << " |\n";
    }
  }

 private:
  // One row per citation: what it cites, whether its links live, what the plugins found
  // (the verdict in bold), and the archived copy apart, as a fact-checker asks for them.
  static void render_sources(std::ostream& out, const CheckedDocument& doc) {
    out << "\n## Sources of " << cell(doc.path)
        << "\n\n| Citation | Line | Cited | Link | Source | Archived copy |\n"
        << "|---|---:|---|---|---|---|\n";
    for (const auto& citation : doc.resolved) {
      std::string links;
      for (const auto& link : citation.links) {
        links += (links.empty() ? "" : "<br>") + cell(link_summary(link));
      }
      std::string found;
      std::string copy;
      for (const auto& resolution : citation.resolutions) {
        const SourceSummary s = summarize(resolution);
        std::string text = "**" + cell(s.verdict) + "**";
        if (!s.identity.empty()) {
          text += " " + cell(s.identity);
        }
        if (!s.url.empty()) {
          text += " <" + cell(s.url) + ">";
        }
        if (s.confidence >= 0) {
          text += " (" + std::to_string(s.confidence) + "%)";
        }
        if (!s.note.empty()) {
          text += ": " + cell(s.note);
        }
        std::string& column = resolution.plugin == "archive" ? copy : found;
        column += (column.empty() ? "" : "<br>") + text;
      }
      out << "| " << citation.citation_id << " | " << citation.line << " | " << cell(citation.cited)
          << " | " << links << " | " << found << " | " << copy << " |\n";
    }
  }

  void render_links(std::ostream& out, const CheckRun& batch) {
    if (batch.no_network && !m_said_no_network) {
      out << "\n> **No network:** " << cell(batch.no_network_reason) << "\n";
      m_said_no_network = true;
    }
    for (const auto& doc : batch.documents) {
      out << "\n## " << cell(doc.path) << "\n\n";
      if (doc.links.empty()) {
        out << "No cited links.\n";
        continue;
      }
      out << "| Footnote | Line | State | Status | URL | Note |\n|---:|---:|---|---:|---|---|\n";
      std::vector<const CheckedLink*> rows;
      for (const auto& link : doc.links) {
        rows.push_back(&link);
      }
      std::stable_sort(rows.begin(), rows.end(), [](const CheckedLink* a, const CheckedLink* b) {
        return state_rank(a->check().state) < state_rank(b->check().state);
      });
      for (const CheckedLink* link : rows) {
        std::string note = link->check().moved_to.empty() ? link->check().evidence.signal
                                                          : "now at " + link->check().moved_to;
        out << "| " << link->footnote << " | " << link->line << " | "
            << to_string(link->check().state) << " | "
            << (link->check().status == 0 ? std::string() : std::to_string(link->check().status))
            << " | " << cell(link->url) << " | " << cell(note) << " |\n";
      }
    }
  }

  bool m_said_no_network = false;
};

}  // namespace

std::unique_ptr<CheckReporter> make_check_markdown_reporter() {
  return std::make_unique<MarkdownReporter>();
}

}  // namespace citecheck::cli
