#include "cbor_reader.hpp"

#include <cmath>
#include <cstring>

namespace citecheck::cache {
namespace {

// Deeper than anything the store writes; bounds the recursion on hostile bytes.
constexpr int k_max_depth = 64;

constexpr unsigned k_indefinite = 31;

// RFC 8949 Appendix D: half-precision to double.
double half_to_double(std::uint16_t half) {
  const int exponent = (half >> 10) & 0x1f;
  const int mantissa = half & 0x3ff;
  double value = 0.0;
  if (exponent == 0) {
    value = std::ldexp(mantissa, -24);
  } else if (exponent != 31) {
    value = std::ldexp(mantissa + 1024, exponent - 25);
  } else {
    value = mantissa == 0 ? INFINITY : NAN;
  }
  return (half & 0x8000) != 0 ? -value : value;
}

}  // namespace

bool CborReader::take(std::uint64_t n, std::string_view& out) {
  if (n > m_bytes.size() - m_at) {
    return false;
  }
  out = m_bytes.substr(m_at, static_cast<std::size_t>(n));
  m_at += static_cast<std::size_t>(n);
  return true;
}

// The argument that follows a head byte whose low five bits are `info`.
bool CborReader::number(unsigned info, std::uint64_t& out) {
  if (info < 24) {
    out = info;
    return true;
  }
  if (info > 27) {
    return false;  // 28-30 are reserved; 31 is handled by the caller
  }
  std::string_view bytes;
  if (!take(std::uint64_t{1} << (info - 24), bytes)) {
    return false;
  }
  out = 0;
  for (const char byte : bytes) {
    out = (out << 8) | static_cast<unsigned char>(byte);
  }
  return true;
}

bool CborReader::head(CborHead& out) {
  std::string_view first;
  if (!take(1, first)) {
    return false;
  }
  const auto byte = static_cast<unsigned char>(first[0]);
  const unsigned major = byte >> 5;
  const unsigned info = byte & 0x1f;
  out = CborHead{};
  switch (major) {
    case 0:
    case 1:
      out.type = major == 0 ? CborHead::Type::unsigned_int : CborHead::Type::negative_int;
      return number(info, out.value);
    case 2:
    case 3:
    case 4:
    case 5:
      out.type = major == 2   ? CborHead::Type::bytes
                 : major == 3 ? CborHead::Type::text
                 : major == 4 ? CborHead::Type::array
                              : CborHead::Type::map;
      if (info == k_indefinite) {
        out.indefinite = true;
        return true;
      }
      return number(info, out.value);
    case 7:
      break;
    default:
      return false;  // tags: nlohmann refuses them too
  }
  std::uint64_t bits = 0;
  switch (info) {
    case 20:
    case 21:
      out.type = CborHead::Type::boolean;
      out.truth = info == 21;
      return true;
    case 22:
      out.type = CborHead::Type::null;
      return true;
    case 25:
      out.type = CborHead::Type::real;
      if (!number(info, bits)) {
        return false;
      }
      out.real = half_to_double(static_cast<std::uint16_t>(bits));
      return true;
    case 26: {
      out.type = CborHead::Type::real;
      if (!number(info, bits)) {
        return false;
      }
      const auto word = static_cast<std::uint32_t>(bits);
      float value = 0;
      std::memcpy(&value, &word, sizeof value);
      out.real = value;
      return true;
    }
    case 27:
      out.type = CborHead::Type::real;
      if (!number(info, bits)) {
        return false;
      }
      std::memcpy(&out.real, &bits, sizeof out.real);
      return true;
    default:
      return false;  // undefined, other simple values, a stray break
  }
}

bool CborReader::at_break() {
  if (m_at < m_bytes.size() && static_cast<unsigned char>(m_bytes[m_at]) == 0xff) {
    ++m_at;
    return true;
  }
  return false;
}

bool CborReader::text(const CborHead& head, std::string& out) {
  if (head.type != CborHead::Type::text && head.type != CborHead::Type::bytes) {
    return false;
  }
  std::string_view content;
  if (!head.indefinite) {
    if (!take(head.value, content)) {
      return false;
    }
    out.assign(content);
    return true;
  }
  // Chunks of definite strings of the same type, until a break.
  out.clear();
  while (!at_break()) {
    CborHead chunk;
    if (!head_of_chunk(head, chunk) || !take(chunk.value, content)) {
      return false;
    }
    out.append(content);
  }
  return true;
}

bool CborReader::head_of_chunk(const CborHead& string, CborHead& chunk) {
  return head(chunk) && chunk.type == string.type && !chunk.indefinite;
}

bool CborReader::skip_content(const CborHead& head) {
  return skip_content(head, 0);
}

bool CborReader::skip_content(const CborHead& head, int depth) {
  if (depth > k_max_depth) {
    return false;
  }
  switch (head.type) {
    case CborHead::Type::bytes:
    case CborHead::Type::text: {
      std::string ignored;
      if (head.indefinite) {
        return text(head, ignored);
      }
      std::string_view content;
      return take(head.value, content);
    }
    case CborHead::Type::array:
    case CborHead::Type::map: {
      // A map's members are key and value: twice the items.
      const bool map = head.type == CborHead::Type::map;
      for (std::uint64_t i = 0; head.indefinite || i < head.value; ++i) {
        if (head.indefinite && at_break()) {
          return true;
        }
        if (!skip(depth + 1) || (map && !skip(depth + 1))) {
          return false;
        }
      }
      return true;
    }
    default:
      return true;  // numbers and simple values are whole after their head
  }
}

bool CborReader::skip() {
  return skip(0);
}

bool CborReader::skip(int depth) {
  CborHead next;
  return head(next) && skip_content(next, depth);
}

}  // namespace citecheck::cache
