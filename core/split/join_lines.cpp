#include "split/join_lines.hpp"

#include <algorithm>

#include "split/text_util.hpp"
#include "split/url_find.hpp"
#include "split/url_repair.hpp"

namespace citecheck::split {
namespace {

std::string_view last_token(std::string_view text) {
  const std::size_t space = text.find_last_of(' ');
  return space == std::string_view::npos ? text : text.substr(space + 1);
}

std::string_view first_token(std::string_view text) {
  const std::size_t space = text.find(' ');
  return space == std::string_view::npos ? text : text.substr(0, space);
}

std::string_view word_before(std::string_view text, std::size_t end) {
  std::size_t begin = end;
  while (begin > 0 && is_word_byte(text[begin - 1]))
    --begin;
  return text.substr(begin, end - begin);
}

std::string_view word_after(std::string_view text, std::size_t begin) {
  std::size_t end = begin;
  while (end < text.size() && is_word_byte(text[end]))
    ++end;
  return text.substr(begin, end - begin);
}

std::string tail(std::string_view s, std::size_t n) {
  return std::string(s.size() > n ? s.substr(s.size() - n) : s);
}

std::string head(std::string_view s, std::size_t n) {
  return std::string(s.substr(0, std::min(n, s.size())));
}

Repair make_repair(std::string step, std::string before, std::string after, std::string detail) {
  Repair repair;
  repair.step = std::move(step);
  repair.before = std::move(before);
  repair.after = std::move(after);
  repair.detail = std::move(detail);
  return repair;
}

}  // namespace

std::optional<std::size_t> JoinedText::document_offset(std::size_t pos) const {
  // The first piece ending after `pos`; an inserted space maps to the next piece's start.
  const auto it = std::upper_bound(
      pieces.begin(), pieces.end(), pos,
      [](std::size_t p, const TextPiece& piece) { return p < piece.text_begin + piece.length; });
  if (it == pieces.end()) {
    if (pieces.empty() || pieces.back().document_begin == std::string_view::npos) {
      return std::nullopt;
    }
    return pieces.back().document_begin + pieces.back().length;
  }
  if (it->document_begin == std::string_view::npos)
    return std::nullopt;
  if (pos < it->text_begin)
    return it->document_begin;
  return it->document_begin + (pos - it->text_begin);
}

void JoinedText::erase_positions(const std::vector<std::size_t>& positions) {
  if (positions.empty())
    return;
  auto shift = [&](std::size_t pos) {
    const auto before =
        std::lower_bound(positions.begin(), positions.end(), pos) - positions.begin();
    return pos - static_cast<std::size_t>(before);
  };
  std::string kept;
  kept.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!std::binary_search(positions.begin(), positions.end(), i))
      kept.push_back(text[i]);
  }
  std::vector<TextPiece> new_pieces;
  for (const TextPiece& piece : pieces) {
    // Split a piece around each erased position inside it.
    std::size_t start = piece.text_begin;
    const std::size_t end = piece.text_begin + piece.length;
    auto it = std::lower_bound(positions.begin(), positions.end(), start);
    while (start < end) {
      const std::size_t stop = (it != positions.end() && *it < end) ? *it : end;
      if (stop > start) {
        TextPiece part;
        part.text_begin = shift(start);
        part.length = stop - start;
        part.document_begin = piece.document_begin == std::string_view::npos
                                  ? piece.document_begin
                                  : piece.document_begin + (start - piece.text_begin);
        new_pieces.push_back(part);
      }
      start = stop + 1;
      if (it != positions.end() && *it < end)
        ++it;
    }
  }
  pieces = std::move(new_pieces);
  for (PositionedRepair& repair : repairs)
    repair.position = shift(repair.position);
  std::vector<std::size_t> hyphens;
  for (std::size_t pos : url_hyphens) {
    if (!std::binary_search(positions.begin(), positions.end(), pos))
      hyphens.push_back(shift(pos));
  }
  url_hyphens = std::move(hyphens);
  text = std::move(kept);
}

HyphenChoice decide_prose_hyphen(std::string_view left, std::string_view right,
                                 const DocumentEvidence& evidence) {
  const std::string joined = std::string(left) + std::string(right);
  const std::string quoted = "'" + std::string(left) + "-' + '" + std::string(right) + "'";
  const std::size_t whole = evidence.word_count(joined);
  const std::size_t pair = evidence.pair_count(left, right);
  if (whole > 0 && pair == 0)
    return {false, true, quoted + ": '" + joined + "' occurs elsewhere in the document"};
  if (pair > 0 && whole == 0)
    return {true, true, quoted + ": the hyphenated form occurs elsewhere in the document"};
  if (pair > 0 && whole > 0) {
    return {pair > whole, false,
            quoted + ": ambiguous, both forms occur (" + std::to_string(whole) + " joined, " +
                std::to_string(pair) + " hyphenated)"};
  }
  if (right.empty() || !is_lower(right.front()) || is_digit(left.back())) {
    return {true, false,
            quoted + ": no evidence, and the next line does not continue a lower-case word"};
  }
  if (evidence.hyphenates_prose()) {
    return {false, false,
            quoted + ": no evidence for this word; the document breaks words at line ends"};
  }
  return {true, false,
          quoted + ": no evidence for this word; the document does not break words at line ends"};
}

std::vector<SourceLine> split_note_lines(std::string_view note_text) {
  std::vector<SourceLine> lines;
  std::size_t pos = 0;
  while (pos <= note_text.size()) {
    std::size_t nl = note_text.find('\n', pos);
    if (nl == std::string_view::npos)
      nl = note_text.size();
    const std::string_view line = trim(note_text.substr(pos, nl - pos));
    if (!line.empty())
      lines.push_back({line, std::string_view::npos});
    pos = nl + 1;
  }
  return lines;
}

JoinedText join_lines(const std::vector<SourceLine>& lines, const DocumentEvidence& evidence) {
  JoinedText joined;
  std::size_t total = 0;
  for (const SourceLine& line : lines)
    total += line.text.size() + 1;
  joined.text.reserve(total);
  std::string& out = joined.text;
  for (std::size_t n = 0; n < lines.size(); ++n) {
    std::string_view line = lines[n].text;
    std::size_t doc = lines[n].document_offset;
    if (n > 0 && !out.empty()) {
      const std::string_view token = last_token(out);
      const std::string_view next = first_token(line);
      const std::size_t url_at = url_start_in(token);
      const std::size_t break_pos = out.size();
      if (url_at != std::string_view::npos && url_continues(token.substr(url_at), next)) {
        const std::string before = tail(token, 16) + "\n" + head(next, 16);
        if (out.back() == '-')
          joined.url_hyphens.push_back(out.size() - 1);
        joined.repairs.push_back(
            {break_pos,
             make_repair("join_url_across_lines", before, tail(token, 16) + head(next, 16),
                         "URL continues on the next line: joined without a space")});
      } else if (out.back() == '-' && out.size() >= 2 && is_word_byte(out[out.size() - 2]) &&
                 is_word_byte(line.front())) {
        const std::string_view left = word_before(out, out.size() - 1);
        const std::string_view right = word_after(line, 0);
        const HyphenChoice choice = decide_prose_hyphen(left, right, evidence);
        const std::string before = std::string(left) + "-\n" + std::string(right);
        if (choice.keep) {
          joined.repairs.push_back(
              {break_pos, make_repair("keep_line_break_hyphen", before,
                                      std::string(left) + "-" + std::string(right),
                                      "hyphen at line end kept: " + choice.reason)});
        } else {
          out.pop_back();
          if (!joined.pieces.empty() && joined.pieces.back().length > 0)
            --joined.pieces.back().length;
          joined.repairs.push_back(
              {out.size(),
               make_repair("drop_line_break_hyphen", before, std::string(left) + std::string(right),
                           "hyphen at line end dropped: " + choice.reason)});
        }
      } else if (out.back() == '/' && out.size() >= 2 && is_word_byte(out[out.size() - 2]) &&
                 is_word_byte(line.front())) {
        // "S/" + "RES/2100": a slash-separated token never holds a space.
        joined.repairs.push_back(
            {break_pos,
             make_repair("join_slash_across_lines", tail(token, 16) + "\n" + head(next, 16),
                         tail(token, 16) + head(next, 16),
                         "token ending in '/' continues on the next line")});
      } else {
        out.push_back(' ');
      }
    }
    TextPiece piece;
    piece.text_begin = out.size();
    piece.document_begin = doc;
    piece.length = line.size();
    joined.pieces.push_back(piece);
    out.append(line);
  }
  return joined;
}

}  // namespace citecheck::split
