#pragma once
// Writes JSON as it goes, in the layout nlohmann::json::dump(2) (pretty) or dump() (compact)
// would give, for reports too big to build as a tree: a report of 50,000 links never holds
// more than the text not yet flushed. Leaves are written directly; a small subtree may still
// be given as an nlohmann::json. (Building each link's tree cost a std::map per object, and
// most of a report's time: 140 ms of 5,000 links.)

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace citecheck::cli {

/// JSON written as it goes. Keys must be given in the order they should appear (nlohmann's
/// objects sort theirs; writers here keep that order so output stays byte-stable).
class JsonStream {
 public:
  enum class Layout { pretty, compact };

  explicit JsonStream(std::ostream& out, Layout layout = Layout::pretty)
      : m_out(out), m_pretty(layout == Layout::pretty) {}
  JsonStream(const JsonStream&) = delete;
  JsonStream& operator=(const JsonStream&) = delete;
  ~JsonStream() { flush(); }

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  /// The next member's key; its value follows (a value() or begin_*()).
  void key(std::string_view name);

  void value(std::string_view text);
  void value(const char* text) { value(std::string_view(text)); }
  void value(const std::string& text) { value(std::string_view(text)); }
  void value(bool flag);
  void value(std::int64_t number);
  void value(int number) { value(static_cast<std::int64_t>(number)); }
  void value(std::size_t number);
  void value(double number);
  void null();
  /// A subtree built elsewhere (resolver details, small summaries).
  void value(const nlohmann::json& item);
  /// A string exactly as nlohmann's dump (error_handler_t::replace) writes it, for formats
  /// first written through nlohmann that must stay byte-stable: on invalid UTF-8 nlohmann
  /// puts one U+FFFD for each broken sequence, append_json_string one for each byte.
  void value_as_nlohmann(std::string_view text);
  /// A double exactly as nlohmann writes it: it turns to exponents at other magnitudes than
  /// std::to_chars' shortest form (0.0001, not 1e-04).
  void value_as_nlohmann(double number);

  /// Ends a top-level document: a newline, as nlohmann's pretty dump ends nothing but a
  /// streamed report does. Compact documents (JSONL lines) get theirs from this too.
  void end_document();
  /// Hands the buffered text to the stream.
  void flush();

 private:
  void open(char bracket);
  void close(char bracket);
  void before_item();
  void newline_and_indent(std::size_t levels);
  void maybe_flush();

  struct Level {
    std::size_t items = 0;
  };
  std::ostream& m_out;
  bool m_pretty;
  std::string m_buffer;
  std::vector<Level> m_levels;
  bool m_after_key = false;
};

/// Appends `text` as a JSON string literal, quotes included. Control characters are escaped
/// as nlohmann does; bytes that are not valid UTF-8 become U+FFFD, so that a page title in a
/// broken encoding cannot make the report invalid (nlohmann would throw).
void append_json_string(std::string& out, std::string_view text);

}  // namespace citecheck::cli
