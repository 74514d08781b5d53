#pragma once
// Text made safe for XML and HTML element content and double-quoted attributes, for the
// documents and service answers tests write by hand.

#include <string>
#include <string_view>

namespace citecheck::test {

inline std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace citecheck::test
