#pragma once
// The Wayback Machine as the loopback web's own archive host, so that the benchmark's runs
// with resolution ask a real HTTP server the way the archive plugin asks web.archive.org
// (../shared/reference/external-services.md, section 3), and never a host off this machine.
//
// Every dead link of the plan was captured once, on 2020-01-01; nothing else was. Answers:
//   /wayback/available?url=U[&timestamp=T]  the availability API: the capture as "closest"
//   /cdx/search/cdx?url=U&output=json       the CDX index: a header row and the capture
//   /web/<timestamp>[id_]/U                 the replay, with its Memento-Datetime
// and a Wayback-style 404 for anything else.

#include <string>

#include "event_server.hpp"
#include "web_plan.hpp"

namespace citecheck::bench {

/// Answers one request made to the archive host at `archive_origin` ("http://127.0.0.9:P").
Response wayback_answer(const WebPlan& plan, const std::string& archive_origin,
                        const Request& request);

}  // namespace citecheck::bench
