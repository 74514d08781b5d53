#include "symbol_scanner.hpp"

#include <optional>

#include "common/ascii.hpp"
#include "ocr_repair.hpp"
#include "symbol_grammar.hpp"
#include "symbol_normalize.hpp"
#include "un_urls.hpp"

namespace citecheck::plugins::un_documents {

namespace {

/// Longest qualifier we look at: "(Parts I and II)" and the like are short.
constexpr std::size_t k_max_qualifier = 40;

bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_alpha(char c) {
  return ascii::is_alpha(c);
}
bool is_alnum(char c) {
  return ascii::is_alnum(c);
}
bool is_digit(char c) {
  return ascii::is_digit(c);
}

bool all_digits(std::string_view s) {
  if (s.empty())
    return false;
  for (char c : s) {
    if (!is_digit(c))
      return false;
  }
  return true;
}

/// A character that, standing right before a root, shows the root is part of a longer
/// token (a word, a path, an e-mail address) rather than the start of a symbol.
bool joins_token(char c) {
  return is_alnum(c) || c == '/' || c == '.' || c == '-' || c == '_' || c == '@' || c == '&' ||
         c == '=' || c == '%' || c == '#' || c == '\\' || c == '+' ||
         static_cast<unsigned char>(c) >= 0x80;
}

/// A break inside a symbol that extraction left where a line ended: one space or a line
/// break (the display text has "S/ RES/2164"). Returns its length, 0 when there is none.
std::size_t line_break_gap(std::string_view text, std::size_t at) {
  std::size_t gap = 0;
  while (at + gap < text.size() && gap < 2 &&
         (text[at + gap] == ' ' || text[at + gap] == '\n' || text[at + gap] == '\r')) {
    ++gap;
  }
  if (gap == 0 || at + gap >= text.size())
    return 0;
  const char next = text[at + gap];
  return is_upper(next) || is_digit(next) ? gap : 0;
}

/// The dash between the two halves of a joint symbol: '-' or an en or em dash.
bool is_joint_dash(std::string_view between) {
  return between == "-" || between == "\xE2\x80\x93" || between == "\xE2\x80\x94";
}

/// Whether a root and '/' start at `at`: the second half of a joint symbol of two organs,
/// "A/72/361-S/2017/821", which names two documents.
bool starts_joint_symbol(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && is_upper(text[end]))
    ++end;
  return end > at && end < text.size() && text[end] == '/' &&
         is_known_root(text.substr(at, end - at));
}

/// End of a component starting at `at`: component characters, where a '.' or '-' counts
/// only when a letter or digit follows ("PV.7274" yes, "692." no).
std::size_t component_end(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && is_component_char(text[end])) {
    if ((text[end] == '.' || text[end] == '-') &&
        (end + 1 >= text.size() || !is_alnum(text[end + 1]))) {
      break;
    }
    if (text[end] == '-' && starts_joint_symbol(text, end + 1))
      break;
    ++end;
  }
  return end;
}

/// Candidate read at `start`: the symbol, its printed end and repairs; nullopt if none.
struct Candidate {
  Symbol symbol;
  std::size_t end = 0;
  std::vector<Repair> repairs;
};

std::optional<Candidate> read_candidate(std::string_view text, std::size_t start,
                                        std::size_t root_end) {
  Candidate candidate;
  candidate.symbol.root = std::string(text.substr(start, root_end - start));
  std::size_t slash = root_end;  // at a '/'
  std::size_t end = root_end;
  bool joined = false;
  while (slash < text.size() && text[slash] == '/') {
    std::size_t at = slash + 1;
    const std::size_t gap = line_break_gap(text, at);
    at += gap;
    const std::size_t stop = component_end(text, at);
    if (stop == at)
      break;
    joined = joined || gap > 0;
    candidate.symbol.components.emplace_back(text.substr(at, stop - at));
    end = stop;
    slash = stop;
  }
  if (candidate.symbol.components.empty())
    return std::nullopt;

  // Qualifier: "(2013)", " (Resumption 1)", " A (III)" (split resolutions of early sessions).
  std::size_t probe = end;
  std::string letter;
  if (probe < text.size() && text[probe] == ' ') {
    ++probe;
  } else if (text.substr(probe).starts_with("\xC2\xA0")) {
    probe += 2;  // a no-break space, as word processors put before "(2013)"
  }
  if (probe + 2 < text.size() && is_upper(text[probe]) && text[probe + 1] == ' ' &&
      text[probe + 2] == '(' && all_digits(candidate.symbol.components.back())) {
    letter = std::string(1, text[probe]);
    probe += 2;
  }
  if (probe < text.size() && text[probe] == '(') {
    const std::size_t close = text.find(')', probe);
    if (close != std::string_view::npos && close - probe <= k_max_qualifier) {
      const std::string_view content = text.substr(probe + 1, close - probe - 1);
      const QualifierKind kind = classify_qualifier(content);
      if (kind != QualifierKind::none && (letter.empty() || kind == QualifierKind::session)) {
        Symbol with = candidate.symbol;
        with.qualifier = std::string(content);
        with.components.back() += letter;
        std::size_t after = close + 1;
        // Modifiers after the qualifier: "NPT/CONF.1995/32 (Part I)/Corr.2".
        while (after < text.size() && text[after] == '/') {
          const std::size_t stop = component_end(text, after + 1);
          const std::string_view modifier = text.substr(after + 1, stop - after - 1);
          if (!(modifier.starts_with("Add.") || modifier.starts_with("Corr.") ||
                modifier.starts_with("Rev.") || modifier.starts_with("Amend."))) {
            break;
          }
          with.modifiers.emplace_back(modifier);
          after = stop;
        }
        normalize_qualifier(with);
        if (is_plausible(with)) {
          candidate.symbol = std::move(with);
          end = after;
        }
      }
    }
  }

  if (candidate.symbol.qualifier.empty()) {
    const std::string printed(text.substr(start, end - start));
    if (auto repair = strip_glued_digit(candidate.symbol.components.back(), printed)) {
      candidate.repairs.push_back(std::move(*repair));
    }
  }
  if (!is_plausible(candidate.symbol))
    return std::nullopt;
  if (joined) {
    candidate.repairs.insert(
        candidate.repairs.begin(),
        joined_across_lines(text.substr(start, end - start), candidate.symbol.to_string()));
  }
  candidate.end = end;
  return candidate;
}

void add_url_symbols(const UrlSpan& span, std::vector<SymbolHit>& hits) {
  const auto text = symbol_in_url(span.url);
  if (!text)
    return;
  Symbol symbol;
  if (!parse_symbol(*text, symbol)) {
    canonical_case(symbol);
    Symbol upper_cased;
    if (!parse_symbol(symbol.to_string(), upper_cased))
      return;
    symbol = std::move(upper_cased);
  }
  normalize_qualifier(symbol);
  SymbolHit hit;
  hit.begin = span.begin;
  hit.end = span.end;
  hit.in_url = true;
  if (auto repair = fill_resolution_year(symbol))
    hit.repairs.push_back(std::move(*repair));
  hit.symbol = symbol.to_string();
  hits.push_back(std::move(hit));
}

}  // namespace

std::vector<SymbolHit> scan_symbols(std::string_view text) {
  std::vector<SymbolHit> hits;
  const std::vector<UrlSpan> urls = find_url_spans(text);
  std::size_t next_url = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t url_begin =
        next_url < urls.size() ? urls[next_url].begin : std::string_view::npos;
    if (i >= url_begin) {
      add_url_symbols(urls[next_url], hits);
      i = std::max(i, urls[next_url].end);
      ++next_url;
      continue;
    }
    // Symbols start with a capital: the bytes up to the next one (or the next URL) are
    // stepped over in a loop of their own.
    const std::size_t stop = std::min(text.size(), url_begin);
    while (i < stop && !is_upper(text[i]))
      ++i;
    if (i >= stop)
      continue;
    // Whether a dash joins this to the symbol before: asked only where it decides, at a
    // capital glued to what precedes it.
    const auto joint = [&] {
      return !hits.empty() && !hits.back().in_url && hits.back().end < i &&
             is_joint_dash(text.substr(hits.back().end, i - hits.back().end));
    };
    if (i > 0 && joins_token(text[i - 1]) && !joint()) {
      ++i;
      continue;
    }
    std::size_t root_end = i;
    while (root_end < text.size() && is_alpha(text[root_end]))
      ++root_end;
    const std::string_view root = text.substr(i, root_end - i);
    if (root_end >= text.size() || text[root_end] != '/' || !is_known_root(root)) {
      i = root_end;
      continue;
    }
    auto candidate = read_candidate(text, i, root_end);
    if (!candidate) {
      i = root_end;
      continue;
    }
    SymbolHit hit;
    hit.begin = i;
    hit.end = candidate->end;
    hit.repairs = std::move(candidate->repairs);
    if (auto repair = fill_resolution_year(candidate->symbol)) {
      hit.repairs.push_back(std::move(*repair));
    }
    hit.symbol = candidate->symbol.to_string();
    hits.push_back(std::move(hit));
    i = candidate->end;
  }
  return hits;
}

}  // namespace citecheck::plugins::un_documents
