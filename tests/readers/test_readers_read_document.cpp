#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include <citecheck/errors.hpp>
#include <citecheck/readers.hpp>

#include "temp_dir.hpp"

using namespace citecheck;
using citecheck::testing::TempDir;

namespace {

// The InputError message read_document gives for `path`, or "" when it reads fine.
std::string error_of(const std::string& path, const ReadLimits& limits = {},
                     std::optional<Format> forced = std::nullopt) {
  try {
    (void)read_document(path, forced, limits);
  } catch (const InputError& e) {
    CHECK(e.path() == path);
    return e.what();
  }
  return "";
}

}  // namespace

TEST_SUITE("readers") {
  TEST_CASE("bad input: each a typed InputError naming the file and the problem") {
    TempDir dir;
    const std::string png =
        dir.write("figure.txt", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
    const std::string gz = dir.write("notes.md", std::string("\x1f\x8b\x08\x00\x00\x00", 6));
    const std::string elf = dir.write("a.out", std::string("\x7F"
                                                           "ELF\x02\x01\x01\0\0\0",
                                                           10));
    const std::string nul = dir.write("nul.txt", std::string("Some text\0with a NUL", 20));
    const std::string empty = dir.write("empty.txt", "");
    const std::string blank = dir.write("blank.md", "\n\n   \n");
    const std::string pdf = dir.write("paper.pdf", "%PDF-1.5\n%\xE2\xE3\xCF\xD3\n1 0 obj\n");
    const std::string docx = dir.write(
        "letter.docx", std::string("PK\x03\x04", 4) + "[Content_Types].xml word/document.xml");
    const std::string odt =
        dir.write("letter.odt",
                  std::string("PK\x03\x04", 4) + "mimetypeapplication/vnd.oasis.opendocument.text");
    const std::string missing = (dir.path() / "missing.txt").string();
    const std::string not_dir = (dir.path() / "empty.txt" / "x").string();
    const std::string big = dir.write("big.txt", std::string(2000, 'a'));

    struct Case {
      std::string path;
      std::string expected;
      ReadLimits limits;
    };
    const Case cases[] = {
        {missing, missing + ": no such file", {}},
        {dir.path().string(), dir.path().string() + ": is a directory, not a file", {}},
        {not_dir, not_dir + ": a component of the path is not a directory", {}},
        {empty, empty + ": empty file", {}},
        {blank, blank + ": empty file (only whitespace)", {}},
        {png, png + ": binary file (looks like PNG image), not a document", {}},
        {gz, gz + ": binary file (looks like gzip; decompress it first), not a document", {}},
        {elf, elf + ": binary file (looks like ELF executable), not a document", {}},
        {nul, nul + ": binary file (NUL byte at offset 9), not a document", {}},
        {odt,
         odt + ": binary file (looks like OpenDocument text (.odt); save it as .docx or PDF), "
               "not a document",
         {}},
        {big, big + ": file is larger than the limit of 1000 bytes", {1000}},
        {pdf,
         pdf + ": truncated or damaged PDF (no %%EOF at its end): poppler could not read its "
               "structure",
         {}},
        {docx,
         docx + ": not a readable DOCX: the ZIP container is damaged (Not a zip archive)",
         {}},
    };
    for (const auto& c : cases) {
      CAPTURE(c.path);
      CHECK(error_of(c.path, c.limits) == c.expected);
    }
  }

  TEST_CASE("bad input: permission denied") {
    if (::geteuid() == 0) {
      MESSAGE("running as root: file permissions do not apply, case skipped");
      return;
    }
    TempDir dir;
    const std::string locked = dir.write("locked.txt", "secret");
    ::chmod(locked.c_str(), 0);
    CHECK(error_of(locked) == locked + ": permission denied");
  }

  TEST_CASE("bad input: endless or binary streams stop early") {
    // Devices have no size: the first 64 KiB must be enough to refuse them.
    CHECK(error_of("/dev/zero") == "/dev/zero: binary file (NUL byte at offset 0), not a document");
    const std::string random = error_of("/dev/urandom");
    CHECK(random.starts_with("/dev/urandom: binary file ("));
  }

  TEST_CASE("bad input: a FIFO with no writer does not hang") {
    TempDir dir;
    const std::string fifo = (dir.path() / "pipe").string();
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK(error_of(fifo) == fifo + ": empty file");
  }

  TEST_CASE("a forced format overrides sniffing but not a container's nature") {
    TempDir dir;
    const std::string notes = dir.write("notes.txt", "Body[^1].\n\n[^1]: A source.\n");
    CHECK(read_document(notes).format == Format::markdown);
    CHECK(read_document(notes, Format::text).format == Format::text);
    CHECK(read_document(notes, Format::text).notes.empty());
    const std::string pdf = dir.write("paper.pdf", "%PDF-1.5\n1 0 obj\n");
    CHECK(error_of(pdf, {}, Format::text) ==
          pdf + ": is a pdf file, which cannot be read as text; drop --input-format");
  }

  TEST_CASE("invalid UTF-8, UTF-16 and CRLF are repaired with the lines kept") {
    TempDir dir;
    const std::string bad = dir.write("bad.txt", "line \xE2\x80\x94 one\nline \xC3\x28two\n");
    const Document d = read_document(bad);
    REQUIRE(d.warnings.size() == 1);
    CHECK(d.warnings[0] == bad +
                               ": invalid UTF-8 at byte offset 18; 1 invalid byte replaced "
                               "with U+FFFD");
    CHECK(d.text == "line \xE2\x80\x94 one\nline \xEF\xBF\xBD(two\n");

    std::string u16 = "\xFF\xFE";
    for (char c : std::string("one\r\ntwo\r\nthree")) {
      u16 += c;
      u16 += '\0';
    }
    const Document w = read_document(dir.write("wide.txt", u16));
    CHECK(w.text == "one\ntwo\nthree");
    CHECK(w.line_of(w.text.find("three")) == 3);
    REQUIRE(w.warnings.size() == 1);
    CHECK(w.warnings[0].ends_with("decoded from UTF-16LE (byte-order mark)"));

    const Document crlf = read_document(dir.write("crlf.txt", "a\r\nb\rc\r\n\r\nd"));
    CHECK(crlf.text == "a\nb\nc\n\nd");
    CHECK(crlf.line_starts == std::vector<std::size_t>{0, 2, 4, 6, 7});
    CHECK(crlf.line_of(crlf.text.find('d')) == 5);  // line 5 of the file, too
    CHECK(crlf.warnings.empty());
  }

  TEST_CASE("standard input is read fully") {
    TempDir dir;
    std::string body;
    for (int i = 0; i < 20000; ++i) {
      body += "Line " + std::to_string(i) + " of standard input.\n";
    }
    const std::string file = dir.write("stdin.txt", body);
    const int saved = ::dup(STDIN_FILENO);
    const int fd = ::open(file.c_str(), O_RDONLY);
    REQUIRE(fd >= 0);
    ::dup2(fd, STDIN_FILENO);
    ::close(fd);
    Document d;
    std::string too_large;
    try {
      d = read_document("-");
      ::lseek(STDIN_FILENO, 0, SEEK_SET);
      (void)read_document("-", std::nullopt, ReadLimits{1000});
    } catch (const InputError& e) {
      too_large = e.what();
    }
    ::dup2(saved, STDIN_FILENO);
    ::close(saved);
    CHECK(d.path == "-");
    CHECK(d.text == body);
    CHECK(d.line_starts.size() == 20001);
    CHECK(too_large == "-: file is larger than the limit of 1000 bytes");
  }

  TEST_CASE("read_document_bytes rejects empty and binary input too") {
    CHECK_THROWS_WITH_AS(read_document_bytes("x", ""), "x: empty file", InputError);
    CHECK_THROWS_AS(read_document_bytes("x", std::string("\x1f\x8b\x08", 3)), InputError);
    const Document d = read_document_bytes("t.txt", "plain\ntext\n");
    CHECK(d.format == Format::text);
    CHECK(d.line_starts == std::vector<std::size_t>{0, 6, 11});
    CHECK_FALSE(d.has_explicit_notes);
  }
}
