#include "report/dates.hpp"

#include <cctype>

namespace citecheck::cli {
namespace {

std::optional<int> number(std::string_view digits, std::size_t width) {
  if (digits.size() != width) {
    return std::nullopt;
  }
  int value = 0;
  for (const char c : digits) {
    if (std::isdigit(static_cast<unsigned char>(c)) == 0) {
      return std::nullopt;
    }
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

std::optional<std::vector<int>> date_parts(std::string_view iso) {
  // Time of day, if any, is not part of a citation date.
  iso = iso.substr(0, iso.find('T'));
  std::vector<int> parts;
  constexpr std::size_t k_widths[] = {4, 2, 2};
  for (const std::size_t width : k_widths) {
    if (iso.empty()) {
      break;
    }
    const auto dash = iso.find('-');
    const auto value = number(iso.substr(0, dash), width);
    if (!value) {
      return std::nullopt;
    }
    parts.push_back(*value);
    iso = dash == std::string_view::npos ? std::string_view() : iso.substr(dash + 1);
  }
  if (parts.empty() || !iso.empty()) {
    return std::nullopt;
  }
  if ((parts.size() > 1 && (parts[1] < 1 || parts[1] > 12)) ||
      (parts.size() > 2 && (parts[2] < 1 || parts[2] > 31))) {
    return std::nullopt;
  }
  return parts;
}

}  // namespace citecheck::cli
