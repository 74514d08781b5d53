// Entry points: get the bytes, refuse what is not a document, pick the reader by format.
#include <array>

#include <citecheck/errors.hpp>
#include <citecheck/readers.hpp>

#include "readers/binary.hpp"
#include "readers/file_input.hpp"
#include "readers/formats.hpp"
#include "readers/pdf_module.hpp"
#include "readers/sniff.hpp"

namespace citecheck {
namespace {

using readers::RawInput;

struct ReaderEntry {
  Format format;
  Document (*read)(RawInput);
};

constexpr std::array<ReaderEntry, 7> k_readers{{
    {Format::text, readers::read_text},
    {Format::markdown, readers::read_markdown},
    {Format::html, readers::read_html},
    {Format::wikitext, readers::read_wikitext},
    {Format::jats, readers::read_jats},
    {Format::pdf, readers::read_pdf_via_module},
    {Format::docx, readers::read_docx},
}};

}  // namespace

Document read_document_bytes(std::string path, std::string bytes, std::optional<Format> forced) {
  if (bytes.empty()) {
    throw InputError(path, "empty file");
  }
  const std::optional<Format> container = readers::sniff_container(bytes);
  if (!container) {
    if (auto kind = readers::binary_signature(bytes)) {
      std::string reason = "looks like " + std::string(kind->name);
      if (!kind->hint.empty()) {
        reason += "; " + std::string(kind->hint);
      }
      throw InputError(path, readers::binary_message(reason));
    }
  } else if (forced && *forced != *container) {
    // Reading a PDF or DOCX as text would hand its compressed streams on as "text".
    throw InputError(path, "is a " + std::string(to_string(*container)) +
                               " file, which cannot be read as " + std::string(to_string(*forced)) +
                               "; drop --input-format");
  }
  const Format format = forced ? *forced : sniff_format(path, bytes);
  for (const auto& entry : k_readers) {
    if (entry.format == format) {
      return entry.read(RawInput{std::move(path), std::move(bytes)});
    }
  }
  return readers::read_text(RawInput{std::move(path), std::move(bytes)});
}

std::string read_file_bytes(const std::string& path, const ReadLimits& limits) {
  return readers::read_input_bytes(path, limits);
}

Document read_document(const std::string& path, std::optional<Format> forced,
                       const ReadLimits& limits) {
  return read_document_bytes(path, readers::read_input_bytes(path, limits), forced);
}

}  // namespace citecheck
