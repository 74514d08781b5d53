#include "report/bibliography.hpp"

#include <array>
#include <cctype>

#include "report/names.hpp"
#include "report/text.hpp"

namespace citecheck::cli {
namespace {

constexpr std::array<std::string_view, 12> k_title_stop_words{
    "a", "an", "the", "on", "of", "in", "to", "and", "for", "la", "le", "les"};

std::string first_title_word(const std::string& title) {
  std::string word;
  for (std::size_t i = 0; i <= title.size(); ++i) {
    const bool boundary = i == title.size() || std::isspace(static_cast<unsigned char>(title[i]));
    if (!boundary) {
      word += title[i];
      continue;
    }
    std::string folded = ascii_fold(word);
    word.clear();
    bool stop = false;
    for (const auto s : k_title_stop_words) {
      stop = stop || folded == s;
    }
    if (!folded.empty() && !stop) {
      return folded.substr(0, 20);
    }
  }
  return {};
}

/// "www.reuters.com/..." -> "reuters".
std::string site_name(const std::string& url) {
  std::string_view rest = url;
  const auto scheme = rest.find("://");
  if (scheme != std::string_view::npos) {
    rest.remove_prefix(scheme + 3);
  }
  rest = rest.substr(0, rest.find_first_of("/?#:"));
  if (rest.starts_with("www.")) {
    rest.remove_prefix(4);
  }
  return ascii_fold(rest.substr(0, rest.find('.')));
}

std::string author_part(const Citation& citation) {
  if (!citation.authors.empty()) {
    const PersonName name = parse_person_name(citation.authors.front());
    return ascii_fold(name.literal.empty() ? name.family : name.literal).substr(0, 24);
  }
  if (!citation.container_title.empty()) {
    return ascii_fold(citation.container_title).substr(0, 24);
  }
  if (!citation.urls.empty()) {
    return site_name(citation.urls.front());
  }
  return {};
}

/// "S/RES/2100 (2013)" -> "un_s_res_2100": the symbol is the name a UN document goes by,
/// and it carries its own year.
std::string symbol_key(const std::string& symbol) {
  std::string key = "un";
  bool separator = true;
  for (const char c : symbol_without_year(symbol)) {
    if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
      if (separator) {
        key += '_';
      }
      key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      separator = false;
    } else {
      separator = true;
    }
  }
  return key;
}

}  // namespace

std::string symbol_without_year(const std::string& symbol) {
  const auto paren = symbol.find(" (");
  return paren == std::string::npos ? symbol : symbol.substr(0, paren);
}

std::string source_identity(const Citation& citation) {
  if (!citation.dois.empty()) {
    return "doi:" + ascii_fold(citation.dois.front());
  }
  if (!citation.un_symbols.empty()) {
    return "un:" + symbol_without_year(citation.un_symbols.front());
  }
  if (!citation.urls.empty()) {
    return "url:" + citation.urls.front() + "|" + ascii_fold(citation.title);
  }
  std::string identity = ascii_fold(citation.title);
  for (const auto& author : citation.authors) {
    identity += "|" + ascii_fold(author);
  }
  if (identity.find_first_not_of('|') == std::string::npos) {
    // Nothing but its words (an interview, a note): the words are the source.
    const std::string raw = one_line(citation.raw);
    return raw.empty() ? std::string() : "raw:" + raw;
  }
  return "text:" + identity + "|" + citation.issued.substr(0, 4);
}

std::string key_base(const Citation& citation) {
  if (citation.authors.empty() && !citation.un_symbols.empty()) {
    return symbol_key(citation.un_symbols.front());
  }
  std::string key = author_part(citation);
  if (const auto year = citation.year()) {
    key += std::to_string(*year);
  }
  if (citation.authors.size() + citation.un_symbols.size() > 0 || key.size() < 12) {
    key += first_title_word(citation.title);
  }
  if (key.empty() || std::isdigit(static_cast<unsigned char>(key.front())) != 0) {
    // Keys starting with a digit trouble some BibTeX styles; a footnote-based key never.
    std::string id = citation.id;
    for (char& c : id) {
      c = std::isalnum(static_cast<unsigned char>(c)) != 0 ? c : '-';
    }
    key = "fn" + id + (key.empty() ? "" : "-" + key);
  }
  return key;
}

std::optional<std::string> Bibliography::add(const Citation& citation) {
  if (citation.kind == Kind::ibid) {
    return std::nullopt;
  }
  const std::string identity = source_identity(citation);
  if (identity.empty() || !m_identities.insert(identity).second) {
    return std::nullopt;
  }
  const std::string base = key_base(citation);
  std::string key = base;
  // "gowan2013", "gowan2013a", "gowan2013b", ... then numbers.
  for (int n = 0; m_keys.count(key) != 0; ++n) {
    key = n < 26 ? base + static_cast<char>('a' + n) : base + "-" + std::to_string(n - 24);
  }
  m_keys.insert(key);
  return key;
}

}  // namespace citecheck::cli
