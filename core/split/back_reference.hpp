#pragma once
// Back references: 'Ibid.', 'Id.', 'Idem', 'op. cit.', 'loc. cit.' with an optional
// pinpoint ('Ibid., p. 4'). Short forms ('Keegan, 12.') are not back references here:
// they name their source again, and recognizers treat them as such.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <citecheck/citation.hpp>

namespace citecheck::split {

/// What a back reference says.
struct BackReference {
  std::string author;    ///< "Keegan" in "Keegan, op. cit., p. 12"; empty for Ibid.
  std::string pinpoint;  ///< "p. 4", "vol. 1974, No. 33757"
  bool op_cit = false;
};

/// Parses a citation's text as a back reference; nullopt when it is none.
std::optional<BackReference> parse_back_reference(std::string_view raw);

/// Footnote holding the original source for a back reference, given the citations before
/// it in document order (chains of Ibid. resolve to the original). nullopt when nothing
/// earlier fits.
std::optional<int> resolve_back_reference(const BackReference& reference,
                                          const std::vector<const Citation*>& earlier);

}  // namespace citecheck::split
