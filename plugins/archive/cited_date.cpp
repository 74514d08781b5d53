#include "cited_date.hpp"

namespace citecheck::plugins::archive {

CitedDate cited_date(const Citation& citation, const std::string& document_date, Seconds today) {
  const std::pair<const std::string*, const char*> choices[] = {
      {&citation.accessed, "accessed"},
      {&citation.issued, "issued"},
      {&document_date, "document"},
  };
  for (const auto& [text, source] : choices) {
    if (const auto time = parse_iso_date(*text)) {
      // A date after today is a typo or a future publication date: no archive holds it.
      if (*time <= today) {
        return CitedDate{*time, *text, source};
      }
    }
  }
  return CitedDate{today, iso_day(today), "today"};
}

}  // namespace citecheck::plugins::archive
