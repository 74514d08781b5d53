#include "symbol_variants.hpp"

#include <algorithm>
#include <functional>
#include <set>

#include "common/ascii.hpp"
#include "sc_resolution_years.hpp"
#include "symbol_grammar.hpp"

namespace citecheck::plugins::un_documents {

namespace {

bool is_digit(char c) {
  return ascii::is_digit(c);
}
bool is_alpha(char c) {
  return ascii::is_alpha(c);
}

/// Characters OCR reads for a digit, and the digit meant.
char digit_for(char c) {
  switch (c) {
    case 'O':
    case 'o':
    case 'D':
    case 'Q':
      return '0';
    case 'l':
    case 'I':
    case 'i':
    case '|':
    case '!':
      return '1';
    case 'Z':
    case 'z':
      return '2';
    case 'S':
    case 's':
      return '5';
    case 'G':
    case 'b':
      return '6';
    case 'B':
      return '8';
    case 'g':
      return '9';
    default:
      return 0;
  }
}

/// Letters OCR reads as digits inside words ("C0NF", "Add.l" goes the other way).
char letter_for(char c) {
  switch (c) {
    case '0':
      return 'O';
    case '1':
      return 'I';
    case '5':
      return 'S';
    default:
      return 0;
  }
}

bool next_to(const std::string& text, std::size_t i, bool (*test)(char)) {
  return (i > 0 && test(text[i - 1])) || (i + 1 < text.size() && test(text[i + 1]));
}

/// Collects variants in order, each once, only those that parse as plausible symbols, and
/// with a Security Council resolution's year made to agree with its number.
class Collector {
 public:
  Collector(std::string original, std::size_t limit)
      : m_original_key(symbol_key(original)), m_limit(limit) {}

  bool full() const { return m_out.size() >= m_limit; }

  void add(const Symbol& candidate) {
    if (full())
      return;
    Symbol symbol = candidate;
    if (const int number = sc_resolution_number(symbol); number > 0) {
      if (const auto year = sc_resolution_year(number))
        symbol.qualifier = std::to_string(*year);
    }
    Symbol checked;
    const std::string text = symbol.to_string();
    if (!parse_symbol(text, checked))
      return;
    const std::string key = symbol_key(text);
    if (key == m_original_key || !m_seen.insert(key).second)
      return;
    m_out.push_back(text);
  }

  std::vector<std::string> take() { return std::move(m_out); }

 private:
  std::string m_original_key;
  std::size_t m_limit;
  std::set<std::string> m_seen;
  std::vector<std::string> m_out;
};

}  // namespace

std::string compact_form(std::string_view symbol) {
  std::string out(symbol);
  for (std::size_t at = out.find(" ("); at != std::string::npos; at = out.find(" (", at))
    out.erase(at, 1);
  return out;
}

std::vector<std::string> spacing_forms(std::string_view symbol) {
  std::vector<std::string> out{std::string(symbol)};
  const std::size_t open = symbol.find('(');
  if (open == std::string_view::npos || open == 0)
    return out;
  std::string other;
  if (symbol[open - 1] == ' ') {
    other = compact_form(symbol);
  } else {
    other = std::string(symbol.substr(0, open)) + " " + std::string(symbol.substr(open));
  }
  if (other != out.front())
    out.push_back(other);
  return out;
}

std::string symbol_key(std::string_view symbol) {
  std::string out;
  for (const char c : symbol) {
    if (!ascii::is_space(c))
      out += ascii::to_upper(c);
  }
  return out;
}

std::vector<std::string> near_variants(std::string_view text, std::size_t limit) {
  Symbol symbol;
  if (!parse_symbol(text, symbol) || limit == 0)
    return {};
  Collector out(std::string(text), limit);
  const auto for_components =
      [&](const std::function<void(const std::string&, std::vector<std::string>&)>& edit) {
        for (std::size_t c = 0; c < symbol.components.size() && !out.full(); ++c) {
          std::vector<std::string> changed;
          edit(symbol.components[c], changed);
          for (std::string& component : changed) {
            Symbol copy = symbol;
            copy.components[c] = std::move(component);
            out.add(copy);
          }
        }
      };

  // 0. A Security Council resolution dated a year its number does not belong to.
  out.add(symbol);

  // 1. OCR confusions: every confusable character repaired at once, then one at a time.
  for_components([](const std::string& component, std::vector<std::string>& changed) {
    std::string all = component;
    std::vector<std::string> single;
    for (std::size_t i = 0; i < component.size(); ++i) {
      const char c = component[i];
      char repaired = 0;
      if (const char digit = digit_for(c); digit != 0 && next_to(component, i, is_digit))
        repaired = digit;
      else if (const char letter = letter_for(c); letter != 0 && next_to(component, i, is_alpha))
        repaired = letter;
      else if (c == 'l' || c == 'I')  // "Add.l" -> "Add.1": a lone letter after a dot
        repaired = (i > 0 && component[i - 1] == '.' && i + 1 == component.size()) ? '1' : 0;
      if (repaired == 0)
        continue;
      all[i] = repaired;
      std::string one = component;
      one[i] = repaired;
      single.push_back(std::move(one));
    }
    if (all != component)
      changed.push_back(all);
    for (auto& one : single)
      changed.push_back(std::move(one));
  });

  // 2. A doubled or stray digit: drop one digit of a number.
  for_components([](const std::string& component, std::vector<std::string>& changed) {
    for (std::size_t i = 0; i < component.size(); ++i) {
      if (is_digit(component[i]) && next_to(component, i, is_digit))
        changed.push_back(component.substr(0, i) + component.substr(i + 1));
    }
  });

  // 3. Two digits swapped.
  for_components([](const std::string& component, std::vector<std::string>& changed) {
    for (std::size_t i = 0; i + 1 < component.size(); ++i) {
      if (is_digit(component[i]) && is_digit(component[i + 1]) &&
          component[i] != component[i + 1]) {
        std::string swapped = component;
        std::swap(swapped[i], swapped[i + 1]);
        changed.push_back(std::move(swapped));
      }
    }
  });

  // 4. A dropped digit, in the last component that has digits (the document number; the
  //    session or year before it is rarely the one damaged, and each digit costs ten).
  std::size_t last_numeric = symbol.components.size();
  for (std::size_t c = 0; c < symbol.components.size(); ++c) {
    if (std::any_of(symbol.components[c].begin(), symbol.components[c].end(), is_digit))
      last_numeric = c;
  }
  if (last_numeric < symbol.components.size()) {
    const std::string& component = symbol.components[last_numeric];
    // From the end: a number cut short loses its last digit most often.
    for (std::size_t i = component.size() + 1; i-- > 0 && !out.full();) {
      const bool in_number =
          (i > 0 && is_digit(component[i - 1])) || (i < component.size() && is_digit(component[i]));
      if (!in_number)
        continue;
      for (char digit = '0'; digit <= '9'; ++digit) {
        Symbol copy = symbol;
        copy.components[last_numeric] = component.substr(0, i) + digit + component.substr(i);
        out.add(copy);
      }
    }
  }
  return out.take();
}

}  // namespace citecheck::plugins::un_documents
