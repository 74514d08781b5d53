#include "names.hpp"

#include <algorithm>
#include <array>
#include "common/ascii.hpp"

namespace citecheck::plugins::news {

namespace {

bool is_space(char c) {
  return ascii::is_space(c);
}

std::string lower(std::string_view text) {
  return ascii::lower(text);
}

std::string_view trim(std::string_view text, std::string_view extra = "") {
  auto strip = [&](char c) { return is_space(c) || ascii::in_set(c, extra); };
  while (!text.empty() && strip(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && strip(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) {
      ++i;
    }
    std::size_t j = i;
    while (j < text.size() && !is_space(text[j])) {
      ++j;
    }
    if (j > i) {
      words.push_back(text.substr(i, j - i));
    }
    i = j;
  }
  return words;
}

/// Splits on any of `separators`, keeping non-empty trimmed pieces.
std::vector<std::string_view> split_on(std::string_view text,
                                       std::initializer_list<std::string_view> separators) {
  std::vector<std::string_view> pieces{text};
  for (auto separator : separators) {
    std::vector<std::string_view> next;
    for (auto piece : pieces) {
      std::size_t start = 0;
      while (true) {
        const auto hit = piece.find(separator, start);
        const auto part =
            trim(piece.substr(start, hit == std::string_view::npos ? hit : hit - start), ",");
        if (!part.empty()) {
          next.push_back(part);
        }
        if (hit == std::string_view::npos) {
          break;
        }
        start = hit + separator.size();
      }
    }
    pieces = std::move(next);
  }
  return pieces;
}

constexpr std::array<std::string_view, 24> k_particles = {
    "van",   "von", "de", "der", "den", "da", "das", "do",  "dos", "du", "di", "del",
    "della", "la",  "le", "bin", "ibn", "al", "el",  "ter", "ten", "y",  "e",  "zu"};

constexpr std::array<std::string_view, 72> k_organisation_words = {
    "news",          "centre",     "center",      "nations",    "united",     "office",
    "department",    "ministry",   "council",     "agency",     "institute",  "organization",
    "organisation",  "commission", "committee",   "group",      "report",     "review",
    "times",         "post",       "press",       "journal",    "service",    "bank",
    "fund",          "programme",  "program",     "foundation", "university", "association",
    "international", "network",    "project",     "watch",      "campaign",   "government",
    "directorate",   "court",      "police",      "forum",      "initiative", "observatory",
    "society",       "board",      "bureau",      "authority",  "union",      "federation",
    "party",         "company",    "corporation", "inc",        "ltd",        "radio",
    "television",    "magazine",   "daily",       "weekly",     "herald",     "tribune",
    "gazette",       "mission",    "secretariat", "assembly",   "parliament", "senate",
    "republic",      "kingdom",    "security",    "crisis",     "human",      "rights"};

// Not "press" (university presses publish books) nor "journal" (journals have their plugin).
constexpr std::array<std::string_view, 11> k_news_words = {
    "news",      "times",    "post",    "herald",      "tribune", "gazette",
    "chronicle", "observer", "courier", "nouvelliste", "diario"};

std::string bare_word(std::string_view word) {
  return lower(trim(word, ",.;:()[]'\"*_"));
}

bool is_particle(std::string_view word) {
  return std::find(k_particles.begin(), k_particles.end(), word) != k_particles.end();
}

/// "J." "J.R." "J.-P." "A" (an initial without its period, as some styles print).
bool is_initials(std::string_view word) {
  word = trim(word, ",");
  if (word.empty() || word.size() > 6) {
    return false;
  }
  bool letter = false;
  for (char c : word) {
    if (ascii::is_upper(c)) {
      letter = true;
    } else if (c != '.' && c != '-') {
      return false;
    }
  }
  return letter && (word.find('.') != std::string_view::npos || word.size() == 1);
}

/// A capitalised name word: "Gowan", "O'Grady", "Jean-Pierre", "Bøås", "Ó".
bool is_name_word(std::string_view word) {
  word = trim(word, ",");
  if (word.empty()) {
    return false;
  }
  const auto first = static_cast<unsigned char>(word.front());
  if (!(ascii::is_upper(first) || first >= 0xC3)) {  // UTF-8 capitals start at C3 and up
    return false;
  }
  return std::all_of(word.begin(), word.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return ascii::is_alpha(u) || u >= 0x80 || c == '-' || c == '\'' || c == '.';
  });
}

bool is_organisation_word(std::string_view word) {
  const std::string bare = bare_word(word);
  return std::find(k_organisation_words.begin(), k_organisation_words.end(), bare) !=
         k_organisation_words.end();
}

/// One person's name in display order, or "" when the words are not one.
std::string person(std::vector<std::string_view> words) {
  if (words.empty() || words.size() > 5) {
    return "";
  }
  int capitals = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto word = words[i];
    if (is_organisation_word(word)) {
      return "";
    }
    if (is_initials(word)) {
      ++capitals;
    } else if (is_name_word(word)) {
      ++capitals;
    } else if (!(i > 0 && i + 1 < words.size() && is_particle(word))) {
      return "";
    }
  }
  // A lone initial or word is not enough to tell a person from a short outlet name.
  if (capitals < 2 || is_initials(words.back())) {
    return "";
  }
  std::string out;
  for (auto word : words) {
    if (!out.empty()) {
      out += ' ';
    }
    out += trim(word, ",");
  }
  return out;
}

/// Trims edge punctuation but keeps the period of a final initial ("Smith, J.").
std::string_view trim_keep_initial(std::string_view text) {
  text = trim(text, ",;:*_");
  while (!text.empty() && (text.back() == '.' || text.back() == ',' || is_space(text.back()))) {
    const bool initial = text.back() == '.' && text.size() >= 2 &&
                         ascii::is_upper(text[text.size() - 2]) &&
                         (text.size() == 2 || !ascii::is_alpha(text[text.size() - 3]));
    if (initial) {
      break;
    }
    text.remove_suffix(1);
  }
  return text;
}

constexpr std::array<std::string_view, 9> k_lead_ins = {"see also ",  "see, e.g., ",  "see e.g. ",
                                                        "see ",       "cf. ",         "cited in ",
                                                        "quoted in ", "reported by ", "by "};

/// True for each byte a lead-in starts with.
constexpr auto k_lead_in_initials = ascii::initials_table(k_lead_ins);

/// Where each of k_lead_ins last occurs in `folded` (npos where nowhere): one pass over the
/// text trying lead-ins only where a byte starts one, instead of a search per lead-in.
std::array<std::size_t, k_lead_ins.size()> last_lead_ins(std::string_view folded) {
  std::array<std::size_t, k_lead_ins.size()> last;
  last.fill(std::string_view::npos);
  for (std::size_t at = 0; at < folded.size(); ++at) {
    if (!k_lead_in_initials[static_cast<unsigned char>(folded[at])]) {
      continue;
    }
    for (std::size_t k = 0; k < k_lead_ins.size(); ++k) {
      if (k_lead_ins[k].front() == folded[at] && folded.substr(at).starts_with(k_lead_ins[k])) {
        last[k] = at;
      }
    }
  }
  return last;
}

}  // namespace

std::string clean_lead(std::string_view segment) {
  // A view until the end: a copy is made only of what is returned.
  std::string_view text = trim(segment, ",;:*_");
  // Folded once for both tests below (trimming and folding touch different characters).
  const std::string folded = lower(text);
  // A lead-in with nothing after it ("See https://...") names no one.
  const std::string_view bare = trim(folded, ".,:");
  constexpr std::array<std::string_view, 7> k_alone = {"see",          "see also", "cf", "see e.g",
                                                       "available at", "at",       "in"};
  for (std::string_view alone : k_alone) {
    if (bare == alone) {
      return "";
    }
  }
  // Lead-ins end with "see" ("For further information, see", "See also"): keep what follows.
  // The first lead-in (in k_lead_ins' order) whose last occurrence starts a word wins.
  const auto last = last_lead_ins(folded);
  for (std::size_t k = 0; k < k_lead_ins.size(); ++k) {
    const std::size_t hit = last[k];
    if (hit != std::string::npos &&
        (hit == 0 || is_space(folded[hit - 1]) || folded[hit - 1] == ',')) {
      text.remove_prefix(hit + k_lead_ins[k].size());
      break;
    }
  }
  // A parenthesised year or date after the names: "Bombande and van Tuijl (2014)".
  if (const auto paren = text.find('('); paren != std::string_view::npos) {
    const auto close = text.find(')', paren);
    const std::string_view inside =
        text.substr(paren + 1, close == std::string_view::npos ? close : close - paren - 1);
    if (!inside.empty() && ascii::is_digit(inside.front())) {
      std::string without(text.substr(0, paren));
      if (close != std::string_view::npos) {
        without.append(text.substr(close + 1));
      }
      return std::string(trim_keep_initial(without));
    }
  }
  return std::string(trim_keep_initial(text));
}

std::vector<std::string> parse_authors(std::string_view segment) {
  segment = trim_keep_initial(segment);
  if (segment.empty() || segment.size() > 300) {
    return {};
  }
  std::vector<std::string> authors;
  for (auto chunk : split_on(segment, {" & ", " and ", "; "})) {
    const auto pieces = split_on(chunk, {", "});
    std::size_t i = 0;
    while (i < pieces.size()) {
      auto words = split_words(pieces[i]);
      // Inverted forms: "Smith, J." and "Doe, Jane" (a surname alone, then given names).
      if (i + 1 < pieces.size()) {
        const auto given = split_words(pieces[i + 1]);
        const bool initials =
            !given.empty() && std::all_of(given.begin(), given.end(), is_initials);
        const bool surname_alone =
            words.size() == 1 || (words.size() == 2 && is_particle(lower(words[0])));
        const bool inverted_given = surname_alone && given.size() <= 2 && !given.empty() &&
                                    authors.empty() && pieces.size() == 2;
        if (initials || inverted_given) {
          std::vector<std::string_view> display = given;
          display.insert(display.end(), words.begin(), words.end());
          const std::string name = person(display);
          if (name.empty()) {
            return {};
          }
          authors.push_back(name);
          i += 2;
          continue;
        }
      }
      const std::string name = person(words);
      if (name.empty()) {
        return {};
      }
      authors.push_back(name);
      ++i;
    }
  }
  return authors;
}

bool looks_like_organisation(std::string_view segment) {
  const auto words = split_words(segment);
  if (words.size() >= 7) {
    return true;
  }
  for (auto word : words) {
    const std::string bare = bare_word(word);
    if (is_organisation_word(word) || bare == "of" || bare == "for" || bare == "the") {
      return true;
    }
  }
  return false;
}

bool has_news_word(std::string_view name) {
  for (auto word : split_words(name)) {
    const std::string bare = bare_word(word);
    if (std::find(k_news_words.begin(), k_news_words.end(), bare) != k_news_words.end()) {
      return true;
    }
  }
  return false;
}

}  // namespace citecheck::plugins::news
