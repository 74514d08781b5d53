#include "timestamps.hpp"

#include <array>
#include <cstdio>
#include <cstdlib>

namespace citecheck::plugins::archive {
namespace {

using namespace std::chrono;

constexpr int k_min_year = 1900;
constexpr int k_max_year = 2199;

bool all_digits(std::string_view text) {
  for (char c : text) {
    if (c < '0' || c > '9') {
      return false;
    }
  }
  return true;
}

int number(std::string_view digits) {
  int value = 0;
  for (char c : digits) {
    value = value * 10 + (c - '0');
  }
  return value;
}

std::optional<Seconds> make_time(int y, int m, int d, int hh = 0, int mm = 0, int ss = 0) {
  if (y < k_min_year || y > k_max_year || hh > 23 || mm > 59 || ss > 60) {
    return std::nullopt;
  }
  const year_month_day date{year{y}, month{static_cast<unsigned>(m)},
                            day{static_cast<unsigned>(d)}};
  if (!date.ok()) {
    return std::nullopt;
  }
  return sys_days{date} + hours{hh} + minutes{mm} + seconds{std::min(ss, 59)};
}

struct Fields {
  int year = 0;
  unsigned month = 0;
  unsigned day = 0;
  long hour = 0;
  long minute = 0;
  long second = 0;
};

Fields fields(Seconds time) {
  const sys_days day_start = floor<days>(time);
  const year_month_day date{day_start};
  const hh_mm_ss clock{time - day_start};
  return Fields{static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()),
                static_cast<long>(clock.hours().count()),
                static_cast<long>(clock.minutes().count()),
                static_cast<long>(clock.seconds().count())};
}

constexpr std::array<const char*, 12> k_months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<const char*, 7> k_weekdays = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

}  // namespace

std::optional<Seconds> parse_iso_date(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
    text.remove_suffix(1);
  }
  if (text.size() < 4 || !all_digits(text.substr(0, 4))) {
    return std::nullopt;
  }
  const int y = number(text.substr(0, 4));
  if (text.size() == 4) {
    return make_time(y, 7, 1);
  }
  if (text.size() < 7 || text[4] != '-' || !all_digits(text.substr(5, 2))) {
    return std::nullopt;
  }
  const int m = number(text.substr(5, 2));
  if (text.size() == 7) {
    return make_time(y, m, 15);
  }
  if (text.size() < 10 || text[7] != '-' || !all_digits(text.substr(8, 2))) {
    return std::nullopt;
  }
  const int d = number(text.substr(8, 2));
  if (text.size() == 10) {
    return make_time(y, m, d);
  }
  // A time of day: "T10:20:33" with an optional zone we read as UTC ("Z", "+00:00").
  const std::string_view clock = text.substr(10);
  if (clock.size() < 9 || (clock[0] != 'T' && clock[0] != ' ') || clock[3] != ':' ||
      clock[6] != ':' || !all_digits(clock.substr(1, 2)) || !all_digits(clock.substr(4, 2)) ||
      !all_digits(clock.substr(7, 2))) {
    return std::nullopt;
  }
  return make_time(y, m, d, number(clock.substr(1, 2)), number(clock.substr(4, 2)),
                   number(clock.substr(7, 2)));
}

std::optional<Seconds> parse_wayback_timestamp(std::string_view text) {
  if (text.size() < 4 || text.size() > 14 || !all_digits(text)) {
    return std::nullopt;
  }
  const auto part = [&](std::size_t at, int fallback) {
    return text.size() >= at + 2 ? number(text.substr(at, 2)) : fallback;
  };
  return make_time(number(text.substr(0, 4)), part(4, 1), part(6, 1), part(8, 0), part(10, 0),
                   part(12, 0));
}

std::optional<Seconds> parse_http_date(std::string_view text) {
  // Drop an optional "Fri, " so that "24 Nov 2017 15:13:15 GMT" is all that is left.
  if (const auto comma = text.find(','); comma != std::string_view::npos) {
    text.remove_prefix(comma + 1);
  }
  while (!text.empty() && text.front() == ' ') {
    text.remove_prefix(1);
  }
  char month_name[4] = {};
  int d = 0;
  int y = 0;
  int hh = 0;
  int mm = 0;
  int ss = 0;
  char zone[8] = {};
  const std::string copy(text.substr(0, 64));
  if (std::sscanf(copy.c_str(), "%2d %3s %4d %2d:%2d:%2d %7s", &d, month_name, &y, &hh, &mm, &ss,
                  zone) < 6) {
    return std::nullopt;
  }
  for (std::size_t i = 0; i < k_months.size(); ++i) {
    if (std::string_view(k_months[i]) == month_name) {
      return make_time(y, static_cast<int>(i) + 1, d, hh, mm, ss);
    }
  }
  return std::nullopt;
}

std::string wayback_timestamp(Seconds time) {
  const Fields f = fields(time);
  char out[32];
  std::snprintf(out, sizeof out, "%04d%02u%02u%02ld%02ld%02ld", f.year, f.month, f.day, f.hour,
                f.minute, f.second);
  return out;
}

std::string wayback_day(Seconds time) {
  return wayback_timestamp(time).substr(0, 8);
}

std::string http_date(Seconds time) {
  const Fields f = fields(time);
  const weekday wd{floor<days>(time)};
  char out[48];
  std::snprintf(out, sizeof out, "%s, %02u %s %04d %02ld:%02ld:%02ld GMT",
                k_weekdays[wd.c_encoding()], f.day, k_months[f.month - 1], f.year, f.hour, f.minute,
                f.second);
  return out;
}

std::string iso_day(Seconds time) {
  const Fields f = fields(time);
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", f.year, f.month, f.day);
  return out;
}

std::string iso_datetime(Seconds time) {
  const Fields f = fields(time);
  // Room for any value of each field, not only a valid one: GCC's -Wformat-truncation
  // cannot know the hour is below 24.
  char out[80];
  std::snprintf(out, sizeof out, "%04d-%02u-%02uT%02ld:%02ld:%02ldZ", f.year, f.month, f.day,
                f.hour, f.minute, f.second);
  return out;
}

long distance_days(Seconds a, Seconds b) {
  return std::labs(static_cast<long>((floor<days>(a) - floor<days>(b)).count()));
}

}  // namespace citecheck::plugins::archive
