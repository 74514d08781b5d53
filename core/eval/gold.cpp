// Gold files: the hand-checked answer for one corpus document (schema: corpus README).
#include <citecheck/errors.hpp>
#include <citecheck/eval.hpp>

namespace citecheck::eval {
namespace {

using nlohmann::json;

const json& field(const json& object, const char* name, const std::string& origin,
                  const std::string& where) {
  const auto it = object.find(name);
  if (it == object.end()) {
    throw InputError(origin, where + " has no \"" + name + "\"");
  }
  return *it;
}

std::vector<std::string> strings(const json& object, const char* name, const std::string& origin,
                                 const std::string& where) {
  std::vector<std::string> out;
  const auto it = object.find(name);
  if (it == object.end() || it->is_null()) {
    return out;
  }
  if (!it->is_array()) {
    throw InputError(origin, where + " \"" + name + "\" is not a list");
  }
  for (const auto& item : *it) {
    if (!item.is_string()) {
      throw InputError(origin, where + " \"" + name + "\" holds a non-string");
    }
    out.push_back(item.get<std::string>());
  }
  return out;
}

GoldCitation citation_from_json(const json& object, const std::string& origin,
                                const std::string& where) {
  if (!object.is_object()) {
    throw InputError(origin, where + " is not an object");
  }
  GoldCitation citation;
  const json& kind = field(object, "kind", origin, where);
  const auto parsed = kind.is_string() ? kind_from_string(kind.get<std::string>()) : std::nullopt;
  if (!parsed) {
    throw InputError(origin, where + " has an unknown kind " + kind.dump());
  }
  citation.kind = *parsed;
  citation.urls = strings(object, "urls", origin, where);
  citation.dois = strings(object, "dois", origin, where);
  citation.un_symbols = strings(object, "un_symbols", origin, where);
  const auto ibid = object.find("ibid_of");
  if (ibid != object.end() && ibid->is_number_integer()) {
    citation.ibid_of = ibid->get<int>();
  }
  return citation;
}

}  // namespace

GoldDocument gold_from_json(const json& object, const std::string& origin) {
  if (!object.is_object()) {
    throw InputError(origin, "gold is not a JSON object");
  }
  GoldDocument gold;
  const json& document = field(object, "document", origin, "gold");
  if (!document.is_string()) {
    throw InputError(origin, "gold \"document\" is not a string");
  }
  gold.document = document.get<std::string>();
  const json& format = field(object, "format", origin, "gold");
  const auto parsed =
      format.is_string() ? format_from_string(format.get<std::string>()) : std::nullopt;
  if (!parsed) {
    throw InputError(origin, "gold has an unknown format " + format.dump());
  }
  gold.format = *parsed;
  const json& footnotes = field(object, "footnotes", origin, "gold");
  if (!footnotes.is_array()) {
    throw InputError(origin, "gold \"footnotes\" is not a list");
  }
  for (const auto& item : footnotes) {
    const std::string where = "footnote #" + std::to_string(gold.footnotes.size() + 1);
    if (!item.is_object()) {
      throw InputError(origin, where + " is not an object");
    }
    GoldFootnote footnote;
    const json& number = field(item, "number", origin, where);
    if (!number.is_number_integer()) {
      throw InputError(origin, where + " \"number\" is not an integer");
    }
    footnote.number = number.get<int>();
    const auto text = item.find("text");
    if (text != item.end() && text->is_string()) {
      footnote.text = text->get<std::string>();
    }
    const auto citations = item.find("citations");
    if (citations != item.end() && citations->is_array()) {
      for (const auto& citation : *citations) {
        footnote.citations.push_back(
            citation_from_json(citation, origin,
                               "footnote " + std::to_string(footnote.number) + " citation #" +
                                   std::to_string(footnote.citations.size() + 1)));
      }
    }
    gold.footnotes.push_back(std::move(footnote));
  }
  return gold;
}

}  // namespace citecheck::eval
