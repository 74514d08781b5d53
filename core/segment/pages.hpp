#pragma once
// Pages and their furniture. Form feeds mark page breaks; the lines next to them that are
// page numbers or recur at many breaks (running headers and footers, "S/2025/303",
// "2/21   25-06521") are furniture, never part of a note.

#include <vector>

#include "segment/lines.hpp"

namespace citecheck::segmentation {

/// Page layout of a document: which page each line is on, where separator rules are.
struct Pages {
  std::vector<int> page_of_line;  ///< 0-based page per line
  std::vector<int> first_line;    ///< first line index of each page
  /// Per page: index of the last separator rule ("_____") on it, -1 when none.
  std::vector<int> separator_line;
  bool form_feeds = false;
  bool any_separator = false;
};

/// Finds pages and marks furniture lines (`Line::furniture`).
Pages find_pages(std::vector<Line>& lines);

}  // namespace citecheck::segmentation
