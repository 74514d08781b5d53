#include "text/entities.hpp"

#include <array>
#include <utility>

#include "text/strings.hpp"
#include "text/utf8.hpp"

namespace citecheck::text {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 16> k_named{{
    {"amp", "&"},
    {"lt", "<"},
    {"gt", ">"},
    {"quot", "\""},
    {"apos", "'"},
    {"nbsp", "\xC2\xA0"},
    {"ndash", "\xE2\x80\x93"},
    {"mdash", "\xE2\x80\x94"},
    {"lsquo", "\xE2\x80\x98"},
    {"rsquo", "\xE2\x80\x99"},
    {"ldquo", "\xE2\x80\x9C"},
    {"rdquo", "\xE2\x80\x9D"},
    {"hellip", "\xE2\x80\xA6"},
    {"sect", "\xC2\xA7"},
    {"para", "\xC2\xB6"},
    {"shy", "\xC2\xAD"},
}};

// Entities longer than this are not real references.
constexpr std::size_t k_max_entity = 12;

}  // namespace

std::optional<std::string> decode_entity(std::string_view entity) {
  if (entity.size() < 3 || entity.front() != '&' || entity.back() != ';') {
    return std::nullopt;
  }
  const std::string_view body = entity.substr(1, entity.size() - 2);
  if (body.starts_with('#')) {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    const std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 7) {
      return std::nullopt;
    }
    char32_t cp = 0;
    for (char c : digits) {
      int v = -1;
      if (is_digit(c)) {
        v = c - '0';
      } else if (hex && to_lower(c) >= 'a' && to_lower(c) <= 'f') {
        v = to_lower(c) - 'a' + 10;
      }
      if (v < 0) {
        return std::nullopt;
      }
      cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(v);
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      cp = 0xFFFD;
    }
    std::string out;
    append_utf8(out, cp);
    return out;
  }
  for (const auto& [name, value] : k_named) {
    if (body == name) {
      return std::string(value);
    }
  }
  return std::nullopt;
}

std::string decode_entities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t amp = s.find('&', i);
    if (amp == std::string_view::npos) {
      out.append(s.substr(i));
      break;
    }
    out.append(s.substr(i, amp - i));
    const std::size_t semi = s.substr(amp, k_max_entity).find(';');
    if (semi != std::string_view::npos) {
      if (auto decoded = decode_entity(s.substr(amp, semi + 1))) {
        out += *decoded;
        i = amp + semi + 1;
        continue;
      }
    }
    out += '&';
    i = amp + 1;
  }
  return out;
}

}  // namespace citecheck::text
