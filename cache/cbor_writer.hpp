#pragma once
// Writes CBOR (RFC 8949) item by item, for records the store reads back with CborReader:
// shortest heads, definite lengths, doubles as doubles. nlohmann writes CBOR only from a
// json tree, which a parsed document of thousands of citations would have to be built as first.

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace citecheck::cache {

/// Appends items to one buffer; take() hands it over. A counting writer only adds up the
/// bytes: writing a record twice, first counted, lets the second pass reserve exactly (a
/// growing buffer of megabytes would briefly hold its old and its doubled copy).
class CborWriter {
 public:
  enum class Mode { write, count };
  explicit CborWriter(Mode mode = Mode::write) : m_count_only(mode == Mode::count) {}

  void reserve(std::size_t bytes) { m_out.reserve(bytes); }
  /// Bytes written (or counted) so far.
  std::size_t size() const { return m_count_only ? m_counted : m_out.size(); }

  void array(std::uint64_t items) { head(4, items); }
  void text(std::string_view value) {
    head(3, value.size());
    append(value);
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
    push('\xfb');
    big_endian(bits, 8);
  }
  void boolean(bool value) { push(value ? '\xf5' : '\xf4'); }
  void null() { push('\xf6'); }

  std::string take() { return std::move(m_out); }

 private:
  void push(char byte) {
    if (m_count_only) {
      ++m_counted;
    } else {
      m_out += byte;
    }
  }
  void append(std::string_view bytes) {
    if (m_count_only) {
      m_counted += bytes.size();
    } else {
      m_out.append(bytes);
    }
  }
  void head(unsigned major, std::uint64_t value) {
    const auto first = static_cast<char>(major << 5);
    if (value < 24) {
      push(static_cast<char>(first | static_cast<char>(value)));
    } else if (value <= 0xff) {
      push(static_cast<char>(first | 24));
      big_endian(value, 1);
    } else if (value <= 0xffff) {
      push(static_cast<char>(first | 25));
      big_endian(value, 2);
    } else if (value <= 0xffffffff) {
      push(static_cast<char>(first | 26));
      big_endian(value, 4);
    } else {
      push(static_cast<char>(first | 27));
      big_endian(value, 8);
    }
  }
  void big_endian(std::uint64_t value, int bytes) {
    for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8) {
      push(static_cast<char>((value >> shift) & 0xff));
    }
  }

  bool m_count_only = false;
  std::size_t m_counted = 0;
  std::string m_out;
};

}  // namespace citecheck::cache
