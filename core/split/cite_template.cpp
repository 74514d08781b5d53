#include "split/cite_template.hpp"

#include <algorithm>

#include "split/generic_fields.hpp"
#include "split/text_util.hpp"

namespace citecheck::split {
namespace {

// Bounds on hostile input: a template body, and how many parameters are read.
constexpr std::size_t k_max_body = 64 * 1024;
constexpr std::size_t k_max_parameters = 200;
constexpr int k_max_numbered_authors = 20;
// "cite encyclopaedia" and friends are short; a longer head is no citation template.
constexpr std::size_t k_max_name = 40;

std::string trimmed(std::string_view text) {
  return std::string(trim(text));
}

// Wiki markup in a value: [[Target|Shown]] -> Shown, [[Target]] -> Target, '' and '''
// dropped, so a title reads as printed.
std::string plain_value(std::string_view value) {
  std::string out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value.substr(i).starts_with("[[")) {
      const std::size_t close = value.find("]]", i + 2);
      if (close != std::string_view::npos) {
        const std::string_view link = value.substr(i + 2, close - i - 2);
        const std::size_t bar = link.rfind('|');
        out += bar == std::string_view::npos ? link : link.substr(bar + 1);
        i = close + 1;
        continue;
      }
    }
    if (value.substr(i).starts_with("''")) {
      while (i + 1 < value.size() && value[i + 1] == '\'')
        ++i;
      continue;
    }
    out.push_back(value[i]);
  }
  return trimmed(out);
}

std::string iso_date(const std::string& value) {
  const auto dates = find_dates(value);
  if (!dates.empty() && dates.front().year != 0)
    return dates.front().iso();
  return {};
}

}  // namespace

std::string fold_name(std::string_view text) {
  std::string name;
  for (const char c : text) {
    if (is_space(c) || c == '_') {
      if (!name.empty() && name.back() != ' ')
        name.push_back(' ');
    } else {
      name.push_back(is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c);
    }
  }
  while (!name.empty() && name.back() == ' ')
    name.pop_back();
  return name;
}

std::string template_name_at(std::string_view raw, std::size_t at) {
  const std::string_view head = raw.substr(std::min(at, raw.size()), k_max_name);
  return fold_name(head.substr(0, head.find_first_of("|}")));
}

std::string CiteTemplate::first_of(std::initializer_list<std::string_view> keys) const {
  for (const std::string_view key : keys) {
    for (const auto& [parameter, value] : parameters) {
      if (parameter == key && !value.empty())
        return value;
    }
  }
  return {};
}

std::optional<CiteTemplate> read_cite_template(std::string_view raw) {
  for (std::size_t open = raw.find("{{"); open != std::string_view::npos;
       open = raw.find("{{", open + 2)) {
    // The name first, from a few bytes: only a citation template's body is read.
    const std::string name = template_name_at(raw, open + 2);
    if (!name.starts_with("cite ") && name != "citation")
      continue;
    // The body up to the matching "}}", nested templates and links skipped whole.
    std::size_t i = open + 2;
    int depth = 1;
    int links = 0;
    std::vector<std::size_t> bars;
    const std::size_t limit = std::min(raw.size(), open + k_max_body);
    for (; i + 1 < limit && depth > 0; ++i) {
      if (raw[i] == '{' && raw[i + 1] == '{') {
        ++depth;
        ++i;
      } else if (raw[i] == '}' && raw[i + 1] == '}') {
        --depth;
        if (depth == 0)
          break;
        ++i;
      } else if (raw[i] == '[' && raw[i + 1] == '[') {
        ++links;
        ++i;
      } else if (raw[i] == ']' && raw[i + 1] == ']' && links > 0) {
        --links;
        ++i;
      } else if (raw[i] == '|' && depth == 1 && links == 0) {
        bars.push_back(i);
      }
    }
    const std::size_t end = depth == 0 ? i : std::min(i + 1, limit);
    CiteTemplate cite;
    cite.name = name;
    bars.push_back(end);
    for (std::size_t k = 0; k + 1 < bars.size() && cite.parameters.size() < k_max_parameters; ++k) {
      const std::string_view part = raw.substr(bars[k] + 1, bars[k + 1] - bars[k] - 1);
      const std::size_t equals = part.find('=');
      if (equals == std::string_view::npos)
        continue;  // a positional parameter: CS1 has none that matter here
      cite.parameters.emplace_back(fold_name(part.substr(0, equals)),
                                   trimmed(part.substr(equals + 1)));
    }
    return cite;
  }
  return std::nullopt;
}

bool apply_cite_template(const CiteTemplate& cite, Citation& citation) {
  bool changed = false;
  const auto set = [&](std::string& field, const std::string& value) {
    if (!value.empty() && field != value) {
      field = value;
      changed = true;
    }
  };
  set(citation.title, plain_value(cite.first_of({"title", "chapter", "script-title"})));
  set(citation.container_title,
      plain_value(cite.first_of({"journal", "work", "website", "newspaper", "magazine",
                                 "periodical", "encyclopedia", "encyclopaedia"})));
  set(citation.publisher, plain_value(cite.first_of({"publisher", "institution", "agency"})));
  std::string issued = iso_date(cite.first_of({"date", "publication-date"}));
  if (issued.empty())
    issued = trimmed(cite.first_of({"year"}));
  set(citation.issued, issued);
  set(citation.accessed, iso_date(cite.first_of({"access-date", "accessdate"})));
  set(citation.volume, cite.first_of({"volume"}));
  set(citation.issue, cite.first_of({"issue", "number"}));
  set(citation.pages, cite.first_of({"pages", "page", "at"}));

  std::vector<std::string> authors;
  const auto add_author = [&](const std::string& name) {
    if (!name.empty() && std::find(authors.begin(), authors.end(), name) == authors.end())
      authors.push_back(name);
  };
  for (int n = 0; n <= k_max_numbered_authors; ++n) {
    const std::string suffix = n == 0 ? "" : std::to_string(n);
    const std::string last = cite.first_of({"last" + suffix, "surname" + suffix});
    if (!last.empty()) {
      const std::string first = cite.first_of({"first" + suffix, "given" + suffix});
      add_author(plain_value(first.empty() ? last : first + " " + last));
    }
    add_author(plain_value(cite.first_of({"author" + suffix})));
  }
  if (!authors.empty() && authors != citation.authors) {
    citation.authors = std::move(authors);
    changed = true;
  }

  const auto add_unique = [&](std::vector<std::string>& list, const std::string& value) {
    if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end()) {
      list.push_back(value);
      changed = true;
    }
  };
  add_unique(citation.dois, trimmed(cite.first_of({"doi"})));
  add_unique(citation.urls, trimmed(cite.first_of({"url"})));
  add_unique(citation.urls, trimmed(cite.first_of({"archive-url", "archiveurl"})));
  return changed;
}

}  // namespace citecheck::split
