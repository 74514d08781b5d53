#include "split/url_find.hpp"

#include <algorithm>
#include <array>
#include <numeric>

#include "split/patterns.hpp"

namespace citecheck::split {
namespace {

bool starts_url_at(std::string_view s, std::size_t i) {
  if (i > 0 && is_alnum(s[i - 1]))
    return false;
  for (std::string_view prefix : patterns::k_url_starts) {
    if (!matches_at(s, i, prefix))
      continue;
    const std::size_t rest = i + prefix.size();
    if (rest >= s.size() || !is_word_byte(s[rest]))
      return false;
    if (prefix == "www." || prefix == "ftp.") {
      // A host needs a dot after the label: "www.un.org", not "www.".
      std::size_t j = rest;
      while (j < s.size() && (is_word_byte(s[j]) || s[j] == '-'))
        ++j;
      return j + 1 < s.size() && s[j] == '.' && is_word_byte(s[j + 1]);
    }
    return true;
  }
  return false;
}

/// The first letters of patterns::k_url_starts, either case: a URL starts at no other byte.
constexpr auto k_url_first_bytes = [] {
  std::array<bool, 256> first{};
  for (const std::string_view prefix : patterns::k_url_starts) {
    first[static_cast<unsigned char>(to_lower(prefix[0]))] = true;
    first[static_cast<unsigned char>(prefix[0] - 'a' + 'A')] = true;
  }
  return first;
}();

bool may_start_url(char c) {
  return k_url_first_bytes[static_cast<unsigned char>(c)];
}

std::size_t count_of(std::string_view s, char c) {
  return static_cast<std::size_t>(std::count(s.begin(), s.end(), c));
}

/// ASCII bytes that end a URL: spaces and the characters a URL never holds unescaped.
constexpr auto k_url_stop_ascii = [] {
  std::array<bool, 128> stop{};
  for (int c = 0; c < 128; ++c)
    stop[static_cast<std::size_t>(c)] = is_space(static_cast<char>(c));
  for (const char c : std::string_view("<>\"{}|\\^`"))
    stop[static_cast<unsigned char>(c)] = true;
  return stop;
}();

}  // namespace

bool is_url_byte(std::string_view text, std::size_t pos) {
  const char c = text[pos];
  // One look-up for ASCII, asked of every byte of every URL.
  if (static_cast<unsigned char>(c) < 0x80)
    return !k_url_stop_ascii[static_cast<unsigned char>(c)];
  // Typographic quotes and dashes close a URL too.
  for (std::string_view stop : patterns::k_url_stoppers) {
    if (matches_at(text, pos, stop))
      return false;
  }
  return true;
}

namespace {

// is_url_byte with its ASCII answer inlined: the scan asks it of every byte of every URL.
bool url_byte_at(std::string_view text, std::size_t pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  return c < 0x80 ? !k_url_stop_ascii[c] : is_url_byte(text, pos);
}

}  // namespace

std::size_t url_start_in(std::string_view token) {
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (may_start_url(token[i]) && starts_url_at(token, i))
      return i;
  }
  return std::string_view::npos;
}

std::vector<UrlMatch> find_urls(std::string_view text) {
  std::vector<UrlMatch> found;
  std::size_t i = 0;
  while (i < text.size()) {
    // To the next byte a URL may start with, in a loop of its own: most bytes are none.
    while (i < text.size() && !may_start_url(text[i]))
      ++i;
    if (i >= text.size())
      break;
    if (!starts_url_at(text, i)) {
      ++i;
      continue;
    }
    UrlMatch match;
    match.range.begin = i;
    std::size_t j = i;
    for (;;) {
      // The run of URL bytes is appended at once, not byte by byte.
      const std::size_t run = j;
      while (j < text.size() && url_byte_at(text, j))
        ++j;
      match.url.append(text.substr(run, j - run));
      const std::size_t known = match.text_positions.size();
      match.text_positions.resize(known + (j - run));
      std::iota(match.text_positions.begin() + static_cast<std::ptrdiff_t>(known),
                match.text_positions.end(), run);
      // A stray space inside the URL: after '?', '=', '&' (the query goes on), or before a
      // '-' or '_' glued to the next word ("haiti -near"), or after a trailing '-'.
      if (j + 1 >= text.size() || text[j] != ' ' || match.url.empty())
        break;
      const char last = match.url.back();
      const char next = text[j + 1];
      const bool after_open =
          (last == '?' || last == '=' || last == '&' || last == '-') && is_word_byte(next);
      const bool before_dash = is_word_byte(last) && (next == '-' || next == '_') &&
                               j + 2 < text.size() && is_word_byte(text[j + 2]);
      if (!after_open && !before_dash)
        break;
      std::size_t word_end = j + 1;
      while (word_end < text.size() && is_url_byte(text, word_end))
        ++word_end;
      Repair repair;
      repair.step = "remove_stray_space";
      const std::size_t ctx = std::min<std::size_t>(match.url.size(), 12);
      repair.before = match.url.substr(match.url.size() - ctx) + " " +
                      std::string(text.substr(j + 1, std::min<std::size_t>(word_end - j - 1, 12)));
      repair.after = match.url.substr(match.url.size() - ctx) +
                     std::string(text.substr(j + 1, std::min<std::size_t>(word_end - j - 1, 12)));
      repair.detail =
          "space inside a URL removed: '" + repair.before + "' -> '" + repair.after + "'";
      match.repairs.push_back({j, std::move(repair)});
      ++j;  // skip the space
    }
    // Sentence punctuation after the URL, and closing brackets it does not open. The URL
    // keeps its first `keep` bytes; it is cut once, and copied only when it is.
    std::size_t keep = match.url.size();
    while (keep > 0) {
      const std::string_view kept = std::string_view(match.url).substr(0, keep);
      const char last = kept.back();
      bool strip = patterns::k_trailing_url_punctuation.find(last) != std::string_view::npos;
      if (last == ')')
        strip = count_of(kept, '(') < count_of(kept, ')');
      if (last == ']')
        strip = count_of(kept, '[') < count_of(kept, ']');
      if (!strip)
        break;
      --keep;
    }
    match.range.end = keep == 0 ? i : match.text_positions[keep - 1] + 1;
    if (keep != match.url.size()) {
      const std::size_t context = keep > 8 ? keep - 8 : 0;
      Repair repair;
      repair.step = "strip_trailing_punctuation";
      repair.before = match.url.substr(context);
      repair.after = match.url.substr(context, keep - context);
      repair.detail = "'" + match.url.substr(keep) + "' after the URL ends the sentence";
      match.url.resize(keep);
      match.text_positions.resize(keep);
      match.repairs.push_back({match.range.end, std::move(repair)});
    }
    // Still a URL after cleaning: something after the scheme or a dotted host.
    if (match.url.size() > 4 && may_start_url(match.url[0]) && starts_url_at(match.url, 0))
      found.push_back(std::move(match));
    i = std::max(j, i + 1);
  }
  return found;
}

}  // namespace citecheck::split
