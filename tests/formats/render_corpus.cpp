#include "render_corpus.hpp"

#include <fstream>
#include <sstream>
#include <utility>

#include <nlohmann/json.hpp>

#include "readers_pdf_docx/make_pdf.hpp"
#include "readers_pdf_docx/make_zip.hpp"
#include "support/xml_escape.hpp"

namespace citecheck::test {
namespace {

// A piece of a note's text, and the URL it links to when it is a URL as printed.
struct Piece {
  std::string text;
  std::string href;
};

// Where `url` is printed in `text` from `start` on: the gold's URL is the one the author
// linked, while the gold's text is as printed, with line breaks inside URLs read as spaces
// ("https://apnews.com/article/ deportations-...") and, now and then, a hyphen at such a
// break dropped. Returns the printed length, 0 when it is not there.
std::size_t printed_length(const std::string& text, std::size_t start, const std::string& url) {
  std::size_t i = 0;
  std::size_t j = start;
  while (i < url.size() && j < text.size()) {
    if (url[i] == text[j]) {
      ++i;
      ++j;
    } else if (text[j] == ' ' && j > start) {
      ++j;
    } else if (url[i] == '-') {
      ++i;
    } else {
      return 0;
    }
  }
  return i == url.size() ? j - start : 0;
}

// Where the gold URL is printed in the note: as is, or without its scheme or "www." (a
// word processor links "www.un.org/x" to "http://www.un.org/x").
std::pair<std::size_t, std::size_t> printed_at(const std::string& text, const std::string& url) {
  std::string form = url;
  for (int attempt = 0; attempt < 3 && !form.empty(); ++attempt) {
    for (std::size_t at = text.find(form.substr(0, 1)); at != std::string::npos;
         at = text.find(form.substr(0, 1), at + 1)) {
      if (const std::size_t length = printed_length(text, at, form))
        return {at, length};
    }
    if (const auto scheme = form.find("://"); scheme != std::string::npos)
      form = form.substr(scheme + 3);
    else if (form.starts_with("www."))
      form = form.substr(4);
  }
  return {std::string::npos, 0};
}

// The note's text cut into plain and linked pieces, in order.
std::vector<Piece> pieces_of(const SourceNote& note) {
  std::vector<std::pair<std::size_t, std::pair<std::size_t, std::string>>> links;
  for (const std::string& url : note.urls) {
    const auto [at, size] = printed_at(note.text, url);
    if (at != std::string::npos)
      links.push_back({at, {size, url}});
  }
  std::sort(links.begin(), links.end());
  std::vector<Piece> out;
  std::size_t done = 0;
  for (const auto& [at, link] : links) {
    if (at < done)
      continue;  // overlapping forms of one URL: the first wins
    if (at > done)
      out.push_back({note.text.substr(done, at - done), {}});
    out.push_back({note.text.substr(at, link.first), link.second});
    done = at + link.first;
  }
  if (done < note.text.size())
    out.push_back({note.text.substr(done), {}});
  return out;
}

std::string claim(int number) {
  return "Claim " + std::to_string(number) + " is made in this paragraph of the report.";
}

// ---- HTML, as Pandoc writes footnotes ----

std::string render_html(const std::vector<SourceNote>& notes, const std::string& title) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" +
                    xml_escape(title) + "</title></head><body>\n<h1>" + xml_escape(title) +
                    "</h1>\n";
  for (const SourceNote& note : notes) {
    const std::string n = std::to_string(note.number);
    out += "<p>" + claim(note.number) + "<a href=\"#fn" + n +
           "\" class=\"footnote-ref\" id=\"fnref" + n + "\" role=\"doc-noteref\"><sup>" + n +
           "</sup></a></p>\n";
  }
  out +=
      "<section id=\"footnotes\" class=\"footnotes footnotes-end-of-document\" "
      "role=\"doc-endnotes\">\n<hr />\n<ol>\n";
  int expected = 1;
  for (const SourceNote& note : notes) {
    const std::string n = std::to_string(note.number);
    out += "<li id=\"fn" + n + "\"" +
           (note.number != expected ? " value=\"" + n + "\"" : std::string()) + "><p>";
    expected = note.number + 1;
    for (const Piece& piece : pieces_of(note)) {
      out += piece.href.empty()
                 ? xml_escape(piece.text)
                 : "<a href=\"" + xml_escape(piece.href) + "\">" + xml_escape(piece.text) + "</a>";
    }
    out +=
        "<a href=\"#fnref" + n +
        "\" class=\"footnote-back\" role=\"doc-backlink\">\xE2\x86\xA9\xEF\xB8\x8E</a></p></li>\n";
  }
  out += "</ol>\n</section>\n</body></html>\n";
  return out;
}

// ---- JATS ----

std::string render_jats(const std::vector<SourceNote>& notes, const std::string& title) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<article "
      "xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
      "article-type=\"research-article\"><front><article-meta><title-group><article-title>" +
      xml_escape(title) + "</article-title></title-group></article-meta></front>\n<body><sec><p>";
  for (const SourceNote& note : notes) {
    const std::string n = std::to_string(note.number);
    out += claim(note.number) + "<xref ref-type=\"fn\" rid=\"fn" + n + "\">" + n + "</xref> ";
  }
  out += "</p></sec></body>\n<back><fn-group>\n";
  for (const SourceNote& note : notes) {
    const std::string n = std::to_string(note.number);
    out += "<fn id=\"fn" + n + "\"><label>" + n + "</label><p>";
    for (const Piece& piece : pieces_of(note)) {
      out += piece.href.empty()
                 ? xml_escape(piece.text)
                 : "<ext-link ext-link-type=\"uri\" xlink:href=\"" + xml_escape(piece.href) +
                       "\">" + xml_escape(piece.text) + "</ext-link>";
    }
    out += "</p></fn>\n";
  }
  out += "</fn-group></back></article>\n";
  return out;
}

// ---- DOCX ----

constexpr const char* k_word_ns =
    " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

std::string run(const std::string& text) {
  return "<w:r><w:t xml:space=\"preserve\">" + xml_escape(text) + "</w:t></w:r>";
}

std::string relationship(const std::string& id, const std::string& type, const std::string& target,
                         bool external) {
  return "<Relationship Id=\"" + id +
         "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + type +
         "\" Target=\"" + xml_escape(target) + "\"" + (external ? " TargetMode=\"External\"" : "") +
         "/>";
}

std::string relationships(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
         body + "</Relationships>";
}

std::string render_docx(const std::vector<SourceNote>& notes, const std::string& title) {
  std::string document =
      std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document") +
      k_word_ns + "><w:body><w:p>" + run(title) + "</w:p>";
  std::string footnotes =
      std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes") + k_word_ns +
      "><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/>"
      "</w:r></w:p></w:footnote><w:footnote w:type=\"continuationSeparator\" "
      "w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>";
  std::string rels;
  int next_rel = 1;
  int id = 1;
  for (const SourceNote& note : notes) {
    const std::string note_id = std::to_string(id++);
    document += "<w:p>" + run(claim(note.number)) +
                "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference "
                "w:id=\"" +
                note_id + "\"/></w:r></w:p>";
    footnotes += "<w:footnote w:id=\"" + note_id +
                 "\"><w:p><w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr>"
                 "<w:footnoteRef/></w:r>" +
                 run(" ");
    for (const Piece& piece : pieces_of(note)) {
      if (piece.href.empty()) {
        footnotes += run(piece.text);
        continue;
      }
      const std::string rel_id = "rId" + std::to_string(next_rel++);
      rels += relationship(rel_id, "hyperlink", piece.href, true);
      footnotes += "<w:hyperlink r:id=\"" + rel_id + "\">" + run(piece.text) + "</w:hyperlink>";
    }
    footnotes += "</w:p></w:footnote>";
  }
  document += "<w:sectPr/></w:body></w:document>";
  footnotes += "</w:footnotes>";
  return make_zip({
      {"[Content_Types].xml",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
       "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default "
       "Extension=\"rels\" "
       "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
       "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
       "PartName=\"/word/document.xml\" ContentType=\"application/"
       "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override "
       "PartName=\"/word/footnotes.xml\" ContentType=\"application/"
       "vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/></Types>"},
      {"_rels/.rels",
       relationships(relationship("rId1", "officeDocument", "word/document.xml", false))},
      {"word/document.xml", document},
      {"word/_rels/document.xml.rels",
       relationships(relationship("rId1", "footnotes", "footnotes.xml", false))},
      {"word/footnotes.xml", footnotes},
      {"word/_rels/footnotes.xml.rels", relationships(rels)},
  });
}

// ---- PDF ----

// UTF-8 to the WinAnsi bytes Helvetica prints; what it lacks becomes '?'.
std::string win_ansi(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::uint32_t code = c;
    std::size_t length = 1;
    if (c >= 0xF0) {
      length = 4;
      code = 0xFFFD;  // outside the Basic Multilingual Plane: nothing WinAnsi has
    } else if (c >= 0xE0) {
      length = 3;
      if (i + 2 < text.size())
        code = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
               (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
    } else if (c >= 0xC0) {
      length = 2;
      if (i + 1 < text.size())
        code = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
    }
    i += length;
    if (code < 0x80 || (code >= 0xA0 && code <= 0xFF)) {
      out.push_back(static_cast<char>(code));
      continue;
    }
    switch (code) {
      case 0x2018:
        out.push_back('\x91');
        break;
      case 0x2019:
        out.push_back('\x92');
        break;
      case 0x201C:
        out.push_back('\x93');
        break;
      case 0x201D:
        out.push_back('\x94');
        break;
      case 0x2013:
        out.push_back('\x96');
        break;
      case 0x2014:
        out.push_back('\x97');
        break;
      case 0x2026:
        out.push_back('\x85');
        break;
      case 0x2022:
        out.push_back('\x95');
        break;
      case 0x20AC:
        out.push_back('\x80');
        break;
      default:
        out.push_back('?');
    }
  }
  return out;
}

constexpr double k_left = 72;
constexpr double k_body_top = 720;
constexpr double k_body_leading = 14;
constexpr double k_note_leading = 10;
constexpr double k_note_bottom = 72;
constexpr std::size_t k_note_columns = 95;  // 8 pt Helvetica over 6.5 inches
// Room between the top of the body and the bottom of the notes, less a gap between them.
constexpr double k_page_text_height = k_body_top - k_note_bottom - 3 * k_body_leading;

// A note's printed lines; a URL starts a line of its own and the text after it another, so
// its link annotation can cover whole lines (as a word processor's boxes cover the URL).
struct NoteLines {
  std::vector<std::string> lines;
  std::vector<std::pair<std::size_t, std::string>> link_lines;  // line index -> URL
};

NoteLines lay_out_note(const SourceNote& note) {
  NoteLines out;
  const std::string number = std::to_string(note.number) + " ";
  std::string line = number;
  bool after_url = false;
  const auto flush = [&] {
    if (!line.empty())
      out.lines.push_back(line);
    line.clear();
  };
  for (const Piece& piece : pieces_of(note)) {
    if (!piece.href.empty()) {
      // A note that opens with its URL prints it after the number, on the same line.
      std::string lead;
      if (line == number)
        lead = number;
      else
        flush();
      line.clear();
      const std::string url = win_ansi(piece.text);
      for (std::size_t at = 0; at < url.size(); at += k_note_columns) {
        out.link_lines.emplace_back(out.lines.size(), piece.href);
        out.lines.push_back((at == 0 ? lead : std::string()) + url.substr(at, k_note_columns));
      }
      after_url = true;
      continue;
    }
    std::string rest = win_ansi(piece.text);
    // What follows the URL without a space ("." or ";") is printed right after it.
    if (after_url && !rest.empty() && rest.front() != ' ' && !out.lines.empty()) {
      const std::size_t space = rest.find(' ');
      out.lines.back() += rest.substr(0, space);
      rest = space == std::string::npos ? std::string() : rest.substr(space);
    }
    after_url = false;
    std::istringstream words(rest);
    std::string word;
    while (words >> word) {
      if (!line.empty() && line.size() + 1 + word.size() > k_note_columns)
        flush();
      line += (line.empty() || line.back() == ' ' ? "" : " ") + word;
    }
  }
  flush();
  return out;
}

std::string render_pdf(const std::vector<SourceNote>& notes, const std::string& title) {
  std::vector<PdfPage> pages;
  std::size_t i = 0;
  while (i < notes.size()) {
    PdfPage page;
    page.lines.push_back({k_left, k_body_top + 20, 14, win_ansi(title)});
    // Notes for this page, as many as fit in the bottom area (at least one).
    std::vector<NoteLines> placed;
    std::size_t used = 0;
    const std::size_t first = i;
    while (i < notes.size()) {
      NoteLines laid = lay_out_note(notes[i]);
      // The body's claims from the top, the notes from the bottom: they must not meet.
      const double height = static_cast<double>(placed.size() + 1) * k_body_leading +
                            static_cast<double>(used + laid.lines.size()) * k_note_leading;
      if (!placed.empty() && height > k_page_text_height)
        break;
      used += laid.lines.size();
      placed.push_back(std::move(laid));
      ++i;
    }
    double y = k_body_top;
    for (std::size_t k = first; k < i; ++k) {
      page.lines.push_back(
          {k_left, y, 11, claim(notes[k].number) + std::to_string(notes[k].number)});
      y -= k_body_leading;
    }
    y = k_note_bottom + static_cast<double>(used) * k_note_leading;
    for (const NoteLines& note : placed) {
      for (std::size_t l = 0; l < note.lines.size(); ++l) {
        page.lines.push_back({k_left, y, 8, note.lines[l]});
        for (const auto& [index, url] : note.link_lines) {
          if (index == l)
            page.links.push_back({k_left - 2, y - 2, k_left + 470, y + 8, url});
        }
        y -= k_note_leading;
      }
    }
    page.lines.push_back({300, 40, 11, std::to_string(pages.size() + 1)});
    pages.push_back(std::move(page));
  }
  return make_pdf(pages);
}

}  // namespace

std::vector<Rendering> render_notes(const std::vector<SourceNote>& notes,
                                    const std::string& title) {
  return {{"html", ".html", render_html(notes, title)},
          {"jats", ".xml", render_jats(notes, title)},
          {"docx", ".docx", render_docx(notes, title)},
          {"pdf", ".pdf", render_pdf(notes, title)}};
}

std::size_t render_corpus(const std::filesystem::path& corpus, const std::filesystem::path& out) {
  std::filesystem::create_directories(out);
  std::size_t written = 0;
  std::vector<std::filesystem::path> golds;
  for (const auto& entry : std::filesystem::directory_iterator(corpus)) {
    const std::string name = entry.path().filename().string();
    if (name.ends_with(".gold.json"))
      golds.push_back(entry.path());
  }
  std::sort(golds.begin(), golds.end());
  for (const auto& path : golds) {
    std::ifstream in(path);
    nlohmann::json gold = nlohmann::json::parse(in, nullptr, false);
    if (gold.is_discarded() || !gold.contains("footnotes"))
      continue;
    const std::string format = gold.value("format", "");
    if (format != "text" && format != "markdown")
      continue;  // wikitext notes are templates: rendering them would not be the same text
    std::vector<SourceNote> notes;
    for (const auto& note : gold["footnotes"]) {
      SourceNote source{note.value("number", 0), note.value("text", ""), {}};
      for (const auto& citation : note.value("citations", nlohmann::json::array()))
        for (const auto& url : citation.value("urls", nlohmann::json::array()))
          source.urls.push_back(url.get<std::string>());
      notes.push_back(std::move(source));
    }
    std::string stem = path.filename().string();
    stem.resize(stem.size() - std::string(".gold.json").size());
    for (const Rendering& rendering : render_notes(notes, stem)) {
      const std::string document = stem + "." + rendering.format + rendering.extension;
      std::ofstream(out / document, std::ios::binary) << rendering.bytes;
      nlohmann::json copy = gold;
      copy["document"] = document;
      copy["format"] = rendering.format;
      copy["source"] = "rendered by tests/formats/render_corpus from " + path.filename().string();
      std::ofstream(out / (stem + "." + rendering.format + ".gold.json")) << copy.dump(1) << '\n';
      ++written;
    }
  }
  return written;
}

}  // namespace citecheck::test
