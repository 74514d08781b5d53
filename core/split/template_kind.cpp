#include "split/template_kind.hpp"

#include <array>
#include <string>
#include <utility>

namespace citecheck::split {
namespace {

// Citation Style 1 template names (lower case, spaces for underscores) and their kinds, and
// the identifier templates that say as much.
constexpr std::array<std::pair<std::string_view, Kind>, 21> k_templates{{
    {"cite web", Kind::web},
    {"cite news", Kind::news},
    {"cite magazine", Kind::news},
    {"cite press release", Kind::news},
    {"cite journal", Kind::journal_article},
    {"cite arxiv", Kind::journal_article},
    {"cite biorxiv", Kind::journal_article},
    {"cite ssrn", Kind::journal_article},
    {"cite conference", Kind::journal_article},
    {"cite book", Kind::book},
    {"cite encyclopedia", Kind::book},
    {"cite encyclopaedia", Kind::book},
    {"cite dictionary", Kind::book},
    {"cite thesis", Kind::book},
    {"cite report", Kind::report},
    {"cite tech report", Kind::report},
    {"cite techreport", Kind::report},
    {"cite document", Kind::report},
    {"cite interview", Kind::interview},
    {"cite speech", Kind::other},
    {"isbn", Kind::book},  // {{ISBN|0-19-...}}: only books carry one
}};

char fold(char c) {
  if (c == '_')
    return ' ';
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '_';
}

// Template name at `at` (just past "{{"): folded, inner runs of spaces made one.
std::string template_name(std::string_view raw, std::size_t at) {
  std::string name;
  for (std::size_t i = at; i < raw.size() && raw[i] != '|' && raw[i] != '}' && name.size() < 40;
       ++i) {
    if (space(raw[i])) {
      if (!name.empty() && name.back() != ' ')
        name.push_back(' ');
    } else {
      name.push_back(fold(raw[i]));
    }
  }
  while (!name.empty() && name.back() == ' ')
    name.pop_back();
  return name;
}

// "|journal=" with any spacing and a non-empty value, inside the template body.
bool has_parameter(std::string_view body, std::string_view parameter) {
  std::size_t pos = 0;
  while ((pos = body.find('|', pos)) != std::string_view::npos) {
    ++pos;
    std::size_t i = pos;
    while (i < body.size() && space(body[i]))
      ++i;
    std::size_t k = 0;
    while (k < parameter.size() && i + k < body.size() && fold(body[i + k]) == parameter[k])
      ++k;
    if (k < parameter.size())
      continue;
    i += k;
    while (i < body.size() && space(body[i]))
      ++i;
    if (i >= body.size() || body[i] != '=')
      continue;
    ++i;
    while (i < body.size() && space(body[i]))
      ++i;
    if (i < body.size() && body[i] != '|' && body[i] != '}')
      return true;
  }
  return false;
}

// {{citation}} is one template for every kind: its parameters say which.
std::optional<Kind> citation_template_kind(std::string_view body) {
  for (std::string_view p : {"journal", "periodical"}) {
    if (has_parameter(body, p))
      return Kind::journal_article;
  }
  for (std::string_view p : {"newspaper", "magazine", "agency"}) {
    if (has_parameter(body, p))
      return Kind::news;
  }
  if (has_parameter(body, "isbn"))
    return Kind::book;
  if (has_parameter(body, "url"))
    return Kind::web;
  if (has_parameter(body, "publisher"))
    return Kind::book;
  return std::nullopt;
}

}  // namespace

std::optional<Kind> template_kind(std::string_view raw) {
  std::size_t pos = 0;
  while ((pos = raw.find("{{", pos)) != std::string_view::npos) {
    pos += 2;
    const std::string name = template_name(raw, pos);
    if (name == "citation") {
      const std::size_t end = raw.find("}}", pos);
      return citation_template_kind(
          raw.substr(pos, end == std::string_view::npos ? raw.size() - pos : end - pos));
    }
    for (const auto& [known, kind] : k_templates) {
      if (name == known)
        return kind;
    }
  }
  return std::nullopt;
}

}  // namespace citecheck::split
