// The evidence column written as CBOR and read back by walking the bytes (cbor_reader.hpp),
// without building a JSON tree or handing each key over as a fresh string: a warm run reads
// one per cited URL. Same tolerance as evidence_from_json: unknown members are skipped,
// members of the wrong type read as their defaults, and bytes that are not CBOR (or are cut
// short) give empty evidence.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <citecheck/json_number.hpp>

#include "cbor_reader.hpp"
#include "check_json.hpp"
#include "text/utf8.hpp"

namespace citecheck::cache {
namespace {

using Json = nlohmann::json;
using Type = CborHead::Type;

// A number item as the JSON value it stands for, so that whole-number fields take it by
// json_whole's rules exactly as evidence_from_json does; anything else is null.
Json number_of(const CborHead& head) {
  switch (head.type) {
    case Type::unsigned_int:
      return Json(head.value);
    case Type::negative_int:
      return head.value <= static_cast<std::uint64_t>(INT64_MAX)
                 ? Json(-1 - static_cast<std::int64_t>(head.value))
                 : Json(-1.0 - static_cast<double>(head.value));
    case Type::real:
      return Json(head.real);
    default:
      return Json();
  }
}

// Reads one value into a text field: text is kept, anything else skipped and read as "".
bool read_text(CborReader& reader, std::string& field) {
  CborHead head;
  if (!reader.head(head)) {
    return false;
  }
  if (head.type == Type::text) {
    return reader.text(head, field);
  }
  field.clear();
  return reader.skip_content(head);
}

template <class T>
bool read_whole(CborReader& reader, T& field) {
  CborHead head;
  if (!reader.head(head)) {
    return false;
  }
  field = json_whole<T>(number_of(head)).value_or(T{});
  return reader.skip_content(head);
}

bool read_real(CborReader& reader, double& field) {
  CborHead head;
  if (!reader.head(head)) {
    return false;
  }
  const Json number = number_of(head);
  field = number.is_number() ? number.get<double>() : 0.0;
  return reader.skip_content(head);
}

// A list whose items of `type` go to `item` (with their head read) and the rest are skipped;
// a value that is no list at all is skipped whole and leaves the list empty.
template <class Item>
bool read_list(CborReader& reader, Type type, Item item) {
  CborHead list;
  if (!reader.head(list)) {
    return false;
  }
  if (list.type != Type::array) {
    return reader.skip_content(list);
  }
  return for_each_element(reader, list, [&](CborReader& r) {
    CborHead head;
    if (!r.head(head)) {
      return false;
    }
    return head.type == type ? item(r, head) : r.skip_content(head);
  });
}

// [[name, value], ...]: a header is kept only when its pair is exactly two strings.
bool read_headers(CborReader& reader, std::vector<Header>& out) {
  out.clear();
  return read_list(reader, Type::array, [&](CborReader& r, const CborHead& pair) {
    Header header;
    std::size_t items = 0;
    bool texts = true;
    const bool read = for_each_element(r, pair, [&](CborReader& item_reader) {
      CborHead item;
      if (!item_reader.head(item)) {
        return false;
      }
      ++items;
      if (item.type != Type::text || items > 2) {
        texts = false;
        return item_reader.skip_content(item);
      }
      return item_reader.text(item, items == 1 ? header.first : header.second);
    });
    if (read && texts && items == 2) {
      out.push_back(std::move(header));
    }
    return read;
  });
}

bool read_hop(CborReader& reader, const CborHead& map, Hop& hop) {
  return for_each_member(reader, map, [&](std::string_view key, CborReader& r) {
    if (key == "url")
      return read_text(r, hop.url);
    if (key == "location")
      return read_text(r, hop.location);
    if (key == "status")
      return read_whole(r, hop.status);
    if (key == "headers")
      return read_headers(r, hop.headers);
    return r.skip();
  });
}

// Items that are not objects are no hops: an empty one would claim a step never seen.
bool read_hops(CborReader& reader, std::vector<Hop>& out) {
  out.clear();
  return read_list(reader, Type::map, [&](CborReader& r, const CborHead& item) {
    Hop hop;
    if (!read_hop(r, item, hop)) {
      return false;
    }
    out.push_back(std::move(hop));
    return true;
  });
}

bool read_evidence(CborReader& reader, Evidence& out) {
  CborHead top;
  if (!reader.head(top) || top.type != Type::map) {
    return false;
  }
  const bool read = for_each_member(reader, top, [&](std::string_view key, CborReader& r) {
    if (key == "method")
      return read_text(r, out.method);
    if (key == "request_headers")
      return read_headers(r, out.request_headers);
    if (key == "hops")
      return read_hops(r, out.hops);
    if (key == "body_sha256")
      return read_text(r, out.body_sha256);
    if (key == "body_bytes")
      return read_whole(r, out.body_bytes);
    if (key == "title")
      return read_text(r, out.title);
    if (key == "seconds")
      return read_real(r, out.seconds);
    if (key == "attempts")
      return read_whole(r, out.attempts);
    if (key == "signal")
      return read_text(r, out.signal);
    if (key == "tool_version")
      return read_text(r, out.tool_version);
    return r.skip();
  });
  return read && reader.at_end();
}

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
  if (text) {
    // Only caches written before the column was CBOR hold text: read as a tree.
    return evidence_from_json(Json::parse(bytes, nullptr, /*allow_exceptions=*/false));
  }
  Evidence evidence;
  CborReader reader(bytes);
  if (!read_evidence(reader, evidence)) {
    return {};
  }
  return evidence;
}

}  // namespace citecheck::cache
