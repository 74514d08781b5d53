#include "symbol_normalize.hpp"

#include <array>
#include <string>
#include <string_view>

#include "common/ascii.hpp"
#include "sc_resolution_years.hpp"

namespace citecheck::plugins::un_documents {

namespace {

/// Components the UN writes in mixed case.
constexpr std::array<std::string_view, 6> k_mixed_case{"Add",   "Corr", "Rev",
                                                       "Amend", "Sub",  "Summary"};

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = ascii::to_upper(c);
  return out;
}

std::string canonical_component(std::string_view component) {
  std::string out = upper(component);
  for (std::string_view word : k_mixed_case) {
    const std::string word_upper = upper(word);
    if (out.starts_with(word_upper) &&
        (out.size() == word_upper.size() || out[word_upper.size()] == '.')) {
      out.replace(0, word.size(), word);
    }
  }
  return out;
}

}  // namespace

void normalize_qualifier(Symbol& symbol) {
  std::string out;
  const std::string& q = symbol.qualifier;
  for (std::size_t i = 0; i < q.size(); ++i) {
    const char c = q[i];
    if (c == ' ') {
      if (!out.empty() && out.back() != ' ')
        out += ' ';
      continue;
    }
    // A word run into its number: "Resumption1", "PartI" (UNBIS drops the space).
    if (i > 0 && ascii::is_lower(q[i - 1]) &&
        (ascii::is_digit(c) || c == 'I' || c == 'V' || c == 'X')) {
      out += ' ';
    }
    out += c;
  }
  while (!out.empty() && out.back() == ' ')
    out.pop_back();
  symbol.qualifier = out;
}

std::optional<Repair> fill_resolution_year(Symbol& symbol) {
  const int number = sc_resolution_number(symbol);
  if (number == 0 || !symbol.qualifier.empty()) {
    return std::nullopt;
  }
  const auto year = sc_resolution_year(number);
  if (!year) {
    return std::nullopt;
  }
  Repair repair;
  repair.step = "infer_resolution_year";
  repair.before = symbol.to_string();
  symbol.qualifier = std::to_string(*year);
  repair.after = symbol.to_string();
  repair.detail = "Security Council resolution " + std::to_string(number) + " was adopted in " +
                  std::to_string(*year) + "; year added to the symbol";
  return repair;
}

void canonical_case(Symbol& symbol) {
  symbol.root = upper(symbol.root);
  for (auto& component : symbol.components)
    component = canonical_component(component);
  for (auto& modifier : symbol.modifiers)
    modifier = canonical_component(modifier);
}

}  // namespace citecheck::plugins::un_documents
