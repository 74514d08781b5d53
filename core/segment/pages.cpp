#include "segment/pages.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "segment/patterns.hpp"
#include "text/strings.hpp"

namespace citecheck::segmentation {
namespace {

// Folds digit runs to '#' and whitespace runs to one space, so "2/21   25-06521" and
// "10/21 25-06521" share a signature.
std::string signature(std::string_view content) {
  std::string out;
  out.reserve(content.size());
  for (std::size_t i = 0; i < content.size(); ++i) {
    const char c = content[i];
    if (text::is_digit(c)) {
      if (out.empty() || out.back() != '#')
        out.push_back('#');
    } else if (c == ' ' || c == '\t') {
      if (!out.empty() && out.back() != ' ')
        out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

bool all_digits(std::string_view s) {
  return !s.empty() && s.size() <= 4 &&
         std::all_of(s.begin(), s.end(), [](char c) { return text::is_digit(c); });
}

// "2/21", "- 3 -", "Page 4", "page 4 of 9": page numbers that do not need to recur.
bool looks_like_page_label(std::string_view s) {
  const std::string sig = signature(s);
  return sig == "#/#" || sig == "- # -" || sig == "-#-" || sig == "Page #" || sig == "page #" ||
         sig == "Page # of #" || sig == "page # of #";
}

// The non-blank lines nearest to a page edge: up to `count` lines going in `step`
// direction from `from` (inclusive), stopping at another page start.
std::vector<int> edge_lines(const std::vector<Line>& lines, int from, int step, int count) {
  std::vector<int> found;
  for (int i = from;
       i >= 0 && i < static_cast<int>(lines.size()) && static_cast<int>(found.size()) < count;
       i += step) {
    if (step < 0 && lines[static_cast<std::size_t>(i)].page_start && i != from) {
      if (!lines[static_cast<std::size_t>(i)].blank)
        found.push_back(i);
      break;
    }
    if (step > 0 && i != from && lines[static_cast<std::size_t>(i)].page_start)
      break;
    if (!lines[static_cast<std::size_t>(i)].blank)
      found.push_back(i);
  }
  return found;
}

}  // namespace

Pages find_pages(std::vector<Line>& lines) {
  Pages pages;
  pages.page_of_line.resize(lines.size(), 0);
  pages.first_line.push_back(0);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].page_start) {
      pages.form_feeds = true;
      if (i > 0)
        pages.first_line.push_back(static_cast<int>(i));
    }
    pages.page_of_line[i] = static_cast<int>(pages.first_line.size()) - 1;
  }
  pages.separator_line.assign(pages.first_line.size(), -1);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (is_separator_line(lines[i].content)) {
      pages.separator_line[static_cast<std::size_t>(pages.page_of_line[i])] = static_cast<int>(i);
      pages.any_separator = true;
    }
  }
  if (!pages.form_feeds || lines.empty())
    return pages;

  const int n = static_cast<int>(lines.size());
  const std::size_t page_count = pages.first_line.size();
  // Edges: the top and bottom of every page.
  struct Edge {
    int page;
    std::vector<int> nearest;  ///< nearest non-blank lines, nearest first
  };
  std::vector<Edge> edges;
  for (std::size_t p = 0; p < page_count; ++p) {
    const int top = pages.first_line[p];
    const int bottom = (p + 1 < page_count) ? pages.first_line[p + 1] - 1 : n - 1;
    edges.push_back({static_cast<int>(p), edge_lines(lines, top, +1, 2)});
    std::vector<int> below = edge_lines(lines, bottom, -1, 2);
    // Keep the bottom edge on this page only.
    std::erase_if(below, [&](int i) { return i < top; });
    edges.push_back({static_cast<int>(p), below});
  }

  // Page numbers: a bare number nearest to an edge whose value follows the page index.
  std::map<int, int> offset_votes;
  for (const Edge& edge : edges) {
    if (edge.nearest.empty())
      continue;
    const Line& line = lines[static_cast<std::size_t>(edge.nearest.front())];
    if (all_digits(line.content)) {
      ++offset_votes[std::stoi(std::string(line.content)) - edge.page];
    }
  }
  int best_offset = 0;
  int best_votes = 0;
  for (const auto& [offset, votes] : offset_votes) {
    if (votes > best_votes) {
      best_offset = offset;
      best_votes = votes;
    }
  }
  for (const Edge& edge : edges) {
    if (edge.nearest.empty())
      continue;
    Line& line = lines[static_cast<std::size_t>(edge.nearest.front())];
    if (looks_like_page_label(line.content))
      line.furniture = true;
    if (best_votes >= 2 && all_digits(line.content)) {
      const int offset = std::stoi(std::string(line.content)) - edge.page;
      if (std::abs(offset - best_offset) <= 1)
        line.furniture = true;
    }
  }

  // Running headers and footers: signatures recurring on many pages.
  // Each edge line's signature, computed once for both passes below ("" where skipped).
  // Signature -> the pages it stands on, each once: edges come page by page, so a page
  // already counted is the last one pushed. Hashed, not ordered: only looked up.
  std::unordered_map<std::string, std::vector<int>> seen;
  std::vector<std::vector<std::string>> signatures(edges.size());
  for (std::size_t e = 0; e < edges.size(); ++e) {
    signatures[e].resize(edges[e].nearest.size());
    for (std::size_t k = 0; k < edges[e].nearest.size(); ++k) {
      const Line& line = lines[static_cast<std::size_t>(edges[e].nearest[k])];
      if (line.content.size() > k_max_furniture_length || all_digits(line.content))
        continue;
      signatures[e][k] = signature(line.content);
      std::vector<int>& pages_seen = seen[signatures[e][k]];
      if (pages_seen.empty() || pages_seen.back() != edges[e].page)
        pages_seen.push_back(edges[e].page);
    }
  }
  const auto share =
      static_cast<std::size_t>(k_min_furniture_share * static_cast<double>(page_count));
  // Identical text at the edge of two pages is furniture; text that agrees only once its
  // numbers are folded ("3 See resolution 2100" and "6 See resolution 2100", two notes at
  // two page bottoms) must recur on a third page before it is taken for a running line.
  const auto needed = [&](const std::string& sig) {
    return std::max<std::size_t>(sig.find('#') == std::string::npos ? 2 : 3, share);
  };
  for (std::size_t e = 0; e < edges.size(); ++e) {
    for (std::size_t k = 0; k < edges[e].nearest.size(); ++k) {
      Line& line = lines[static_cast<std::size_t>(edges[e].nearest[k])];
      if (line.content.size() > k_max_furniture_length || all_digits(line.content))
        continue;
      const auto it = seen.find(signatures[e][k]);
      if (it != seen.end() && it->second.size() >= needed(it->first))
        line.furniture = true;
    }
  }
  return pages;
}

}  // namespace citecheck::segmentation
