// What the checker reads from an answer it did not choose: a hostile page's bytes and
// Refresh header go through the page scanner, the refresh parser, the parked-domain rules
// and the classifier. The first line of the input is the Refresh header, the rest the body.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "check/classify.hpp"
#include "check/page.hpp"
#include "check/refresh.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace citecheck;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t newline = input.find('\n');
  const std::string_view header = input.substr(0, newline);
  const std::string_view body =
      newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1);

  HttpResponse response;
  response.url = "http://cited.test/old/report.pdf";
  response.final_url = "http://cited.test/new/";
  response.status = 200;
  response.method = "GET";
  response.headers = {{"Content-Type", "text/html"}, {"Refresh", std::string(header)}};
  response.hops = {{response.url, 301, response.final_url, {}}, {response.final_url, 200, "", {}}};
  response.body = std::string(body);

  const check::PageSignals page = check::read_page("text/html", response.body);
  if (!page.refresh.empty()) {
    if (const auto refresh = check::parse_refresh(page.refresh); refresh && refresh->seconds < 0)
      std::abort();  // a delay is never negative
  }
  if (const auto target = check::refresh_target(response, page)) {
    // Whatever the page says, the checker only ever goes on to an http(s) URL.
    if (!target->starts_with("http://") && !target->starts_with("https://"))
      std::abort();
  }
  const check::Verdict verdict = check::classify(response, page, {}, nullptr);
  if (verdict.signal.empty())
    std::abort();  // every state comes with what decided it
  return 0;
}
