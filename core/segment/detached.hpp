#pragma once
// Blocks whose numbers were printed apart from their texts (plain pdftotext: "2", "3",
// then both addresses; or the first number, the texts, and the second number last). The
// texts keep their order; the numbers are sorted and dealt out to them.

#include <optional>
#include <vector>

#include "segment/lines.hpp"
#include "segment/lost_numbers.hpp"
#include "segment/walk.hpp"

namespace citecheck::segmentation {

/// A number line or a text line of the block, in line order.
struct BlockEvent {
  int line = 0;
  int number = 0;  ///< > 0 for a number line
  NotePiece text;  ///< for a text line
};

/// Deals sorted numbers to the block's texts. `floor` is the highest number before the
/// block; lost numbers are inferred above it. nullopt when texts and numbers cannot be
/// matched (more numbers than texts).
std::optional<std::vector<Draft>> deal_numbers(const std::vector<Line>& lines,
                                               std::vector<BlockEvent> events, int floor,
                                               int block);

}  // namespace citecheck::segmentation
