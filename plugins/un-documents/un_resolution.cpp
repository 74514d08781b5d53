#include "un_resolution.hpp"

#include <chrono>

#include <nlohmann/json.hpp>

#include <citecheck/json_number.hpp>

#include "canonical_links.hpp"
#include "common/settings.hpp"
#include "moved_pages.hpp"
#include "symbol_variants.hpp"
#include "undl_search.hpp"

namespace citecheck::plugins::un_documents {

namespace {

using json = nlohmann::json;

constexpr std::string_view k_plugin = "un-documents";
/// A catalogue record of an issued document does not change; an unknown symbol may be
/// catalogued tomorrow.
constexpr std::chrono::seconds k_found_age{std::chrono::hours(24 * 30)};
constexpr std::chrono::seconds k_not_found_age{std::chrono::hours(24)};
/// Version of the cached JSON shape: older entries are ignored, not misread.
constexpr int k_cache_version = 1;

struct Endpoints {
  std::string undl;
  std::string undocs;
  std::string documents;
};

/// What is known about one symbol: the catalogue's answer, or why there is none.
struct SymbolAnswer {
  enum class Outcome { found, not_found, unavailable };
  Outcome outcome = Outcome::unavailable;
  std::string reason;
  MarcRecord record;
  std::vector<std::pair<std::string, MarcRecord>> closest;
  std::string closest_error;  ///< the search for nearby symbols failed
};

json record_json(const MarcRecord& record) {
  json files = json::array();
  for (const RecordFile& file : record.files)
    files.push_back({{"language", file.language}, {"url", file.url}});
  return {{"recid", record.recid},
          {"symbols", record.symbols},
          {"former", record.former},
          {"title", record.title},
          {"responsibility", record.responsibility},
          {"date", record.date},
          {"files", files}};
}

MarcRecord record_from(const json& value) {
  MarcRecord record;
  record.recid = value.at("recid").get<std::string>();
  record.symbols = value.at("symbols").get<std::vector<std::string>>();
  record.former = value.value("former", std::vector<std::string>{});
  record.title = value.value("title", "");
  record.responsibility = value.value("responsibility", "");
  record.date = value.value("date", "");
  for (const json& file : value.at("files"))
    record.files.push_back({file.value("language", ""), file.value("url", "")});
  return record;
}

std::string cache_text(const SymbolAnswer& answer) {
  json value{{"v", k_cache_version}};
  if (answer.outcome == SymbolAnswer::Outcome::found) {
    value["outcome"] = "found";
    value["record"] = record_json(answer.record);
  } else {
    value["outcome"] = "not_found";
    json closest = json::array();
    for (const auto& [symbol, record] : answer.closest)
      closest.push_back({{"symbol", symbol}, {"record", record_json(record)}});
    value["closest"] = closest;
  }
  return value.dump();
}

std::optional<SymbolAnswer> from_cache(const std::string& text) {
  const json value = json::parse(text, nullptr, false);
  if (!value.is_object() || json_whole_or(value, "v", 0) != k_cache_version)
    return std::nullopt;
  try {
    SymbolAnswer answer;
    const std::string outcome = value.at("outcome").get<std::string>();
    if (outcome == "found") {
      answer.outcome = SymbolAnswer::Outcome::found;
      answer.record = record_from(value.at("record"));
    } else if (outcome == "not_found") {
      answer.outcome = SymbolAnswer::Outcome::not_found;
      for (const json& near : value.at("closest"))
        answer.closest.emplace_back(near.at("symbol").get<std::string>(),
                                    record_from(near.at("record")));
    } else {
      return std::nullopt;
    }
    return answer;
  } catch (const json::exception&) {
    return std::nullopt;
  }
}

/// `library_down`: why an earlier symbol of the same citation got no answer; the cache is
/// still read, the library not asked again (a down service would cost each symbol its
/// timeouts and retries).
SymbolAnswer look_up(const std::string& symbol, const Endpoints& endpoints, ResolveContext& context,
                     const std::string& library_down) {
  const std::string key = "undl:" + symbol_key(symbol);
  if (auto cached = context.store.get(std::string(k_plugin), key)) {
    if (auto answer = from_cache(*cached))
      return *answer;
  }
  SymbolAnswer answer;
  if (!library_down.empty()) {
    answer.reason = "not asked, " + library_down;
    return answer;
  }
  SymbolLookup lookup = look_up_symbol(context.http, endpoints.undl, symbol);
  switch (lookup.outcome) {
    case SymbolLookup::Outcome::unavailable:
      answer.outcome = SymbolAnswer::Outcome::unavailable;
      answer.reason = std::move(lookup.reason);
      return answer;  // transient: never cached
    case SymbolLookup::Outcome::found:
      answer.outcome = SymbolAnswer::Outcome::found;
      answer.record = std::move(lookup.record);
      context.store.put(std::string(k_plugin), key, cache_text(answer), k_found_age);
      return answer;
    case SymbolLookup::Outcome::not_found:
      break;
  }
  answer.outcome = SymbolAnswer::Outcome::not_found;
  const std::vector<std::string> variants = near_variants(symbol, k_max_variants);
  if (!variants.empty()) {
    VariantsLookup near = look_up_variants(context.http, endpoints.undl, variants);
    answer.closest = std::move(near.known);
    if (near.error) {
      answer.closest_error = std::move(*near.error);
      return answer;  // the list of nearby symbols is incomplete: ask again next time
    }
  }
  context.store.put(std::string(k_plugin), key, cache_text(answer), k_not_found_age);
  return answer;
}

std::string quoted_title(const MarcRecord& record) {
  return record.title.empty() ? std::string() : " (" + record.title + ")";
}

json document_json(const std::string& symbol, const SymbolAnswer& answer,
                   const Endpoints& endpoints) {
  const CanonicalLinks links = canonical_links(symbol, endpoints.undocs, endpoints.documents);
  json out{{"symbol", symbol},
           {"links", {{"undocs", links.undocs}, {"documents", links.documents}}}};
  switch (answer.outcome) {
    case SymbolAnswer::Outcome::found: {
      const MarcRecord& record = answer.record;
      out["status"] = "resolved";
      out["library_symbol"] = record.symbols.empty() ? symbol : record.symbols.front();
      out["record"] = endpoints.undl + "/record/" + record.recid;
      out["recid"] = record.recid;
      out["title"] = record.title;
      out["responsibility"] = record.responsibility;
      out["date"] = record.date;
      json files = json::object();
      for (const RecordFile& file : record.files) {
        const std::string language = file.language.empty() ? "other" : file.language;
        if (!files.contains(language))
          files[language] = file.url;
      }
      out["files"] = files;
      break;
    }
    case SymbolAnswer::Outcome::not_found: {
      out["status"] = "not_found";
      json closest = json::array();
      for (const auto& [near, record] : answer.closest) {
        closest.push_back(
            {{"symbol", near},
             {"library_symbol", record.symbols.empty() ? near : record.symbols.front()},
             {"title", record.title},
             {"date", record.date},
             {"record", endpoints.undl + "/record/" + record.recid}});
      }
      out["closest"] = closest;
      if (!answer.closest_error.empty())
        out["closest_error"] = answer.closest_error;
      break;
    }
    case SymbolAnswer::Outcome::unavailable:
      out["status"] = "unresolved";
      out["reason"] = answer.reason;
      break;
  }
  return out;
}

std::string not_found_reason(const std::string& symbol, const SymbolAnswer& answer) {
  std::string reason = symbol + " is not in the UN Digital Library";
  if (!answer.closest.empty()) {
    reason += "; closest symbols it knows: ";
    for (std::size_t i = 0; i < answer.closest.size(); ++i) {
      if (i > 0)
        reason += ", ";
      reason += answer.closest[i].first + quoted_title(answer.closest[i].second);
    }
  } else if (!answer.closest_error.empty()) {
    reason += "; nearby symbols could not be searched: " + answer.closest_error;
  }
  return reason;
}

Resolution resolve_symbols(const std::vector<std::string>& symbols, const Endpoints& endpoints,
                           ResolveContext& context) {
  Resolution out;
  out.plugin = std::string(k_plugin);
  json documents = json::array();
  std::vector<std::string> missing;
  std::vector<std::string> failures;
  bool first_found = false;
  std::string library_down;
  for (std::size_t i = 0; i < symbols.size() && i < k_max_symbols; ++i) {
    const std::string& symbol = symbols[i];
    const SymbolAnswer answer = look_up(symbol, endpoints, context, library_down);
    if (answer.outcome == SymbolAnswer::Outcome::unavailable && library_down.empty())
      library_down = "the library failed for " + symbol;
    documents.push_back(document_json(symbol, answer, endpoints));
    if (i == 0) {
      out.identity = symbol;
      out.url = canonical_links(symbol, endpoints.undocs, endpoints.documents).undocs;
    }
    switch (answer.outcome) {
      case SymbolAnswer::Outcome::found:
        if (!first_found) {
          first_found = true;
          out.identity = symbol;
          out.title = answer.record.title;
          out.date = answer.record.date;
          out.url = canonical_links(symbol, endpoints.undocs, endpoints.documents).undocs;
        }
        break;
      case SymbolAnswer::Outcome::not_found:
        missing.push_back(not_found_reason(symbol, answer));
        break;
      case SymbolAnswer::Outcome::unavailable:
        failures.push_back(symbol + ": " + answer.reason);
        break;
    }
  }
  const auto join = [](const std::vector<std::string>& parts) {
    std::string text;
    for (const std::string& part : parts)
      text += (text.empty() ? "" : "; ") + part;
    return text;
  };
  // A symbol the library does not know is what an editor must see, even beside a service
  // failure for another symbol of the same citation.
  if (!missing.empty()) {
    out.status = "not_found";
    out.reason = join(missing);
    if (!failures.empty())
      out.reason += "; also unresolved: " + join(failures);
    out.confidence = 0.0;
  } else if (!failures.empty()) {
    out.status = "unresolved";
    out.reason = join(failures);
    out.confidence = 0.0;
  } else {
    out.status = "resolved";
    out.confidence = 1.0;
  }
  out.details_json = json{{"documents", documents}}.dump();
  return out;
}

}  // namespace

std::optional<Resolution> resolve_un_citation(const Citation& citation, ResolveContext& context) {
  // A web or news citation of a page the UN moved cites that page, whatever symbols its
  // text also mentions.
  if (citation.kind == Kind::web || citation.kind == Kind::news) {
    for (const std::string& url : citation.urls) {
      if (is_moved_un_page(url))
        return resolve_moved_page(url, context);
    }
  }
  if (citation.un_symbols.empty())
    return std::nullopt;
  const Endpoints endpoints{
      common::endpoint_setting(context, "undl.endpoint", "https://digitallibrary.un.org"),
      common::endpoint_setting(context, "undocs.endpoint", "https://undocs.org"),
      common::endpoint_setting(context, "documents.endpoint", "https://documents.un.org")};
  return resolve_symbols(citation.un_symbols, endpoints, context);
}

}  // namespace citecheck::plugins::un_documents
