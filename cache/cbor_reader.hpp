#pragma once
// A pull reader for the CBOR (RFC 8949) the store writes. nlohmann reads CBOR too, but its
// SAX interface hands every key and value over as a fresh std::string and every number as a
// json value; a warm run reads one evidence blob per cited URL, and those allocations were
// most of its cost. This reader hands out views into the bytes and lets the caller walk the
// structure it expects, skipping what it does not know.
//
// Accepts what nlohmann's reader accepts and refuses the rest: integers, text and byte
// strings (definite or chunked), arrays and maps (definite or indefinite), false, true,
// null, and half, single and double floats. Tags, undefined, other simple values, reserved
// header bytes and anything cut short fail the read.

#include <cstdint>
#include <string>
#include <string_view>

namespace citecheck::cache {

/// One CBOR data item's head: what it is and, for strings and containers, how long.
struct CborHead {
  enum class Type { unsigned_int, negative_int, bytes, text, array, map, boolean, null, real };
  Type type = Type::null;
  std::uint64_t value = 0;  ///< the integer (a negative one is -1 - value), or the length
  bool indefinite = false;  ///< a chunked string, or a container that ends at a break
  double real = 0.0;        ///< for Type::real
  bool truth = false;       ///< for Type::boolean
};

/// Reads items one at a time. Every method returns false on bytes that are not well-formed
/// CBOR (or that this reader refuses); the reader is then spent.
class CborReader {
 public:
  explicit CborReader(std::string_view bytes) : m_bytes(bytes) {}

  /// Reads the head of the next item. For a definite string, its content follows and must be
  /// consumed with text() or skip_content().
  bool head(CborHead& out);
  /// True, and consumes the break, when an indefinite container ends here.
  bool at_break();
  /// The content of the string item whose head was just read (chunked strings joined).
  bool text(const CborHead& head, std::string& out);
  /// Skips the rest of the item whose head was just read (content, elements, members).
  bool skip_content(const CborHead& head);
  /// Skips one whole item.
  bool skip();
  bool at_end() const { return m_at == m_bytes.size(); }

 private:
  bool skip_content(const CborHead& head, int depth);
  bool skip(int depth);
  bool take(std::uint64_t n, std::string_view& out);
  bool head_of_chunk(const CborHead& string, CborHead& chunk);
  bool number(unsigned info, std::uint64_t& out);

  std::string_view m_bytes;
  std::size_t m_at = 0;
};

/// Walks the members of the map whose head was just read: `member(key, reader)` must
/// consume exactly one value (reading it or skipping it) and return false to fail. Keys must
/// be text, as in JSON.
template <class Member>
bool for_each_member(CborReader& reader, const CborHead& map, Member member) {
  std::string key;
  for (std::uint64_t i = 0; map.indefinite || i < map.value; ++i) {
    if (map.indefinite && reader.at_break()) {
      return true;
    }
    CborHead head;
    if (!reader.head(head) || head.type != CborHead::Type::text || !reader.text(head, key) ||
        !member(std::string_view(key), reader)) {
      return false;
    }
  }
  return true;
}

/// Walks the elements of the array whose head was just read: `element(reader)` must consume
/// exactly one item and return false to fail.
template <class Element>
bool for_each_element(CborReader& reader, const CborHead& array, Element element) {
  for (std::uint64_t i = 0; array.indefinite || i < array.value; ++i) {
    if (array.indefinite && reader.at_break()) {
      return true;
    }
    if (!element(reader)) {
      return false;
    }
  }
  return true;
}

}  // namespace citecheck::cache
