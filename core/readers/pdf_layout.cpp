#include "readers/pdf_layout.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace citecheck::readers {
namespace {

// A note's type is at most this share of the body's: footnotes are set 1-3 points smaller
// (8-9 pt under 10-12 pt), while rounding noise in the reported sizes stays well under it.
constexpr double k_small_type = 0.92;
// Two words share a line when their boxes overlap vertically by this share of the smaller
// one: a superscript marker overlaps its line by about half.
constexpr double k_same_line_overlap = 0.4;
// A vertical gap of more than this many line heights prints as a blank line (paragraph).
constexpr double k_blank_gap = 0.8;
// A column's left edge is sought at most this share of the page width left of a line, so a
// right-hand column is measured from its own edge, not from the left column's.
constexpr double k_column_reach = 0.25;
constexpr int k_max_indent = 60;
// The body's type size is measured above this share of the page height: notes sit lower.
constexpr double k_body_band = 0.6;
// Above this many lines on one page the per-column edges are skipped (quadratic).
constexpr std::size_t k_max_column_lines = 4000;
// A body-type line this short under the notes is a page number or footer, not body text.
constexpr std::size_t k_footer_bytes = 24;

double finite(double value) {
  return std::isfinite(value) ? value : 0.0;
}

// Where a word landed: its box and its bytes in the line's text.
struct Placed {
  double x0, y0, x1, y1;
  std::size_t begin, end;
};

struct Line {
  std::string text;
  std::vector<Placed> words;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  std::vector<std::pair<double, std::size_t>> sizes;  // font size -> bytes set in it

  double height() const { return std::max(y1 - y0, 0.1); }
  double size() const {
    double best = 0;
    std::size_t most = 0;
    for (const auto& [size, bytes] : sizes) {
      if (bytes > most) {
        most = bytes;
        best = size;
      }
    }
    return best;
  }
  void count(double size, std::size_t bytes) {
    for (auto& entry : sizes) {
      if (std::abs(entry.first - size) < 0.05) {
        entry.second += bytes;
        return;
      }
    }
    sizes.emplace_back(size, bytes);
  }
};

// Control characters would end lines or pages in the joined text; a space keeps words apart.
std::string printable(const std::string& text) {
  std::string out = text;
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      c = ' ';
    }
  }
  return out;
}

bool same_line(const Line& line, const PdfWord& word, double size) {
  if (word.x0 < line.x1 - 0.5 * std::max(size, 1.0)) {
    return false;  // went back to the left: the next line (or column)
  }
  const double overlap = std::min(line.y1, word.y1) - std::max(line.y0, word.y0);
  const double smaller = std::min(line.height(), std::max(word.y1 - word.y0, 0.1));
  return overlap >= k_same_line_overlap * smaller;
}

std::vector<Line> group_lines(const std::vector<PdfWord>& words) {
  std::vector<Line> lines;
  bool space_pending = false;
  for (const PdfWord& raw : words) {
    PdfWord word = raw;
    word.x0 = finite(raw.x0);
    word.x1 = std::max(finite(raw.x1), word.x0);
    word.y0 = finite(raw.y0);
    word.y1 = std::max(finite(raw.y1), word.y0);
    const double size = std::max(finite(raw.size), 0.0);
    const std::string text = printable(raw.text);
    if (text.empty()) {
      continue;
    }
    if (lines.empty() || !same_line(lines.back(), word, size)) {
      Line line;
      line.x0 = word.x0;
      line.x1 = word.x0;
      line.y0 = word.y0;
      line.y1 = word.y1;
      lines.push_back(std::move(line));
      space_pending = false;
    }
    Line& line = lines.back();
    if (!line.text.empty() && (space_pending || word.x0 - line.x1 > 0.2 * std::max(size, 1.0))) {
      line.text.push_back(' ');
    }
    line.words.push_back(
        {word.x0, word.y0, word.x1, word.y1, line.text.size(), line.text.size() + text.size()});
    line.text += text;
    line.x1 = std::max(line.x1, word.x1);
    line.y0 = std::min(line.y0, word.y0);
    line.y1 = std::max(line.y1, word.y1);
    line.count(size, text.size());
    space_pending = raw.space_after;
  }
  return lines;
}

// "12 See ...", "¹ See ...": a line that opens a note.
bool opens_note(const std::string& text) {
  std::size_t i = text.find_first_not_of(' ');
  if (i == std::string::npos) {
    return false;
  }
  const std::size_t start = i;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= '0' && c <= '9') {
      ++i;
    } else if (text.compare(i, 2, "\xC2\xB9") == 0 || text.compare(i, 2, "\xC2\xB2") == 0 ||
               text.compare(i, 2, "\xC2\xB3") == 0) {
      i += 2;  // superscript one, two, three
    } else if (text.compare(i, 2, "\xE2\x81") == 0 && i + 2 < text.size()) {
      i += 3;  // superscript zero, four to nine (U+2070..U+2079)
    } else {
      break;
    }
  }
  return i > start && i - start <= 9 && text.size() - i >= 3;
}

// Indices of the lines of the footnote area, empty when the page shows none.
std::vector<std::size_t> note_area(const std::vector<Line>& lines, double body_size) {
  if (body_size <= 0) {
    return {};
  }
  const auto small = [&](const Line& line) { return line.size() <= body_size * k_small_type; };
  std::vector<std::size_t> bottom_first(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    bottom_first[i] = i;
  }
  std::stable_sort(bottom_first.begin(), bottom_first.end(),
                   [&](std::size_t a, std::size_t b) { return lines[a].y0 > lines[b].y0; });
  std::vector<std::size_t> area;
  for (const std::size_t i : bottom_first) {
    if (small(lines[i])) {
      area.push_back(i);
    } else if (!area.empty() || lines[i].text.size() > k_footer_bytes) {
      break;
    }
  }
  if (area.empty()) {
    return {};
  }
  double top = lines[area.front()].y0;
  for (const std::size_t i : area) {
    top = std::min(top, lines[i].y0);
  }
  const bool body_above = std::any_of(lines.begin(), lines.end(), [&](const Line& line) {
    return !small(line) && line.y1 <= top + 0.5 * line.height();
  });
  const bool numbered = std::any_of(area.begin(), area.end(),
                                    [&](std::size_t i) { return opens_note(lines[i].text); });
  if (!body_above || !numbered) {
    return {};
  }
  std::sort(area.begin(), area.end());  // back to reading order
  return area;
}

// Per line, the left edge of its column: the leftmost line starting a little to its left.
std::vector<double> column_edges(const std::vector<Line>& lines, double page_width) {
  std::vector<double> edges(lines.size());
  double page_left = lines.empty() ? 0 : lines.front().x0;
  for (const Line& line : lines) {
    page_left = std::min(page_left, line.x0);
  }
  const double reach = k_column_reach * std::max(page_width, 1.0);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    edges[i] = lines.size() > k_max_column_lines ? page_left : lines[i].x0;
    if (lines.size() > k_max_column_lines) {
      continue;
    }
    for (const Line& other : lines) {
      if (other.x0 < edges[i] && other.x0 >= lines[i].x0 - reach) {
        edges[i] = other.x0;
      }
    }
  }
  return edges;
}

}  // namespace

double body_font_size(const std::vector<std::vector<PdfWord>>& pages,
                      const std::vector<double>& heights) {
  std::map<long, std::size_t> bytes_per_size;  // in half points
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const double height = p < heights.size() ? finite(heights[p]) : 0.0;
    for (const PdfWord& word : pages[p]) {
      const double size = finite(word.size);
      const bool upper = height <= 0 || finite(word.y1) <= k_body_band * height;
      if (upper && size > 0 && size < 10000) {
        bytes_per_size[std::lround(size * 2)] += word.text.size();
      }
    }
  }
  long best = 0;
  std::size_t most = 0;
  for (const auto& [half_points, bytes] : bytes_per_size) {
    if (bytes > most) {
      most = bytes;
      best = half_points;
    }
  }
  return static_cast<double>(best) / 2.0;
}

PdfPageText lay_out_page(const std::vector<PdfWord>& words, double page_width, double body_size,
                         const std::vector<PdfLinkArea>& links) {
  const std::vector<Line> lines = group_lines(words);
  const std::vector<std::size_t> area = note_area(lines, body_size);
  std::vector<bool> in_area(lines.size(), false);
  double area_top = 0;
  for (const std::size_t i : area) {
    in_area[i] = true;
    area_top = (i == area.front()) ? lines[i].y0 : std::min(area_top, lines[i].y0);
  }
  // Body above the notes, the notes, then what sits below them (page number, footer).
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!in_area[i] && (area.empty() || lines[i].y0 < area_top)) {
      order.push_back(i);
    }
  }
  order.insert(order.end(), area.begin(), area.end());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!in_area[i] && !area.empty() && lines[i].y0 >= area_top) {
      order.push_back(i);
    }
  }

  const std::vector<double> edges = column_edges(lines, page_width);
  PdfPageText page;
  std::vector<std::size_t> line_offset(lines.size(), 0);
  const Line* previous = nullptr;
  for (const std::size_t i : order) {
    const Line& line = lines[i];
    const bool area_start = !area.empty() && i == area.front();
    if (previous != nullptr) {
      const bool gap = line.y0 - previous->y1 > k_blank_gap * previous->height();
      const bool went_up = line.y0 < previous->y0 - 0.5 * previous->height();  // next column
      page.text += (gap || went_up || area_start) ? "\n\n" : "\n";
    }
    const double em = std::max(line.size(), 1.0);
    const double indent = std::clamp(std::round((line.x0 - edges[i]) / (0.5 * em)), 0.0,
                                     static_cast<double>(k_max_indent));
    page.text.append(static_cast<std::size_t>(indent), ' ');
    if (area_start) {
      page.note_area = page.text.size();
    }
    line_offset[i] = page.text.size();
    page.lines.push_back({page.text.size(), line.x0, line.y0});
    page.text += line.text;
    previous = &line;
  }
  for (const PdfLinkArea& link : links) {
    PdfTextLink mapped{std::string::npos, 0, link.uri};
    for (std::size_t i = 0; i < lines.size(); ++i) {
      for (const Placed& word : lines[i].words) {
        const double x = (word.x0 + word.x1) / 2;
        const double y = (word.y0 + word.y1) / 2;
        if (x >= link.x0 && x <= link.x1 && y >= link.y0 && y <= link.y1) {
          mapped.begin = std::min(mapped.begin, line_offset[i] + word.begin);
          mapped.end = std::max(mapped.end, line_offset[i] + word.end);
        }
      }
    }
    if (mapped.begin < mapped.end) {
      page.links.push_back(std::move(mapped));
    }
  }
  return page;
}

}  // namespace citecheck::readers
