// Writes and reads the parse cache's column. Each record type is one array; its fields are
// written and read in the same order by one pair of functions, next to each other.
#include "parsed_codec.hpp"

#include <cstdint>
#include <limits>
#include <type_traits>
#include <utility>

#include "cbor_reader.hpp"
#include "cbor_writer.hpp"

namespace citecheck::cache {
namespace {

// Bump when the layout changes; rows of another version read as misses.
constexpr std::int64_t k_layout_version = 1;

// A field added to a record must be added here too: these fail the build until it is (and
// k_layout_version is bumped). The sizes are libstdc++'s on 64-bit Linux, where CI builds;
// other standard libraries lay strings out differently and skip the check.
#if defined(__GLIBCXX__) && defined(__LP64__)
static_assert(sizeof(Repair) == 128, "Repair changed: update parsed_codec");
static_assert(sizeof(SourceSpan) == 80, "SourceSpan changed: update parsed_codec");
static_assert(sizeof(Marker) == 56, "Marker changed: update parsed_codec");
static_assert(sizeof(Citation) == 632, "Citation changed: update parsed_codec");
static_assert(sizeof(Footnote) == 240, "Footnote changed: update parsed_codec");
static_assert(sizeof(ParsedDocument) == 88, "ParsedDocument changed: update parsed_codec");
#endif

using Type = CborHead::Type;

// --- writing ---------------------------------------------------------------------------------
// Declared first: the templates below find the overloads by ordinary lookup, which sees only
// what is declared before them (these types' namespaces hold no overloads for ADL to find).

void put(CborWriter& out, const Repair& value);
void put(CborWriter& out, const SourceSpan& value);
void put(CborWriter& out, const Marker& value);
void put(CborWriter& out, const Citation& value);
void put(CborWriter& out, const Footnote& value);
void put(CborWriter& out, const PagePoint& value);

void put(CborWriter& out, const std::string& value) {
  out.text(value);
}
void put(CborWriter& out, int value) {
  out.whole(static_cast<std::int64_t>(value));
}
void put(CborWriter& out, std::int64_t value) {
  out.whole(value);
}
void put(CborWriter& out, std::size_t value) {
  out.whole(static_cast<std::uint64_t>(value));
}
void put(CborWriter& out, double value) {
  out.real(value);
}
void put(CborWriter& out, bool value) {
  out.boolean(value);
}
void put(CborWriter& out, Kind value) {
  out.whole(static_cast<std::int64_t>(value));
}
void put(CborWriter& out, Format value) {
  out.whole(static_cast<std::int64_t>(value));
}
void put(CborWriter& out, const PagePoint& value) {
  out.array(2);
  put(out, value.x);
  put(out, value.y);
}
template <class T>
void put(CborWriter& out, const std::optional<T>& value) {
  if (value) {
    put(out, *value);
  } else {
    out.null();
  }
}
template <class T>
void put(CborWriter& out, const std::vector<T>& values) {
  out.array(values.size());
  for (const T& value : values) {
    put(out, value);
  }
}
// One array of the given fields.
template <class... Fields>
void put_record(CborWriter& out, const Fields&... fields) {
  out.array(sizeof...(Fields));
  (put(out, fields), ...);
}

void put(CborWriter& out, const Repair& value) {
  put_record(out, value.step, value.before, value.after, value.detail);
}
void put(CborWriter& out, const SourceSpan& value) {
  put_record(out, value.begin, value.end, value.line, value.page, value.element, value.position);
}
void put(CborWriter& out, const Marker& value) {
  put_record(out, value.offset, value.line, value.glyph, value.confidence);
}
void put(CborWriter& out, const Citation& c) {
  put_record(out, c.id, c.footnote, c.kind, c.raw, c.span, c.urls, c.url_candidates, c.dois,
             c.un_symbols, c.ibid_of, c.pinpoint, c.title, c.authors, c.container_title,
             c.publisher, c.issued, c.accessed, c.volume, c.issue, c.pages, c.plugin, c.confidence,
             c.repairs);
}
void put(CborWriter& out, const Footnote& f) {
  put_record(out, f.number, f.series, f.text, f.span, f.marker, f.number_inferred, f.repairs,
             f.citations);
}

// --- reading ---------------------------------------------------------------------------------
// Each get() reads one item into its field and fails on anything but the type written.
// Declared first, as the writers are.

bool get(CborReader& in, PagePoint& value);
bool get(CborReader& in, Repair& value);
bool get(CborReader& in, SourceSpan& value);
bool get(CborReader& in, Marker& value);
bool get(CborReader& in, Citation& value);
bool get(CborReader& in, Footnote& value);
template <class T>
bool get(CborReader& in, std::optional<T>& value);
template <class T>
bool get(CborReader& in, std::vector<T>& values);

bool get(CborReader& in, std::string& value) {
  CborHead head;
  return in.head(head) && head.type == Type::text && in.text(head, value);
}
template <class T>
bool get_whole(CborReader& in, T& value) {
  CborHead head;
  if (!in.head(head)) {
    return false;
  }
  if (head.type == Type::unsigned_int &&
      head.value <= static_cast<std::uint64_t>(std::numeric_limits<T>::max())) {
    value = static_cast<T>(head.value);
    return true;
  }
  if constexpr (std::is_signed_v<T>) {
    // -1 - n for n up to -(min + 1): every negative T.
    const auto most = static_cast<std::uint64_t>(-(std::numeric_limits<T>::min() + 1));
    if (head.type == Type::negative_int && head.value <= most) {
      value = static_cast<T>(-1 - static_cast<std::int64_t>(head.value));
      return true;
    }
  }
  return false;
}
bool get(CborReader& in, int& value) {
  return get_whole(in, value);
}
bool get(CborReader& in, std::size_t& value) {
  return get_whole(in, value);
}
bool get(CborReader& in, std::int64_t& value) {
  return get_whole(in, value);
}
bool get(CborReader& in, double& value) {
  CborHead head;
  if (!in.head(head) || head.type != Type::real) {
    return false;
  }
  value = head.real;
  return true;
}
bool get(CborReader& in, bool& value) {
  CborHead head;
  if (!in.head(head) || head.type != Type::boolean) {
    return false;
  }
  value = head.truth;
  return true;
}
template <class Enum>
bool get_enum(CborReader& in, Enum& value, Enum last) {
  int number = 0;
  if (!get_whole(in, number) || number < 0 || number > static_cast<int>(last)) {
    return false;
  }
  value = static_cast<Enum>(number);
  return true;
}
bool get(CborReader& in, Kind& value) {
  return get_enum(in, value, Kind::other);
}
bool get(CborReader& in, Format& value) {
  return get_enum(in, value, Format::docx);
}

bool open_record(CborReader& in, std::uint64_t fields) {
  CborHead head;
  return in.head(head) && head.type == Type::array && !head.indefinite && head.value == fields;
}
template <class... Fields>
bool get_record(CborReader& in, Fields&... fields) {
  return open_record(in, sizeof...(Fields)) && (get(in, fields) && ...);
}

bool get(CborReader& in, PagePoint& value) {
  return get_record(in, value.x, value.y);
}
template <class T>
bool get(CborReader& in, std::optional<T>& value) {
  // A null stands for nullopt; anything else is the value itself, head and all.
  CborReader peek = in;
  CborHead head;
  if (peek.head(head) && head.type == Type::null) {
    in = peek;
    value.reset();
    return true;
  }
  return get(in, value.emplace());
}
template <class T>
bool get(CborReader& in, std::vector<T>& values) {
  CborHead head;
  if (!in.head(head) || head.type != Type::array || head.indefinite) {
    return false;
  }
  values.clear();
  // Never trust a count for a reservation: each item is at least one byte.
  for (std::uint64_t i = 0; i < head.value; ++i) {
    if (!get(in, values.emplace_back())) {
      return false;
    }
  }
  return true;
}

bool get(CborReader& in, Repair& value) {
  return get_record(in, value.step, value.before, value.after, value.detail);
}
bool get(CborReader& in, SourceSpan& value) {
  return get_record(in, value.begin, value.end, value.line, value.page, value.element,
                    value.position);
}
bool get(CborReader& in, Marker& value) {
  return get_record(in, value.offset, value.line, value.glyph, value.confidence);
}
bool get(CborReader& in, Citation& c) {
  return get_record(in, c.id, c.footnote, c.kind, c.raw, c.span, c.urls, c.url_candidates, c.dois,
                    c.un_symbols, c.ibid_of, c.pinpoint, c.title, c.authors, c.container_title,
                    c.publisher, c.issued, c.accessed, c.volume, c.issue, c.pages, c.plugin,
                    c.confidence, c.repairs);
}
bool get(CborReader& in, Footnote& f) {
  return get_record(in, f.number, f.series, f.text, f.span, f.marker, f.number_inferred, f.repairs,
                    f.citations);
}

void write_document(CborWriter& out, const ParsedDocument& document) {
  put_record(out, k_layout_version, document.path, document.format, document.warnings,
             document.footnotes);
}

}  // namespace

std::size_t parsed_stored_size(const ParsedDocument& document) {
  CborWriter counter(CborWriter::Mode::count);
  write_document(counter, document);
  return counter.size();
}

std::string parsed_to_stored(const ParsedDocument& document, std::size_t size) {
  CborWriter out;
  out.reserve(size);
  write_document(out, document);
  return out.take();
}

std::string parsed_to_stored(const ParsedDocument& document) {
  return parsed_to_stored(document, parsed_stored_size(document));
}

std::optional<ParsedDocument> parsed_from_stored(std::string_view bytes) {
  CborReader in(bytes);
  std::int64_t version = 0;
  ParsedDocument document;
  if (!open_record(in, 5) || !get(in, version) || version != k_layout_version ||
      !get(in, document.path) || !get(in, document.format) || !get(in, document.warnings) ||
      !get(in, document.footnotes) || !in.at_end()) {
    return std::nullopt;
  }
  return document;
}

}  // namespace citecheck::cache
