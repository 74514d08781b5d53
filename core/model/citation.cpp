#include <citecheck/citation.hpp>

#include <array>
#include <cctype>
#include <utility>

namespace citecheck {
namespace {

constexpr std::array<std::pair<Kind, std::string_view>, 9> k_kind_names{{
    {Kind::un_document, "un_document"},
    {Kind::web, "web"},
    {Kind::news, "news"},
    {Kind::journal_article, "journal_article"},
    {Kind::book, "book"},
    {Kind::report, "report"},
    {Kind::interview, "interview"},
    {Kind::ibid, "ibid"},
    {Kind::other, "other"},
}};

}  // namespace

std::string_view to_string(Kind kind) {
  for (const auto& [k, name] : k_kind_names) {
    if (k == kind) {
      return name;
    }
  }
  return "other";
}

std::optional<Kind> kind_from_string(std::string_view name) {
  for (const auto& [k, n] : k_kind_names) {
    if (n == name) {
      return k;
    }
  }
  return std::nullopt;
}

std::optional<int> Citation::year() const {
  if (issued.size() < 4) {
    return std::nullopt;
  }
  int value = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    const auto c = static_cast<unsigned char>(issued[i]);
    if (!std::isdigit(c)) {
      return std::nullopt;
    }
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace citecheck
