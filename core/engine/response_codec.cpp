// The cache's form of an HttpResponse: JSON text. Bodies that are not UTF-8 (a PDF's
// first megabyte) travel as base64 so nothing is lost or mangled on the way.

#include <nlohmann/json.hpp>

#include <citecheck/json_number.hpp>

#include <array>
#include <cstdint>

#include <citecheck/engine.hpp>

namespace citecheck {
namespace {

using nlohmann::json;

constexpr std::string_view k_alphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

bool valid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t extra = 0;
    unsigned char low = 0x80;  // bounds of the second byte, excluding overlongs and surrogates
    unsigned char high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      extra = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      extra = 2;
      low = c == 0xE0 ? 0xA0 : 0x80;
      high = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
      extra = 3;
      low = c == 0xF0 ? 0x90 : 0x80;
      high = c == 0xF4 ? 0x8F : 0xBF;
    } else {
      return false;
    }
    if (i + extra >= text.size()) {
      return false;
    }
    const auto second = static_cast<unsigned char>(text[i + 1]);
    if (second < low || second > high) {
      return false;
    }
    for (std::size_t k = 2; k <= extra; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) {
        return false;
      }
    }
    i += extra + 1;
  }
  return true;
}

constexpr std::array<std::pair<NetError, std::string_view>, 12> k_error_names{{
    {NetError::none, "none"},
    {NetError::invalid_url, "invalid_url"},
    {NetError::dns, "dns"},
    {NetError::no_network, "no_network"},
    {NetError::connect, "connect"},
    {NetError::tls, "tls"},
    {NetError::timeout, "timeout"},
    {NetError::too_many_redirects, "too_many_redirects"},
    {NetError::redirect_loop, "redirect_loop"},
    {NetError::too_large, "too_large"},
    {NetError::protocol, "protocol"},
    {NetError::other, "other"},
}};

std::string_view error_name(NetError error) {
  for (const auto& [value, name] : k_error_names) {
    if (value == error) {
      return name;
    }
  }
  return "other";
}

std::optional<NetError> error_from_name(std::string_view name) {
  for (const auto& [value, known] : k_error_names) {
    if (known == name) {
      return value;
    }
  }
  return std::nullopt;
}

std::string base64_encode(std::string_view data) {
  std::string out;
  out.reserve((data.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < data.size(); i += 3) {
    const std::uint32_t v = (static_cast<unsigned char>(data[i]) << 16) |
                            (static_cast<unsigned char>(data[i + 1]) << 8) |
                            static_cast<unsigned char>(data[i + 2]);
    out += k_alphabet[(v >> 18) & 63];
    out += k_alphabet[(v >> 12) & 63];
    out += k_alphabet[(v >> 6) & 63];
    out += k_alphabet[v & 63];
  }
  if (i < data.size()) {
    std::uint32_t v = static_cast<unsigned char>(data[i]) << 16;
    if (i + 1 < data.size()) {
      v |= static_cast<unsigned char>(data[i + 1]) << 8;
    }
    out += k_alphabet[(v >> 18) & 63];
    out += k_alphabet[(v >> 12) & 63];
    out += i + 1 < data.size() ? k_alphabet[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

std::optional<std::string> base64_decode(std::string_view text) {
  std::array<int, 256> value{};
  value.fill(-1);
  for (std::size_t i = 0; i < k_alphabet.size(); ++i) {
    value[static_cast<unsigned char>(k_alphabet[i])] = static_cast<int>(i);
  }
  std::string out;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (char c : text) {
    if (c == '=') {
      break;
    }
    const int v = value[static_cast<unsigned char>(c)];
    if (v < 0) {
      return std::nullopt;
    }
    buffer = (buffer << 6) | static_cast<std::uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  return out;
}

json headers_to_json(const std::vector<Header>& headers) {
  json list = json::array();
  for (const auto& [name, value] : headers) {
    list.push_back(json::array({name, value}));
  }
  return list;
}

std::vector<Header> headers_from_json(const json& list) {
  std::vector<Header> headers;
  for (const json& item : list) {
    headers.emplace_back(item.at(0).get<std::string>(), item.at(1).get<std::string>());
  }
  return headers;
}

}  // namespace

std::string serialize_response(const HttpResponse& response) {
  json hops = json::array();
  for (const Hop& hop : response.hops) {
    hops.push_back({{"url", hop.url},
                    {"status", hop.status},
                    {"location", hop.location},
                    {"headers", headers_to_json(hop.headers)}});
  }
  json value = {{"url", response.url},
                {"final_url", response.final_url},
                {"method", response.method},
                {"status", response.status},
                {"headers", headers_to_json(response.headers)},
                {"hops", hops},
                {"body_truncated", response.body_truncated},
                {"error", error_name(response.error)},
                {"error_text", response.error_text},
                {"attempts", response.attempts},
                {"seconds", response.seconds}};
  if (valid_utf8(response.body)) {
    value["body"] = response.body;
  } else {
    value["body_base64"] = base64_encode(response.body);
  }
  // Header values are bytes from the wire; a stray Latin-1 byte must not lose the entry.
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::optional<HttpResponse> parse_response(std::string_view text) {
  try {
    const json value = json::parse(text);
    HttpResponse response;
    response.url = value.at("url").get<std::string>();
    response.final_url = value.at("final_url").get<std::string>();
    response.method = value.at("method").get<std::string>();
    // A status that is no int (a damaged entry) makes the entry unreadable, not a cast.
    const auto status = json_whole<int>(value.at("status"));
    if (!status) {
      return std::nullopt;
    }
    response.status = *status;
    response.headers = headers_from_json(value.at("headers"));
    for (const json& hop : value.at("hops")) {
      const auto hop_status = json_whole<int>(hop.at("status"));
      if (!hop_status) {
        return std::nullopt;
      }
      response.hops.push_back(Hop{hop.at("url").get<std::string>(), *hop_status,
                                  hop.at("location").get<std::string>(),
                                  headers_from_json(hop.at("headers"))});
    }
    if (value.contains("body_base64")) {
      auto body = base64_decode(value.at("body_base64").get<std::string>());
      if (!body) {
        return std::nullopt;
      }
      response.body = std::move(*body);
    } else {
      response.body = value.value("body", std::string());
    }
    response.body_truncated = value.value("body_truncated", false);
    const auto error = error_from_name(value.value("error", std::string("none")));
    if (!error) {
      return std::nullopt;
    }
    response.error = *error;
    response.error_text = value.value("error_text", std::string());
    response.attempts = json_whole_or(value, "attempts", 1);
    response.seconds = value.value("seconds", 0.0);
    return response;
  } catch (const json::exception&) {
    return std::nullopt;
  }
}

}  // namespace citecheck
