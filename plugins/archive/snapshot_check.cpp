#include "snapshot_check.hpp"

#include "archive_urls.hpp"
#include "common/service_answer.hpp"

namespace citecheck::plugins::archive {

using common::answered;
using common::describe;
using common::header_value;
namespace {

/// Status and headers decide; the body is only read so that servers that refuse HEAD or
/// answer it differently cannot mislead us.
constexpr std::size_t k_max_body = 16 * 1024;

}  // namespace

SnapshotCheck read_snapshot(const HttpResponse& response, std::string_view cited_original,
                            bool require_memento) {
  SnapshotCheck check;
  check.answered = answered(response);
  check.status = response.status;
  check.final_url = response.final_url.empty() ? response.url : response.final_url;
  // The archive did answer, with redirects that lead nowhere: a capture problem, not an
  // archive that is down.
  if (response.error == NetError::redirect_loop || response.error == NetError::too_many_redirects) {
    check.answered = true;
    check.problem = "the capture " + std::string(describe(response.error));
    return check;
  }
  if (!check.answered) {
    check.problem = "archive " + std::string(describe(response.error));
    if (!response.error_text.empty()) {
      check.problem += " (" + response.error_text + ")";
    }
    return check;
  }
  check.link_header = header_value(response, "Link");
  const std::string memento = header_value(response, "Memento-Datetime");
  const auto in_url = parse_archive_url(check.final_url);
  if (!memento.empty()) {
    check.time = parse_http_date(memento);
  }
  if (!check.time && in_url) {
    check.time = in_url->time;
  }
  if (response.status < 200 || response.status >= 300) {
    check.problem = "the capture replays as HTTP " + std::to_string(response.status);
    return check;
  }
  if (const std::string refused = header_value(response, "X-Archive-Wayback-Runtime-Error");
      !refused.empty()) {
    check.problem = "the archive refuses the capture: " + refused;
    return check;
  }
  if (require_memento && memento.empty()) {
    check.problem = "the answer has no Memento-Datetime: not a capture (excluded or blocked)";
    return check;
  }
  // A captured redirect replays as the capture of where it led. Landing on the site's home
  // page is the archive's way of showing a page that was already gone.
  if (in_url && !cited_original.empty() && !same_resource(in_url->original, cited_original) &&
      is_home_page(in_url->original) && !is_home_page(cited_original)) {
    check.problem = "the capture redirects to the site's home page " + in_url->original;
    return check;
  }
  check.usable = true;
  return check;
}

SnapshotCheck check_snapshot(Engine& http, const std::string& snapshot_url,
                             std::string_view cited_original, bool require_memento) {
  HttpRequest request;
  request.url = snapshot_url;
  request.max_body = k_max_body;
  return read_snapshot(http.fetch(request), cited_original, require_memento);
}

}  // namespace citecheck::plugins::archive
