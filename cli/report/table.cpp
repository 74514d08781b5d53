// The human format: per document a header line, its warnings, then one line per citation:
// id, kind, line, what it points at (URL / UN symbol / DOI / title), and a marker when the
// parser repaired the text.
#include <algorithm>
#include <iomanip>
#include <ostream>

#include "report/report.hpp"
#include "report/text.hpp"

namespace citecheck::cli {
namespace {

constexpr std::size_t k_title_width = 90;

std::string joined(const std::vector<std::string>& items, std::string_view prefix = {}) {
  std::string out;
  for (const auto& item : items) {
    out += (out.empty() ? "" : "  ") + std::string(prefix) + item;
  }
  return out;
}

/// What the citation points at, most specific first.
std::string target(const Citation& citation) {
  if (citation.kind == Kind::ibid && citation.ibid_of) {
    std::string out = "ibid. of footnote " + std::to_string(*citation.ibid_of);
    return citation.pinpoint.empty() ? out : out + ", " + citation.pinpoint;
  }
  std::vector<std::string> parts;
  if (!citation.un_symbols.empty()) {
    parts.push_back(joined(citation.un_symbols));
  }
  if (!citation.dois.empty()) {
    parts.push_back(joined(citation.dois, "doi:"));
  }
  if (!citation.urls.empty()) {
    parts.push_back(joined(citation.urls));
  }
  if (parts.empty()) {
    const std::string& words = citation.title.empty() ? citation.raw : citation.title;
    parts.push_back(citation.title.empty() ? shorten(one_line(words), k_title_width)
                                           : "\"" + shorten(one_line(words), k_title_width) + "\"");
  }
  return joined(parts);
}

std::string repair_marker(const Footnote& footnote, const Citation& citation) {
  std::vector<std::string> steps;
  const auto add = [&](const std::vector<Repair>& repairs) {
    for (const auto& repair : repairs) {
      if (std::find(steps.begin(), steps.end(), repair.step) == steps.end()) {
        steps.push_back(repair.step);
      }
    }
  };
  add(footnote.repairs);
  add(citation.repairs);
  if (steps.empty()) {
    return {};
  }
  std::string out = "  [repaired: ";
  for (std::size_t i = 0; i < steps.size(); ++i) {
    out += (i == 0 ? "" : ", ") + steps[i];
  }
  return out + "]";
}

class TableReporter final : public Reporter {
 public:
  void document(std::ostream& out, const ParsedDocument& parsed) override {
    std::size_t citations = 0;
    for (const auto& footnote : parsed.footnotes) {
      citations += footnote.citations.size();
    }
    if (m_documents++ > 0) {
      out << '\n';
    }
    out << "== " << parsed.path << " (" << to_string(parsed.format)
        << "): " << parsed.footnotes.size() << " footnotes, " << citations << " citations\n";
    for (const auto& warning : parsed.warnings) {
      out << "   warning: " << warning << '\n';
    }
    if (parsed.footnotes.empty()) {
      return;
    }
    std::size_t id_width = 2;
    for (const auto& footnote : parsed.footnotes) {
      for (const auto& citation : footnote.citations) {
        id_width = std::max(id_width, citation.id.size());
      }
    }
    out << "   " << std::left << std::setw(static_cast<int>(id_width)) << "ID"
        << "  " << std::setw(15) << "KIND" << std::right << std::setw(6) << "LINE"
        << "  SOURCE\n";
    for (const auto& footnote : parsed.footnotes) {
      const std::string inferred = footnote.number_inferred ? "  [number inferred]" : "";
      if (footnote.citations.empty()) {
        out << "   " << std::left << std::setw(static_cast<int>(id_width))
            << std::to_string(footnote.number) << "  " << std::setw(15) << "-" << std::right
            << std::setw(6) << footnote.span.line << "  (no source) "
            << shorten(one_line(footnote.text), k_title_width) << inferred << '\n';
        continue;
      }
      for (const auto& citation : footnote.citations) {
        const int line = citation.span.line > 0 ? citation.span.line : footnote.span.line;
        out << "   " << std::left << std::setw(static_cast<int>(id_width)) << citation.id << "  "
            << std::setw(15) << to_string(citation.kind) << std::right << std::setw(6) << line
            << "  " << target(citation) << repair_marker(footnote, citation) << inferred << '\n';
      }
    }
  }

  bool shows_warnings() const override { return true; }

 private:
  std::size_t m_documents = 0;
};

}  // namespace

std::unique_ptr<Reporter> make_table_reporter() {
  return std::make_unique<TableReporter>();
}

}  // namespace citecheck::cli
