#include "canonical_links.hpp"

#include "common/service_answer.hpp"
#include "symbol_variants.hpp"

namespace citecheck::plugins::un_documents {

using common::percent_encode;
using common::service_failure;

CanonicalLinks canonical_links(std::string_view symbol, std::string_view undocs_root,
                               std::string_view documents_root) {
  // Slashes separate the symbol's components on both services; parentheses are legal in a
  // path and in a query and read better unencoded. A space ("(Resumption 1)") is not.
  const std::string compact = percent_encode(compact_form(symbol), "/()");
  CanonicalLinks links;
  links.undocs = std::string(undocs_root) + "/" + compact;
  links.documents = std::string(documents_root) + "/api/symbol/access?s=" + compact + "&l=en&t=pdf";
  return links;
}

}  // namespace citecheck::plugins::un_documents
