#pragma once
// Parked domains: a cited site whose domain lapsed now shows a registrar's or a parking
// service's page, or sends its visitors to a domain marketplace. The answer is a 200, but
// what was cited is gone: a soft 404 a reader would see at a glance and a checker that
// only reads statuses (or takes the move to the marketplace for the page's new address)
// would miss.

#include <optional>
#include <string>

#include <citecheck/http.hpp>

#include "check/page.hpp"

namespace citecheck::check {

/// Why this answer is a parked or for-sale domain, in words; nullopt when it is not one.
std::optional<std::string> parked_domain(const HttpResponse& response, const PageSignals& page);

}  // namespace citecheck::check
