#include "readers/jats_citation.hpp"

#include <algorithm>
#include <vector>

#include "readers/jats_xml.hpp"
#include "text/strings.hpp"

namespace citecheck::readers::jats {
namespace {

// Nesting deeper than any real citation is cut off rather than followed (stack safety).
constexpr int k_max_depth = 64;

void flatten(const pugi::xml_node& node, TextBuilder& out, int depth) {
  if (depth > k_max_depth) {
    return;
  }
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() == pugi::node_pcdata) {
      out.append(decoded(child.value()));
    } else if (child.type() == pugi::node_cdata) {
      out.append(child.value());
    } else if (child.type() == pugi::node_element) {
      flatten(child, out, depth + 1);
    }
  }
}

std::string child_text(const pugi::xml_node& node, std::string_view name) {
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() == pugi::node_element && local_name(child) == name) {
      return flat_text(child);
    }
  }
  return {};
}

std::string strip_doi_prefix(std::string_view value) {
  value = text::trim(value);
  for (std::string_view prefix : {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                                  "http://dx.doi.org/", "doi.org/", "doi:", "DOI:", "doi: "}) {
    if (text::istarts_with(value, prefix)) {
      value = text::trim(value.substr(prefix.size()));
      break;
    }
  }
  return value.starts_with("10.") ? std::string(value) : std::string();
}

/// "Surname, Given" for <name>/<string-name>, the text for <collab>, "et al." for <etal>.
std::string person(const pugi::xml_node& node) {
  const std::string_view name = local_name(node);
  if (name == "etal") {
    return "et al.";
  }
  if (name == "collab") {
    return flat_text(node);
  }
  if (name == "name" || name == "string-name" || name == "name-alternatives") {
    const pugi::xml_node target =
        name == "name-alternatives" ? node.first_element_by_path("name") : node;
    const std::string surname = child_text(target, "surname");
    const std::string given = child_text(target, "given-names");
    const std::string suffix = child_text(target, "suffix");
    if (surname.empty()) {
      return flat_text(target);
    }
    std::string out = surname;
    if (!given.empty()) {
      out += ", " + given;
    }
    if (!suffix.empty()) {
      out += ", " + suffix;
    }
    return out;
  }
  return {};
}

std::string join_people(const std::vector<std::string>& people) {
  std::string out;
  for (std::size_t i = 0; i < people.size(); ++i) {
    if (i > 0) {
      out += people[i] == "et al." ? " " : (i + 1 == people.size() ? ", & " : ", ");
    }
    out += people[i];
  }
  return out;
}

struct Fields {
  std::vector<std::string> authors;
  std::vector<std::string> editors;
  std::string year;
  std::string title;  // article-title / chapter-title / data-title
  std::string source;
  std::string volume;
  std::string issue;
  std::string fpage;
  std::string lpage;
  std::string elocation;
  std::string edition;
  std::string publisher_loc;
  std::string publisher_name;
  std::string comment;
  std::string accessed;
  std::vector<std::string> dois;
  std::vector<std::pair<std::string, std::string>> links;  // (shown text, href)
  int known = 0;
};

void add_people(const pugi::xml_node& group, std::vector<std::string>& into) {
  for (const pugi::xml_node& child : group.children()) {
    if (child.type() == pugi::node_element) {
      if (std::string p = person(child); !p.empty()) {
        into.push_back(std::move(p));
      }
    }
  }
}

void add_unique(std::vector<std::string>& list, std::string value) {
  if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end()) {
    list.push_back(std::move(value));
  }
}

void gather(const pugi::xml_node& node, Fields& f, int depth) {
  if (depth > k_max_depth) {
    return;
  }
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() != pugi::node_element) {
      continue;
    }
    const std::string_view name = local_name(child);
    auto take = [&](std::string& field) {
      if (field.empty()) {
        field = flat_text(child);
      }
      ++f.known;
    };
    if (name == "person-group") {
      const std::string type = child.attribute("person-group-type").value();
      add_people(child, type == "editor" ? f.editors : f.authors);
      ++f.known;
    } else if (name == "name" || name == "string-name" || name == "collab" || name == "etal") {
      if (std::string p = person(child); !p.empty()) {
        f.authors.push_back(std::move(p));
      }
      ++f.known;
    } else if (name == "year") {
      take(f.year);
    } else if (name == "date") {
      gather(child, f, depth + 1);
    } else if (name == "article-title" || name == "chapter-title" || name == "data-title" ||
               name == "part-title") {
      take(f.title);
    } else if (name == "source" || name == "conf-name") {
      take(f.source);
    } else if (name == "volume") {
      take(f.volume);
    } else if (name == "issue") {
      take(f.issue);
    } else if (name == "fpage") {
      take(f.fpage);
    } else if (name == "lpage") {
      take(f.lpage);
    } else if (name == "page-range" && f.fpage.empty()) {
      take(f.fpage);
    } else if (name == "elocation-id") {
      take(f.elocation);
    } else if (name == "edition") {
      take(f.edition);
    } else if (name == "publisher-loc" || name == "conf-loc") {
      take(f.publisher_loc);
    } else if (name == "publisher-name" || name == "institution") {
      take(f.publisher_name);
    } else if (name == "publisher") {
      gather(child, f, depth + 1);
    } else if (name == "comment" || name == "annotation") {
      const std::string c = flat_text(child);
      f.comment += f.comment.empty() ? c : " " + c;
      ++f.known;
    } else if (name == "date-in-citation") {
      take(f.accessed);
    } else if (name == "pub-id" || name == "ext-link" || name == "uri") {
      if (std::string doi = doi_of(child); !doi.empty()) {
        add_unique(f.dois, std::move(doi));
      } else if (name != "pub-id") {
        std::string href = href_of(child);
        std::string shown = flat_text(child);
        if (href.empty()) {
          href = shown;
        }
        if (!href.empty()) {
          f.links.emplace_back(shown.empty() ? href : shown, href);
        }
      } else {
        const std::string type = child.attribute("pub-id-type").value();
        const std::string id = flat_text(child);
        if (!id.empty()) {
          const std::string shown = (type == "pmid"    ? "PMID: "
                                     : type == "pmcid" ? "PMCID: "
                                     : type.empty()    ? ""
                                                       : type + ": ") +
                                    id;
          f.comment += f.comment.empty() ? shown : ". " + shown;
        }
      }
      ++f.known;
    }
  }
}

void sentence(std::string& out, const std::string& part) {
  if (part.empty()) {
    return;
  }
  if (!out.empty()) {
    out += ' ';
  }
  out += part;
  const char last = out.back();
  if (last != '.' && last != '?' && last != '!') {
    out += '.';
  }
}

}  // namespace

std::string flat_text(const pugi::xml_node& node) {
  TextBuilder out;
  flatten(node, out, 0);
  out.trim_trailing_space();
  return out.take_text();
}

std::string href_of(const pugi::xml_node& element) {
  for (const pugi::xml_attribute& attribute : element.attributes()) {
    const std::string_view name = attribute.name();
    if (name == "href" || name.ends_with(":href")) {
      return std::string(text::trim(decoded(attribute.value())));
    }
  }
  return {};
}

std::string doi_of(const pugi::xml_node& element) {
  const std::string_view name = local_name(element);
  const std::string href = href_of(element);
  if (name == "pub-id") {
    if (!text::iequals(element.attribute("pub-id-type").value(), "doi")) {
      return {};
    }
    return strip_doi_prefix(flat_text(element));
  }
  if (name == "ext-link" || name == "uri" || name == "object-id") {
    if (text::iequals(element.attribute("ext-link-type").value(), "doi")) {
      std::string doi = strip_doi_prefix(href);
      return doi.empty() ? strip_doi_prefix(flat_text(element)) : doi;
    }
    if (text::ifind(href, "doi.org/10.") != std::string_view::npos) {
      return strip_doi_prefix(href.substr(text::ifind(href, "doi.org/") + 8));
    }
  }
  return {};
}

bool write_element_citation(const pugi::xml_node& citation, TextBuilder& out) {
  Fields f;
  gather(citation, f, 0);
  if (f.known == 0) {
    return false;
  }
  std::string line;
  if (!f.authors.empty()) {
    line = join_people(f.authors);
    if (!f.year.empty()) {
      line += " (" + f.year + ")";
    }
    line += '.';
  } else if (!f.year.empty()) {
    line = "(" + f.year + ").";
  }
  sentence(line, f.title);
  std::string container;
  if (!f.editors.empty()) {
    container = "In " + join_people(f.editors) + (f.editors.size() > 1 ? " (Eds.), " : " (Ed.), ");
  }
  container += f.source;
  if (!f.edition.empty()) {
    container += " (" + f.edition + " ed.)";
  }
  if (!f.volume.empty()) {
    container += ", " + f.volume;
  }
  if (!f.issue.empty()) {
    container += f.volume.empty() ? ", no. " + f.issue : "(" + f.issue + ")";
  }
  if (!f.fpage.empty()) {
    container += ", " + f.fpage + (f.lpage.empty() ? "" : "\xE2\x80\x93" + f.lpage);
  } else if (!f.elocation.empty()) {
    container += ", " + f.elocation;
  }
  if (container.starts_with(", ")) {
    container.erase(0, 2);
  }
  sentence(line, container);
  std::string publisher = f.publisher_loc;
  if (!f.publisher_name.empty()) {
    publisher += publisher.empty() ? f.publisher_name : ": " + f.publisher_name;
  }
  sentence(line, publisher);
  sentence(line, f.comment);
  if (!f.accessed.empty()) {
    sentence(line, f.accessed);
  }
  out.append(line);
  for (const std::string& doi : f.dois) {
    out.append(" doi:" + doi);
  }
  for (const auto& [shown, href] : f.links) {
    out.append(" ");
    const std::size_t begin = out.size();
    out.append(shown);
    out.add_link(begin, href);
  }
  out.trim_trailing_space();
  return true;
}

}  // namespace citecheck::readers::jats
