#include "json_ld.hpp"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "text_fold.hpp"

namespace citecheck::plugins::news {

namespace {

using json = nlohmann::json;

/// Nodes nest (@graph inside a script, mainEntity inside a page); deeper is not metadata.
constexpr int k_max_depth = 6;
constexpr std::size_t k_max_nodes = 256;
constexpr std::size_t k_max_authors = 32;

/// Types whose node describes the cited work itself.
bool is_article_type(const std::string& type) {
  return type.find("Article") != std::string::npos || type == "BlogPosting" ||
         type == "LiveBlogPosting" || type == "Report" || type == "PressRelease" ||
         type == "SocialMediaPosting" || type == "DiscussionForumPosting" ||
         type == "CreativeWork" || type == "Blog" || type == "Chapter" || type == "Book";
}

bool is_page_type(const std::string& type) {
  return type.ends_with("Page") && type != "ProfilePage";
}

std::vector<std::string> types_of(const json& node) {
  std::vector<std::string> types;
  const auto found = node.find("@type");
  if (found == node.end()) {
    return types;
  }
  const auto add = [&](const json& value) {
    if (value.is_string()) {
      std::string type = value.get<std::string>();
      // "http://schema.org/NewsArticle" and "schema:NewsArticle" are the same type.
      if (const auto cut = type.find_last_of("/:"); cut != std::string::npos) {
        type.erase(0, cut + 1);
      }
      types.push_back(std::move(type));
    }
  };
  if (found->is_array()) {
    for (const json& value : *found) {
      add(value);
    }
  } else {
    add(*found);
  }
  return types;
}

std::string clean(std::string_view text) {
  return squeeze_space(decode_entities(text));
}

/// A text value: a string, the first string of an array, or an object's @value / name.
std::string text_value(const json& value) {
  if (value.is_string()) {
    return clean(value.get<std::string>());
  }
  if (value.is_array()) {
    for (const json& item : value) {
      if (std::string text = text_value(item); !text.empty()) {
        return text;
      }
    }
  }
  if (value.is_object()) {
    for (const char* key : {"@value", "name"}) {
      if (const auto found = value.find(key); found != value.end() && found->is_string()) {
        return clean(found->get<std::string>());
      }
    }
  }
  return {};
}

std::string field(const json& node, const char* key) {
  const auto found = node.find(key);
  return found == node.end() ? std::string() : text_value(*found);
}

std::optional<bool> truth(const json& value) {
  if (value.is_boolean()) {
    return value.get<bool>();
  }
  if (value.is_string()) {
    std::string text = value.get<std::string>();
    std::transform(text.begin(), text.end(), text.begin(), [](char c) {
      return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    });
    if (text == "false" || text == "no" || text == "0") {
      return false;
    }
    if (text == "true" || text == "yes" || text == "1") {
      return true;
    }
  }
  return std::nullopt;
}

/// Every object node of a JSON-LD document: top level, array items, @graph members and
/// objects nested under mainEntity; bounded in depth and count.
void collect(const json& value, int depth, std::vector<const json*>& nodes) {
  if (depth > k_max_depth || nodes.size() >= k_max_nodes) {
    return;
  }
  if (value.is_array()) {
    for (const json& item : value) {
      collect(item, depth + 1, nodes);
    }
    return;
  }
  if (!value.is_object()) {
    return;
  }
  nodes.push_back(&value);
  for (const char* key : {"@graph", "mainEntity"}) {
    if (const auto found = value.find(key); found != value.end()) {
      collect(*found, depth + 1, nodes);
    }
  }
}

class Graph {
 public:
  explicit Graph(const std::vector<const json*>& nodes) {
    for (const json* node : nodes) {
      if (const auto id = node->find("@id"); id != node->end() && id->is_string()) {
        m_by_id.emplace(id->get<std::string>(), node);
      }
    }
  }

  /// `value`, or the node its bare {"@id": ...} reference points to.
  const json& follow(const json& value) const {
    if (value.is_object() && value.size() == 1) {
      if (const auto id = value.find("@id"); id != value.end() && id->is_string()) {
        if (const auto found = m_by_id.find(id->get<std::string>()); found != m_by_id.end()) {
          return *found->second;
        }
      }
    }
    return value;
  }

  std::vector<std::string> names(const json& value) const {
    std::vector<std::string> out;
    const auto add = [&](const json& item) {
      const json& target = follow(item);
      std::string name =
          target.is_string() ? clean(target.get<std::string>()) : field(target, "name");
      if (!name.empty() && out.size() < k_max_authors &&
          std::find(out.begin(), out.end(), name) == out.end()) {
        out.push_back(std::move(name));
      }
    };
    if (value.is_array()) {
      for (const json& item : value) {
        add(item);
      }
    } else {
      add(value);
    }
    return out;
  }

 private:
  std::map<std::string, const json*> m_by_id;
};

std::optional<bool> accessible_for_free(const json& node) {
  if (const auto found = node.find("isAccessibleForFree"); found != node.end()) {
    if (auto value = truth(*found)) {
      return value;
    }
  }
  if (const auto parts = node.find("hasPart"); parts != node.end()) {
    const auto check = [](const json& part) -> std::optional<bool> {
      if (!part.is_object()) {
        return std::nullopt;
      }
      const auto found = part.find("isAccessibleForFree");
      return found == part.end() ? std::nullopt : truth(*found);
    };
    if (parts->is_array()) {
      for (const json& part : *parts) {
        if (auto value = check(part); value && !*value) {
          return value;
        }
      }
    } else if (auto value = check(*parts)) {
      return value;
    }
  }
  return std::nullopt;
}

std::string url_of(const json& node) {
  std::string url = field(node, "url");
  if (url.empty()) {
    if (const auto page = node.find("mainEntityOfPage"); page != node.end()) {
      url = page->is_string()   ? page->get<std::string>()
            : page->is_object() ? field(*page, "@id")
                                : std::string();
      if (url.empty() && page->is_object()) {
        url = field(*page, "url");
      }
    }
  }
  return url;
}

void fill_from(JsonLdArticle& out, const json& node, const std::string& type, const Graph& graph) {
  out.type = type;
  out.article = is_article_type(type);
  out.headline = field(node, "headline");
  const std::string name = field(node, "name");
  if (out.headline.empty()) {
    out.headline = name;
  } else if (!name.empty() && name != out.headline) {
    out.alternative_titles.push_back(name);
  }
  if (std::string alternative = field(node, "alternativeHeadline"); !alternative.empty()) {
    out.alternative_titles.push_back(std::move(alternative));
  }
  out.date_published = field(node, "datePublished");
  if (out.date_published.empty()) {
    out.date_published = field(node, "dateCreated");
  }
  for (const char* key : {"author", "creator"}) {
    if (const auto found = node.find(key); found != node.end() && out.authors.empty()) {
      out.authors = graph.names(*found);
    }
  }
  if (const auto found = node.find("publisher"); found != node.end()) {
    const auto names = graph.names(*found);
    if (!names.empty()) {
      out.publisher = names.front();
    }
  }
  out.url = url_of(node);
  out.accessible_for_free = accessible_for_free(node);
}

/// The script without the comment and CDATA markers some sites wrap JSON in.
std::string_view unwrapped(std::string_view text) {
  constexpr std::string_view k_space = " \t\r\n";
  bool changed = true;
  while (changed) {
    changed = false;
    const auto first = text.find_first_not_of(k_space);
    text = first == std::string_view::npos ? std::string_view() : text.substr(first);
    const auto last = text.find_last_not_of(k_space);
    text = last == std::string_view::npos ? std::string_view() : text.substr(0, last + 1);
    for (const std::string_view prefix : {"//<![CDATA[", "/*<![CDATA[*/", "<![CDATA[", "<!--"}) {
      if (text.starts_with(prefix)) {
        text.remove_prefix(prefix.size());
        changed = true;
      }
    }
    for (const std::string_view suffix : {"//]]>", "/*]]>*/", "]]>", "//-->", "-->"}) {
      if (text.ends_with(suffix)) {
        text.remove_suffix(suffix.size());
        changed = true;
      }
    }
  }
  return text;
}

}  // namespace

JsonLdArticle read_json_ld(const std::vector<std::string>& scripts) {
  std::vector<json> documents;
  for (const std::string& script : scripts) {
    const std::string_view text = unwrapped(script);
    const auto first = text.find_first_of("{[");
    const auto last = text.find_last_of("}]");
    if (first == std::string_view::npos || last == std::string_view::npos || last < first) {
      continue;
    }
    json document = json::parse(text.substr(first, last - first + 1), nullptr, false);
    if (!document.is_discarded()) {
      documents.push_back(std::move(document));
    }
  }
  std::vector<const json*> nodes;
  for (const json& document : documents) {
    collect(document, 0, nodes);
  }
  const Graph graph(nodes);

  JsonLdArticle out;
  const json* page = nullptr;
  std::string page_type;
  for (const json* node : nodes) {
    for (const std::string& type : types_of(*node)) {
      if (type == "WebSite" && out.site_name.empty()) {
        out.site_name = field(*node, "name");
      }
      if (is_article_type(type) && !out.article &&
          (!field(*node, "headline").empty() || !field(*node, "name").empty())) {
        fill_from(out, *node, type, graph);
      }
      if (is_page_type(type) && page == nullptr) {
        page = node;
        page_type = type;
      }
    }
  }
  if (!out.article && page != nullptr) {
    fill_from(out, *page, page_type, graph);
  }
  // A wall may be declared on the page node while the article node says nothing.
  if (!out.accessible_for_free) {
    for (const json* node : nodes) {
      if (auto free = accessible_for_free(*node); free && !*free) {
        out.accessible_for_free = free;
        break;
      }
    }
  }
  return out;
}

}  // namespace citecheck::plugins::news
