#include "service_reply.hpp"

namespace citecheck::plugins::archive {
namespace {

bool equal_nocase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) {
      return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    };
    if (lower(a[i]) != lower(b[i])) {
      return false;
    }
  }
  return true;
}

std::string attempts(const HttpResponse& response) {
  return response.attempts > 1 ? " after " + std::to_string(response.attempts) + " attempts"
                               : std::string();
}

}  // namespace

std::string header_value(const HttpResponse& response, std::string_view name) {
  for (const auto& [key, value] : response.headers) {
    if (equal_nocase(key, name)) {
      return value;
    }
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
  return "failed";
}

std::optional<std::string> failure(const HttpResponse& response, std::string_view service) {
  const std::string name(service);
  if (!answered(response)) {
    std::string text = name + " " + std::string(describe(response.error)) + attempts(response);
    if (!response.error_text.empty()) {
      text += " (" + response.error_text + ")";
    }
    return text;
  }
  if (response.status >= 200 && response.status < 300) {
    return std::nullopt;
  }
  if (response.status == 429) {
    std::string text = name + " is rate-limiting (429)" + attempts(response);
    if (const std::string wait = header_value(response, "Retry-After"); !wait.empty()) {
      text += ", Retry-After: " + wait;
    }
    return text;
  }
  return name + " answered HTTP " + std::to_string(response.status) + attempts(response);
}

}  // namespace citecheck::plugins::archive
