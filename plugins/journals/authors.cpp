#include "authors.hpp"

#include <algorithm>
#include "common/ascii.hpp"

namespace citecheck::plugins::journals {

namespace {

/// Longest name we accept: "Luiz Rogério Franco Goldoni" has four words.
constexpr std::size_t k_max_name_words = 6;

std::string_view trim(std::string_view s) {
  auto junk = [](char c) {
    return c == ' ' || c == ',' || c == '.' || c == ';' || c == ':' || c == '\n';
  };
  while (!s.empty() && junk(s.front()))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == ';' || s.back() == ':'))
    s.remove_suffix(1);
  return s;
}

std::size_t word_count(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ';
    if (!space && !in_word)
      ++words;
    in_word = !space;
  }
  return words;
}

/// "J.", "J. R.", "J.-P.", "JR": initials of an inverted name.
bool is_initials(std::string_view s) {
  if (s.empty() || s.size() > 12)
    return false;
  bool letter = false;
  for (char c : s) {
    if (ascii::is_upper(c)) {
      letter = true;
    } else if (c != '.' && c != ' ' && c != '-') {
      return false;
    }
  }
  return letter;
}

bool looks_like_name(std::string_view name) {
  if (name.empty() || word_count(name) > k_max_name_words)
    return false;
  const unsigned char first = static_cast<unsigned char>(name.front());
  if (!ascii::is_upper(first) && first < 0x80)
    return false;
  return std::none_of(name.begin(), name.end(), [](char c) { return ascii::is_digit(c); });
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = ascii::to_lower(c);
  return out;
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
}

}  // namespace

std::vector<std::string> split_authors(std::string_view lead) {
  // Start after an introducing phrase: "For further information, see Morten Bpas".
  const std::string folded = lower(lead);
  for (std::string_view cue :
       {std::string_view("see also "), std::string_view("see "), std::string_view("cf. ")}) {
    const std::size_t at = folded.rfind(cue);
    if (at != std::string::npos && (at == 0 || folded[at - 1] == ' ' || folded[at - 1] == ',')) {
      lead.remove_prefix(at + cue.size());
      break;
    }
  }
  std::string text(trim(lead));
  // A year in parentheses (APA, Harvard, the minusma style) ends the names.
  const std::size_t paren = text.find(" (");
  if (paren != std::string::npos)
    text.resize(paren);
  replace_all(text, " et al.", "");
  replace_all(text, " et al", "");
  replace_all(text, ", &", ",");
  replace_all(text, " & ", ", ");
  replace_all(text, ", and ", ", ");
  replace_all(text, " and ", ", ");
  replace_all(text, "; ", ", ");
  std::vector<std::string_view> pieces;
  std::string_view rest = text;
  while (!rest.empty()) {
    const std::size_t comma = rest.find(", ");
    pieces.push_back(trim(rest.substr(0, comma)));
    if (comma == std::string_view::npos)
      break;
    rest.remove_prefix(comma + 2);
  }
  std::vector<std::string> names;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    const std::string_view piece = pieces[i];
    if (piece.empty())
      continue;
    // An inverted name: "Smith, J." anywhere, "Smith, John" for the first author (MLA).
    if (word_count(piece) == 1 && i + 1 < pieces.size() &&
        (is_initials(pieces[i + 1]) ||
         (i == 0 && word_count(pieces[i + 1]) <= 2 && looks_like_name(pieces[i + 1])))) {
      names.push_back(std::string(piece) + ", " + std::string(pieces[i + 1]));
      ++i;
      continue;
    }
    names.emplace_back(piece);
  }
  for (std::string& name : names) {
    while (!name.empty() && name.back() == '.' && !is_initials(name.substr(name.rfind(' ') + 1))) {
      name.pop_back();
    }
    if (!looks_like_name(name))
      return {};
  }
  return names;
}

}  // namespace citecheck::plugins::journals
