#include "service_answer.hpp"

#include <cctype>

namespace citecheck::plugins::journals {

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

std::string header_value(const HttpResponse& response, std::string_view name) {
  for (const auto& [key, value] : response.headers) {
    if (same_name(key, name))
      return value;
  }
  return {};
}

std::optional<std::string> service_failure(const HttpResponse& response, std::string_view service,
                                           int expected) {
  const std::string who(service);
  if (response.error != NetError::none && response.status == 0) {
    if (response.error == NetError::timeout)
      return who + " timed out" + attempts_text(response);
    const std::string detail = response.error_text.empty() ? "no answer" : response.error_text;
    return who + " could not be reached: " + detail + attempts_text(response);
  }
  const int status = response.status;
  if (expected != 0 && status == expected)
    return std::nullopt;
  if (status == 429) {
    const std::string after = header_value(response, "Retry-After");
    return who + " is rate-limiting (429" + (after.empty() ? "" : ", Retry-After " + after) + ")" +
           attempts_text(response);
  }
  // Bot protection answers 202 with nothing in it (reference 6): not evidence of absence.
  if (status == 202 && response.body.empty())
    return who + " blocked the request (202 with an empty body)";
  if (status >= 500)
    return who + " failed (HTTP " + std::to_string(status) + ")" + attempts_text(response);
  if (status < 200 || status >= 300)
    return who + " answered HTTP " + std::to_string(status);
  if (response.body.empty())
    return who + " answered with an empty body";
  return std::nullopt;
}

}  // namespace citecheck::plugins::journals
