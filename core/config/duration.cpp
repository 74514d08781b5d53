#include <citecheck/config.hpp>

#include <cctype>

namespace citecheck {

std::optional<std::chrono::seconds> parse_duration(const std::string& text) {
  if (text.empty()) {
    return std::nullopt;
  }
  std::size_t i = 0;
  long long value = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
    value = value * 10 + (text[i] - '0');
    if (value > 100LL * 365 * 24 * 3600) {
      return std::nullopt;
    }
    ++i;
  }
  if (i == 0) {
    return std::nullopt;
  }
  const std::string unit = text.substr(i);
  long long scale = 0;
  if (unit.empty() || unit == "s") {
    scale = 1;
  } else if (unit == "m" || unit == "min") {
    scale = 60;
  } else if (unit == "h") {
    scale = 3600;
  } else if (unit == "d") {
    scale = 86400;
  } else if (unit == "w") {
    scale = 7 * 86400;
  } else {
    return std::nullopt;
  }
  return std::chrono::seconds(value * scale);
}

bool host_matches(const std::string& pattern, const std::string& host) {
  const auto lower = [](std::string s) {
    for (auto& c : s) {
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return s;
  };
  const std::string p = lower(pattern);
  const std::string h = lower(host);
  if (p.starts_with("*.")) {
    const std::string domain = p.substr(2);
    return h == domain || (h.size() > domain.size() && h.ends_with("." + domain));
  }
  return p == h;
}

}  // namespace citecheck
