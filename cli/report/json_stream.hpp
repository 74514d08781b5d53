#pragma once
// Writes the text nlohmann::json::dump(2) would write for a document too big to build
// whole: containers are opened and closed here, their items dumped one at a time, so a
// report of 50,000 links never holds more than one link's tree.

#include <ostream>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace citecheck::cli {

/// Pretty JSON, two spaces per level, written as it goes. Keys must be given in the order
/// they should appear (nlohmann's objects sort theirs).
class JsonStream {
 public:
  explicit JsonStream(std::ostream& out) : m_out(out) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  /// The next member's key; its value follows (value() or begin_*()).
  void key(std::string_view name);
  /// A whole value: a leaf, or a subtree small enough to build. Every document ends in a
  /// newline.
  void value(const nlohmann::json& item);

 private:
  void open(char bracket);
  void close(char bracket);
  void before_item();
  void indent(std::size_t levels);

  struct Level {
    std::size_t items = 0;
  };
  std::ostream& m_out;
  std::vector<Level> m_levels;
  bool m_after_key = false;
};

}  // namespace citecheck::cli
