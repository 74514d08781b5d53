// The evidence column written as CBOR and read back without building a JSON tree: a warm run reads
// one per cited URL, and the tree (a std::map per object, a string per header) cost more than the
// database itself (5,000 links: 45 ms of a 200 ms run). Same tolerance as evidence_from_json:
// unknown members are skipped, members of the wrong type left at their defaults, text that
// is not JSON gives empty evidence.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "check_json.hpp"
#include "text/utf8.hpp"

namespace citecheck::cache {
namespace {

using Json = nlohmann::json;

// Where the parser is, as far as evidence cares. Anything deeper or unknown is skipped.
enum class At {
  top,              // the evidence object
  request_headers,  // its array of [name, value]
  request_header,   // one pair
  hops,             // its array of hops
  hop,              // one hop object
  hop_headers,      // a hop's array of pairs
  hop_header,       // one pair
  skipped,          // inside something unknown
};

class EvidenceSax {
 public:
  explicit EvidenceSax(Evidence& out) : m_out(out) {}

  bool null() { return leaf(); }
  bool boolean(bool) { return leaf(); }
  bool number_integer(std::int64_t value) { return number(Json(value)); }
  bool number_unsigned(std::uint64_t value) { return number(Json(value)); }
  bool number_float(double value, const std::string&) { return number(Json(value)); }
  bool string(std::string& value) {
    switch (here()) {
      case At::top:
        if (m_key == "method")
          m_out.method = std::move(value);
        else if (m_key == "body_sha256")
          m_out.body_sha256 = std::move(value);
        else if (m_key == "title")
          m_out.title = std::move(value);
        else if (m_key == "signal")
          m_out.signal = std::move(value);
        else if (m_key == "tool_version")
          m_out.tool_version = std::move(value);
        break;
      case At::hop:
        if (m_key == "url")
          m_out.hops.back().url = std::move(value);
        else if (m_key == "location")
          m_out.hops.back().location = std::move(value);
        break;
      case At::request_header:
      case At::hop_header:
        m_pair.push_back(std::move(value));
        break;
      default:
        break;
    }
    return true;
  }
  bool binary(Json::binary_t&) { return leaf(); }
  bool key(std::string& name) {
    m_key = std::move(name);
    return true;
  }
  bool start_object(std::size_t) {
    if (m_stack.empty()) {
      m_stack.push_back(At::top);
    } else if (here() == At::hops) {
      m_out.hops.emplace_back();
      m_stack.push_back(At::hop);
    } else {
      m_stack.push_back(At::skipped);
    }
    return true;
  }
  bool end_object() {
    m_stack.pop_back();
    return true;
  }
  bool start_array(std::size_t) {
    At next = At::skipped;
    if (here() == At::top && m_key == "request_headers")
      next = At::request_headers;
    else if (here() == At::top && m_key == "hops")
      next = At::hops;
    else if (here() == At::hop && m_key == "headers")
      next = At::hop_headers;
    else if (here() == At::request_headers)
      next = At::request_header;
    else if (here() == At::hop_headers)
      next = At::hop_header;
    if (next == At::request_header || next == At::hop_header) {
      m_pair.clear();
    }
    m_stack.push_back(next);
    return true;
  }
  bool end_array() {
    // A header is kept only when its pair was exactly two strings.
    if (here() == At::request_header && m_pair.size() == 2) {
      m_out.request_headers.emplace_back(std::move(m_pair[0]), std::move(m_pair[1]));
    } else if (here() == At::hop_header && m_pair.size() == 2) {
      m_out.hops.back().headers.emplace_back(std::move(m_pair[0]), std::move(m_pair[1]));
    }
    m_stack.pop_back();
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) {
    return false;
  }

 private:
  At here() const { return m_stack.empty() ? At::skipped : m_stack.back(); }

  bool leaf() {
    if (here() == At::request_header || here() == At::hop_header) {
      m_pair.assign(3, {});  // not two strings: never kept
    }
    return true;
  }

  // Whole-number fields take a number only where it fits (json_whole), as evidence_from_json.
  bool number(const Json& value) {
    if (here() == At::top) {
      if (m_key == "body_bytes")
        m_out.body_bytes = json_whole<std::size_t>(value).value_or(0);
      else if (m_key == "seconds")
        m_out.seconds = value.get<double>();
      else if (m_key == "attempts")
        m_out.attempts = json_whole<int>(value).value_or(0);
    } else if (here() == At::hop && m_key == "status") {
      m_out.hops.back().status = json_whole<int>(value).value_or(0);
    }
    return leaf();
  }

  Evidence& m_out;
  std::vector<At> m_stack;
  std::string m_key;
  std::vector<std::string> m_pair;  ///< the header pair being read
};

/// Calls `visit` on every string of `evidence` (const or not).
template <class E, class Visit>
void for_each_text(E& evidence, Visit visit) {
  const auto headers = [&](auto& list) {
    for (auto& [name, value] : list) {
      visit(name);
      visit(value);
    }
  };
  visit(evidence.method);
  headers(evidence.request_headers);
  for (auto& hop : evidence.hops) {
    visit(hop.url);
    visit(hop.location);
    headers(hop.headers);
  }
  visit(evidence.body_sha256);
  visit(evidence.title);
  visit(evidence.signal);
  visit(evidence.tool_version);
}

}  // namespace

std::string evidence_to_stored(const Evidence& evidence) {
  // CBOR text strings are UTF-8 (RFC 8949, major type 3): bytes that are not (a title or
  // a header in a legacy encoding) become U+FFFD, as the JSON column's writer made them.
  bool valid = true;
  for_each_text(evidence,
                [&](const std::string& text) { valid = valid && !text::first_invalid_utf8(text); });
  std::string out;
  if (valid) {
    Json::to_cbor(to_json(evidence), out);
    return out;
  }
  Evidence repaired = evidence;
  for_each_text(repaired, [](std::string& text) {
    if (text::first_invalid_utf8(text)) {
      text = text::repair_utf8(text).text;
    }
  });
  Json::to_cbor(to_json(repaired), out);
  return out;
}

Evidence evidence_from_stored(std::string_view bytes) {
  // JSON text begins with '{' (or white space); CBOR's map header byte is 0xa0-0xbf.
  const bool text = !bytes.empty() && (bytes.front() == '{' || bytes.front() == ' ' ||
                                       bytes.front() == '\n' || bytes.front() == '\t');
  Evidence evidence;
  EvidenceSax sax(evidence);
  const auto format = text ? Json::input_format_t::json : Json::input_format_t::cbor;
  if (bytes.empty() || !Json::sax_parse(bytes.begin(), bytes.end(), &sax, format)) {
    return {};
  }
  return evidence;
}

}  // namespace citecheck::cache
