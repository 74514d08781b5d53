#pragma once
// Author names from the words before an article's title, as printed: "Rory Cormac and
// Richard J. Aldrich", "Smith, J., & Doe, A.", "Smith, John, and Jane Doe", "Creech, James".

#include <string>
#include <string_view>
#include <vector>

namespace citecheck::plugins::journals {

/// The names in `lead`, each as printed ("Smith, J." stays inverted). Leading phrases
/// ("For further information, see"), a year in parentheses and "et al." are dropped.
/// Empty when the lead does not read as a list of personal names.
std::vector<std::string> split_authors(std::string_view lead);

}  // namespace citecheck::plugins::journals
