#include "split/template_kind.hpp"

#include <array>
#include <string>
#include <utility>

#include "split/cite_template.hpp"

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

// {{citation}} is one template for every kind: its parameters say which.
std::optional<Kind> citation_template_kind(const CiteTemplate& cite) {
  if (!cite.first_of({"journal", "periodical"}).empty())
    return Kind::journal_article;
  if (!cite.first_of({"newspaper", "magazine", "agency"}).empty())
    return Kind::news;
  if (!cite.first_of({"isbn"}).empty())
    return Kind::book;
  if (!cite.first_of({"url"}).empty())
    return Kind::web;
  if (!cite.first_of({"publisher"}).empty())
    return Kind::book;
  return std::nullopt;
}

}  // namespace

std::optional<Kind> template_kind(std::string_view raw) {
  std::size_t pos = 0;
  while ((pos = raw.find("{{", pos)) != std::string_view::npos) {
    pos += 2;
    const std::string name = template_name_at(raw, pos);
    if (name == "citation") {
      const auto cite = read_cite_template(raw.substr(pos - 2));
      return cite ? citation_template_kind(*cite) : std::nullopt;
    }
    for (const auto& [known, kind] : k_templates) {
      if (name == known)
        return kind;
    }
  }
  return std::nullopt;
}

}  // namespace citecheck::split
