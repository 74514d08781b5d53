// Parsed documents and the checker's report joined per cited link. Documents are reduced
// to their links right after parsing (links_of) and joined once every link is checked.
#include "report/check_report.hpp"

namespace citecheck::cli {
namespace {

std::string cited_identity(const Citation& c) {
  if (!c.un_symbols.empty()) {
    return c.un_symbols.front();
  }
  if (!c.dois.empty()) {
    return "doi:" + c.dois.front();
  }
  if (!c.title.empty()) {
    return c.title;
  }
  return c.urls.empty() ? c.raw.substr(0, 80) : c.urls.front();
}

SourceLink source_link(const std::string& url, const CheckIndex& checks) {
  SourceLink link;
  link.url = url;
  if (const LinkCheck* check = checks.find(url)) {
    link.checked = true;
    link.state = check->state;
    link.status = check->status;
    link.moved_to = check->moved_to;
  }
  return link;
}

int line_of(const Footnote& footnote, const Citation& citation) {
  return citation.span.line > 0 ? citation.span.line : footnote.span.line;
}

}  // namespace

CheckIndex::CheckIndex(const CheckReport& report) {
  m_by_key.reserve(report.checks.size());
  m_by_cited.reserve(report.checks.size());
  for (const auto& check : report.checks) {
    m_by_key.emplace(check.normalized_url, &check);
    m_by_cited.emplace(check.url, &check);
  }
}

const LinkCheck* CheckIndex::find(const std::string& url) const {
  // Most citations print a URL as the checker saw it first: no need to normalize.
  if (const auto same = m_by_cited.find(url); same != m_by_cited.end()) {
    return same->second;
  }
  const auto it = m_by_key.find(check_key(url));
  return it == m_by_key.end() ? nullptr : it->second;
}

CheckedDocument links_of(const ParsedDocument& parsed) {
  CheckedDocument doc;
  doc.path = parsed.path;
  doc.format = parsed.format;
  doc.warnings = parsed.warnings;
  for (const auto& footnote : parsed.footnotes) {
    for (const auto& citation : footnote.citations) {
      ++doc.citations;
      if (citation.urls.empty()) {
        ++doc.citations_without_links;
      }
      for (const auto& url : citation.urls) {
        CheckedLink link;
        link.footnote = footnote.number;
        link.line = line_of(footnote, citation);
        link.citation_id = citation.id;
        link.kind = citation.kind;
        link.title = citation.title;
        link.url = url;
        doc.links.push_back(std::move(link));
      }
    }
  }
  doc.links.shrink_to_fit();
  return doc;
}

void add_resolved(CheckedDocument& doc, const ParsedDocument& parsed,
                  const std::vector<CitationResolutions>& resolutions, const CheckIndex& checks) {
  std::unordered_map<std::string_view, const CitationResolutions*> by_id;
  for (const auto& r : resolutions) {
    by_id.emplace(r.citation_id, &r);
  }
  for (const auto& footnote : parsed.footnotes) {
    for (const auto& citation : footnote.citations) {
      const auto it = by_id.find(citation.id);
      if (it == by_id.end() || it->second->resolutions.empty()) {
        continue;
      }
      ResolvedCitation& resolved =
          doc.resolved.emplace_back(ResolvedCitation{citation.id,
                                                     footnote.number,
                                                     line_of(footnote, citation),
                                                     citation.kind,
                                                     cited_identity(citation),
                                                     it->second->resolutions,
                                                     {}});
      for (const auto& url : citation.urls) {
        resolved.links.push_back(source_link(url, checks));
      }
    }
  }
}

CheckRun join_checks(std::vector<CheckedDocument> documents, const CheckReport& report,
                     const CheckIndex& checks, double seconds) {
  CheckRun run;
  run.no_network = report.no_network;
  run.no_network_reason = report.no_network_reason;
  run.seconds = seconds;
  run.distinct_urls = report.checks.size();
  for (const auto& check : report.checks) {
    ++run.counts[check.state];
    run.from_cache += check.from_cache ? 1 : 0;
  }
  for (auto& doc : documents) {
    for (auto& link : doc.links) {
      link.checked = checks.find(link.url);
    }
  }
  run.documents = std::move(documents);
  return run;
}

}  // namespace citecheck::cli
