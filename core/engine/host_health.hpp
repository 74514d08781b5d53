#pragma once
// Hosts that stopped answering. After a few requests in a row to a host end without any
// HTTP answer (its name does not resolve, connections are refused or time out, TLS fails),
// later requests to it in the same run end at once with that failure instead of each
// waiting for its turn, its pace and its timeout: a service that is down (or a machine
// without network) then costs a few requests, not one timeout per citation. Any answer
// from the host clears its record.

#include <optional>
#include <string>
#include <unordered_map>

#include <citecheck/http.hpp>

namespace citecheck::engine {

/// Why requests to a host are not sent any more: the failure they would meet.
struct HostDown {
  NetError error = NetError::other;
  std::string text;
};

/// Per host name, the run of requests that ended without an answer. Loop thread only.
class HostHealth {
 public:
  /// Failures in a row after which a host counts as down.
  static constexpr int k_failures_to_down = 3;

  /// Takes in how a request to `host` ended.
  void record(const std::string& host, const HttpResponse& response);
  /// Set once `host` has failed k_failures_to_down times in a row.
  std::optional<HostDown> down(const std::string& host) const;

 private:
  struct Record {
    int failures = 0;
    HostDown last;
  };
  std::unordered_map<std::string, Record> m_hosts;
};

/// True for failures that say the host itself could not be reached (not a bad URL, not a
/// malformed or oversized answer).
bool host_unreachable(const HttpResponse& response);

/// True when the request cannot have reached the server: its name did not resolve, this
/// machine has no route, or the connection was refused. Unlike a timeout, no server did
/// any work for it.
bool never_reached(const HttpResponse& response);

}  // namespace citecheck::engine
