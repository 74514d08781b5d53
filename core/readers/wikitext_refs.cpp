#include "readers/wikitext_refs.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include "text/strings.hpp"

namespace citecheck::readers::wikitext {
namespace {

// Enough to show the problem without flooding the report.
constexpr std::size_t k_max_warnings = 10;

bool name_char(char c) {
  return text::is_alpha(c) || text::is_digit(c);
}

// `<name` at `at`, followed by something that ends a tag name.
bool tag_at(std::string_view text, std::size_t at, std::string_view name) {
  if (at + 1 + name.size() > text.size() || text[at] != '<' ||
      !text::iequals(text.substr(at + 1, name.size()), name)) {
    return false;
  }
  const std::size_t after = at + 1 + name.size();
  return after == text.size() || !name_char(text[after]);
}

bool inside(const std::vector<Span>& ranges, std::size_t at) {
  const auto it = std::upper_bound(ranges.begin(), ranges.end(), at,
                                   [](std::size_t pos, const Span& s) { return pos < s.begin; });
  return it != ranges.begin() && at < std::prev(it)->end;
}

struct Tag {
  std::size_t begin = 0;
  std::size_t end = 0;  // one past '>'
  std::string attributes;
  bool self_closing = false;
};

std::optional<Tag> read_tag(std::string_view text, std::size_t at, std::size_t name_length) {
  const std::size_t close = text.find('>', at);
  if (close == std::string_view::npos) {
    return std::nullopt;
  }
  Tag tag;
  tag.begin = at;
  tag.end = close + 1;
  std::string_view inner =
      text::trim(text.substr(at + 1 + name_length, close - at - 1 - name_length));
  if (!inner.empty() && inner.back() == '/') {
    tag.self_closing = true;
    inner.remove_suffix(1);
  }
  tag.attributes = std::string(inner);
  return tag;
}

// One attribute's value: "quoted", 'quoted' or bare up to whitespace.
std::string attribute(std::string_view attrs, std::string_view key) {
  std::size_t at = 0;
  while ((at = text::ifind(attrs, key, at)) != std::string_view::npos) {
    const bool starts_word = at == 0 || text::is_space(attrs[at - 1]);
    std::size_t pos = at + key.size();
    at = pos;
    while (pos < attrs.size() && text::is_space(attrs[pos])) {
      ++pos;
    }
    if (!starts_word || pos >= attrs.size() || attrs[pos] != '=') {
      continue;
    }
    ++pos;
    while (pos < attrs.size() && text::is_space(attrs[pos])) {
      ++pos;
    }
    if (pos < attrs.size() && (attrs[pos] == '"' || attrs[pos] == '\'')) {
      const std::size_t end = attrs.find(attrs[pos], pos + 1);
      const std::size_t stop = end == std::string_view::npos ? attrs.size() : end;
      return std::string(text::trim(attrs.substr(pos + 1, stop - pos - 1)));
    }
    std::size_t end = pos;
    while (end < attrs.size() && !text::is_space(attrs[end])) {
      ++end;
    }
    return std::string(attrs.substr(pos, end - pos));
  }
  return {};
}

// `{{name` ... matching `}}`, for the list-defined reference templates.
std::optional<Span> template_span(std::string_view text, std::size_t at) {
  int depth = 0;
  for (std::size_t i = at; i + 1 < text.size(); ++i) {
    if (text[i] == '{' && text[i + 1] == '{') {
      ++depth;
      ++i;
    } else if (text[i] == '}' && text[i + 1] == '}') {
      ++i;
      if (--depth == 0) {
        return Span{at, i + 1};
      }
    }
  }
  return std::nullopt;
}

// Where refs only define text for names used elsewhere: <references>...</references> and
// {{reflist|refs=...}} / {{notelist|refs=...}}.
std::vector<Span> list_ranges(std::string_view text, const std::vector<Span>& inert) {
  std::vector<Span> out;
  std::size_t at = 0;
  while ((at = text.find('<', at)) != std::string_view::npos) {
    if (!tag_at(text, at, "references") || inside(inert, at)) {
      ++at;
      continue;
    }
    const auto tag = read_tag(text, at, 10);
    if (!tag) {
      break;
    }
    if (tag->self_closing) {
      at = tag->end;
      continue;
    }
    const std::size_t close = text::ifind(text, "</references", tag->end);
    const std::size_t end = close == std::string_view::npos ? text.size() : close;
    out.push_back({at, end});
    at = end;
  }
  at = 0;
  while ((at = text.find("{{", at)) != std::string_view::npos) {
    std::size_t name = at + 2;
    while (name < text.size() && text::is_space(text[name])) {
      ++name;
    }
    const std::string_view rest = text.substr(name);
    if ((text::istarts_with(rest, "reflist") || text::istarts_with(rest, "notelist")) &&
        !inside(inert, at)) {
      if (const auto span = template_span(text, at)) {
        out.push_back(*span);
        at = span->end;
        continue;
      }
    }
    at += 2;
  }
  std::sort(out.begin(), out.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  return out;
}

struct Entry {
  std::string group;
  std::string name;
  std::optional<std::size_t> first_use;  // offset of the first <ref> outside a list
  std::optional<Span> content;
  int key = 0;
};

Span trimmed(std::string_view text, Span span) {
  while (span.begin < span.end && text::is_space(text[span.begin])) {
    ++span.begin;
  }
  while (span.end > span.begin && text::is_space(text[span.end - 1])) {
    --span.end;
  }
  return span;
}

}  // namespace

std::vector<Span> inert_ranges(std::string_view text) {
  static constexpr std::string_view k_literal_tags[] = {"nowiki", "pre", "syntaxhighlight",
                                                        "source", "math"};
  std::vector<Span> out;
  std::size_t at = 0;
  while ((at = text.find('<', at)) != std::string_view::npos) {
    if (text.substr(at, 4) == "<!--") {
      const std::size_t close = text.find("-->", at + 4);
      const std::size_t end = close == std::string_view::npos ? text.size() : close + 3;
      out.push_back({at, end});
      at = end;
      continue;
    }
    bool matched = false;
    for (const std::string_view name : k_literal_tags) {
      if (!tag_at(text, at, name)) {
        continue;
      }
      matched = true;
      const auto tag = read_tag(text, at, name.size());
      if (!tag) {
        return out;
      }
      std::size_t end = tag->end;
      if (!tag->self_closing) {
        const std::size_t close = text::ifind(text, "</" + std::string(name), tag->end);
        if (close != std::string_view::npos) {
          const std::size_t gt = text.find('>', close);
          end = gt == std::string_view::npos ? text.size() : gt + 1;
        }
      }
      out.push_back({at, end});
      at = end;
      break;
    }
    if (!matched) {
      ++at;
    }
  }
  return out;
}

RefScan scan_refs(std::string_view text) {
  RefScan scan;
  const std::vector<Span> inert = inert_ranges(text);
  const std::vector<Span> lists = list_ranges(text, inert);
  std::vector<Entry> entries;
  std::map<std::string, std::size_t> by_key;
  std::size_t unterminated = 0;
  std::vector<std::string> conflicting;
  std::size_t empty = 0;
  std::size_t first_empty = 0;

  auto warn = [&](std::string message) {
    if (scan.warnings.size() < k_max_warnings) {
      scan.warnings.push_back(std::move(message));
    }
  };

  std::size_t at = 0;
  while ((at = text.find('<', at)) != std::string_view::npos) {
    if (!tag_at(text, at, "ref") || inside(inert, at)) {
      ++at;
      continue;
    }
    const auto tag = read_tag(text, at, 3);
    if (!tag) {
      break;
    }
    std::optional<Span> content;
    std::size_t next = tag->end;
    if (!tag->self_closing) {
      std::size_t close = text::ifind(text, "</ref", tag->end);
      while (close != std::string_view::npos && inside(inert, close)) {
        close = text::ifind(text, "</ref", close + 5);
      }
      if (close == std::string_view::npos) {
        ++unterminated;
        at = tag->end;
        continue;
      }
      content = Span{tag->end, close};
      const std::size_t gt = text.find('>', close);
      next = gt == std::string_view::npos ? text.size() : gt + 1;
    }
    const std::string name = attribute(tag->attributes, "name");
    const std::string group = attribute(tag->attributes, "group");
    const bool in_list = inside(lists, at);
    if (content && text::is_blank(text.substr(content->begin, content->end - content->begin))) {
      content.reset();
    }

    std::size_t index = entries.size();
    if (!name.empty()) {
      const std::string key = group + '\x1f' + name;
      if (auto it = by_key.find(key); it != by_key.end()) {
        index = it->second;
      } else {
        by_key.emplace(key, index);
      }
    } else if (!content) {
      if (empty++ == 0) {
        first_empty = at;
      }
      at = next;
      continue;
    }
    if (index == entries.size()) {
      Entry entry;
      entry.group = group;
      entry.name = name;
      entry.key = static_cast<int>(entries.size()) + 1;
      entries.push_back(std::move(entry));
    }
    Entry& entry = entries[index];
    if (!in_list && !entry.first_use) {
      entry.first_use = at;
    }
    if (content) {
      if (!entry.content) {
        entry.content = content;
      } else {
        const Span a = trimmed(text, *entry.content);
        const Span b = trimmed(text, *content);
        if (text.substr(a.begin, a.end - a.begin) != text.substr(b.begin, b.end - b.begin) &&
            conflicting.size() < k_max_warnings) {
          conflicting.push_back(name);
        }
      }
    }
    at = next;
  }

  if (unterminated > 0) {
    warn(std::to_string(unterminated) + " <ref> tag(s) without </ref>: skipped");
  }
  if (empty > 0) {
    const auto line =
        std::count(text.begin(), text.begin() + static_cast<long>(first_empty), '\n') + 1;
    warn(std::to_string(empty) + " <ref> tag(s) with neither a name nor text (first at line " +
         std::to_string(line) + "): MediaWiki shows an error there; skipped");
  }
  for (const std::string& name : conflicting) {
    warn("<ref name=\"" + name +
         "\"> is defined more than once with different text; the first "
         "definition is used, as MediaWiki does");
  }

  // Groups: the default one first, the others in order of first use.
  std::vector<std::string> groups{""};
  for (const Entry& entry : entries) {
    if (entry.first_use && std::find(groups.begin(), groups.end(), entry.group) == groups.end()) {
      groups.push_back(entry.group);
    }
  }
  std::vector<const Entry*> used;
  for (const Entry& entry : entries) {
    if (entry.first_use) {
      used.push_back(&entry);
    } else {
      warn("<ref name=\"" + entry.name + "\"> is defined in the reference list but never used");
    }
  }
  std::stable_sort(used.begin(), used.end(),
                   [](const Entry* a, const Entry* b) { return *a->first_use < *b->first_use; });
  int number = 0;
  for (const std::string& group : groups) {
    int in_group = 0;
    for (const Entry* entry : used) {
      if (entry->group != group) {
        continue;
      }
      ++in_group;
      ++number;  // MediaWiki numbers it even when it can only show an error
      if (!entry->content) {
        warn("<ref name=\"" + entry->name + "\" /> is used but its text is never defined");
        continue;
      }
      ExplicitNote note;
      note.number = number;
      note.label =
          group.empty() ? std::to_string(in_group) : group + " " + std::to_string(in_group);
      const Span span = trimmed(text, *entry->content);
      note.begin = span.begin;
      note.end = span.end;
      note.marker = entry->first_use;
      note.element = "cite_note-" + (entry->name.empty() ? "" : entry->name + "-") +
                     std::to_string(entry->key);
      scan.notes.push_back(std::move(note));
    }
  }
  return scan;
}

}  // namespace citecheck::readers::wikitext
