#pragma once
// The parts of a cited URL the news plugin reasons about: host and path.

#include <string>
#include <string_view>
#include <vector>

namespace citecheck::plugins::news {

/// Host (lowercased, without "www." or port) and path of a URL as citations print them:
/// with or without a scheme ("www.reuters.com/..." counts).
struct UrlParts {
  std::string host;
  std::string path;  ///< from the first '/', without query or fragment; "" when none
};

/// Splits `url`; host is empty when the text does not look like a URL with a host.
UrlParts split_url(std::string_view url);

/// URLs written in `text` ("http://...", "https://...", "www...."), as printed up to the next
/// space, with trailing sentence punctuation dropped. Only used to see hosts when the splitter
/// gave none; the splitter's repaired URLs are preferred.
std::vector<std::string> find_urls(std::string_view text);

/// True when `host` is `domain` or a subdomain of it ("edition.cnn.com" in "cnn.com").
bool host_in_domain(std::string_view host, std::string_view domain);

}  // namespace citecheck::plugins::news
