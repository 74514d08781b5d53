#include "symbol_grammar.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include "common/ascii.hpp"

namespace citecheck::plugins::un_documents {

namespace {

/// Roots of UN symbol series. The principal organs, the treaty bodies and the conferences
/// and programmes that issue their own series (reference 2.1 and the DGACM manual).
constexpr std::array<std::string_view, 30> k_roots{
    "A",   "S",    "E",     "ST",   "T",    "CRC",  "CEDAW", "CCPR", "CERD", "CAT",
    "CMW", "CRPD", "CED",   "HRI",  "DP",   "TD",   "UNEP",  "CD",   "NPT",  "BWC",
    "CCW", "APLC", "SPLOS", "ISBA", "FCCC", "ICCD", "UNW",   "JIU",  "ECE",  "UNCTAD"};

/// Second components of S/ symbols other than a year or a number.
constexpr std::array<std::string_view, 5> k_sc_series{"RES", "PRST", "INF", "Agenda", "KB"};
/// Second components of A/ and E/ symbols other than session, year or number.
constexpr std::array<std::string_view, 14> k_ga_series{"RES",   "HRC", "INF",   "BUR", "DEC",
                                                       "ICEF",  "ECE", "ESCAP", "ECA", "ECLAC",
                                                       "ESCWA", "HLS", "SPC",   "HLPF"};
/// Subsidiary-body components that take a number after a dot: "C.3", "CN.4", "CONF.229".
constexpr std::array<std::string_view, 9> k_body_prefixes{"C.",  "AC.", "CN.", "CONF.", "PV.",
                                                          "WG.", "SC.", "GC.", "PC."};

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return ascii::is_digit(c); });
}

int to_int(std::string_view s) {
  int value = 0;
  if (s.size() > 9) {
    return -1;
  }
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || ptr != s.data() + s.size()) {
    return -1;
  }
  return value;
}

bool is_roman(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return c == 'I' || c == 'V' || c == 'X' || c == 'L';
  });
}

bool plausible_year(int year) {
  return year >= 1946 && year <= 2035;
}

bool starts_with_any(std::string_view text, auto const& prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(),
                     [&](std::string_view p) { return text.starts_with(p); });
}

bool is_one_of(std::string_view text, auto const& words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return text == w; });
}

/// "ES-10", "S-13": special and emergency special sessions.
bool is_special_session(std::string_view s) {
  for (std::string_view prefix : {std::string_view("ES-"), std::string_view("S-")}) {
    if (s.starts_with(prefix)) {
      const std::string_view rest = s.substr(prefix.size());
      return all_digits(rest) || is_roman(rest);
    }
  }
  return false;
}

bool is_body_component(std::string_view s) {
  if (!starts_with_any(s, k_body_prefixes)) {
    return false;
  }
  const std::string_view rest = s.substr(s.find('.') + 1);
  return !rest.empty() && ascii::is_alnum(rest.front());
}

bool has_digit(const Symbol& symbol) {
  for (const auto& component : symbol.components) {
    if (std::any_of(component.begin(), component.end(),
                    [](char c) { return ascii::is_digit(c); })) {
      return true;
    }
  }
  return false;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ')
    s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ')
    s.remove_suffix(1);
  return s;
}

bool plausible_security_council(const Symbol& symbol) {
  const auto& c = symbol.components;
  const std::string_view second = c.front();
  if (second == "RES") {
    return c.size() == 2 && !c[1].empty() && all_digits(c[1]) && c[1].size() <= 4;
  }
  if (second == "PRST") {
    return c.size() == 3 && all_digits(c[1]) && plausible_year(to_int(c[1])) && all_digits(c[2]);
  }
  if (second.starts_with("PV.")) {
    return c.size() == 1 && all_digits(second.substr(3));
  }
  if (all_digits(second)) {
    const int first_number = to_int(second);
    if (c.size() == 1) {
      // Before 1994 documents were numbered in one series: S/23500.
      return second.size() >= 3 && second.size() <= 5;
    }
    // From 1994 S/<year>/<n>. OPCW documents print S/<n>/<year> (S/1906/2020): the middle
    // number is not a year the series had, the last one is.
    if (!(first_number >= 1994 && first_number <= 2035)) {
      return false;
    }
    return all_digits(c[1]) || c.size() > 1;
  }
  return is_one_of(second, k_sc_series) || is_body_component(second);
}

bool plausible_assembly_or_council(const Symbol& symbol) {
  const auto& c = symbol.components;
  const std::string_view second = c.front();
  if (all_digits(second)) {
    const int n = to_int(second);
    if (c.size() == 1) {
      // Early documents in one series: A/8052, E/5715.
      return second.size() >= 3 && second.size() <= 5;
    }
    // A/<session>/..., E/<year>/...
    return (n >= 1 && n <= 99) || plausible_year(n);
  }
  return is_one_of(second, k_ga_series) || is_body_component(second) || is_special_session(second);
}

}  // namespace

std::string Symbol::to_string() const {
  std::string out = root;
  for (const auto& component : components) {
    out += '/';
    out += component;
  }
  if (!qualifier.empty()) {
    out += " (";
    out += qualifier;
    out += ')';
  }
  for (const auto& modifier : modifiers) {
    out += '/';
    out += modifier;
  }
  return out;
}

QualifierKind classify_qualifier(std::string_view content) {
  content = trim(content);
  if (content.empty() || content.size() > 40) {
    return QualifierKind::none;
  }
  if (content.size() == 4 && all_digits(content) && plausible_year(to_int(content))) {
    return QualifierKind::year;
  }
  if (is_roman(content) || is_special_session(content)) {
    return QualifierKind::session;
  }
  if (content.starts_with("Resumption")) {
    return all_digits(trim(content.substr(10))) ? QualifierKind::resumption : QualifierKind::none;
  }
  for (std::string_view word : {std::string_view("Parts"), std::string_view("Part"),
                                std::string_view("Vols."), std::string_view("Vol.")}) {
    if (content.starts_with(word)) {
      // "Part I", "Parts I and II", "Vol. III", "Vols. I-III": roman or arabic numbers only.
      const std::string_view rest = trim(content.substr(word.size()));
      if (rest.empty()) {
        return QualifierKind::none;
      }
      for (char ch : rest) {
        const bool ok = ascii::is_alnum(ch) || ch == ' ' || ch == '-' || ch == ',' || ch == '&';
        if (!ok) {
          return QualifierKind::none;
        }
      }
      return QualifierKind::part;
    }
  }
  return QualifierKind::none;
}

bool is_known_root(std::string_view root) {
  return std::find(k_roots.begin(), k_roots.end(), root) != k_roots.end();
}

bool is_component_char(char c) {
  return ascii::is_alnum(c) || c == '.' || c == '-';
}

bool is_plausible(const Symbol& symbol) {
  if (!is_known_root(symbol.root) || symbol.components.empty() || symbol.components.size() > 8 ||
      !has_digit(symbol)) {
    return false;
  }
  for (const auto& component : symbol.components) {
    if (component.empty() || component.size() > 24) {
      return false;
    }
  }
  bool shape_ok = true;
  if (symbol.root == "S") {
    shape_ok = plausible_security_council(symbol);
  } else if (symbol.root == "A" || symbol.root == "E") {
    shape_ok = plausible_assembly_or_council(symbol);
  } else if (symbol.root == "T") {
    // Trusteeship Council: a one-letter root that prose abbreviations share; keep the
    // series shape strict (T/1234, T/RES/...).
    shape_ok = symbol.components.front() == "RES" || all_digits(symbol.components.front());
  }
  if (!shape_ok) {
    return false;
  }
  switch (classify_qualifier(symbol.qualifier)) {
    case QualifierKind::year:
      return sc_resolution_number(symbol) > 0;
    case QualifierKind::session:
      return symbol.root == "A" && symbol.components.front() == "RES";
    case QualifierKind::resumption:
    case QualifierKind::part:
      return true;
    case QualifierKind::none:
      return symbol.qualifier.empty();
  }
  return false;
}

bool parse_symbol(std::string_view text, Symbol& out) {
  out = Symbol{};
  text = trim(text);
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) {
    return false;
  }
  out.root = std::string(text.substr(0, slash));
  std::size_t at = slash + 1;
  auto read_component = [&](std::vector<std::string>& into) {
    const std::size_t start = at;
    while (at < text.size() && is_component_char(text[at]))
      ++at;
    if (at == start) {
      return false;
    }
    into.emplace_back(text.substr(start, at - start));
    return true;
  };
  if (!read_component(out.components)) {
    return false;
  }
  while (at < text.size() && text[at] == '/') {
    ++at;
    if (!read_component(out.components)) {
      return false;
    }
  }
  std::size_t probe = at;
  while (probe < text.size() && text[probe] == ' ')
    ++probe;
  if (probe < text.size() && text[probe] == '(') {
    const std::size_t close = text.find(')', probe);
    if (close == std::string_view::npos) {
      return false;
    }
    out.qualifier = std::string(trim(text.substr(probe + 1, close - probe - 1)));
    at = close + 1;
    while (at < text.size() && text[at] == '/') {
      ++at;
      if (!read_component(out.modifiers)) {
        return false;
      }
    }
  }
  return at == text.size() && is_plausible(out);
}

int sc_resolution_number(const Symbol& symbol) {
  if (symbol.root != "S" || symbol.components.size() != 2 || symbol.components[0] != "RES" ||
      !all_digits(symbol.components[1])) {
    return 0;
  }
  return std::max(0, to_int(symbol.components[1]));
}

int stated_year(const Symbol& symbol) {
  const auto& c = symbol.components;
  if (sc_resolution_number(symbol) > 0) {
    return classify_qualifier(symbol.qualifier) == QualifierKind::year ? to_int(symbol.qualifier)
                                                                       : 0;
  }
  auto year_at = [&](std::size_t i) {
    if (i < c.size() && all_digits(c[i]) && plausible_year(to_int(c[i]))) {
      return to_int(c[i]);
    }
    return 0;
  };
  if (symbol.root == "S") {
    if (c.size() >= 2 && (c[0] == "PRST"))
      return year_at(1);
    if (c.size() >= 2)
      return year_at(0);
  }
  if (symbol.root == "E" && c.size() >= 3 && c[0] == "RES") {
    return year_at(1);
  }
  if (symbol.root == "NPT" && !c.empty() && c[0].starts_with("CONF.")) {
    const int year = to_int(std::string_view(c[0]).substr(5));
    return plausible_year(year) ? year : 0;
  }
  return 0;
}

}  // namespace citecheck::plugins::un_documents
