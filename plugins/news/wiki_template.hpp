#pragma once
// Wikipedia's citation templates ({{cite news|title=...|newspaper=...}}, {{cite web}},
// {{citation}}): when a citation is one, its named fields say everything directly.

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace citecheck::plugins::news {

/// The template's name ("cite news") and its named parameters, lower-cased keys, values with
/// wiki links ("[[The Guardian]]", "[[Library of Congress|LoC]]") reduced to their text.
struct WikiTemplate {
  std::string name;
  std::map<std::string, std::string> fields;

  /// The first non-empty value among `keys`; "" when none.
  std::string first_of(std::initializer_list<std::string_view> keys) const;
};

/// The first {{cite ...}} or {{citation ...}} template in `text`; nullopt when there is none.
std::optional<WikiTemplate> read_wiki_template(std::string_view text);

}  // namespace citecheck::plugins::news
