#include "quoted_title.hpp"

#include <array>
#include <vector>
#include "common/ascii.hpp"

namespace citecheck::plugins::news {

namespace {

constexpr std::string_view k_ldquo = "\xE2\x80\x9C";  // “
constexpr std::string_view k_rdquo = "\xE2\x80\x9D";  // ”
constexpr std::string_view k_lsquo = "\xE2\x80\x98";  // ‘
constexpr std::string_view k_rsquo = "\xE2\x80\x99";  // ’
constexpr std::string_view k_bdquo = "\xE2\x80\x9E";  // „
constexpr std::string_view k_laquo = "\xC2\xAB";      // «
constexpr std::string_view k_raquo = "\xC2\xBB";      // »

/// A kind of quotation: how it opens and the marks that may close it.
struct QuoteStyle {
  std::string_view open;
  std::array<std::string_view, 2> close;
  /// Single quotes double as apostrophes, so their closing needs judging (see below).
  bool apostrophe_like;
  /// Distinct open and close marks can be counted for nesting.
  bool nests;
};

constexpr std::array k_styles = {
    QuoteStyle{k_ldquo, {k_rdquo, k_rdquo}, false, true},
    QuoteStyle{k_laquo, {k_raquo, k_raquo}, false, true},
    QuoteStyle{k_bdquo, {k_ldquo, k_rdquo}, false, false},
    QuoteStyle{"\"", {"\"", "\""}, false, false},
    QuoteStyle{k_lsquo, {k_rsquo, "'"}, true, false},
    QuoteStyle{"'", {"'", k_rsquo}, true, false},
};

bool is_space(char c) {
  return ascii::is_space(c);
}

bool is_word_char(char c) {
  return ascii::is_alnum(c) || static_cast<unsigned char>(c) >= 0x80;
}

/// Every opening and closing mark starts with one of these bytes: a cheap test that skips
/// the rest of the text.
bool may_start_quote(char c) {
  return c == '"' || c == '\'' || c == '\xE2' || c == '\xC2';
}

/// Offset of the next byte at or after `from` that may start a mark, or text.size(): a loop of
/// its own, so that the scan over every byte is a tight one.
std::size_t next_quote_start(std::string_view text, std::size_t from) {
  while (from < text.size() && !may_start_quote(text[from])) {
    // A blanked URL is a run of spaces, stepped over eight bytes at a time.
    from = text[from] == ' ' ? ascii::skip_blanks(text, from) : from + 1;
  }
  return from;
}

/// Can a quotation open here? After a space, an opening bracket or the start; before text.
bool can_open(std::string_view text, std::size_t at, const QuoteStyle& style) {
  if (at > 0) {
    const char before = text[at - 1];
    if (!is_space(before) && before != '(' && before != '[' && before != ':' && before != ',' &&
        before != '*' && before != '_') {
      return false;
    }
  }
  const std::size_t after = at + style.open.size();
  if (after >= text.size()) {
    return false;
  }
  // Wikitext marks italics with '' and bold with ''': markup, not quotation.
  if (style.open == "'" && (text[after] == '\'' || (at > 0 && text[at - 1] == '\''))) {
    return false;
  }
  // Guillemets are set off by spaces in French: « Titre ».
  return !is_space(text[after]) || style.open == k_laquo;
}

std::optional<std::string_view> close_at(std::string_view text, std::size_t at,
                                         const QuoteStyle& style) {
  for (auto mark : style.close) {
    if (text.substr(at).starts_with(mark)) {
      return mark;
    }
  }
  return std::nullopt;
}

/// How sure we are that a single quote at `at` (length `len`) closes the title: 2 when
/// punctuation says so ("Title,'" or "Title'," or the text ends), 1 when only a following
/// space does ("Stage' UN" could be a nested quote or a plural possessive), 0 not at all.
int closing_strength(std::string_view text, std::size_t at, std::size_t len) {
  const std::size_t next = at + len;
  if (next >= text.size()) {
    return 2;
  }
  const char before = at > 0 ? text[at - 1] : ' ';
  const char after = text[next];
  if (is_word_char(after)) {
    return 0;  // apostrophe inside a word: MINUSMA's
  }
  const bool then_space = next + 1 >= text.size() || is_space(text[next + 1]);
  if ((before == ',' || before == '.' || before == '?' || before == '!') && is_space(after)) {
    return 2;
  }
  if ((after == ',' || after == '.' || after == ';' || after == ':') && then_space) {
    return 2;
  }
  return is_space(after) ? 1 : 0;
}

/// The closing quote for an opening one at `open_end`, or npos.
std::pair<std::size_t, std::size_t> find_close(std::string_view text, std::size_t open_end,
                                               const QuoteStyle& style) {
  constexpr auto npos = std::string_view::npos;
  if (style.nests) {
    int depth = 0;
    for (std::size_t i = open_end; i < text.size(); ++i) {
      if (!may_start_quote(text[i])) {
        continue;
      }
      if (text.substr(i).starts_with(style.open)) {
        ++depth;
      } else if (auto mark = close_at(text, i, style)) {
        if (depth == 0) {
          return {i, mark->size()};
        }
        --depth;
      }
    }
    return {npos, 0};
  }
  std::pair<std::size_t, std::size_t> weak{npos, 0};
  // Double quotes opened inside a single-quoted title ('Ban Voices “outrage” as ...').
  int inner_double = 0;
  for (std::size_t i = open_end; i < text.size(); ++i) {
    if (!may_start_quote(text[i])) {
      continue;
    }
    if (style.apostrophe_like) {
      const std::string_view rest = text.substr(i);
      if (rest.starts_with(k_ldquo)) {
        ++inner_double;
        continue;
      }
      // Print mixes the marks: ‘Title,” 6 January. A closing double mark that closes no
      // inner quote, set off by punctuation, ends the title; an apostrophe-like mark met
      // before it ("‘crucial Stage’ UN") is only a weak close and must not win over it.
      if (rest.starts_with(k_rdquo)) {
        if (inner_double > 0) {
          --inner_double;
        } else if (closing_strength(text, i, k_rdquo.size()) == 2) {
          return {i, k_rdquo.size()};
        }
        continue;
      }
    }
    auto mark = close_at(text, i, style);
    if (!mark || i == open_end) {
      continue;
    }
    if (!style.apostrophe_like) {
      // A straight double quote closes unless a word follows straight on.
      const std::size_t after = i + mark->size();
      if (after >= text.size() || !is_word_char(text[after])) {
        return {i, mark->size()};
      }
      continue;
    }
    const int strength = closing_strength(text, i, mark->size());
    if (strength == 2) {
      return {i, mark->size()};
    }
    if (strength == 1 && weak.first == npos) {
      weak = {i, mark->size()};
    }
  }
  return weak;
}

/// 'Urges 'Spirit of Compromise', ...: the inner quote and the outer one fell together in
/// print. When the title opens a single quote it never closes, give it back its mark.
std::string rebalance(std::string title, const QuoteStyle& style) {
  if (!style.apostrophe_like) {
    return title;
  }
  bool open_inner = false;
  for (std::size_t i = 0; i < title.size(); ++i) {
    const bool quote = title.compare(i, 1, "'") == 0 ||
                       title.compare(i, k_lsquo.size(), k_lsquo) == 0 ||
                       title.compare(i, k_rsquo.size(), k_rsquo) == 0;
    if (!quote) {
      continue;
    }
    const std::size_t len = title[i] == '\'' ? 1 : k_lsquo.size();
    const bool opens = (i == 0 || is_space(title[i - 1])) && i + len < title.size() &&
                       is_word_char(title[i + len]);
    const bool closes = i > 0 && !is_space(title[i - 1]) &&
                        (i + len >= title.size() || !is_word_char(title[i + len]));
    if (opens) {
      open_inner = true;
    } else if (closes && open_inner) {
      open_inner = false;
    }
    i += len - 1;
  }
  if (open_inner) {
    title += style.open == "'" ? "'" : std::string(k_rsquo);
  }
  return title;
}

}  // namespace

std::string trim_title(std::string_view title) {
  while (!title.empty() && (is_space(title.front()) || title.front() == '*')) {
    title.remove_prefix(1);
  }
  while (!title.empty() && (is_space(title.back()) || title.back() == ',' || title.back() == ';' ||
                            title.back() == ':' || title.back() == '*')) {
    title.remove_suffix(1);
  }
  if (title.ends_with('.') && !title.ends_with("...")) {
    // Keep the period of an abbreviation: "U.N." or a lone initial.
    const auto space = title.find_last_of(' ');
    const std::string_view last_word =
        title.substr(space == std::string_view::npos ? 0 : space + 1);
    const bool abbreviation =
        last_word.size() <= 2 ||
        last_word.substr(0, last_word.size() - 1).find('.') != std::string_view::npos;
    if (!abbreviation) {
      title.remove_suffix(1);
    }
  }
  return std::string(title);
}

std::optional<QuotedTitle> find_quoted_title(std::string_view text) {
  // Each failed opening scans the rest of the text; a bound keeps garbage input linear.
  constexpr int k_max_attempts = 16;
  int attempts = 0;
  for (std::size_t at = next_quote_start(text, 0); at < text.size() && attempts < k_max_attempts;
       at = next_quote_start(text, at + 1)) {
    for (const auto& style : k_styles) {
      if (!text.substr(at).starts_with(style.open) || !can_open(text, at, style)) {
        continue;
      }
      ++attempts;
      const std::size_t open_end = at + style.open.size();
      const auto [close, close_len] = find_close(text, open_end, style);
      if (close == std::string_view::npos) {
        continue;
      }
      std::string title = trim_title(text.substr(open_end, close - open_end));
      title = rebalance(std::move(title), style);
      if (title.size() < 2) {
        continue;
      }
      return QuotedTitle{at, close + close_len, std::move(title)};
    }
  }
  return std::nullopt;
}

}  // namespace citecheck::plugins::news
