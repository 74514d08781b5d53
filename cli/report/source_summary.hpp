#pragma once
// A plugin's answer about a source, cut into what a fact-checker reads at a glance: a
// verdict word, the identity found (symbol + official title, DOI + title, page title +
// outlet + date, or an archived copy and how far it is from the cited date), and the
// sentence that explains anything but a plain find. The table and Markdown reports lay
// these out; the plugins decided everything.

#include <string>

#include <citecheck/plugin.hpp>

#include "report/check_report.hpp"

namespace citecheck::cli {

/// How much a verdict needs the reader.
enum class Attention { none, look, alarm };

struct SourceSummary {
  std::string verdict;  ///< "found", "RETRACTED", "TITLE MISMATCH", "archived copy", ...
  Attention attention = Attention::none;
  std::string identity;  ///< "S/RES/2100 (2013) · Resolution 2100 (2013) · 2013-04-25"
  std::string url;       ///< where the source (or its copy) is, when it adds to `identity`
  std::string note;      ///< why, for anything but a plain find
  int confidence = -1;   ///< percent; -1 when the answer carries none
  std::string plugin;
};

SourceSummary summarize(const Resolution& resolution);

/// "ok", "dead [404]", "redirected [200]", "not checked".
std::string link_state_text(const SourceLink& link);

/// The same, and where a moved link now lives: "redirected [200] → URL".
std::string link_summary(const SourceLink& link);

/// A link state a reader must act on (broken), or look at (moved, blocked).
Attention link_attention(const SourceLink& link);

}  // namespace citecheck::cli
