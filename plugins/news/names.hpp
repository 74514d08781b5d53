#pragma once
// Who wrote it, or which organisation speaks: reading the text a citation puts before its
// title ("Richard Gowan", "Emmanuel Bombande and Peter van Tuijl (2014)", "Smith, J., &
// Doe, A.", "United Nations News Centre", "See Le Nouvelliste").

#include <string>
#include <string_view>
#include <vector>

namespace citecheck::plugins::news {

/// Drops lead-ins ("See", "See also", "For further information, see", "Cf."), markup,
/// parenthesised years and edge punctuation: what is left names the author or the body.
std::string clean_lead(std::string_view segment);

/// Authors as "Given Family", when `segment` (already cleaned) is a list of person names in
/// any of the usual forms; empty when any part of it is not a person's name.
std::vector<std::string> parse_authors(std::string_view segment);

/// True when `segment` reads as an organisation rather than a person ("Security Council
/// Report", "Office of the High Commissioner", "Reuters" is left to the outlet table).
bool looks_like_organisation(std::string_view segment);

/// Words that make a name a news organisation ("News", "Times", "Herald", "Press"...).
bool has_news_word(std::string_view name);

}  // namespace citecheck::plugins::news
