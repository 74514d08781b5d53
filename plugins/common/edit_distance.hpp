#pragma once
// Levenshtein distance, which the journals and news plugins both use to let a title match
// across OCR slips ("Bpas" for "Bøas").

#include <cstddef>
#include <string_view>

namespace citecheck::plugins::common {

/// Insertions, deletions and substitutions (bytes) that turn `a` into `b`.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace citecheck::plugins::common
