#pragma once
// One response -> one link state, with the signal that decided it. Pure: everything it
// needs is passed in, so it is tested with a table of responses.

#include <string>

#include <citecheck/check.hpp>
#include <citecheck/http.hpp>
#include <citecheck/link_check.hpp>

#include "check/fingerprint.hpp"
#include "check/page.hpp"

namespace citecheck::check {

struct Verdict {
  LinkState state = LinkState::unknown;
  std::string signal;
  std::string moved_to;
};

/// `fingerprint` is the host's answer for a random path, when it was probed.
Verdict classify(const HttpResponse& response, const PageSignals& page, const CheckRules& rules,
                 const HostFingerprint* fingerprint);

/// The classification of a transfer that got no HTTP answer.
Verdict classify_error(const HttpResponse& response);

}  // namespace citecheck::check
