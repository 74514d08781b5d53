#include "split/evidence.hpp"

#include "split/patterns.hpp"
#include "split/text_util.hpp"

namespace citecheck::split {
namespace {

// A hyphen that ends its line (spaces allowed before the newline).
bool hyphen_ends_line(std::string_view s, std::size_t hyphen) {
  std::size_t i = hyphen + 1;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r'))
    ++i;
  return i < s.size() && s[i] == '\n';
}

bool looks_like_url_token(std::string_view token) {
  return token.find('/') != std::string_view::npos ||
         find_ci(token, "www.") != std::string_view::npos;
}

}  // namespace

DocumentEvidence::DocumentEvidence(std::string_view text, Format format) : m_lower(lower(text)) {
  index_words();
  index_urls(text);
  measure_line_ends(text, format);
}

void DocumentEvidence::index_words() {
  const std::string_view s = m_lower;
  m_words.reserve(s.size() / 16 + 16);
  bool skip_next = false;  // first word after a line-break hyphen is only half a word
  std::size_t prev_begin = std::string_view::npos;  // word just before a '-' inside a line
  std::size_t i = 0;
  while (i < s.size()) {
    if (!is_word_byte(s[i])) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    while (i < s.size() && is_word_byte(s[i]))
      ++i;
    const std::size_t end = i;
    const bool broken_here = end < s.size() && s[end] == '-' && hyphen_ends_line(s, end);
    if (prev_begin != std::string_view::npos && begin > 0 && s[begin - 1] == '-' && !skip_next) {
      ++m_pairs[s.substr(prev_begin, end - prev_begin)];
    }
    if (!skip_next && !broken_here)
      ++m_words[s.substr(begin, end - begin)];
    skip_next = broken_here;
    prev_begin = (!broken_here && end < s.size() && s[end] == '-') ? begin : std::string_view::npos;
  }
}

void DocumentEvidence::index_urls(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = to_lower(text[i]);
    if (c != 'h' && c != 'w' && c != 'f')
      continue;
    if (i > 0 && is_alnum(text[i - 1]))
      continue;
    bool start = false;
    for (std::string_view prefix : patterns::k_url_starts) {
      if (matches_at(text, i, prefix))
        start = true;
    }
    if (!start)
      continue;
    std::size_t end = i;
    while (end < text.size() && !is_space(text[end]))
      ++end;
    m_urls.insert(url_key(text.substr(i, end - i)));
    i = end;
  }
}

void DocumentEvidence::measure_line_ends(std::string_view text, Format format) {
  std::size_t hyphen_ends = 0;
  std::size_t long_lines = 0;
  std::size_t pos = 0;
  std::string_view prev_line;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos)
      nl = text.size();
    const std::string_view line = trim(text.substr(pos, nl - pos));
    pos = nl + 1;
    if (line.empty()) {
      if (pos > text.size())
        break;
      continue;
    }
    if (line.size() >= 60)
      ++long_lines;
    if (!prev_line.empty() && prev_line.size() >= 2 && prev_line.back() == '-' &&
        is_word_byte(prev_line[prev_line.size() - 2])) {
      ++hyphen_ends;
      std::size_t tb = prev_line.rfind(' ');
      tb = tb == std::string_view::npos ? 0 : tb + 1;
      const std::string_view token = prev_line.substr(tb);
      if (!looks_like_url_token(token) && is_lower(line.front())) {
        std::size_t lb = prev_line.size() - 1;
        while (lb > 0 && is_word_byte(prev_line[lb - 1]))
          --lb;
        const std::string left = lower(prev_line.substr(lb, prev_line.size() - 1 - lb));
        std::size_t re = 0;
        while (re < line.size() && is_word_byte(line[re]))
          ++re;
        const std::string right = lower(line.substr(0, re));
        const bool joined = word_count(left + right) > 0;
        const bool pair = pair_count(left, right) > 0;
        if (joined && !pair)
          ++m_typographic_breaks;
        if (pair && !joined)
          ++m_compound_breaks;
      }
    }
    prev_line = line;
    if (pos > text.size())
      break;
  }
  const bool layout_text = format == Format::text || format == Format::pdf;
  m_line_end_hyphens_lost = layout_text && hyphen_ends == 0 && long_lines >= 100;
}

std::size_t DocumentEvidence::word_count(std::string_view word) const {
  if (word.empty())
    return 0;
  const std::string key = lower(word);
  const auto it = m_words.find(key);
  return it == m_words.end() ? 0 : it->second;
}

std::size_t DocumentEvidence::pair_count(std::string_view left, std::string_view right) const {
  if (left.empty() || right.empty())
    return 0;
  std::string key = lower(left);
  key.push_back('-');
  key += lower(right);
  const auto it = m_pairs.find(key);
  return it == m_pairs.end() ? 0 : it->second;
}

bool DocumentEvidence::has_url(std::string_view url) const {
  return !url.empty() && m_urls.contains(url_key(url));
}

std::string DocumentEvidence::url_key(std::string_view url) {
  std::string key = lower(trim(url));
  for (std::string_view scheme : {"https://", "http://", "ftp://"}) {
    if (key.starts_with(scheme))
      key.erase(0, scheme.size());
  }
  if (key.starts_with("www."))
    key.erase(0, 4);
  while (!key.empty() &&
         patterns::k_trailing_url_punctuation.find(key.back()) != std::string_view::npos) {
    key.pop_back();
  }
  const std::size_t hash = key.find('#');
  if (hash != std::string::npos)
    key.erase(hash);
  if (!key.empty() && key.back() == '/')
    key.pop_back();
  return key;
}

}  // namespace citecheck::split
