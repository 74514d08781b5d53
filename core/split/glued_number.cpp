#include "split/glued_number.hpp"

#include <algorithm>

#include "split/patterns.hpp"
#include "split/text_util.hpp"
#include "text/byte_scan.hpp"

namespace citecheck::split {

std::optional<GluedNumber> find_glued_number(
    std::string_view text, int footnote_number,
    const std::function<const std::string*(int)>& text_of) {
  // From digit to digit, eight bytes a step: most of a note's bytes are none.
  for (std::size_t i = text::find_digit(text, 1); i < text.size();
       i = text::find_digit(text, i + 1)) {
    if (is_digit(text[i - 1]))
      continue;
    // Glued right after a full stop ("2100.6") or after ". " — a sentence just ended.
    const bool glued = text[i - 1] == '.' && i >= 2 && is_word_byte(text[i - 2]);
    const bool spaced = text[i - 1] == ' ' && i >= 2 && text[i - 2] == '.';
    if (!glued && !spaced)
      continue;
    std::size_t end = i;
    int number = 0;
    while (end < text.size() && is_digit(text[end]) && end - i < 4) {
      number = number * 10 + (text[end] - '0');
      ++end;
    }
    if (end >= text.size() || text[end] != ' ')
      continue;
    if (number <= footnote_number || number > footnote_number + patterns::k_glued_number_reach)
      continue;
    const std::string* later = text_of(number);
    if (later == nullptr)
      continue;
    const std::string target = alnum_fold(*later);
    // Only as much of the rest as could match: keeps a note full of numbers linear.
    const std::string rest = alnum_fold(text.substr(end, later->size() * 2 + 64));
    std::size_t common = 0;
    while (common < target.size() && common < rest.size() && target[common] == rest[common])
      ++common;
    const std::size_t needed =
        std::max(patterns::k_glued_min_match, std::min<std::size_t>(target.size(), 24));
    if (common >= needed || (common == target.size() && common >= patterns::k_glued_min_match)) {
      return GluedNumber{i, number};
    }
  }
  return std::nullopt;
}

}  // namespace citecheck::split
