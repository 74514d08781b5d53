#include "marc_record.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstring>
#include <utility>

#include <pugixml.hpp>

namespace citecheck::plugins::un_documents {

namespace {

/// Element name without a namespace prefix ("marc:record" -> "record").
std::string_view local_name(const pugi::xml_node& node) {
  std::string_view name = node.name();
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string trim(std::string_view text) {
  const auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  while (!text.empty() && space(text.front()))
    text.remove_prefix(1);
  while (!text.empty() && space(text.back()))
    text.remove_suffix(1);
  return std::string(text);
}

/// Title parts end in ISBD punctuation that announces the next part (" /", " :", " ;").
std::string strip_isbd(std::string_view text) {
  std::string out = trim(text);
  while (!out.empty() && (out.back() == '/' || out.back() == ':' || out.back() == ';' ||
                          out.back() == ',' || out.back() == '=')) {
    out.pop_back();
    out = trim(out);
  }
  return out;
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

/// Subfields of a datafield, in order.
std::vector<std::pair<char, std::string>> subfields(const pugi::xml_node& field) {
  std::vector<std::pair<char, std::string>> out;
  for (const pugi::xml_node& child : field.children()) {
    if (local_name(child) != "subfield")
      continue;
    const std::string_view code = child.attribute("code").value();
    if (code.size() == 1)
      out.emplace_back(code[0], trim(child.text().get()));
  }
  return out;
}

std::string first(const std::vector<std::pair<char, std::string>>& fields, char code) {
  for (const auto& [c, value] : fields) {
    if (c == code && !value.empty())
      return value;
  }
  return {};
}

/// Reads one <record>; nullopt for a deleted one.
std::optional<MarcRecord> read_record(const pugi::xml_node& node) {
  MarcRecord record;
  std::string date_269;
  std::string date_992;
  for (const pugi::xml_node& field : node.children()) {
    const std::string_view kind = local_name(field);
    const std::string_view tag = field.attribute("tag").value();
    if (kind == "controlfield") {
      if (tag == "001")
        record.recid = trim(field.text().get());
      continue;
    }
    if (kind != "datafield")
      continue;
    const auto subs = subfields(field);
    if (tag == "191") {
      for (const auto& [code, value] : subs) {
        if (code == 'a' && !value.empty())
          record.symbols.push_back(value);
        if (code == 'z' && !value.empty())
          record.former.push_back(value);
      }
    } else if (tag == "245" && record.title.empty()) {
      std::string title = strip_isbd(first(subs, 'a'));
      const std::string rest = strip_isbd(first(subs, 'b'));
      if (!rest.empty())
        title += (title.empty() ? "" : " : ") + rest;
      record.title = title;
      record.responsibility = strip_isbd(first(subs, 'c'));
    } else if (tag == "269" && date_269.empty()) {
      date_269 = first(subs, 'a');
    } else if (tag == "992" && date_992.empty()) {
      date_992 = first(subs, 'a');
    } else if (tag == "856") {
      const std::string url = first(subs, 'u');
      if (url.empty())
        continue;
      std::string label = first(subs, 'y');
      if (label.empty())
        label = first(subs, '3');
      record.files.push_back({language_code(label, url), url});
    } else if (tag == "980") {
      for (const auto& [code, value] : subs) {
        if (code == 'a' && ascii_lower(value) == "deleted")
          return std::nullopt;
      }
    }
  }
  record.date = !date_269.empty() ? date_269 : date_992;
  return record;
}

/// The count Invenio writes before the collection: "<!-- Search-Engine-Total-Number-Of-
/// Results: 12 -->".
std::optional<long> total_from_comment(std::string_view xml) {
  static constexpr std::string_view k_marker = "Search-Engine-Total-Number-Of-Results:";
  const std::size_t at = xml.find(k_marker);
  if (at == std::string_view::npos || at > 4096)
    return std::nullopt;
  std::size_t begin = at + k_marker.size();
  while (begin < xml.size() && xml[begin] == ' ')
    ++begin;
  long value = 0;
  const auto [ptr, ec] = std::from_chars(xml.data() + begin, xml.data() + xml.size(), value);
  if (ec != std::errc() || ptr == xml.data() + begin)
    return std::nullopt;
  return value;
}

}  // namespace

std::string language_code(std::string_view label, std::string_view url) {
  struct Name {
    std::string_view word;
    std::string_view code;
  };
  static constexpr std::array<Name, 12> k_names{{{"english", "EN"},
                                                 {"french", "FR"},
                                                 {"français", "FR"},
                                                 {"francais", "FR"},
                                                 {"spanish", "ES"},
                                                 {"español", "ES"},
                                                 {"espanol", "ES"},
                                                 {"arabic", "AR"},
                                                 {"russian", "RU"},
                                                 {"chinese", "ZH"},
                                                 {"german", "DE"},
                                                 {"deutsch", "DE"}}};
  static constexpr std::array<std::string_view, 7> k_codes{"EN", "FR", "ES", "AR",
                                                           "RU", "ZH", "DE"};
  const std::string lowered = ascii_lower(trim(label));
  for (const Name& name : k_names) {
    if (lowered == name.word)
      return std::string(name.code);
  }
  for (std::string_view code : k_codes) {
    if (lowered == ascii_lower(code))
      return std::string(code);
  }
  // File names end "-EN.pdf", "-FR.doc": the code is the last thing before the extension.
  std::string_view path = url.substr(0, url.find_first_of("?#"));
  const std::size_t dot = path.rfind('.');
  if (dot != std::string_view::npos && dot >= 3 && path[dot - 3] == '-') {
    std::string code(path.substr(dot - 2, 2));
    for (char& c : code)
      c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (std::find(k_codes.begin(), k_codes.end(), code) != k_codes.end())
      return code;
  }
  return {};
}

MarcCollection read_marc_collection(std::string_view xml) {
  MarcCollection out;
  pugi::xml_document document;
  const pugi::xml_parse_result parsed =
      document.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed) {
    out.error = std::string("malformed MARCXML (") + parsed.description() + " at byte " +
                std::to_string(parsed.offset) + ")";
    return out;
  }
  const pugi::xml_node root = document.document_element();
  std::vector<pugi::xml_node> nodes;
  if (local_name(root) == "collection") {
    for (const pugi::xml_node& child : root.children()) {
      if (local_name(child) == "record")
        nodes.push_back(child);
    }
  } else if (local_name(root) == "record") {
    nodes.push_back(root);
  } else {
    out.error = "not MARCXML: the document element is <" + std::string(root.name()) + ">";
    return out;
  }
  out.total = total_from_comment(xml);
  for (const pugi::xml_node& node : nodes) {
    if (auto record = read_record(node))
      out.records.push_back(std::move(*record));
  }
  return out;
}

}  // namespace citecheck::plugins::un_documents
