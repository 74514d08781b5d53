#include "check/page.hpp"

#include <cctype>

#include "text/utf8.hpp"

namespace citecheck::check {
namespace {

constexpr std::size_t k_text_sample = 16 * 1024;
/// A refresh meant to move the reader on sits in the head; past this, stop looking.
constexpr std::size_t k_refresh_scan = 64 * 1024;

bool starts_with_ci(std::string_view s, std::size_t i, std::string_view word) {
  if (i + word.size() > s.size()) {
    return false;
  }
  for (std::size_t k = 0; k < word.size(); ++k) {
    if (std::tolower(static_cast<unsigned char>(s[i + k])) != word[k]) {
      return false;
    }
  }
  return true;
}

// Lower case for the scripts error pages are written in: Latin-1, Latin Extended-A, Greek
// and Cyrillic capitals map by fixed offsets. Other code points are kept.
char32_t lower_code_point(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  }
  if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3AB) ||
      (cp >= 0x410 && cp <= 0x42F)) {
    return cp + 32;
  }
  if (cp >= 0x400 && cp <= 0x40F) {
    return cp + 80;
  }
  // Greek capitals with tonos sit apart from their small letters.
  switch (cp) {
    case 0x386:
      return 0x3AC;
    case 0x388:
    case 0x389:
    case 0x38A:
      return cp + 37;
    case 0x38C:
      return 0x3CC;
    case 0x38E:
    case 0x38F:
      return cp + 63;
    default:
      break;
  }
  // Latin Extended-A pairs capitals with the next code point, capitals on even code points
  // except in Ĺ..ň and Ź..ž, where they sit on odd ones (Ł is U+0141, ł U+0142).
  const bool odd_capitals = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
  if (cp >= 0x100 && cp <= 0x17F && cp != 0x130 && cp != 0x138 && cp != 0x149 && cp != 0x17F &&
      cp % 2 == (odd_capitals ? 1u : 0u)) {
    return cp == 0x178 ? char32_t{0xFF} : cp + 1;
  }
  return cp;
}

// Appends text with whitespace folded to single spaces and lower-cased.
void append_folded(std::string& out, std::string_view input, std::size_t limit) {
  std::size_t i = 0;
  while (i < input.size() && out.size() < limit) {
    const auto u = static_cast<unsigned char>(input[i]);
    if (u < 0x80) {
      if (std::isspace(u)) {
        if (!out.empty() && out.back() != ' ') {
          out += ' ';
        }
      } else {
        out += static_cast<char>(std::tolower(u));
      }
      ++i;
      continue;
    }
    const std::size_t len = text::sequence_length(input, i);
    text::append_utf8(out, lower_code_point(text::decode_at(input, i)));
    i += len;
  }
}

std::string decode_basic_entities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      struct Entity {
        std::string_view name;
        std::string_view text;
      };
      static constexpr Entity k_entities[] = {{"&amp;", "&"},   {"&lt;", "<"},   {"&gt;", ">"},
                                              {"&quot;", "\""}, {"&#39;", "'"},  {"&apos;", "'"},
                                              {"&nbsp;", " "},  {"&#8217;", "’"}};
      bool matched = false;
      for (const auto& e : k_entities) {
        if (s.substr(i, e.name.size()) == e.name) {
          out += e.text;
          i += e.name.size() - 1;
          matched = true;
          break;
        }
      }
      if (matched) {
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

// Text between `<tag ...>` and `</tag>` for the first such element, or empty.
std::string_view element_text(std::string_view body, std::string_view tag) {
  const std::string open = "<" + std::string(tag);
  const std::string close = "</" + std::string(tag);
  for (std::size_t i = 0; i + open.size() < body.size(); ++i) {
    if (body[i] != '<' || !starts_with_ci(body, i, open)) {
      continue;
    }
    const char after = body[i + open.size()];
    if (after != '>' && !std::isspace(static_cast<unsigned char>(after))) {
      continue;
    }
    const std::size_t start = body.find('>', i);
    if (start == std::string_view::npos) {
      return {};
    }
    for (std::size_t j = start + 1; j + close.size() <= body.size(); ++j) {
      if (body[j] == '<' && starts_with_ci(body, j, close)) {
        return body.substr(start + 1, j - start - 1);
      }
    }
    return body.substr(start + 1, std::min<std::size_t>(body.size() - start - 1, 1024));
  }
  return {};
}

// Visible text: tags dropped, script/style contents skipped.
std::string visible_text(std::string_view body) {
  std::string out;
  std::size_t i = 0;
  while (i < body.size() && out.size() < k_text_sample) {
    if (body[i] != '<') {
      const std::size_t next = body.find('<', i);
      const std::size_t end = next == std::string_view::npos ? body.size() : next;
      append_folded(out, decode_basic_entities(body.substr(i, end - i)), k_text_sample);
      i = end;
      continue;
    }
    for (std::string_view skip : {std::string_view("script"), std::string_view("style")}) {
      if (starts_with_ci(body, i + 1, skip)) {
        const std::string close = "</" + std::string(skip);
        std::size_t j = i + 1;
        while (j < body.size() && !(body[j] == '<' && starts_with_ci(body, j, close))) {
          ++j;
        }
        i = j;
        break;
      }
    }
    const std::size_t close = body.find('>', i);
    if (close == std::string_view::npos) {
      break;
    }
    if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
    i = close + 1;
  }
  return out;
}

// Reads one attribute of the tag whose name ends at `i`, advancing past it: name lower-cased,
// value as written (quoted or not). False at the tag's end.
bool next_attribute(std::string_view s, std::size_t& i, std::string& name,
                    std::string_view& value) {
  while (i < s.size() && (is_html_space(s[i]) || s[i] == '/'))
    ++i;
  if (i >= s.size() || s[i] == '>')
    return false;
  name.clear();
  while (i < s.size() && !is_html_space(s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '/')
    name += static_cast<char>(std::tolower(static_cast<unsigned char>(s[i++])));
  while (i < s.size() && is_html_space(s[i]))
    ++i;
  value = {};
  if (i >= s.size() || s[i] != '=')
    return true;
  ++i;
  while (i < s.size() && is_html_space(s[i]))
    ++i;
  if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
    const char quote = s[i++];
    const std::size_t end = s.find(quote, i);
    const std::size_t stop = end == std::string_view::npos ? s.size() : end;
    value = s.substr(i, stop - i);
    i = stop == s.size() ? stop : stop + 1;
    return true;
  }
  const std::size_t from = i;
  while (i < s.size() && !is_html_space(s[i]) && s[i] != '>')
    ++i;
  value = s.substr(from, i - from);
  return true;
}

// The content of the first meta refresh outside comments, scripts, styles, templates and
// <noscript> (which a browser running scripts ignores: its refresh leads to a no-script
// page, not to the cited one).
std::string meta_refresh(std::string_view body) {
  body = body.substr(0, k_refresh_scan);
  std::size_t i = 0;
  while ((i = body.find('<', i)) != std::string_view::npos) {
    if (body.substr(i, 4) == "<!--") {
      const std::size_t end = body.find("-->", i + 4);
      if (end == std::string_view::npos)
        return {};
      i = end + 3;
      continue;
    }
    bool skipped = false;
    for (std::string_view skip : {"script", "style", "noscript", "template", "textarea"}) {
      if (starts_with_ci(body, i + 1, skip)) {
        const std::string close = "</" + std::string(skip);
        std::size_t j = i + 1 + skip.size();
        while (j < body.size() && !(body[j] == '<' && starts_with_ci(body, j, close)))
          ++j;
        i = j + 1;
        skipped = true;
        break;
      }
    }
    if (skipped)
      continue;
    if (!starts_with_ci(body, i + 1, "meta") || i + 5 >= body.size() ||
        !(is_html_space(body[i + 5]) || body[i + 5] == '/')) {
      ++i;
      continue;
    }
    std::size_t k = i + 5;
    std::string name;
    std::string_view value;
    bool refresh = false;
    std::string_view content;
    bool has_content = false;
    while (next_attribute(body, k, name, value)) {
      if (name == "http-equiv")
        refresh = ascii_lower(value) == "refresh";
      else if (name == "content" && !has_content) {
        content = value;
        has_content = true;
      }
    }
    if (refresh && has_content)
      return decode_basic_entities(content);
    i = k;
  }
  return {};
}

std::string folded(std::string_view text) {
  std::string out;
  append_folded(out, decode_basic_entities(text), 4096);
  while (!out.empty() && out.back() == ' ') {
    out.pop_back();
  }
  if (!out.empty() && out.front() == ' ') {
    out.erase(0, 1);
  }
  return out;
}

}  // namespace

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

PageSignals read_page(std::string_view content_type, std::string_view body) {
  PageSignals page;
  const std::string type = ascii_lower(content_type);
  const std::string_view head = body.substr(0, 1024);
  page.html = type.find("html") != std::string::npos ||
              ascii_lower(head).find("<html") != std::string::npos ||
              ascii_lower(head).find("<!doctype html") != std::string::npos;
  if (!page.html) {
    return page;
  }
  const std::string_view title = element_text(body, "title");
  page.raw_title = decode_basic_entities(title);
  page.title = folded(title);
  page.heading = folded(visible_text(element_text(body, "h1")));
  page.text = visible_text(body);
  page.refresh = meta_refresh(body);
  return page;
}

}  // namespace citecheck::check
