#include "report/names.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "report/text.hpp"

namespace citecheck::cli {
namespace {

// Words that make a name an organisation's. Matched whole and case-sensitively on the
// capitalised word, so a person called "Bank" in lower case is not affected.
constexpr std::array<std::string_view, 44> k_organisation_words{
    "Agency",        "Assembly",   "Association", "Bank",         "Bureau",       "Center",
    "Centre",        "Commission", "Committee",   "Company",      "Corporation",  "Council",
    "Court",         "Department", "Division",    "Federation",   "Forum",        "Foundation",
    "Fund",          "Government", "Group",       "Inc.",         "Institute",    "Institution",
    "International", "League",     "Ltd",         "Ministry",     "Mission",      "Nations",
    "Network",       "News",       "Office",      "Organisation", "Organization", "Panel",
    "Press",         "Programme",  "Program",     "Secretariat",  "Service",      "Society",
    "Union",         "University"};

constexpr std::array<std::string_view, 19> k_particles{
    "van", "von",   "de",  "der", "den", "du",  "la",  "le", "da", "di",
    "del", "della", "dos", "das", "ten", "ter", "bin", "al", "el"};

constexpr std::array<std::string_view, 7> k_suffixes{"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  for (const char c : text) {
    if (std::isspace(static_cast<unsigned char>(c)) != 0) {
      if (!current.empty()) {
        out.push_back(std::move(current));
        current.clear();
      }
    } else {
      current += c;
    }
  }
  if (!current.empty()) {
    out.push_back(std::move(current));
  }
  return out;
}

std::string join(const std::vector<std::string>& parts, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    out += (out.empty() ? "" : " ") + parts[i];
  }
  return out;
}

}  // namespace

PersonName parse_person_name(std::string_view name) {
  const std::string clean = one_line(name);
  PersonName out;
  const std::vector<std::string> parts = words(clean);
  const bool organisation = parts.size() <= 1 || parts.size() > 5 ||
                            std::any_of(parts.begin(), parts.end(), [](const std::string& w) {
                              return contains(k_organisation_words, w);
                            });
  if (organisation) {
    out.literal = clean;
    return out;
  }
  const auto comma = clean.find(',');
  if (comma != std::string::npos) {
    // "Family, Given" (and "Family, Given, Jr.").
    out.family = one_line(std::string_view(clean).substr(0, comma));
    std::string rest = one_line(std::string_view(clean).substr(comma + 1));
    const auto second = rest.find(',');
    if (second != std::string::npos) {
      out.suffix = one_line(std::string_view(rest).substr(second + 1));
      rest = one_line(std::string_view(rest).substr(0, second));
    }
    out.given = rest;
    return out;
  }
  std::size_t end = parts.size();
  if (end > 2 && contains(k_suffixes, parts[end - 1])) {
    out.suffix = parts[end - 1];
    --end;
  }
  // The family name starts at the first particle after the given name, else it is the
  // last word.
  std::size_t family_start = end - 1;
  std::size_t particle_start = end;
  for (std::size_t i = 1; i + 1 < end; ++i) {
    if (contains(k_particles, parts[i])) {
      particle_start = i;
      break;
    }
  }
  if (particle_start < end) {
    out.particle = join(parts, particle_start, family_start);
    out.given = join(parts, 0, particle_start);
  } else {
    out.given = join(parts, 0, family_start);
  }
  out.family = parts[family_start];
  return out;
}

}  // namespace citecheck::cli
