#include "undl_search.hpp"

#include <algorithm>

#include "common/service_answer.hpp"
#include "symbol_variants.hpp"

namespace citecheck::plugins::un_documents {

using common::percent_encode;
using common::service_failure;

namespace {

constexpr std::string_view k_service = "UN Digital Library";
/// Spellings per OR search: keeps the URL far below the lengths servers refuse.
constexpr std::size_t k_batch = 16;
/// Searches answer a few records of a few kilobytes each.
constexpr std::size_t k_max_body = std::size_t{4} << 20;

/// One search, read; the error says which service failed and how.
struct SearchAnswer {
  std::optional<std::string> error;
  std::vector<MarcRecord> records;
};

SearchAnswer search(Engine& http, std::string_view endpoint,
                    const std::vector<std::string>& symbols) {
  HttpRequest request;
  request.url = search_url(endpoint, symbols);
  request.headers = {{"Accept", "application/marcxml+xml, application/xml;q=0.9, */*;q=0.1"}};
  request.max_body = k_max_body;
  const HttpResponse response = http.fetch(request);
  SearchAnswer out;
  if (auto failure = service_failure(response, k_service)) {
    out.error = std::move(failure);
    return out;
  }
  if (response.body_truncated) {
    out.error = std::string(k_service) + " answer was cut at " +
                std::to_string(response.body.size()) + " bytes";
    return out;
  }
  MarcCollection collection = read_marc_collection(response.body);
  if (collection.error) {
    out.error = std::string(k_service) + " answered " + *collection.error;
    return out;
  }
  out.records = std::move(collection.records);
  return out;
}

bool carries(const MarcRecord& record, const std::string& key) {
  const auto same = [&](const std::string& symbol) { return symbol_key(symbol) == key; };
  return std::any_of(record.symbols.begin(), record.symbols.end(), same) ||
         std::any_of(record.former.begin(), record.former.end(), same);
}

}  // namespace

std::string search_url(std::string_view endpoint, const std::vector<std::string>& symbols) {
  std::string pattern;
  for (const std::string& symbol : symbols) {
    if (!pattern.empty())
      pattern += " OR ";
    pattern += "191__a:\"" + symbol + "\"";
  }
  const int rows = std::clamp(static_cast<int>(symbols.size()) * 2, 10, k_max_rows);
  return std::string(endpoint) + "/search?p=" + percent_encode(pattern) +
         "&of=xm&rg=" + std::to_string(rows) + "&ln=en";
}

SymbolLookup look_up_symbol(Engine& http, std::string_view endpoint, std::string_view symbol) {
  SymbolLookup out;
  const std::string key = symbol_key(symbol);
  for (const std::string& form : spacing_forms(symbol)) {
    SearchAnswer answer = search(http, endpoint, {form});
    ++out.requests;
    if (answer.error) {
      out.outcome = SymbolLookup::Outcome::unavailable;
      out.reason = std::move(*answer.error);
      return out;
    }
    for (MarcRecord& record : answer.records) {
      if (carries(record, key)) {
        out.outcome = SymbolLookup::Outcome::found;
        out.record = std::move(record);
        out.asked_as = form;
        return out;
      }
    }
  }
  out.outcome = SymbolLookup::Outcome::not_found;
  return out;
}

VariantsLookup look_up_variants(Engine& http, std::string_view endpoint,
                                const std::vector<std::string>& symbols) {
  VariantsLookup out;
  // Each symbol under both spacings of its qualifier, as the catalogue may hold either.
  std::vector<std::string> spellings;
  for (const std::string& symbol : symbols) {
    for (std::string& form : spacing_forms(symbol))
      spellings.push_back(std::move(form));
  }
  std::vector<std::string> seen;
  for (std::size_t begin = 0; begin < spellings.size(); begin += k_batch) {
    const std::size_t end = std::min(spellings.size(), begin + k_batch);
    const std::vector<std::string> batch(spellings.begin() + static_cast<long>(begin),
                                         spellings.begin() + static_cast<long>(end));
    SearchAnswer answer = search(http, endpoint, batch);
    ++out.requests;
    if (answer.error) {
      out.error = std::move(answer.error);
      return out;
    }
    for (const std::string& symbol : symbols) {
      const std::string key = symbol_key(symbol);
      if (std::find(seen.begin(), seen.end(), key) != seen.end())
        continue;
      for (const MarcRecord& record : answer.records) {
        if (carries(record, key)) {
          out.known.emplace_back(symbol, record);
          seen.push_back(key);
          break;
        }
      }
    }
  }
  return out;
}

}  // namespace citecheck::plugins::un_documents
