#include "readers/sniff.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include <citecheck/readers.hpp>

#include "readers/binary.hpp"
#include "readers/decode.hpp"
#include "text/strings.hpp"

namespace citecheck::readers {
namespace {

using text::ifind;
using text::istarts_with;
using text::trim;
using text::trim_left;

constexpr std::array<std::pair<std::string_view, Format>, 16> k_extensions{{
    {".txt", Format::text},
    {".text", Format::text},
    {".md", Format::markdown},
    {".markdown", Format::markdown},
    {".mdown", Format::markdown},
    {".mkd", Format::markdown},
    {".html", Format::html},
    {".htm", Format::html},
    {".xhtml", Format::html},
    {".wiki", Format::wikitext},
    {".wikitext", Format::wikitext},
    {".mediawiki", Format::wikitext},
    {".nxml", Format::jats},
    {".jats", Format::jats},
    {".pdf", Format::pdf},
    {".docx", Format::docx},
}};

// Counts of syntax only one of the markup languages uses, from the start of a text.
struct Evidence {
  int wiki_refs = 0;       // <ref>, <ref name=...>
  int wiki_templates = 0;  // {{cite ...}}, {{reflist}}, {{sfn ...}}
  int wiki_headings = 0;   // == Heading ==
  int wiki_links = 0;      // [[Target]]
  int md_note_defs = 0;    // [^1]: ...
  int md_note_refs = 0;    // [^1]
  int md_headings = 0;     // # Heading
  int md_links = 0;        // [text](url)
  int md_sup_notes = 0;    // <sup>1</sup> at a line start
  int md_fences = 0;       // ``` or ~~~
  bool md_front_matter = false;
};

int count(std::string_view text, std::string_view needle, bool ignore_case = false) {
  int n = 0;
  std::size_t at = 0;
  for (;;) {
    at = ignore_case ? ifind(text, needle, at) : text.find(needle, at);
    if (at == std::string_view::npos) {
      return n;
    }
    ++n;
    at += needle.size();
  }
}

bool is_atx_heading(std::string_view line) {
  std::size_t hashes = 0;
  while (hashes < line.size() && line[hashes] == '#') {
    ++hashes;
  }
  return hashes >= 1 && hashes <= 6 && hashes + 1 < line.size() && line[hashes] == ' ' &&
         !trim(line.substr(hashes)).empty();
}

bool is_wiki_heading(std::string_view line) {
  line = trim(line);
  return line.size() >= 5 && line.starts_with("==") && line.ends_with("==") &&
         !trim(line.substr(2, line.size() - 4)).empty();
}

bool is_note_definition(std::string_view line) {
  line = trim_left(line);
  if (!line.starts_with("[^")) {
    return false;
  }
  const std::size_t close = line.find(']');
  return close != std::string_view::npos && close > 2 && close + 1 < line.size() &&
         line[close + 1] == ':';
}

Evidence gather(std::string_view text) {
  Evidence e;
  e.wiki_refs = count(text, "<ref>", true) + count(text, "<ref name", true);
  e.wiki_templates = count(text, "{{cite", true) + count(text, "{{reflist", true) +
                     count(text, "{{sfn", true) + count(text, "{{harvnb", true);
  e.wiki_links = count(text, "[[");
  e.md_note_refs = count(text, "[^");
  e.md_links = count(text, "](http") + count(text, "](/") + count(text, "](#") +
               count(text, "](mailto:") + count(text, "](./");
  std::size_t start = 0;
  int line_number = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    const std::string_view line = text.substr(start, end - start);
    if (line_number == 0 && trim(line) == "---") {
      const std::size_t close = text.find("\n---", end);
      e.md_front_matter = close != std::string_view::npos &&
                          text.substr(end, close - end).find(':') != std::string_view::npos;
    }
    if (is_atx_heading(line)) {
      ++e.md_headings;
    }
    if (is_wiki_heading(line)) {
      ++e.wiki_headings;
    }
    if (is_note_definition(line)) {
      ++e.md_note_defs;
    }
    const std::string_view lead = trim_left(line);
    if (istarts_with(lead, "<sup>") && lead.size() > 5 && text::is_digit(lead[5])) {
      ++e.md_sup_notes;
    }
    if (lead.starts_with("```") || lead.starts_with("~~~")) {
      ++e.md_fences;
    }
    start = end + 1;
    ++line_number;
  }
  return e;
}

int wiki_score(const Evidence& e) {
  return 3 * std::min(e.wiki_refs, 3) + 2 * std::min(e.wiki_templates, 3) +
         2 * std::min(e.wiki_headings, 2) + std::min(e.wiki_links, 3);
}

int markdown_score(const Evidence& e) {
  int score = 4 * std::min(e.md_note_defs, 2) + 2 * std::min(e.md_headings, 2) +
              2 * std::min(e.md_links, 2) + (e.md_front_matter ? 2 : 0) +
              (e.md_fences >= 2 ? 2 : 0) + (e.md_sup_notes >= 2 ? 3 : 0);
  if (e.md_note_defs > 0 && e.md_note_refs > e.md_note_defs) {
    score += 2;
  }
  return score;
}

// Markup that names itself: an XML declaration, a doctype, a root element.
std::optional<Format> self_declared(std::string_view text) {
  const std::string_view lead = trim_left(text);
  const std::string_view head = lead.substr(0, 4096);
  if (istarts_with(lead, "<?xml") || istarts_with(lead, "<!doctype") ||
      istarts_with(lead, "<html") || istarts_with(lead, "<!--")) {
    if (ifind(head, "<html") != std::string_view::npos ||
        ifind(head, "<!doctype html") != std::string_view::npos) {
      return Format::html;
    }
    if (ifind(head, "<article") != std::string_view::npos ||
        ifind(head, "<!doctype article") != std::string_view::npos) {
      return Format::jats;
    }
  }
  if (istarts_with(lead, "<head") || istarts_with(lead, "<body")) {
    return Format::html;
  }
  // A JATS root with no declaration before it ("<article xmlns:xlink=...>"); HTML5 also has
  // an <article> element, so a JATS-only mark must follow.
  if (istarts_with(lead, "<article") && lead.size() > 8 &&
      (lead[8] == '>' || text::is_space(lead[8]))) {
    for (std::string_view mark :
         {"xmlns:xlink", "dtd-version", "<front", "<article-meta", "jats"}) {
      if (ifind(head, mark) != std::string_view::npos) {
        return Format::jats;
      }
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Format> format_from_extension(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) {
    return std::nullopt;
  }
  const std::string_view ext = name.substr(dot);
  for (const auto& [known, format] : k_extensions) {
    if (text::iequals(ext, known)) {
      return format;
    }
  }
  return std::nullopt;
}

std::optional<Format> sniff_container(std::string_view bytes) {
  // PDF readers accept a header anywhere in the first KiB (mail and web servers prepend junk).
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) {
    return Format::pdf;
  }
  if (bytes.starts_with("PK\x03\x04") &&
      bytes.find("word/document.xml") != std::string_view::npos) {
    return Format::docx;
  }
  return std::nullopt;
}

Format sniff_text_format(std::string_view path, std::string_view text) {
  text = text.substr(0, k_sniff_bytes);
  if (auto declared = self_declared(text)) {
    return *declared;
  }
  const Evidence evidence = gather(text);
  const int wiki = wiki_score(evidence);
  const int markdown = markdown_score(evidence);
  if (wiki >= 5 && wiki > markdown) {
    return Format::wikitext;
  }
  if (markdown >= 4 && markdown > wiki) {
    return Format::markdown;
  }
  const std::optional<Format> by_name = format_from_extension(path);
  // A .pdf or .docx name on text content is a misnamed text: the content decides.
  if (by_name && *by_name != Format::pdf && *by_name != Format::docx) {
    return *by_name;
  }
  if (wiki >= 3 && wiki > markdown) {
    return Format::wikitext;
  }
  if (markdown >= 2 && markdown > wiki) {
    return Format::markdown;
  }
  return Format::text;
}

}  // namespace citecheck::readers

namespace citecheck {

Format sniff_format(std::string_view path, std::string_view bytes) {
  if (auto container = readers::sniff_container(bytes)) {
    return *container;
  }
  const std::string_view head = bytes.substr(0, readers::k_sniff_bytes);
  const readers::EncodingGuess guess = readers::detect_encoding(head);
  if (guess.encoding != readers::Encoding::utf8) {
    const readers::Transcoded decoded =
        readers::transcode_to_utf8(head.substr(guess.bom_length), guess.encoding);
    return readers::sniff_text_format(path, decoded.text);
  }
  return readers::sniff_text_format(path, head.substr(guess.bom_length));
}

}  // namespace citecheck
