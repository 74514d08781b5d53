#pragma once
// Author strings as the splitter found them ("Morten Bøås", "Bøås, Morten", "United
// Nations") -> the parts a bibliography format wants.

#include <string>
#include <string_view>

namespace citecheck::cli {

/// A person's name in parts, or an organisation's name whole (`literal`).
struct PersonName {
  std::string family;
  std::string given;
  std::string particle;  ///< "van" in "Peter van Tuijl"
  std::string suffix;    ///< "Jr."
  std::string literal;   ///< set instead of the parts for organisations and single words
};

/// Splits "Given Family", "Family, Given" and "Given van Family Jr."; organisation names
/// (a word such as Nations, Council, Group, Institute...) and one-word names stay whole.
PersonName parse_person_name(std::string_view name);

}  // namespace citecheck::cli
