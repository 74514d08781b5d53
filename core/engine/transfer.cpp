#include "engine/transfer.hpp"

#include <citecheck/config.hpp>

#include <algorithm>
#include <ctime>

#include "engine/classify.hpp"
#include "engine/easy_options.hpp"
#include "engine/url.hpp"

namespace citecheck::engine {
namespace {

constexpr std::size_t k_max_cookies = 64;
constexpr std::size_t k_max_cookie_line = 4096;
constexpr const char* k_default_accept =
    "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

std::string ascii_upper(std::string text) {
  for (char& c : text) {
    if (c >= 'a' && c <= 'z') {
      c = static_cast<char>(c - 'a' + 'A');
    }
  }
  return text;
}

bool same_name(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           const auto lower = [](char c) {
             return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
           };
           return lower(x) == lower(y);
         });
}

std::string find_header(const std::vector<Header>& headers, std::string_view name) {
  for (const auto& [key, value] : headers) {
    if (same_name(key, name)) {
      return value;
    }
  }
  return {};
}

// HEAD answers that say more about the server's HEAD support than about the page.
bool head_status_untrusted(int status) {
  return status == 400 || status == 403 || status == 404 || status == 405 || status == 501;
}

// Failures a GET would meet just the same are not worth a second try.
bool head_error_untrusted(NetError error) {
  return error != NetError::dns && error != NetError::no_network &&
         error != NetError::invalid_url && error != NetError::connect && error != NetError::tls;
}

// Credentials given for one host must not follow a redirect to another.
bool credential_header(std::string_view name) {
  return same_name(name, "Authorization") || same_name(name, "Cookie") ||
         same_name(name, "Proxy-Authorization");
}

}  // namespace

Transfer::Transfer(HttpRequest request, const EngineOptions& options, Done done)
    : m_request(std::move(request)),
      m_options(options),
      m_policy(RetryPolicy::from(options)),
      m_done(std::move(done)),
      m_chain(options.max_redirects) {
  m_response.url = m_request.url;
  m_method = ascii_upper(m_request.method.empty() ? std::string("GET") : m_request.method);
  m_response.method = m_method;
  m_max_body = std::min(m_request.max_body, m_options.max_body);
  auto parsed = parse_http_url(m_request.url);
  if (!parsed) {
    m_finished = true;
    m_response.error = NetError::invalid_url;
    m_response.error_text = "not an absolute http(s) URL: '" + m_request.url + "'";
    m_response.attempts = 0;
    return;
  }
  m_origin_url = m_url = parsed->url;
  m_origin_host = m_host = HostKey{parsed->host};
  m_chain.restart(m_url);
  m_body_to_send = m_request.body;
  if (m_method == "HEAD" || (m_method == "GET" && m_options.head_first)) {
    m_head_probe = true;
    m_method = "HEAD";
  }
}

Transfer::~Transfer() {
  curl_slist_free_all(m_header_list);
}

curl_slist* Transfer::build_headers() const {
  curl_slist* list = nullptr;
  bool has_accept = false;
  const bool same_host = m_host == m_origin_host;
  const auto add = [&list, &has_accept](const Header& header) {
    has_accept = has_accept || same_name(header.first, "Accept");
    // "Name;" is curl's spelling of a header sent with an empty value.
    const std::string line =
        header.second.empty() ? header.first + ";" : header.first + ": " + header.second;
    if (curl_slist* grown = curl_slist_append(list, line.c_str())) {
      list = grown;
    }
  };
  for (const Header& header : m_request.headers) {
    if (same_host || !credential_header(header.first)) {
      add(header);
    }
  }
  for (const auto& [pattern, headers] : m_options.host_headers) {
    if (host_matches(pattern, m_host.name)) {
      for (const Header& header : headers) {
        add(header);
      }
    }
  }
  if (!has_accept) {
    // Some servers answer 406 or an error page to a client that accepts nothing in particular.
    add(Header{"Accept", k_default_accept});
  }
  return list;
}

void Transfer::load_cookies(CURL* easy) const {
  curl_easy_setopt(easy, CURLOPT_COOKIEFILE, "");     // cookie engine on, no file
  curl_easy_setopt(easy, CURLOPT_COOKIELIST, "ALL");  // nothing from an earlier transfer
  for (const std::string& line : m_cookies) {
    curl_easy_setopt(easy, CURLOPT_COOKIELIST, line.c_str());
  }
}

void Transfer::keep_cookies(CURL* easy) {
  curl_slist* cookies = nullptr;
  if (curl_easy_getinfo(easy, CURLINFO_COOKIELIST, &cookies) != CURLE_OK) {
    return;
  }
  m_cookies.clear();
  for (curl_slist* item = cookies; item != nullptr && m_cookies.size() < k_max_cookies;
       item = item->next) {
    if (item->data != nullptr && std::char_traits<char>::length(item->data) <= k_max_cookie_line) {
      m_cookies.emplace_back(item->data);
    }
  }
  curl_slist_free_all(cookies);
  std::sort(m_cookies.begin(), m_cookies.end());
}

std::string Transfer::cookie_state() const {
  std::string state;
  for (const std::string& line : m_cookies) {
    state += line;
    state += '\n';
  }
  return state;
}

void Transfer::start(CURL* easy, curl_slist* connect_to, Clock::time_point now) {
  if (!m_started) {
    m_started = now;
  }
  m_body.reset(m_method == "HEAD" ? 0 : m_max_body);
  m_headers.reset();
  m_error_buffer[0] = '\0';
  curl_slist_free_all(m_header_list);
  m_header_list = build_headers();
  m_response.request_headers = {{"User-Agent", m_options.user_agent}};
  for (const curl_slist* item = m_header_list; item != nullptr; item = item->next) {
    const std::string_view line(item->data);
    const std::size_t colon = line.find_first_of(":;");
    const std::size_t value = line.find_first_not_of(' ', colon + 1);
    m_response.request_headers.emplace_back(
        std::string(line.substr(0, colon)),
        colon == std::string_view::npos || value == std::string_view::npos
            ? std::string()
            : std::string(line.substr(value)));
  }

  apply_engine_options(easy, m_options, connect_to);
  curl_easy_setopt(easy, CURLOPT_URL, m_url.c_str());
  curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, m_error_buffer);
  curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &BodySink::write);
  curl_easy_setopt(easy, CURLOPT_WRITEDATA, &m_body);
  curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &HeaderSink::write);
  curl_easy_setopt(easy, CURLOPT_HEADERDATA, &m_headers);
  curl_easy_setopt(easy, CURLOPT_HTTPHEADER, m_header_list);
  if (m_method == "HEAD") {
    curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
  } else if (m_method == "GET") {
    curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
  } else {
    if (m_method == "POST" || !m_body_to_send.empty()) {
      curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE,
                       static_cast<curl_off_t>(m_body_to_send.size()));
      curl_easy_setopt(easy, CURLOPT_POSTFIELDS, m_body_to_send.data());
    }
    if (m_method != "POST") {
      curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, m_method.c_str());
    }
  }
  load_cookies(easy);
}

void Transfer::restart_as_get() {
  m_head_probe = false;
  m_method = "GET";
  m_url = m_origin_url;
  m_host = m_origin_host;
  m_chain.restart(m_url);
  m_cookies.clear();
  m_response.hops.clear();
}

StepOutcome Transfer::fail(NetError error, std::string text) {
  m_response.status = 0;
  m_response.error = error;
  m_response.error_text = std::move(text);
  m_response.final_url = m_url;
  m_response.method = m_method;
  m_response.headers.clear();
  return StepOutcome{};
}

StepOutcome Transfer::retry_or(StepOutcome otherwise,
                               std::optional<std::chrono::milliseconds> after,
                               Clock::time_point now) {
  if (m_retries >= m_policy.max_retries) {
    return otherwise;
  }
  ++m_retries;
  StepOutcome outcome;
  outcome.kind = StepOutcome::Kind::retry;
  outcome.delay = m_policy.delay(m_retries, after);
  if (after) {
    outcome.hold_host_until = now + outcome.delay;
  }
  return outcome;
}

StepOutcome Transfer::finish(CURL* easy, CURLcode code, Clock::time_point now) {
  curl_slist_free_all(m_header_list);
  m_header_list = nullptr;
  long status = 0;
  long os_errno = 0;
  curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
  curl_easy_getinfo(easy, CURLINFO_OS_ERRNO, &os_errno);
  // Stopping at the cap is how a body is cut, not a failure.
  const bool cut = code == CURLE_WRITE_ERROR && m_body.capped();
  NetError error = cut ? NetError::none : classify_curl_error(code, os_errno);
  std::string error_text;
  if (error != NetError::none) {
    error_text = m_error_buffer[0] != '\0' ? m_error_buffer : curl_easy_strerror(code);
  } else if (status <= 0) {
    error = NetError::protocol;
    error_text = "no HTTP status in the answer";
  }

  if (error != NetError::none) {
    if (m_head_probe && head_error_untrusted(error)) {
      restart_as_get();
      return StepOutcome{StepOutcome::Kind::next, {}, {}};
    }
    StepOutcome failed = fail(error, error_text + " (" + m_url + ")");
    // A machine without a network is found out at once, not after retries.
    if (RetryPolicy::retryable_error(error) ||
        (error != NetError::no_network && is_transient_failure(code, os_errno))) {
      return retry_or(failed, std::nullopt, now);
    }
    return failed;
  }

  const int code_status = static_cast<int>(status);
  Hop hop{m_url, code_status, {}, m_headers.headers()};
  const std::string location = find_header(hop.headers, "Location");
  if (is_redirect_status(code_status) && !location.empty()) {
    const auto target = resolve_url(m_url, location);
    const auto next = target && m_request.follow_redirects ? parse_http_url(*target) : std::nullopt;
    hop.location = target ? *target : location;
    m_response.hops.push_back(std::move(hop));
    // A Location that cannot be followed (mailto:, garbage) leaves the 3xx as the answer.
    if (next) {
      keep_cookies(easy);
      const NetError why = m_chain.follow(next->url, cookie_state());
      if (why == NetError::redirect_loop) {
        m_url = next->url;
        return fail(why, "redirect loop: " + next->url + " was visited before");
      }
      if (why == NetError::too_many_redirects) {
        m_url = next->url;
        return fail(why, "more than " + std::to_string(m_options.max_redirects) +
                             " redirects, next would be " + next->url);
      }
      const std::string method = method_after_redirect(code_status, m_method);
      if (method != m_method) {
        m_body_to_send.clear();
      }
      m_method = method;
      m_url = next->url;
      m_host = HostKey{next->host};
      return StepOutcome{StepOutcome::Kind::next, {}, {}};
    }
  } else {
    m_response.hops.push_back(std::move(hop));
  }

  if (m_head_probe && head_status_untrusted(code_status)) {
    restart_as_get();
    return StepOutcome{StepOutcome::Kind::next, {}, {}};
  }

  m_response.status = code_status;
  m_response.error = NetError::none;
  m_response.error_text.clear();
  m_response.final_url = m_url;
  m_response.method = m_method;
  m_response.headers = m_headers.take();
  m_response.body = m_body.take();
  m_response.body_truncated = cut;

  if (RetryPolicy::retryable_status(code_status)) {
    const auto after =
        parse_retry_after(find_header(m_response.headers, "Retry-After"), std::time(nullptr));
    StepOutcome outcome = retry_or(StepOutcome{}, after, now);
    if (outcome.kind == StepOutcome::Kind::retry) {
      m_response.hops.pop_back();  // the chain records where we went, not each try
    }
    return outcome;
  }
  return StepOutcome{};
}

void Transfer::deliver(Clock::time_point now) {
  if (m_delivered) {
    return;
  }
  m_delivered = true;
  m_finished = true;
  m_response.attempts = m_response.error == NetError::invalid_url ? 0 : 1 + m_retries;
  if (m_started) {
    m_response.seconds = std::chrono::duration<double>(now - *m_started).count();
  }
  if (m_done) {
    m_done(std::move(m_response));
  }
}

void Transfer::refuse(NetError error, const std::string& why, Clock::time_point now) {
  if (!m_delivered) {
    fail(error, why);
    deliver(now);
  }
}

void Transfer::abandon(const std::string& why, Clock::time_point now) {
  if (!m_delivered) {
    fail(NetError::other, why);
    deliver(now);
  }
}

}  // namespace citecheck::engine
