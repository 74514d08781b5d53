#pragma once
// Asking the UN Digital Library (TIND) whether it holds a symbol: its search with MARCXML
// output, `GET /search?p=191__a:"<symbol>"&of=xm` (reference 2.3), read with pugixml.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <citecheck/http.hpp>

#include "marc_record.hpp"

namespace citecheck::plugins::un_documents {

/// Most records one search asks for; a symbol search matches a handful at most.
inline constexpr int k_max_rows = 50;

/// The search URL for records whose 191 $a is any of `symbols` (phrase searches joined by
/// OR), MARCXML output.
std::string search_url(std::string_view endpoint, const std::vector<std::string>& symbols);

/// The answer about one symbol.
struct SymbolLookup {
  enum class Outcome { found, not_found, unavailable };
  Outcome outcome = Outcome::unavailable;
  std::string reason;    ///< why `unavailable`
  MarcRecord record;     ///< when `found`
  std::string asked_as;  ///< the spelling whose search found it
  int requests = 0;
};

/// Looks `symbol` up under each spelling of its qualifier until a record carries it (191
/// $a or $z, compared without spaces and case).
SymbolLookup look_up_symbol(Engine& http, std::string_view endpoint, std::string_view symbol);

/// Which of `symbols` the library knows (one search per batch of spellings); `error` when a
/// search failed, with what was found before it.
struct VariantsLookup {
  std::vector<std::pair<std::string, MarcRecord>> known;  ///< (symbol asked, its record)
  std::optional<std::string> error;
  int requests = 0;
};
VariantsLookup look_up_variants(Engine& http, std::string_view endpoint,
                                const std::vector<std::string>& symbols);

}  // namespace citecheck::plugins::un_documents
