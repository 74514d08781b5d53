#include "split/evidence.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#include "split/patterns.hpp"
#include "split/text_util.hpp"
#include "text/byte_scan.hpp"

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

namespace {

/// Per byte: whether it is a word byte (is_word_byte). A table because index_words asks
/// it of every byte of the document.
constexpr auto k_word_bytes = [] {
  std::array<bool, 256> word{};
  for (std::size_t b = 0; b < 256; ++b)
    word[b] = is_word_byte(static_cast<char>(b));
  return word;
}();

inline bool word_byte(char c) {
  return k_word_bytes[static_cast<unsigned char>(c)];
}

using text::k_byte_high_bits;
using text::k_byte_ones;
constexpr std::uint64_t k_mix = 0x9E3779B97F4A7C15ull;

/// Up to eight bytes as one word, ASCII upper case folded to lower in all eight at once
/// (bytes of UTF-8 sequences untouched).
inline std::uint64_t folded_chunk(const char* p, std::size_t n) {
  std::uint64_t v = 0;
  std::memcpy(&v, p, n);
  return v | (text::range_byte_bits(v, 'A', 'Z') >> 2);  // 0x80 >> 2: the 0x20 from 'A' to 'a'
}

/// Per byte of an eight-byte load, the high bit set where that byte is a word byte
/// (is_word_byte: an ASCII letter or digit, or any byte >= 0x80).
constexpr std::uint64_t word_byte_bits(std::uint64_t v) {
  const std::uint64_t cased = (v & ~k_byte_high_bits) | 0x20 * k_byte_ones;  // 'A'..'Z' -> a..z
  return (v | text::range_byte_bits(v, '0', '9') | text::range_byte_bits(cased, 'a', 'z')) &
         k_byte_high_bits;
}

// The eight-at-once test agrees with the table for every byte value.
static_assert([] {
  for (std::uint64_t b = 0; b < 256; ++b) {
    if (word_byte_bits(b * k_byte_ones) !=
        (is_word_byte(static_cast<char>(b)) ? k_byte_high_bits : 0))
      return false;
  }
  return true;
}());
// Loads put the first byte lowest (word_end and key_of count on it).
static_assert(std::endian::native == std::endian::little);

/// Start of the next word at or after `i`, or s.size(): eight bytes a step, like word_end.
inline std::size_t word_start(std::string_view s, std::size_t i) {
  while (s.size() - i >= 8) {
    const std::uint64_t word = word_byte_bits(text::load8(s.data() + i));
    if (word != 0)
      return i + static_cast<std::size_t>(std::countr_zero(word)) / 8;
    i += 8;
  }
  while (i < s.size() && !word_byte(s[i]))
    ++i;
  return i;
}

/// End of the word that starts at `begin` (a word byte): eight bytes a step where eight
/// can be read, so the end of a word is found without a branch per byte.
inline std::size_t word_end(std::string_view s, std::size_t begin) {
  std::size_t i = begin;
  while (s.size() - i >= 8) {
    const std::uint64_t other = ~word_byte_bits(text::load8(s.data() + i)) & k_byte_high_bits;
    if (other != 0)
      return i + static_cast<std::size_t>(std::countr_zero(other)) / 8;
    i += 8;
  }
  while (i < s.size() && word_byte(s[i]))
    ++i;
  return i;
}

inline std::uint64_t mix(std::uint64_t h) {
  h *= k_mix;
  return h ^ (h >> 29);
}

// Eight bytes per multiply rather than one: the index hashes every word of the document.
// `readable_end` bounds the memory that may be read: where a whole eight-byte load fits,
// it is one load and the bytes past the word are masked off.
inline std::uint64_t key_of(const char* p, std::size_t n, const char* readable_end) {
  std::uint64_t h = mix(n + 1);
  for (; n >= 8; p += 8, n -= 8)
    h = mix(h ^ folded_chunk(p, 8));
  if (n > 0) {
    std::uint64_t tail = 0;
    if (readable_end - p >= 8) {
      tail = folded_chunk(p, 8) & (~std::uint64_t{0} >> (64 - 8 * n));
    } else {
      tail = folded_chunk(p, n);
    }
    h = mix(h ^ tail);
  }
  return h == 0 ? 1 : h;
}

}  // namespace

std::uint64_t word_key(std::string_view word) {
  return key_of(word.data(), word.size(), word.data() + word.size());
}

std::uint64_t pair_key(std::uint64_t left, std::uint64_t right) {
  const std::uint64_t h = mix(mix(left ^ 0x2D2D2D2D2D2D2D2Dull) ^ right);  // '-' between
  return h == 0 ? 1 : h;
}

std::size_t HashCounter::count(std::uint64_t key) const {
  if (key == 0)
    key = 1;
  if (m_keys.empty())
    return 0;
  const std::size_t mask = m_keys.size() - 1;
  for (std::size_t i = slot_of(key, mask);; i = (i + 1) & mask) {
    if (m_keys[i] == key)
      return m_counts[i];
    if (m_keys[i] == 0)
      return 0;
  }
}

void HashCounter::reserve(std::size_t keys) {
  if (!m_keys.empty())
    return;
  const std::size_t size = std::max<std::size_t>(1024, std::bit_ceil(keys * 2 + 2));
  m_keys.assign(size, 0);
  m_counts.assign(size, 0);
}

void HashCounter::grow() {
  std::vector<std::uint64_t> keys = std::move(m_keys);
  std::vector<std::uint32_t> counts = std::move(m_counts);
  const std::size_t size = keys.empty() ? 1024 : keys.size() * 2;
  m_keys.assign(size, 0);
  m_counts.assign(size, 0);
  const std::size_t mask = size - 1;
  for (std::size_t k = 0; k < keys.size(); ++k) {
    if (keys[k] == 0)
      continue;
    std::size_t i = slot_of(keys[k], mask);
    while (m_keys[i] != 0)
      i = (i + 1) & mask;
    m_keys[i] = keys[k];
    m_counts[i] = counts[k];
  }
}

void DocumentEvidence::index_words() const {
  if (m_words_indexed)
    return;
  m_words_indexed = true;
  const std::string_view s = m_text;
  // About one distinct word per 16 bytes of prose; capped so a huge file does not reserve
  // more than the table would grow to anyway.
  constexpr std::size_t k_bytes_per_distinct_word = 16;
  constexpr std::size_t k_max_reserved_words = std::size_t{1} << 18;
  m_words.reserve(std::min(s.size() / k_bytes_per_distinct_word, k_max_reserved_words));
  bool skip_next = false;  // first word after a line-break hyphen is only half a word
  bool pair_open = false;  // the previous word was followed by '-' inside a line
  std::uint64_t previous = 0;
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (true) {
    i = word_start(s, i);
    if (i >= n)
      break;
    const std::size_t begin = i;
    i = word_end(s, begin);
    const std::size_t end = i;
    const std::uint64_t h = key_of(s.data() + begin, end - begin, s.data() + s.size());
    const bool broken_here = end < n && s[end] == '-' && hyphen_ends_line(s, end);
    // "left-right" inside a line: the pair counts, as well as each word.
    if (pair_open && s[begin - 1] == '-' && !skip_next)
      m_pairs.add(pair_key(previous, h));
    if (!skip_next && !broken_here)
      m_words.add(h);
    skip_next = broken_here;
    pair_open = !broken_here && end < n && s[end] == '-';
    previous = h;
  }
}

void DocumentEvidence::index_urls() const {
  if (m_urls_indexed)
    return;
  m_urls_indexed = true;
  const std::string_view text = m_text;
  // Only where a URL can start: "://" (back to its scheme), "www.", "mailto:".
  auto add_token = [&](std::size_t start) {
    std::size_t end = start;
    while (end < text.size() && !is_space(text[end]))
      ++end;
    m_urls.insert(url_key(text.substr(start, end - start)));
    return end;
  };
  for (std::size_t at = text.find("://"); at != std::string_view::npos;
       at = text.find("://", at + 3)) {
    std::size_t start = at;
    while (start > 0 && is_ascii_alpha(text[start - 1]))
      --start;
    if (start == at)
      continue;
    at = add_token(start);
    if (at >= text.size())
      break;
  }
  for (std::size_t at = find_ci(text, "www."); at != std::string_view::npos;
       at = find_ci(text, "www.", at + 4)) {
    if (at > 0 && (is_alnum(text[at - 1]) || text[at - 1] == '/'))
      continue;
    at = add_token(at);
    if (at >= text.size())
      break;
  }
}

void DocumentEvidence::measure_line_ends(bool breaks) const {
  if (m_breaks_measured || (!breaks && m_line_ends_measured))
    return;
  const bool layout_text = m_format == Format::text || m_format == Format::pdf;
  if (!breaks && !layout_text) {
    m_line_end_hyphens_lost = false;  // only layout text loses hyphens: no lines to read
    m_line_ends_measured = true;
    return;
  }
  if (breaks)
    index_words();
  const std::string_view text = m_text;
  std::size_t typographic_breaks = 0;
  std::size_t compound_breaks = 0;
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
      if (breaks && !looks_like_url_token(token) && is_lower(line.front())) {
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
          ++typographic_breaks;
        if (pair && !joined)
          ++compound_breaks;
      }
    }
    prev_line = line;
    if (pos > text.size())
      break;
  }
  m_line_end_hyphens_lost = layout_text && hyphen_ends == 0 && long_lines >= 100;
  m_line_ends_measured = true;
  if (breaks) {
    m_typographic_breaks = typographic_breaks;
    m_compound_breaks = compound_breaks;
    m_breaks_measured = true;
  }
}

std::size_t DocumentEvidence::word_count(std::string_view word) const {
  if (word.empty())
    return 0;
  index_words();
  return m_words.count(word_key(word));
}

std::size_t DocumentEvidence::pair_count(std::string_view left, std::string_view right) const {
  if (left.empty() || right.empty())
    return 0;
  index_words();
  return m_pairs.count(pair_key(word_key(left), word_key(right)));
}

bool DocumentEvidence::has_url(std::string_view url) const {
  if (url.empty())
    return false;
  index_urls();
  return m_urls.contains(url_key(url));
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
