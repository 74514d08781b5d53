#include "crossref_work.hpp"

#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

#include <citecheck/json_number.hpp>

namespace citecheck::plugins::journals {

namespace {

using json = nlohmann::json;

std::string first_string(const json& item, const char* key) {
  const auto found = item.find(key);
  if (found == item.end())
    return {};
  if (found->is_string())
    return found->get<std::string>();
  if (found->is_array()) {
    for (const json& value : *found) {
      if (value.is_string() && !value.get<std::string>().empty())
        return value.get<std::string>();
    }
  }
  return {};
}

std::string string_field(const json& item, const char* key) {
  const auto found = item.find(key);
  if (found == item.end() || found->is_null())
    return {};
  if (found->is_number_integer())
    return std::to_string(found->get<long long>());
  return found->is_string() ? found->get<std::string>() : std::string();
}

/// {"date-parts":[[2014, 4, 28]]} as "2014-04-28" (as precise as given); year alone too.
std::string partial_date(const json& item, const char* key, int* year = nullptr) {
  const auto found = item.find(key);
  if (found == item.end() || !found->is_object())
    return {};
  const auto parts = found->find("date-parts");
  if (parts == found->end() || !parts->is_array() || parts->empty() || !(*parts)[0].is_array())
    return {};
  std::string out;
  const json& first = (*parts)[0];
  for (std::size_t i = 0; i < first.size() && i < 3; ++i) {
    if (!first[i].is_number_integer())
      break;
    const long long value = first[i].get<long long>();
    if (i == 0) {
      if (value < 1000 || value > 9999)
        break;
      if (year != nullptr)
        *year = static_cast<int>(value);
      out = std::to_string(value);
    } else {
      if (value < 1 || value > 31)
        break;
      out += (value < 10 ? "-0" : "-") + std::to_string(value);
    }
  }
  return out;
}

std::vector<UpdateNotice> notices(const json& item, const char* key) {
  std::vector<UpdateNotice> out;
  const auto found = item.find(key);
  if (found == item.end() || !found->is_array())
    return out;
  for (const json& entry : *found) {
    if (!entry.is_object())
      continue;
    UpdateNotice notice;
    notice.doi = string_field(entry, "DOI");
    notice.type = string_field(entry, "type");
    notice.label = string_field(entry, "label");
    notice.source = string_field(entry, "source");
    notice.date = partial_date(entry, "updated");
    out.push_back(std::move(notice));
  }
  return out;
}

std::string lower(std::string text) {
  for (char& c : text)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

/// Relation names that announce an update to this work ("is-retracted-by",
/// "has-correction", ...). Crossref's relation vocabulary is open, so the name is read.
std::string relation_update_type(const std::string& name) {
  const std::string key = lower(name);
  // Only relations pointing from this work to its notice; "is-correction-of" and the like
  // sit on the notice itself.
  if (key.ends_with("-of"))
    return {};
  if (key.find("retract") != std::string::npos)
    return "retraction";
  if (key.find("withdraw") != std::string::npos)
    return "withdrawal";
  if (key.find("concern") != std::string::npos)
    return "expression_of_concern";
  if (key.find("errat") != std::string::npos)
    return "erratum";
  if (key.find("correct") != std::string::npos)
    return "correction";
  return {};
}

std::vector<UpdateNotice> relation_updates(const json& item) {
  std::vector<UpdateNotice> out;
  const auto found = item.find("relation");
  if (found == item.end() || !found->is_object())
    return out;
  for (const auto& [name, targets] : found->items()) {
    const std::string type = relation_update_type(name);
    if (type.empty() || !targets.is_array())
      continue;
    for (const json& target : targets) {
      if (!target.is_object())
        continue;
      UpdateNotice notice;
      notice.type = type;
      notice.label = name;
      notice.doi = string_field(target, "id");
      notice.source = "relation";
      out.push_back(std::move(notice));
    }
  }
  return out;
}

/// Parses the envelope; its `message` when status is "ok" and the type is `wanted`.
WorksAnswer read_envelope(std::string_view body, std::string_view wanted, json& message) {
  WorksAnswer out;
  json envelope = json::parse(body, nullptr, false);
  if (envelope.is_discarded()) {
    out.error = "malformed JSON";
    return out;
  }
  if (!envelope.is_object() || !envelope.contains("message")) {
    out.error = "JSON without a Crossref envelope";
    return out;
  }
  const std::string status = string_field(envelope, "status");
  if (status != "ok") {
    out.error = "status '" + status + "'";
    return out;
  }
  const std::string type = string_field(envelope, "message-type");
  if (type != wanted) {
    out.error = "message-type '" + type + "' where '" + std::string(wanted) + "' was expected";
    return out;
  }
  message = std::move(envelope["message"]);
  if (!message.is_object())
    out.error = "a message that is not an object";
  return out;
}

json notices_json(const std::vector<UpdateNotice>& list) {
  json out = json::array();
  for (const UpdateNotice& notice : list) {
    out.push_back({{"doi", notice.doi},
                   {"type", notice.type},
                   {"label", notice.label},
                   {"source", notice.source},
                   {"date", notice.date}});
  }
  return out;
}

std::vector<UpdateNotice> notices_from(const json& list) {
  std::vector<UpdateNotice> out;
  for (const json& entry : list) {
    out.push_back({entry.at("doi").get<std::string>(), entry.at("type").get<std::string>(),
                   entry.value("label", ""), entry.value("source", ""), entry.value("date", "")});
  }
  return out;
}

}  // namespace

bool is_withdrawal(std::string_view type) {
  return type == "retraction" || type == "withdrawal" || type == "removal";
}

CrossrefWork work_from_item(const json& item) {
  CrossrefWork work;
  if (!item.is_object())
    return work;
  work.doi = string_field(item, "DOI");
  work.title = first_string(item, "title");
  work.subtitle = first_string(item, "subtitle");
  work.container = first_string(item, "container-title");
  work.type = string_field(item, "type");
  work.volume = string_field(item, "volume");
  work.issue = string_field(item, "issue");
  work.page = string_field(item, "page");
  if (const auto score = item.find("score"); score != item.end() && score->is_number())
    work.score = score->get<double>();
  if (const auto authors = item.find("author"); authors != item.end() && authors->is_array()) {
    for (const json& author : *authors) {
      if (!author.is_object())
        continue;
      std::string family = string_field(author, "family");
      if (family.empty())
        family = string_field(author, "name");
      if (!family.empty())
        work.families.push_back(std::move(family));
    }
  }
  for (const char* key : {"issued", "published-print", "published-online", "published"}) {
    if (work.year == 0)
      partial_date(item, key, &work.year);
  }
  work.updated_by = notices(item, "updated-by");
  work.update_to = notices(item, "update-to");
  work.relation_updates = relation_updates(item);
  return work;
}

WorksAnswer read_work_list(std::string_view body) {
  json message;
  WorksAnswer out = read_envelope(body, "work-list", message);
  if (out.error)
    return out;
  const auto items = message.find("items");
  if (items == message.end() || !items->is_array()) {
    out.error = "a work-list without items";
    return out;
  }
  try {
    for (const json& item : *items) {
      if (!item.is_object()) {
        out.works.clear();
        out.error = "a work-list item that is not an object";
        return out;
      }
      out.works.push_back(work_from_item(item));
    }
  } catch (const json::exception& error) {
    out.works.clear();
    out.error = std::string("a work of the wrong shape (") + error.what() + ")";
  }
  return out;
}

WorksAnswer read_single_work(std::string_view body) {
  json message;
  WorksAnswer out = read_envelope(body, "work", message);
  if (out.error)
    return out;
  try {
    out.works.push_back(work_from_item(message));
  } catch (const json::exception& error) {
    out.error = std::string("a work of the wrong shape (") + error.what() + ")";
  }
  return out;
}

json work_to_json(const CrossrefWork& work) {
  return {{"doi", work.doi},
          {"title", work.title},
          {"subtitle", work.subtitle},
          {"families", work.families},
          {"container", work.container},
          {"type", work.type},
          {"volume", work.volume},
          {"issue", work.issue},
          {"page", work.page},
          {"year", work.year},
          {"score", work.score},
          {"updated_by", notices_json(work.updated_by)},
          {"update_to", notices_json(work.update_to)},
          {"relation_updates", notices_json(work.relation_updates)}};
}

std::optional<CrossrefWork> work_from_json(const json& value) {
  try {
    CrossrefWork work;
    work.doi = value.at("doi").get<std::string>();
    work.title = value.at("title").get<std::string>();
    work.subtitle = value.value("subtitle", "");
    work.families = value.at("families").get<std::vector<std::string>>();
    work.container = value.value("container", "");
    work.type = value.value("type", "");
    work.volume = value.value("volume", "");
    work.issue = value.value("issue", "");
    work.page = value.value("page", "");
    work.year = json_whole_or(value, "year", 0);
    work.score = value.value("score", 0.0);
    work.updated_by = notices_from(value.at("updated_by"));
    work.update_to = notices_from(value.at("update_to"));
    work.relation_updates = notices_from(value.at("relation_updates"));
    return work;
  } catch (const json::exception&) {
    return std::nullopt;
  }
}

std::string work_to_cache(const CrossrefWork& work) {
  return work_to_json(work).dump();
}

std::optional<CrossrefWork> work_from_cache(std::string_view text) {
  const json value = json::parse(text, nullptr, false);
  if (!value.is_object())
    return std::nullopt;
  return work_from_json(value);
}

}  // namespace citecheck::plugins::journals
