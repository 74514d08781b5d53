#include "common/service_answer.hpp"

#include <cctype>

namespace citecheck::plugins::common {
namespace {

bool same_name(std::string_view a, std::string_view b) {
  if (a.size() != b.size())
    return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

std::string attempts_text(const HttpResponse& response) {
  return response.attempts > 1 ? " after " + std::to_string(response.attempts) + " attempts" : "";
}

}  // namespace

std::string percent_encode(std::string_view text, std::string_view keep) {
  static constexpr char k_hex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size() * 3);
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) != 0 || c == '-' || c == '.' || c == '_' || c == '~' ||
        keep.find(c) != std::string_view::npos) {
      out += c;
    } else {
      out += '%';
      out += k_hex[byte >> 4];
      out += k_hex[byte & 0x0F];
    }
  }
  return out;
}

std::string percent_decode(std::string_view text, bool plus_is_space) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 &&
        hex_value(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
    } else if (plus_is_space && text[i] == '+') {
      out += ' ';
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string header_value(const HttpResponse& response, std::string_view name) {
  for (const auto& [key, value] : response.headers) {
    if (same_name(key, name))
      return value;
  }
  return {};
}

bool answered(const HttpResponse& response) {
  return response.status > 0 &&
         (response.error == NetError::none || response.error == NetError::too_large);
}

std::string_view describe(NetError error) {
  switch (error) {
    case NetError::none:
      return "answered";
    case NetError::invalid_url:
      return "has an invalid URL";
    case NetError::dns:
      return "host name does not resolve";
    case NetError::no_network:
      return "is unreachable: no network";
    case NetError::connect:
      return "refused the connection";
    case NetError::tls:
      return "failed the TLS handshake";
    case NetError::timeout:
      return "timed out";
    case NetError::too_many_redirects:
      return "redirected too many times";
    case NetError::redirect_loop:
      return "redirects in a loop";
    case NetError::too_large:
      return "sent more than the size limit";
    case NetError::protocol:
      return "sent a malformed HTTP answer";
    case NetError::other:
      break;
  }
  return "could not be reached";
}

std::optional<std::string> service_failure(const HttpResponse& response, std::string_view service,
                                           Expected expected) {
  const std::string who(service);
  if (!answered(response)) {
    std::string text = who + " " + std::string(describe(response.error)) + attempts_text(response);
    // A timeout's text only repeats the words; other errors carry the detail that helps.
    if (!response.error_text.empty() && response.error != NetError::timeout)
      text += " (" + response.error_text + ")";
    return text;
  }
  const int status = response.status;
  if (expected.status != 0 && status == expected.status)
    return std::nullopt;
  if (status == 429) {
    const std::string after = header_value(response, "Retry-After");
    return who + " is rate-limiting (429" + (after.empty() ? "" : ", Retry-After " + after) + ")" +
           attempts_text(response);
  }
  // Bot protection (the UN Digital Library's, reference 2.3 and 6) answers 202 with nothing
  // in it: not evidence of absence.
  if (status == 202 && response.body.empty())
    return who + " blocked the request (202 with an empty body)";
  if (status >= 500)
    return who + " failed (HTTP " + std::to_string(status) + ")" + attempts_text(response);
  if (status < 200 || status >= 300)
    return who + " answered HTTP " + std::to_string(status);
  if (response.body.empty() && !expected.empty_body)
    return who + " answered with an empty body";
  return std::nullopt;
}

}  // namespace citecheck::plugins::common
