#include "split/interview.hpp"

#include "split/generic_fields.hpp"
#include "split/patterns.hpp"

namespace citecheck::split {

bool is_interview(std::string_view raw, bool has_url) {
  if (has_url)
    return false;
  for (std::string_view opening : patterns::k_interview_openings) {
    if (word_at(trim(raw), 0, opening))
      return true;
  }
  const std::vector<QuotedSpan> quotes = find_quoted_spans(raw);
  for (std::string_view phrase : patterns::k_interview_phrases) {
    for (std::size_t at = find_word(raw, phrase); at != std::string_view::npos;
         at = find_word(raw, phrase, at + 1)) {
      bool quoted = false;
      for (const QuotedSpan& q : quotes)
        quoted = quoted || q.outer.contains(at);
      if (quoted)
        continue;
      // A book about interviews carries an imprint "(City: Publisher, Year)".
      const auto imprint = find_publisher(raw);
      return !(imprint && !imprint->city.empty());
    }
  }
  return false;
}

}  // namespace citecheck::split
