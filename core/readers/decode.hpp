#pragma once
// Bytes of a text format -> the valid UTF-8, LF-only text every reader works on. Whatever
// had to be changed beyond the routine (BOM, CRLF) is said in a warning naming the file.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace citecheck::readers {

enum class Encoding { utf8, utf16le, utf16be, utf32le, utf32be };

std::string_view encoding_name(Encoding encoding);

/// The encoding of a file: from its byte-order mark, else UTF-16 guessed from the pattern of
/// NUL bytes (ASCII in UTF-16 has every other byte NUL), else UTF-8.
struct EncodingGuess {
  Encoding encoding = Encoding::utf8;
  std::size_t bom_length = 0;
  bool from_bom = false;
};

EncodingGuess detect_encoding(std::string_view bytes);

/// UTF-16/32 code units -> UTF-8; unpaired surrogates and out-of-range values become
/// U+FFFD. Offsets are relative to `units`.
struct Transcoded {
  std::string text;
  std::size_t replaced = 0;
  std::size_t first_offset = 0;
};

Transcoded transcode_to_utf8(std::string_view units, Encoding encoding);

/// CRLF and lone CR -> LF, in place. Line count is unchanged, so lines still map to the
/// file's lines.
void normalize_newlines(std::string& text);

struct DecodedText {
  std::string text;
  std::vector<std::string> warnings;
};

/// Decodes a whole file. Throws InputError naming `path` for an empty or binary file.
DecodedText decode_text(const std::string& path, std::string bytes);

}  // namespace citecheck::readers
