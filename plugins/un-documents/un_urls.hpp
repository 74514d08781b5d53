#pragma once
// URLs in citation text, and the UN document services whose URLs name a symbol
// (undocs.org/S/RES/2100(2013), docs.un.org/en/A/RES/79/1, ...; reference section 2.2).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace citecheck::plugins::un_documents {

/// Where a URL stands in a text; `url` is as printed, trailing sentence punctuation dropped.
struct UrlSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string url;
};

/// URLs written in `text`: "http://", "https://" and "www." up to the next space.
std::vector<UrlSpan> find_url_spans(std::string_view text);

/// Whether the URL is on a UN document service (undocs.org, docs.un.org, documents.un.org,
/// daccess-ods.un.org, un.org's view_doc.asp): such a URL cites the document itself.
bool is_un_document_url(std::string_view url);

/// The symbol a UN document URL names, percent-decoded, as the URL writes it; nullopt for
/// any other URL.
std::optional<std::string> symbol_in_url(std::string_view url);

}  // namespace citecheck::plugins::un_documents
