#pragma once
// Limits a server states in its answers: `x-rate-limit-limit: 10` with
// `x-rate-limit-interval: 1s` (requests per interval) and `x-concurrency-limit: 3`, as
// Crossref and other APIs send them. The engine obeys them by never asking that host faster
// or more at once than it says, whatever its own settings allow.

#include <optional>
#include <vector>

#include <citecheck/http.hpp>

#include "engine/host_pool.hpp"

namespace citecheck::engine {

/// The limits stated in `headers`, as a HostConfig whose unstated half is left open (no
/// pacing, or unbounded concurrency); nullopt when the answer states none.
std::optional<HostConfig> advertised_limits(const std::vector<Header>& headers);

}  // namespace citecheck::engine
