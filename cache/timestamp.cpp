// ISO 8601 timestamps and run ids. Stored times are UTC text for people plus epoch seconds
// for queries; these functions convert between the two.

#include <charconv>
#include <chrono>
#include <cstdio>
#include <random>

#include <citecheck/store.hpp>

namespace citecheck {
namespace {

using std::chrono::system_clock;

/// Reads exactly `width` digits at `pos`.
std::optional<int> digits(const std::string& text, std::size_t pos, std::size_t width) {
  if (pos + width > text.size()) {
    return std::nullopt;
  }
  int value = 0;
  const char* begin = text.data() + pos;
  const auto [end, error] = std::from_chars(begin, begin + width, value);
  if (error != std::errc() || end != begin + width) {
    return std::nullopt;
  }
  return value;
}

bool is_char(const std::string& text, std::size_t pos, char c) {
  return pos < text.size() && text[pos] == c;
}

}  // namespace

std::string format_timestamp(system_clock::time_point time) {
  const auto seconds = std::chrono::floor<std::chrono::seconds>(time);
  const auto days = std::chrono::floor<std::chrono::days>(seconds);
  const std::chrono::year_month_day date{days};
  const std::chrono::hh_mm_ss clock{seconds - days};
  char out[32];
  std::snprintf(out, sizeof out, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                static_cast<int>(clock.hours().count()), static_cast<int>(clock.minutes().count()),
                static_cast<int>(clock.seconds().count()));
  return out;
}

std::optional<system_clock::time_point> parse_timestamp(const std::string& text) {
  const auto year = digits(text, 0, 4);
  const auto month = digits(text, 5, 2);
  const auto day = digits(text, 8, 2);
  if (!year || !month || !day || !is_char(text, 4, '-') || !is_char(text, 7, '-')) {
    return std::nullopt;
  }
  const std::chrono::year_month_day date{std::chrono::year(*year),
                                         std::chrono::month(static_cast<unsigned>(*month)),
                                         std::chrono::day(static_cast<unsigned>(*day))};
  if (!date.ok()) {
    return std::nullopt;
  }
  system_clock::time_point time = std::chrono::sys_days(date);
  if (text.size() == 10) {
    return time;
  }
  if (!is_char(text, 10, 'T') && !is_char(text, 10, 't') && !is_char(text, 10, ' ')) {
    return std::nullopt;
  }
  const auto hour = digits(text, 11, 2);
  const auto minute = digits(text, 14, 2);
  const auto second = digits(text, 17, 2);
  if (!hour || !minute || !second || !is_char(text, 13, ':') || !is_char(text, 16, ':') ||
      *hour > 23 || *minute > 59 || *second > 60) {
    return std::nullopt;
  }
  time += std::chrono::hours(*hour) + std::chrono::minutes(*minute) + std::chrono::seconds(*second);
  std::size_t pos = 19;
  if (is_char(text, pos, '.') || is_char(text, pos, ',')) {
    ++pos;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
      ++pos;  // Seconds precision is all the store keeps.
    }
  }
  if (pos == text.size() - 1 && (text[pos] == 'Z' || text[pos] == 'z')) {
    return time;
  }
  if (pos + 6 == text.size() && (text[pos] == '+' || text[pos] == '-') &&
      is_char(text, pos + 3, ':')) {
    const auto offset_hours = digits(text, pos + 1, 2);
    const auto offset_minutes = digits(text, pos + 4, 2);
    if (!offset_hours || !offset_minutes || *offset_hours > 23 || *offset_minutes > 59) {
      return std::nullopt;
    }
    const auto offset = std::chrono::hours(*offset_hours) + std::chrono::minutes(*offset_minutes);
    // Local time = UTC + offset, so UTC = local time - offset.
    return text[pos] == '+' ? time - offset : time + offset;
  }
  return std::nullopt;
}

std::string new_run_id(system_clock::time_point now) {
  std::string stamp = format_timestamp(now);
  std::string compact;
  for (const char c : stamp) {
    if (c != '-' && c != ':') {
      compact += c;
    }
  }
  std::random_device device;
  char suffix[16];
  std::snprintf(suffix, sizeof suffix, "-%08x", static_cast<unsigned>(device()));
  return compact + suffix;
}

}  // namespace citecheck
