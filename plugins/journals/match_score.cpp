#include "match_score.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace citecheck::plugins::journals {

namespace {

/// ASCII letters for U+00C0..U+00FF; '*' marks the ones spelled with two letters and ' '
/// the signs (multiplication, division).
constexpr std::string_view k_latin1 =
    "aaaaaa*ceeeeiiiidnooooo ouuuuy**aaaaaa*ceeeeiiiidnooooo ouuuuy*y";
/// ASCII letters for U+0100..U+017F (Latin Extended-A).
constexpr std::string_view k_latin_a =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooo"
    "rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

std::string two_letters(char32_t code) {
  switch (code) {
    case 0xC6:
    case 0xE6:
      return "ae";
    case 0xDE:
    case 0xFE:
      return "th";
    case 0xDF:
      return "ss";
    default:
      return "";
  }
}

/// Decodes one UTF-8 sequence at `at`; returns its length (1 for a stray byte).
std::size_t decode(std::string_view text, std::size_t at, char32_t& code) {
  const auto byte = static_cast<unsigned char>(text[at]);
  std::size_t length = 1;
  if (byte >= 0xC0 && byte < 0xE0)
    length = 2;
  else if (byte >= 0xE0 && byte < 0xF0)
    length = 3;
  else if (byte >= 0xF0 && byte < 0xF8)
    length = 4;
  if (byte < 0x80 || length == 1 || at + length > text.size()) {
    code = byte;
    return 1;
  }
  code = byte & (0x3F >> (length - 1));
  for (std::size_t i = 1; i < length; ++i) {
    const auto next = static_cast<unsigned char>(text[at + i]);
    if ((next & 0xC0) != 0x80) {
      code = byte;
      return 1;
    }
    code = (code << 6) | (next & 0x3F);
  }
  return length;
}

/// Lower case for the capitals of the Greek and Cyrillic blocks; other code points as given.
char32_t lower_other(char32_t code) {
  if ((code >= 0x410 && code <= 0x42F) || (code >= 0x391 && code <= 0x3A9 && code != 0x3A2))
    return code + 0x20;
  if (code >= 0x400 && code <= 0x40F)
    return code + 0x50;
  return code;
}

std::string encode(char32_t code) {
  std::string out;
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
  return out;
}

bool is_space_like(char32_t code) {
  // General punctuation (quotes, dashes, ellipsis), Latin-1 signs, NBSP.
  return (code >= 0x2000 && code <= 0x206F) || (code >= 0xA0 && code <= 0xBF) || code == 0xD7 ||
         code == 0xF7 || code == 0x3000;
}

}  // namespace

std::string fold_text(std::string_view text) {
  std::string out;
  bool space = false;
  const auto put = [&](std::string_view letters) {
    if (space && !out.empty())
      out += ' ';
    space = false;
    out += letters;
  };
  for (std::size_t at = 0; at < text.size();) {
    char32_t code = 0;
    const std::size_t length = decode(text, at, code);
    if (code < 0x80) {
      const auto c = static_cast<unsigned char>(code);
      if (std::isalnum(c) != 0) {
        const char lowered = static_cast<char>(std::tolower(c));
        put(std::string_view(&lowered, 1));
      } else if (c != '\'' || at == 0) {  // "AQIM's" stays one word, "aqims"
        space = true;
      }
    } else if (code >= 0xC0 && code <= 0xFF) {
      const char letter = k_latin1[code - 0xC0];
      if (letter == '*')
        put(two_letters(code));
      else if (letter == ' ')
        space = true;
      else
        put(std::string_view(&letter, 1));
    } else if (code >= 0x100 && code <= 0x17F) {
      put(std::string_view(&k_latin_a[code - 0x100], 1));
    } else if (code >= 0x300 && code <= 0x36F) {
      // A combining accent of decomposed text ("a" + U+030A): the base letter stands alone.
    } else if (code == 0x2019 && !out.empty() && !space) {
      // A typographic apostrophe inside a word, as the straight one above.
    } else if (is_space_like(code) || length == 1) {
      space = true;
    } else {
      put(encode(lower_other(code)));
    }
    at += length;
  }
  return out;
}

std::vector<std::string> word_tokens(std::string_view text) {
  std::vector<std::string> out;
  const std::string folded = fold_text(text);
  std::size_t begin = 0;
  while (begin < folded.size()) {
    std::size_t end = folded.find(' ', begin);
    if (end == std::string::npos)
      end = folded.size();
    if (end > begin)
      out.push_back(folded.substr(begin, end - begin));
    begin = end + 1;
  }
  return out;
}

namespace {

/// 1 for the same word, 0.9 for one OCR slip (two in long words), else 0.
double word_match(const std::string& a, const std::string& b) {
  if (a == b)
    return 1.0;
  const std::size_t shorter = std::min(a.size(), b.size());
  if (shorter < 4)
    return 0.0;
  const std::size_t allowed = shorter >= 8 ? 2 : 1;
  const std::size_t longer = std::max(a.size(), b.size());
  if (longer - shorter > allowed)
    return 0.0;
  return edit_distance(a, b) <= allowed ? 0.9 : 0.0;
}

double dice(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty())
    return 0.0;
  std::vector<bool> used(b.size(), false);
  double matched = 0.0;
  // Exact matches first, so that a fuzzy match cannot take a word another needs whole.
  std::vector<bool> done(a.size(), false);
  for (std::size_t i = 0; i < a.size(); ++i) {
    for (std::size_t j = 0; j < b.size(); ++j) {
      if (!used[j] && a[i] == b[j]) {
        used[j] = done[i] = true;
        matched += 1.0;
        break;
      }
    }
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (done[i])
      continue;
    for (std::size_t j = 0; j < b.size(); ++j) {
      if (used[j])
        continue;
      if (const double score = word_match(a[i], b[j]); score > 0.0) {
        used[j] = true;
        matched += score;
        break;
      }
    }
  }
  return 2.0 * matched / static_cast<double>(a.size() + b.size());
}

}  // namespace

double token_similarity(std::string_view a, std::string_view b) {
  return dice(word_tokens(a), word_tokens(b));
}

double title_similarity(std::string_view cited, const CrossrefWork& work) {
  const std::vector<std::string> cited_words = word_tokens(cited);
  std::vector<std::string> title = word_tokens(work.title);
  if (!title.empty() && title.front() == "retracted")
    title.erase(title.begin());
  double best = dice(cited_words, title);
  if (!work.subtitle.empty()) {
    std::vector<std::string> full = title;
    for (std::string& word : word_tokens(work.subtitle))
      full.push_back(std::move(word));
    best = std::max(best, dice(cited_words, full));
  }
  return best;
}

std::string family_name(std::string_view author) {
  const std::size_t comma = author.find(',');
  if (comma != std::string_view::npos) {
    const std::vector<std::string> words = word_tokens(author.substr(0, comma));
    return words.empty() ? std::string() : words.back();
  }
  std::vector<std::string> words = word_tokens(author);
  // Generational suffixes follow the family name.
  while (words.size() > 1 && (words.back() == "jr" || words.back() == "sr" ||
                              words.back() == "ii" || words.back() == "iii"))
    words.pop_back();
  return words.empty() ? std::string() : words.back();
}

namespace {

double name_similarity(const std::string& cited, const std::string& family) {
  std::vector<std::string> words = word_tokens(family);
  double best = 0.0;
  words.push_back(fold_text(family));
  for (const std::string& word : words) {
    if (word.empty() || cited.empty())
      continue;
    const double longer = static_cast<double>(std::max(word.size(), cited.size()));
    best = std::max(best, 1.0 - static_cast<double>(edit_distance(cited, word)) / longer);
  }
  return best;
}

}  // namespace

MatchScore score_work(const CitedWork& cited, const CrossrefWork& work) {
  MatchScore score;
  score.title = title_similarity(cited.title, work);
  double weighted = 0.6 * score.title;
  double weights = 0.6;
  if (!cited.families.empty()) {
    double sum = 0.0;
    const std::size_t counted = std::min<std::size_t>(cited.families.size(), 3);
    for (std::size_t i = 0; i < counted; ++i) {
      double best = 0.0;
      for (const std::string& family : work.families)
        best = std::max(best, name_similarity(cited.families[i], family));
      sum += best;
    }
    score.authors = sum / static_cast<double>(counted);
    weighted += 0.2 * score.authors;
    weights += 0.2;
  }
  if (cited.year > 0) {
    const int gap = work.year > 0 ? std::abs(work.year - cited.year) : 99;
    // Online-first articles are often cited by their print year and the other way round.
    score.year = gap == 0 ? 1.0 : gap == 1 ? 0.5 : 0.0;
    weighted += 0.1 * score.year;
    weights += 0.1;
  }
  if (!cited.container.empty()) {
    score.journal = token_similarity(cited.container, work.container);
    weighted += 0.1 * score.journal;
    weights += 0.1;
  }
  score.total = weighted / weights;
  return score;
}

bool is_confident(const MatchScore& score, double threshold) {
  return score.total >= threshold && score.title >= k_min_title_similarity;
}

}  // namespace citecheck::plugins::journals
