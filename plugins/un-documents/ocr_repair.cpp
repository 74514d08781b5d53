#include "ocr_repair.hpp"

#include "common/ascii.hpp"

namespace citecheck::plugins::un_documents {

namespace {

bool digits(std::string_view s) {
  if (s.empty()) {
    return false;
  }
  for (char c : s) {
    if (!ascii::is_digit(c)) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::optional<Repair> strip_glued_digit(std::string& component, std::string_view printed) {
  const std::size_t dot = component.find('.');
  if (dot == std::string::npos || component.find('.', dot + 1) != std::string::npos) {
    return std::nullopt;
  }
  const std::string_view number = std::string_view(component).substr(0, dot);
  const std::string_view glued = std::string_view(component).substr(dot + 1);
  // Footnote numbers run to three digits at most; a longer tail is something else.
  if (!digits(number) || !digits(glued) || glued.size() > 3) {
    return std::nullopt;
  }
  Repair repair;
  repair.step = "strip_glued_digit";
  repair.before = std::string(printed);
  repair.after = std::string(printed.substr(0, printed.size() - glued.size() - 1));
  repair.detail =
      "footnote number '" + std::string(glued) + "' glued to symbol '" + repair.after + "' removed";
  component.resize(dot);
  return repair;
}

Repair joined_across_lines(std::string_view printed, std::string_view joined) {
  Repair repair;
  repair.step = "join_symbol_across_lines";
  repair.before = std::string(printed);
  repair.after = std::string(joined);
  repair.detail =
      "symbol broken at a line end joined: '" + repair.before + "' -> '" + repair.after + "'";
  return repair;
}

}  // namespace citecheck::plugins::un_documents
