#include "report/json_stream.hpp"

#include <array>
#include <charconv>
#include <cmath>

namespace citecheck::cli {
namespace {

constexpr std::size_t k_flush_at = 64 * 1024;
constexpr std::string_view k_replacement = "\xEF\xBF\xBD";

// Length of the valid UTF-8 sequence starting at `at`, or 0 when it is not one (overlong
// forms, surrogates and code points past U+10FFFF included).
std::size_t utf8_sequence(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  std::size_t length = 0;
  unsigned min_second = 0x80;
  unsigned max_second = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    min_second = lead == 0xE0 ? 0xA0 : 0x80;
    max_second = lead == 0xED ? 0x9F : 0xBF;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    min_second = lead == 0xF0 ? 0x90 : 0x80;
    max_second = lead == 0xF4 ? 0x8F : 0xBF;
  } else {
    return 0;
  }
  if (at + length > text.size() || byte(at + 1) < min_second || byte(at + 1) > max_second) {
    return 0;
  }
  for (std::size_t i = 2; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) {
      return 0;
    }
  }
  return length;
}

/// Bytes copied into a JSON string as they are: printable ASCII but '"' and '\\'.
constexpr auto k_plain_bytes = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x80; ++c) {
    plain[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
  }
  return plain;
}();

/// What append_json_string does, except that on a byte starting no valid UTF-8 sequence it
/// either writes U+FFFD (`replace_invalid`) or stops there and returns false.
bool append_json_text(std::string& out, std::string_view text, bool replace_invalid) {
  out += '"';
  std::size_t plain = 0;  // start of the run of bytes copied as they are
  const auto copy_run = [&](std::size_t end) { out.append(text.data() + plain, end - plain); };
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (k_plain_bytes[c]) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const std::size_t length = utf8_sequence(text, i);
      if (length > 0) {
        i += length;
        continue;
      }
      if (!replace_invalid) {
        return false;
      }
      copy_run(i);
      out += k_replacement;
      plain = ++i;
      continue;
    }
    copy_run(i);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default: {
        constexpr std::string_view k_hex = "0123456789abcdef";
        out += "\\u00";
        out += k_hex[c >> 4];
        out += k_hex[c & 0xF];
      }
    }
    plain = ++i;
  }
  copy_run(text.size());
  out += '"';
  return true;
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  append_json_text(out, text, true);
}

void JsonStream::newline_and_indent(std::size_t levels) {
  m_buffer += '\n';
  m_buffer.append(2 * levels, ' ');
}

void JsonStream::maybe_flush() {
  if (m_buffer.size() >= k_flush_at) {
    flush();
  }
}

void JsonStream::flush() {
  m_out.write(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
  m_buffer.clear();
}

void JsonStream::before_item() {
  if (m_after_key) {
    m_after_key = false;
    return;
  }
  if (m_levels.empty()) {
    return;
  }
  if (m_levels.back().items++ > 0) {
    m_buffer += ',';
  }
  if (m_pretty) {
    newline_and_indent(m_levels.size());
  }
}

void JsonStream::open(char bracket) {
  before_item();
  m_buffer += bracket;
  m_levels.emplace_back();
}

void JsonStream::close(char bracket) {
  const bool empty = m_levels.back().items == 0;
  m_levels.pop_back();
  if (!empty && m_pretty) {
    newline_and_indent(m_levels.size());
  }
  m_buffer += bracket;
  maybe_flush();
}

void JsonStream::key(std::string_view name) {
  before_item();
  append_json_string(m_buffer, name);
  m_buffer += m_pretty ? ": " : ":";
  m_after_key = true;
}

void JsonStream::value(std::string_view text) {
  before_item();
  append_json_string(m_buffer, text);
}

void JsonStream::value(bool flag) {
  before_item();
  m_buffer += flag ? "true" : "false";
}

void JsonStream::value(std::int64_t number) {
  before_item();
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
  m_buffer.append(digits, end);
}

void JsonStream::value(std::size_t number) {
  before_item();
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
  m_buffer.append(digits, end);
}

void JsonStream::value(double number) {
  if (!std::isfinite(number)) {
    null();  // JSON has no infinity or NaN; nlohmann writes null too
    return;
  }
  before_item();
  char digits[32];
  const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
  const std::string_view text(digits, static_cast<std::size_t>(end - digits));
  m_buffer += text;
  if (text.find_first_of(".e") == std::string_view::npos) {
    m_buffer += ".0";  // still a floating-point number to a reader, as nlohmann writes it
  }
}

void JsonStream::null() {
  before_item();
  m_buffer += "null";
}

void JsonStream::value(const nlohmann::json& item) {
  before_item();
  const std::string text =
      m_pretty ? item.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
               : item.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  if (!m_pretty || text.find('\n') == std::string::npos) {
    m_buffer += text;
    maybe_flush();
    return;
  }
  // Strings in JSON hold no raw newline, so every '\n' is layout: indent it to this depth.
  const std::size_t depth = 2 * m_levels.size();
  std::size_t from = 0;
  for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
    m_buffer.append(text, from, nl + 1 - from);
    m_buffer.append(depth, ' ');
    from = nl + 1;
  }
  m_buffer.append(text, from, std::string::npos);
  maybe_flush();
}

void JsonStream::value_as_nlohmann(std::string_view text) {
  before_item();
  // Valid text gives the same bytes as nlohmann's; text that is not is written again by
  // nlohmann, over what was written of it.
  const std::size_t start = m_buffer.size();
  if (!append_json_text(m_buffer, text, false)) {
    m_buffer.resize(start);
    m_buffer += nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
}

void JsonStream::value_as_nlohmann(double number) {
  before_item();
  m_buffer += nlohmann::json(number).dump();
}

void JsonStream::end_document() {
  m_buffer += '\n';
  flush();
}

}  // namespace citecheck::cli
