#include "doi.hpp"

#include "common/service_answer.hpp"

#include <algorithm>
#include "common/ascii.hpp"

namespace citecheck::plugins::journals {

namespace {

bool is_digit(char c) {
  return ascii::is_digit(c);
}
bool is_alnum(char c) {
  return ascii::is_alnum(c);
}

/// Characters that end a DOI as printed: space, markup and the quotes around it.
bool ends_doi(char c) {
  return ascii::is_space(c) || c == '"' || c == '\'' || c == '<' || c == '>' || c == '{' ||
         c == '}' || c == '|' || c == '\\' || c == '^' || c == '`' || c == ',' || c == '*' ||
         c == '?' || c == '#' || c == '&' || c == ']' || static_cast<unsigned char>(c) >= 0x80;
}

bool suffix_char(char c) {
  return is_alnum(c) || c == '-' || c == '.' || c == '_' || c == ';' || c == '(' || c == ')' ||
         c == '/' || c == ':' || c == '<' || c == '>' || c == '[' || c == ']' || c == '+';
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = ascii::to_lower(c);
  return out;
}

/// Length of the '/' after the registrant code at `at`: 1 for '/', 3 for "%2F", else 0.
std::size_t separator_length(std::string_view text, std::size_t at) {
  if (at < text.size() && text[at] == '/')
    return 1;
  if (at + 2 < text.size() && text[at] == '%' && text[at + 1] == '2' &&
      (text[at + 2] == 'F' || text[at + 2] == 'f')) {
    return 3;
  }
  return 0;
}

/// Drops sentence punctuation after a DOI, and a closing bracket that opens nowhere in it.
void trim_trailing(std::string& doi) {
  while (!doi.empty()) {
    const char last = doi.back();
    if (last == '.' || last == ';' || last == ':' || last == '-' || last == '/') {
      doi.pop_back();
      continue;
    }
    if (last == ')' || last == ']') {
      const char open = last == ')' ? '(' : '[';
      if (std::count(doi.begin(), doi.end(), open) < std::count(doi.begin(), doi.end(), last)) {
        doi.pop_back();
        continue;
      }
    }
    break;
  }
}

}  // namespace

bool is_valid_doi(std::string_view doi) {
  if (!doi.starts_with("10."))
    return false;
  std::size_t at = 3;
  while (at < doi.size() && is_digit(doi[at]))
    ++at;
  const std::size_t registrant = at - 3;
  // Registrant codes may have sub-parts ("10.1000.10/123"): digits and dots.
  while (at < doi.size() && (is_digit(doi[at]) || doi[at] == '.'))
    ++at;
  if (registrant < 4 || registrant > 9 || at >= doi.size() || doi[at] != '/')
    return false;
  const std::string_view suffix = doi.substr(at + 1);
  return !suffix.empty() && std::all_of(suffix.begin(), suffix.end(), suffix_char) &&
         std::any_of(suffix.begin(), suffix.end(), [](char c) { return is_alnum(c); });
}

std::vector<DoiHit> find_dois(std::string_view text) {
  std::vector<DoiHit> hits;
  std::size_t from = 0;
  while (true) {
    const std::size_t at = text.find("10.", from);
    if (at == std::string_view::npos)
      break;
    from = at + 3;
    if (at > 0 && (is_alnum(text[at - 1]) || text[at - 1] == '.' || text[at - 1] == '-'))
      continue;
    std::size_t pos = at + 3;
    while (pos < text.size() && pos - at - 3 < 10 && (is_digit(text[pos]) || text[pos] == '.')) {
      ++pos;
    }
    const std::size_t separator = separator_length(text, pos);
    if (separator == 0)
      continue;
    std::size_t end = pos + separator;
    while (end < text.size() && !ends_doi(text[end]))
      ++end;
    std::string printed(text.substr(at, end - at));
    DoiHit hit;
    hit.begin = at;
    // A DOI broken at a hyphen that ended the line: "10.1007/s12290-" + " 016-0395-5". The
    // rest must carry a digit: a word after a dash is prose.
    if (!printed.empty() && printed.back() == '-' && end + 1 < text.size() &&
        (text[end] == ' ' || text[end] == '\n') && is_alnum(text[end + 1])) {
      std::size_t rest_end = end + 1;
      while (rest_end < text.size() && !ends_doi(text[rest_end]))
        ++rest_end;
      const std::string_view rest = text.substr(end + 1, rest_end - end - 1);
      if (std::any_of(rest.begin(), rest.end(), is_digit)) {
        Repair repair;
        repair.step = "join_doi_across_lines";
        repair.before = std::string(text.substr(at, rest_end - at));
        printed += rest;
        repair.after = printed;
        repair.detail = "DOI broken after a hyphen joined: '" + repair.before + "'";
        hit.repairs.push_back(std::move(repair));
        end = rest_end;
      }
    }
    std::string doi = common::percent_decode(printed);
    trim_trailing(doi);
    if (!is_valid_doi(doi))
      continue;
    hit.end = at + std::min(printed.size(), end - at);
    hit.doi = std::move(doi);
    from = end;
    const bool seen = std::any_of(hits.begin(), hits.end(), [&](const DoiHit& other) {
      return lower(other.doi) == lower(hit.doi);
    });
    if (!seen)
      hits.push_back(std::move(hit));
  }
  return hits;
}

}  // namespace citecheck::plugins::journals
