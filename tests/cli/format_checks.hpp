#pragma once
// Validity checks for the bibliography formats, shared by the in-process and end-to-end
// tests. Each returns the problems found; empty means valid.

#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace citecheck::test {

/// CSL-JSON: an array of objects, each with a unique string `id` and a known `type`; names
/// are objects with family or literal; dates have date-parts or raw.
inline std::vector<std::string> csl_json_problems(const std::string& text) {
  static const std::set<std::string> k_types{"article",
                                             "article-journal",
                                             "article-magazine",
                                             "article-newspaper",
                                             "book",
                                             "chapter",
                                             "document",
                                             "interview",
                                             "legal_case",
                                             "legislation",
                                             "report",
                                             "webpage",
                                             "post",
                                             "post-weblog",
                                             "thesis"};
  std::vector<std::string> problems;
  const auto items = nlohmann::json::parse(text, nullptr, false);
  if (!items.is_array()) {
    return {"not a JSON array"};
  }
  std::set<std::string> ids;
  for (const auto& item : items) {
    const std::string where = item.contains("id") ? item["id"].dump() : item.dump();
    if (!item.is_object() || !item.contains("id") || !item["id"].is_string() ||
        item["id"].get<std::string>().empty()) {
      problems.push_back(where + ": no string id");
      continue;
    }
    if (!ids.insert(item["id"].get<std::string>()).second) {
      problems.push_back(where + ": id used twice");
    }
    if (!item.contains("type") || !item["type"].is_string() ||
        k_types.count(item["type"].get<std::string>()) == 0) {
      problems.push_back(where + ": missing or unknown type");
    }
    if (item.contains("author")) {
      for (const auto& name : item["author"]) {
        if (!name.is_object() || (!name.contains("family") && !name.contains("literal"))) {
          problems.push_back(where + ": author without family or literal");
        }
      }
    }
    for (const char* date : {"issued", "accessed"}) {
      if (item.contains(date) && !item[date].contains("date-parts") &&
          !item[date].contains("raw")) {
        problems.push_back(where + ": " + date + " without date-parts or raw");
      }
    }
    for (const auto& [field, value] : item.items()) {
      if (field != "author" && field != "issued" && field != "accessed" && !value.is_string()) {
        problems.push_back(where + ": field " + field + " is not a string");
      }
    }
  }
  return problems;
}

/// BibTeX entries as BibTeX's own scanner sees them: @type{key, field = {value}, ...}
/// with braces balanced (a backslash does not escape a brace for BibTeX), keys unique.
struct BibtexCheck {
  std::vector<std::string> problems;
  std::vector<std::string> keys;
  std::vector<std::string> types;
};

inline BibtexCheck check_bibtex(const std::string& text) {
  BibtexCheck out;
  std::set<std::string> seen;
  std::size_t i = 0;
  while ((i = text.find('@', i)) != std::string::npos) {
    const auto open = text.find('{', i);
    const auto comma = text.find(',', i);
    if (open == std::string::npos || comma == std::string::npos || comma < open) {
      out.problems.push_back("entry at byte " + std::to_string(i) + " has no '{key,'");
      break;
    }
    const std::string type = text.substr(i + 1, open - i - 1);
    const std::string key = text.substr(open + 1, comma - open - 1);
    out.types.push_back(type);
    out.keys.push_back(key);
    if (key.empty() || key.find_first_of(" \t\n{}\",=#%'()") != std::string::npos) {
      out.problems.push_back("bad key '" + key + "'");
    }
    if (!seen.insert(key).second) {
      out.problems.push_back("key used twice: " + key);
    }
    int depth = 0;
    std::size_t j = open;
    for (; j < text.size(); ++j) {
      if (text[j] == '{') {
        ++depth;
      } else if (text[j] == '}') {
        if (--depth == 0) {
          break;
        }
      }
    }
    if (depth != 0) {
      out.problems.push_back("entry " + key + ": braces not balanced");
      break;
    }
    i = j + 1;
  }
  return out;
}

}  // namespace citecheck::test
