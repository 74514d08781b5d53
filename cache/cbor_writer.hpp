#pragma once
// Writes CBOR (RFC 8949) item by item, for records the store reads back with CborReader:
// shortest heads, definite lengths, doubles as doubles. nlohmann writes CBOR only from a
// json tree, which a parsed document of thousands of citations would have to be built as first.

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace citecheck::cache {

/// Appends items to one buffer; take() hands it over.
class CborWriter {
 public:
  void array(std::uint64_t items) { head(4, items); }
  void text(std::string_view value) {
    head(3, value.size());
    m_out.append(value);
  }
  void whole(std::uint64_t value) { head(0, value); }
  void whole(std::int64_t value) {
    if (value >= 0) {
      whole(static_cast<std::uint64_t>(value));
    } else {
      head(1, static_cast<std::uint64_t>(-1 - value));
    }
  }
  void real(double value) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    m_out += '\xfb';
    big_endian(bits, 8);
  }
  void boolean(bool value) { m_out += value ? '\xf5' : '\xf4'; }
  void null() { m_out += '\xf6'; }

  std::string take() { return std::move(m_out); }

 private:
  void head(unsigned major, std::uint64_t value) {
    const auto first = static_cast<char>(major << 5);
    if (value < 24) {
      m_out += static_cast<char>(first | static_cast<char>(value));
    } else if (value <= 0xff) {
      m_out += static_cast<char>(first | 24);
      big_endian(value, 1);
    } else if (value <= 0xffff) {
      m_out += static_cast<char>(first | 25);
      big_endian(value, 2);
    } else if (value <= 0xffffffff) {
      m_out += static_cast<char>(first | 26);
      big_endian(value, 4);
    } else {
      m_out += static_cast<char>(first | 27);
      big_endian(value, 8);
    }
  }
  void big_endian(std::uint64_t value, int bytes) {
    for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8) {
      m_out += static_cast<char>((value >> shift) & 0xff);
    }
  }

  std::string m_out;
};

}  // namespace citecheck::cache
