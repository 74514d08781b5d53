#include "wiki_template.hpp"

#include <algorithm>
#include <vector>
#include "common/ascii.hpp"

namespace citecheck::plugins::news {

namespace {

std::string trim(std::string_view text) {
  while (!text.empty() && ascii::is_space(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && ascii::is_space(text.back())) {
    text.remove_suffix(1);
  }
  return std::string(text);
}

std::string lower(std::string_view text) {
  return ascii::lower(text);
}

/// "[[The Guardian]]" -> "The Guardian"; "[[Bibliothèque nationale de France|BnF]]" -> "BnF";
/// "''Wired''" -> "Wired".
std::string plain(std::string_view value) {
  std::string out;
  std::size_t i = 0;
  while (i < value.size()) {
    if (value.substr(i).starts_with("[[")) {
      const auto close = value.find("]]", i + 2);
      if (close != std::string_view::npos) {
        std::string_view link = value.substr(i + 2, close - i - 2);
        if (const auto bar = link.rfind('|'); bar != std::string_view::npos) {
          link = link.substr(bar + 1);
        }
        out += link;
        i = close + 2;
        continue;
      }
    }
    if (value.substr(i).starts_with("''")) {
      i += 2;
      continue;
    }
    out += value[i];
    ++i;
  }
  return trim(out);
}

}  // namespace

std::string WikiTemplate::first_of(std::initializer_list<std::string_view> keys) const {
  for (auto key : keys) {
    if (auto it = fields.find(std::string(key)); it != fields.end() && !it->second.empty()) {
      return it->second;
    }
  }
  return "";
}

std::optional<WikiTemplate> read_wiki_template(std::string_view text) {
  // Both openings start with "{{", which folding leaves alone: most citations have none,
  // and are answered without a folded copy.
  if (text.find("{{") == std::string_view::npos) {
    return std::nullopt;
  }
  const std::string folded = lower(text);
  std::size_t open = std::string::npos;
  for (std::string_view start : {"{{cite", "{{citation"}) {
    open = std::min(open, folded.find(start));
  }
  if (open == std::string::npos) {
    return std::nullopt;
  }
  // Split the body on '|' at nesting depth 0: links ([[a|b]]) and inner templates keep theirs.
  std::vector<std::string> parts;
  std::string current;
  int depth = 0;
  std::size_t i = open + 2;
  for (; i < text.size(); ++i) {
    const std::string_view rest = text.substr(i);
    if (rest.starts_with("}}") && depth == 0) {
      break;
    }
    if (rest.starts_with("[[") || rest.starts_with("{{")) {
      ++depth;
      current += rest.substr(0, 2);
      ++i;
      continue;
    }
    if ((rest.starts_with("]]") || rest.starts_with("}}")) && depth > 0) {
      --depth;
      current += rest.substr(0, 2);
      ++i;
      continue;
    }
    if (text[i] == '|' && depth == 0) {
      parts.push_back(std::move(current));
      current.clear();
      continue;
    }
    current += text[i];
  }
  parts.push_back(std::move(current));
  WikiTemplate result;
  result.name = lower(trim(parts.front()));
  for (std::size_t k = 1; k < parts.size(); ++k) {
    const auto equals = parts[k].find('=');
    if (equals == std::string::npos) {
      continue;  // positional parameters carry nothing the news plugin reads
    }
    result.fields[lower(trim(std::string_view(parts[k]).substr(0, equals)))] =
        plain(std::string_view(parts[k]).substr(equals + 1));
  }
  return result;
}

}  // namespace citecheck::plugins::news
