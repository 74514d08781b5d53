#pragma once
// The permanent links of a UN document: the undocs.org permalink and the official
// documents site's file address (reference 2.2), built from the symbol alone.

#include <string>
#include <string_view>

namespace citecheck::plugins::un_documents {

/// Where a symbol's document is served.
struct CanonicalLinks {
  std::string undocs;     ///< https://undocs.org/S/RES/2100(2013)
  std::string documents;  ///< https://documents.un.org/api/symbol/access?s=...&l=en&t=pdf
};

/// Links under the given service roots (no trailing '/'). The qualifier is written without
/// the space before it, as the services and file names write it.
CanonicalLinks canonical_links(std::string_view symbol, std::string_view undocs_root,
                               std::string_view documents_root);

}  // namespace citecheck::plugins::un_documents
