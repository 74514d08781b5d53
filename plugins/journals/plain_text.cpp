#include "plain_text.hpp"

#include <array>

#include "common/ascii.hpp"

namespace citecheck::plugins::journals {

namespace {

bool starts_url(std::string_view text) {
  return text.starts_with("http://") || text.starts_with("https://") || text.starts_with("www.");
}

/// The first byte of a URL ("http", "www."), a link ('['), wiki emphasis ('\'') or
/// Markdown emphasis ('*', '_').
constexpr auto k_markup_starts = ascii::byte_table("hw['*_");
/// What ends a URL copied as it is: white space (as ascii::is_space), ']' and ')'.
constexpr auto k_url_ends = ascii::byte_table(" \t\n\r\f\v])");

bool starts_markup(char c) {
  return k_markup_starts[static_cast<unsigned char>(c)];
}

}  // namespace

std::string plain_text(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  std::size_t i = 0;
  while (i < raw.size()) {
    // Every construct below starts with one of these bytes; the run of bytes up to the
    // next one is copied as it is, at once.
    if (!starts_markup(raw[i])) {
      std::size_t run = i + 1;
      while (run < raw.size() && !starts_markup(raw[run]))
        ++run;
      out.append(raw.substr(i, run - i));
      i = run;
      continue;
    }
    const std::string_view rest = raw.substr(i);
    if (starts_url(rest)) {
      // Copy URLs untouched: '*', '_' and '\'' are URL characters there. Found whole,
      // then appended at once, not byte by byte.
      std::size_t end = i;
      while (end < raw.size() && !k_url_ends[static_cast<unsigned char>(raw[end])]) {
        ++end;
      }
      out.append(raw.substr(i, end - i));
      i = end;
      continue;
    }
    if (rest.starts_with("[[")) {
      // [[Target|Text]] or [[Target]]
      const std::size_t close = rest.find("]]");
      if (close != std::string_view::npos) {
        std::string_view inner = rest.substr(2, close - 2);
        const std::size_t bar = inner.rfind('|');
        if (bar != std::string_view::npos)
          inner.remove_prefix(bar + 1);
        out += inner;
        i += close + 2;
        continue;
      }
    }
    if (rest.starts_with("[http") || rest.starts_with("[www.")) {
      // Wikitext external link: [url label]
      const std::size_t close = rest.find(']');
      const std::size_t space = rest.find(' ');
      if (close != std::string_view::npos && space != std::string_view::npos && space < close) {
        out += plain_text(rest.substr(space + 1, close - space - 1));
        i += close + 1;
        continue;
      }
    }
    if (rest.starts_with("[")) {
      // Markdown link: [label](url)
      const std::size_t close = rest.find("](");
      const std::size_t newline = rest.find('\n');
      if (close != std::string_view::npos &&
          (newline == std::string_view::npos || close < newline)) {
        const std::size_t end = rest.find(')', close);
        if (end != std::string_view::npos) {
          out += plain_text(rest.substr(1, close - 1));
          i += end + 1;
          continue;
        }
      }
    }
    if (rest.starts_with("'''")) {
      i += 3;
      continue;
    }
    if (rest.starts_with("''")) {
      i += 2;
      continue;
    }
    if (raw[i] == '*' || (raw[i] == '_' && (i == 0 || raw[i - 1] == ' ' || i + 1 >= raw.size() ||
                                            raw[i + 1] == ' ' || ascii::is_punct(raw[i + 1])))) {
      ++i;
      continue;
    }
    out += raw[i++];
  }
  return out;
}

}  // namespace citecheck::plugins::journals
