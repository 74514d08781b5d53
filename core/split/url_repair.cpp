#include "split/url_repair.hpp"

#include "split/patterns.hpp"
#include "split/text_util.hpp"

namespace citecheck::split {
namespace {

bool any_of_chars(char c, std::string_view set) {
  return set.find(c) != std::string_view::npos;
}

bool has_file_ending(std::string_view token) {
  for (std::string_view ending : patterns::k_url_file_endings) {
    if (find_ci(token, ending) != std::string_view::npos)
      return true;
  }
  return false;
}

// The path segment (between separators) that holds `pos`.
std::string_view segment_at(std::string_view url, std::size_t pos) {
  std::size_t begin = pos;
  while (begin > 0 && !any_of_chars(url[begin - 1], patterns::k_url_segment_separators))
    --begin;
  std::size_t end = pos;
  while (end < url.size() && !any_of_chars(url[end], patterns::k_url_segment_separators))
    ++end;
  return url.substr(begin, end - begin);
}

bool all_digits(std::string_view s) {
  for (char c : s) {
    if (!is_digit(c))
      return false;
  }
  return !s.empty();
}

}  // namespace

bool url_continues(std::string_view url_so_far, std::string_view next_token) {
  if (url_so_far.empty() || next_token.empty())
    return false;
  const char last = url_so_far.back();
  const char first = next_token.front();
  const bool first_url_byte =
      is_word_byte(first) || any_of_chars(first, patterns::k_url_continuation_starts);
  if (url_so_far.ends_with("www.") || url_so_far.ends_with("://"))
    return is_word_byte(first);
  if (any_of_chars(last, patterns::k_url_open_endings))
    return first_url_byte;
  if (!is_word_byte(last))
    return false;  // '.', ',', ')' and the like end the sentence
  if (any_of_chars(first, patterns::k_url_continuation_starts))
    return true;
  // Broken between two word characters: only when the next token is plainly URL material.
  const std::string_view token = next_token;
  return token.find('/') != std::string_view::npos || token.find('=') != std::string_view::npos ||
         token.find('_') != std::string_view::npos || has_file_ending(token);
}

HyphenChoice decide_url_hyphen(std::string_view url, std::size_t hyphen,
                               const DocumentEvidence& evidence) {
  HyphenChoice choice;
  std::string without(url);
  without.erase(hyphen, 1);
  if (evidence.has_url(url))
    return {true, true, "the same URL, with the hyphen, is elsewhere in the document"};
  if (evidence.has_url(without))
    return {false, true, "the same URL, without the hyphen, is elsewhere in the document"};

  std::size_t lb = hyphen;
  while (lb > 0 && is_word_byte(url[lb - 1]))
    --lb;
  std::size_t re = hyphen + 1;
  while (re < url.size() && is_word_byte(url[re]))
    ++re;
  const std::string_view left = url.substr(lb, hyphen - lb);
  const std::string_view right = url.substr(hyphen + 1, re - hyphen - 1);
  if (left.empty() || right.empty())
    return {true, true, "the hyphen stands next to punctuation"};
  if (all_digits(left) || all_digits(right))
    return {true, true, "a number on one side: a slug separator"};

  const std::string joined = std::string(left) + std::string(right);
  const std::size_t pair = evidence.pair_count(left, right);
  const std::size_t whole = evidence.word_count(joined);
  const bool left_known = evidence.word_count(left) > 0;
  const bool right_known = evidence.word_count(right) > 0;
  const std::string_view segment = segment_at(url, hyphen);
  std::size_t hyphens = 0;
  for (char c : segment)
    hyphens += c == '-' ? 1 : 0;
  const bool slug = hyphens > 1;
  const std::string quoted = "'" + std::string(left) + "-' + '" + std::string(right) + "'";

  if (pair > 0 && whole == 0)
    return {true, true, quoted + ": the hyphenated form is elsewhere in the document"};
  if (whole > 0 && pair == 0) {
    const bool sure = !(left_known && right_known && slug);
    return {false, sure, quoted + ": '" + joined + "' is a word elsewhere in the document"};
  }
  if (whole > 0 && pair > 0) {
    return {pair >= whole, false,
            quoted + ": both the joined and the hyphenated form occur in the document"};
  }
  if (slug) {
    return {true, left_known && right_known,
            quoted + ": the path segment is a hyphen-separated slug"};
  }
  if (left_known && right_known) {
    return {true, false, quoted + ": both pieces are words of the document"};
  }
  if (evidence.hyphenates_prose()) {
    return {false, false, quoted + ": the document breaks words at line ends"};
  }
  choice.keep = true;
  choice.sure = false;
  choice.reason = quoted + ": the document does not break words at line ends";
  return choice;
}

std::optional<std::string> restore_lost_hyphen(std::string_view url,
                                               const DocumentEvidence& evidence) {
  const std::size_t scheme = url.find("//");
  const std::size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 2);
  if (path == std::string_view::npos)
    return std::nullopt;
  std::optional<std::string> restored;
  std::size_t i = path;
  while (i < url.size()) {
    if (!is_word_byte(url[i])) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    while (i < url.size() && is_word_byte(url[i]))
      ++i;
    const std::string_view word = url.substr(begin, i - begin);
    // Only lower-case words of a hyphenated slug: a capital marks a name typed that way,
    // and digits mark an id. "Unknown" means no occurrence beyond this URL itself.
    const bool in_slug = (begin > 0 && url[begin - 1] == '-') || (i < url.size() && url[i] == '-');
    bool plain = true;
    for (char c : word)
      plain = plain && is_lower(c);
    if (!in_slug || !plain || word.size() < 8 || evidence.word_count(word) > 1)
      continue;
    std::optional<std::size_t> cut;
    bool ambiguous = false;
    for (std::size_t k = 4; k + 4 <= word.size(); ++k) {
      if (evidence.word_count(word.substr(0, k)) > 0 && evidence.word_count(word.substr(k)) > 0) {
        ambiguous = ambiguous || cut.has_value();
        cut = k;
      }
    }
    if (!cut || ambiguous)
      continue;
    // A URL spans one line break here; two candidates leave no evidence for either.
    if (restored)
      return std::nullopt;
    std::string repaired(url);
    repaired.insert(begin + *cut, "-");
    restored = std::move(repaired);
  }
  return restored;
}

}  // namespace citecheck::split
