#include "split/back_reference.hpp"

#include <algorithm>
#include <array>

#include "split/patterns.hpp"
#include "split/text_util.hpp"

namespace citecheck::split {
namespace {

std::string clean_pinpoint(std::string_view rest) {
  rest = trim(rest);
  while (!rest.empty() && (rest.front() == '.' || rest.front() == ',' || rest.front() == ';' ||
                           rest.front() == ':' || is_space(rest.front()))) {
    rest.remove_prefix(1);
  }
  rest = trim(rest);
  // The closing full stop ends the note; a period of an abbreviation ("p.") never ends it.
  if (!rest.empty() && rest.back() == '.' && rest.size() >= 2 &&
      is_word_byte(rest[rest.size() - 2])) {
    std::size_t b = rest.size() - 1;
    while (b > 0 && !is_space(rest[b - 1]))
      --b;
    if (rest.size() - 1 - b > 2 || is_digit(rest[rest.size() - 2]))
      rest.remove_suffix(1);
  }
  return std::string(trim(rest));
}

std::string_view skip_lead(std::string_view s) {
  for (std::string_view lead : {"See also ", "see also ", "See ", "see ", "Cf. ", "cf. "}) {
    if (s.starts_with(lead))
      return trim(s.substr(lead.size()));
  }
  return s;
}

}  // namespace

std::optional<BackReference> parse_back_reference(std::string_view raw) {
  const std::string_view s = skip_lead(trim(raw));
  for (std::string_view word : patterns::k_ibid_words) {
    if (!word_at(s, 0, word))
      continue;
    // "Id." only with its capital or at the very start; "id" inside prose is a word.
    if (word == "id." && !(s[0] == 'I' || s[0] == 'i'))
      continue;
    BackReference reference;
    reference.pinpoint = clean_pinpoint(s.substr(word.size()));
    return reference;
  }
  // "Author, op. cit." has the words near the start; a long note that merely quotes them
  // later is no back reference. That start is folded once (the words are lower case), so
  // each word is a plain search.
  constexpr std::size_t k_op_cit_window = 96;
  std::array<char, k_op_cit_window> buffer{};
  const std::size_t window = std::min(s.size(), k_op_cit_window);
  for (std::size_t i = 0; i < window; ++i)
    buffer[i] = to_lower(s[i]);
  const std::string_view folded(buffer.data(), window);
  for (std::string_view word : patterns::k_op_cit_words) {
    const std::size_t at = folded.find(word);
    if (at == std::string_view::npos || at > 80)
      continue;
    BackReference reference;
    reference.op_cit = true;
    std::string_view author = trim(s.substr(0, at));
    while (!author.empty() && (author.back() == ',' || is_space(author.back())))
      author.remove_suffix(1);
    reference.author = std::string(author);
    reference.pinpoint = clean_pinpoint(s.substr(at + word.size()));
    return reference;
  }
  return std::nullopt;
}

std::optional<int> resolve_back_reference(const BackReference& reference,
                                          const std::vector<const Citation*>& earlier) {
  if (earlier.empty())
    return std::nullopt;
  if (reference.author.empty()) {
    const Citation& previous = *earlier.back();
    if (previous.kind == Kind::ibid)
      return previous.ibid_of;
    return previous.footnote;
  }
  // op. cit. with a name: the latest earlier citation naming that author (surname last).
  std::string_view name = reference.author;
  const std::size_t space = name.find_last_of(' ');
  const std::string_view surname = space == std::string_view::npos ? name : name.substr(space + 1);
  for (auto it = earlier.rbegin(); it != earlier.rend(); ++it) {
    const Citation& candidate = **it;
    if (candidate.kind == Kind::ibid)
      continue;
    if (find_word(candidate.raw, surname) != std::string_view::npos)
      return candidate.footnote;
  }
  return std::nullopt;
}

}  // namespace citecheck::split
