#include "split/interview.hpp"

#include <optional>
#include <string>
#include <vector>

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
  // Folded once, so each phrase (all lower case) is found by a plain search; positions are
  // the same as in `raw`. Quotes are read only once a phrase is there to be tested.
  const std::string folded = lower(raw);
  std::optional<std::vector<QuotedSpan>> quotes;
  for (std::string_view phrase : patterns::k_interview_phrases) {
    for (std::size_t at = folded.find(phrase); at != std::string::npos;
         at = folded.find(phrase, at + 1)) {
      if (!word_at(folded, at, phrase))
        continue;
      if (!quotes)
        quotes = find_quoted_spans(raw);
      bool quoted = false;
      for (const QuotedSpan& q : *quotes)
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
