// The folding rules of the corpus README, as small pure functions.
#include <citecheck/eval.hpp>

#include <algorithm>
#include <cctype>

#include "text/utf8.hpp"

namespace citecheck::eval {
namespace {

bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000 || cp == 0xFEFF;
}

bool is_word(char32_t cp) {
  if (cp < 0x80) {
    return std::isalnum(static_cast<unsigned char>(cp)) != 0;
  }
  // Latin-1 letters onwards, minus the general punctuation block: close enough to "a
  // letter" for deciding whether a hyphen sits inside a word.
  return cp >= 0x00C0 && cp != 0x00D7 && cp != 0x00F7 && !(cp >= 0x2000 && cp <= 0x206F);
}

bool is_hyphen(char32_t cp) {
  return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

char32_t straighten(char32_t cp) {
  switch (cp) {
    case 0x2018:  // ‘
    case 0x2019:  // ’
    case 0x201A:  // ‚
    case 0x201B:  // ‛
    case 0x2032:  // ′
    case 0x201C:  // “
    case 0x201D:  // ”
    case 0x201E:  // „
    case 0x201F:  // ‟
    case 0x2033:  // ″
    case '"':
      return '\'';
    default:
      return cp;
  }
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())) != 0) {
    s.remove_prefix(1);
  }
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())) != 0) {
    s.remove_suffix(1);
  }
  return s;
}

}  // namespace

std::string fold_text(std::string_view text) {
  std::vector<char32_t> cps;
  cps.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); i += text::sequence_length(text, i)) {
    const char32_t cp = straighten(text::decode_at(text, i));
    if (cp != 0x00AD) {  // soft hyphen: invisible in print
      cps.push_back(cp);
    }
  }
  std::string out;
  out.reserve(text.size());
  char32_t previous = 0;  // last code point kept, whitespace excluded
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const char32_t cp = cps[i];
    if (is_space(cp)) {
      continue;
    }
    if (is_hyphen(cp) && is_word(previous)) {
      std::size_t next = i + 1;
      while (next < cps.size() && is_space(cps[next])) {
        ++next;
      }
      if (next < cps.size() && is_word(cps[next])) {
        continue;
      }
    }
    text::append_utf8(out, cp);
    previous = cp;
  }
  return out;
}

std::string url_key(std::string_view url) {
  url = trim(url);
  const auto hash = url.find('#');
  if (hash != std::string_view::npos) {
    url = url.substr(0, hash);
  }
  // A URL printed "www.un.org/x" is the link "http://www.un.org/x" (how PDF link boxes and
  // word processors write it): the gold keeps the printed form, a reader may give the link.
  for (const std::string_view scheme : {"http://", "https://"}) {
    if (url.starts_with(scheme) && url.substr(scheme.size()).starts_with("www.")) {
      url.remove_prefix(scheme.size());
      break;
    }
  }
  return std::string(url);
}

std::string doi_key(std::string_view doi) {
  std::string out(trim(doi));
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

SymbolParts split_symbol_year(std::string_view symbol) {
  symbol = trim(symbol);
  // " (2013)" at the end: space, parenthesis, four digits, parenthesis.
  if (symbol.size() >= 7 && symbol.back() == ')') {
    const std::string_view tail = symbol.substr(symbol.size() - 6);
    const bool digits = std::all_of(tail.begin() + 1, tail.begin() + 5, [](char c) {
      return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
    if (tail.front() == '(' && digits) {
      const std::string_view base = trim(symbol.substr(0, symbol.size() - 6));
      return {std::string(base), std::stoi(std::string(tail.substr(1, 4)))};
    }
  }
  return {std::string(symbol), std::nullopt};
}

bool symbols_match(std::string_view found, std::string_view expected) {
  const SymbolParts a = split_symbol_year(found);
  const SymbolParts b = split_symbol_year(expected);
  if (a.base != b.base) {
    return false;
  }
  return !a.year || !b.year || *a.year == *b.year;
}

bool kinds_match(Kind found, Kind expected) {
  if (found == expected) {
    return true;
  }
  const auto pair = [&](Kind x, Kind y) {
    return (found == x && expected == y) || (found == y && expected == x);
  };
  return pair(Kind::news, Kind::web) || pair(Kind::report, Kind::web);
}

}  // namespace citecheck::eval
