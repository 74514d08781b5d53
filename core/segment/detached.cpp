#include "segment/detached.hpp"

#include <algorithm>
#include <string>

#include "segment/continuation.hpp"
#include "text/strings.hpp"

namespace citecheck::segmentation {

std::optional<std::vector<Draft>> deal_numbers(const std::vector<Line>& lines,
                                               std::vector<BlockEvent> events, int floor,
                                               int block) {
  std::stable_sort(events.begin(), events.end(),
                   [](const BlockEvent& a, const BlockEvent& b) { return a.line < b.line; });
  std::vector<std::vector<NotePiece>> units;
  std::vector<int> numbers;
  bool after_number = true;
  int last_text_line = -1;
  for (const BlockEvent& event : events) {
    if (event.number > 0) {
      numbers.push_back(event.number);
      after_number = true;
      continue;
    }
    const bool joins = !after_number && last_text_line >= 0 &&
                       continues_unit(lines[static_cast<std::size_t>(last_text_line)],
                                      lines[static_cast<std::size_t>(event.line)]);
    if (joins) {
      units.back().push_back(event.text);
    } else {
      units.push_back({event.text});
    }
    after_number = false;
    last_text_line = event.line;
  }
  std::sort(numbers.begin(), numbers.end());
  numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
  if (units.size() < numbers.size() || numbers.empty())
    return std::nullopt;
  std::vector<bool> inferred(numbers.size(), false);
  std::size_t need = units.size() - numbers.size();
  const int highest = numbers.back();
  for (int v = floor + 1; need > 0 && v < highest + static_cast<int>(units.size()); ++v) {
    if (std::binary_search(numbers.begin(), numbers.end(), v))
      continue;
    const auto at = std::lower_bound(numbers.begin(), numbers.end(), v);
    inferred.insert(inferred.begin() + (at - numbers.begin()), true);
    numbers.insert(at, v);
    --need;
  }
  std::vector<Draft> drafts;
  for (std::size_t u = 0; u < units.size(); ++u) {
    Draft draft;
    draft.number = numbers[u];
    draft.inferred = inferred[u];
    draft.pieces = units[u];
    draft.span_begin = units[u].front().piece.begin;
    draft.first_line = units[u].front().piece.line;
    draft.block = block;
    draft.stop = Stop::page_break;
    if (draft.inferred) {
      Repair repair;
      repair.step = "infer_footnote_number";
      repair.after = std::to_string(draft.number);
      repair.detail = "footnote number " + std::to_string(draft.number) +
                      " was not printed with the notes of its block (numbers printed apart "
                      "from their texts); inferred from the sequence";
      // The number may have run into the body line just above the block ("member22").
      for (int l = units.front().front().piece.line - 1; l >= 0; --l) {
        const Line& line = lines[static_cast<std::size_t>(l)];
        if (line.blank || line.furniture)
          continue;
        const std::string digits = std::to_string(draft.number);
        const std::string_view content = line.content;
        if (content.size() > digits.size() && content.ends_with(digits) &&
            text::is_alpha(content[content.size() - digits.size() - 1])) {
          repair.detail += "; it ran into the end of line " + std::to_string(line.number) + " ('" +
                           std::string(content.substr(
                               content.size() - std::min(content.size(), digits.size() + 12))) +
                           "')";
        }
        break;
      }
      draft.repairs.push_back(std::move(repair));
    }
    drafts.push_back(std::move(draft));
  }
  return drafts;
}

}  // namespace citecheck::segmentation
