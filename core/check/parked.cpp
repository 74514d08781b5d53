#include "check/parked.hpp"

#include <array>

#include "check/phrases.hpp"
#include "check/site.hpp"

namespace citecheck::check {
namespace {

/// Parking pages carry little text besides their lists of sponsored links; an article
/// about domain sales carries much more, so page text is only read when it is this short.
constexpr std::size_t k_max_parking_text = 4096;

// `host` is `domain` or one of its subdomains.
bool under(std::string_view host, std::string_view domain) {
  return host == domain || (host.size() > domain.size() && host.ends_with(domain) &&
                            host[host.size() - domain.size() - 1] == '.');
}

std::string_view market_of(std::string_view host) {
  for (std::string_view market : k_domain_market_hosts) {
    if (under(host, market))
      return market;
  }
  return {};
}

// Every parked phrase holds one of these: most pages hold none, and are passed over
// with a few searches instead of one per phrase.
bool may_say_parked(std::string_view text) {
  static constexpr auto k_stems =
      std::to_array<std::string_view>({"domain", "domin", "domín", "domein", "domen", "parked",
                                       "домен", "域名", "ドメイン", "도메인"});
  for (std::string_view stem : k_stems) {
    if (text.find(stem) != std::string_view::npos)
      return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> parked_domain(const HttpResponse& response, const PageSignals& page) {
  const std::string cited = url_host(response.url);
  const std::string landed =
      url_host(response.final_url.empty() ? response.url : response.final_url);
  // Citing the marketplace itself is citing a live site.
  if (const std::string_view market = market_of(landed);
      !market.empty() && market_of(cited).empty()) {
    return "the domain is for sale: sent to the domain marketplace " + landed;
  }
  if (!page.html || !market_of(cited).empty())
    return std::nullopt;
  if (const auto hit = find_any(page.title, k_parked_phrases); !hit.empty())
    return "the domain is parked or for sale: title says '" + page.raw_title + "'";
  if (const auto hit = find_any(page.heading, k_parked_phrases); !hit.empty())
    return "the domain is parked or for sale: main heading says '" + page.heading + "'";
  // "example.org is for sale", however the lander words the rest.
  if (const std::string bare = without_www(cited);
      !bare.empty() && page.title.find(bare) != std::string::npos &&
      page.title.find("for sale") != std::string::npos) {
    return "the domain is for sale: title says '" + page.raw_title + "'";
  }
  if (page.text.size() > k_max_parking_text)
    return std::nullopt;
  if (const auto hit = may_say_parked(page.text) ? find_any(page.text, k_parked_phrases) : "";
      !hit.empty())
    return "the domain is parked or for sale: the page says '" + std::string(hit) + "'";
  const std::string_view head = std::string_view(response.body).substr(0, 64 * 1024);
  if (const auto hit = find_any(head, k_parking_markup); !hit.empty())
    return "the domain is parked: the page is a parking service's ('" + std::string(hit) + "')";
  return std::nullopt;
}

}  // namespace citecheck::check
