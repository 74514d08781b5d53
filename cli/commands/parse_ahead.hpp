#pragma once
// Parses the next documents of a run on a thread of its own while the caller checks the
// ones before, so that a run over many files parses while the network keeps it waiting.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

#include <citecheck/pipeline.hpp>

namespace citecheck::cli {

/// Documents in the order given, parsed ahead of the caller by at most `budget` units (a
/// document's citations or cited links, whichever is more, and at least one): with batches of
/// that size, a run holds the batch being checked and at most one more. A single document is
/// parsed by the caller when it asks for it.
class ParseAhead {
 public:
  /// One document: its parse, or the sentence that says why the file was refused.
  struct Item {
    std::string path;
    std::optional<ParsedDocument> parsed;
    std::string error;
  };
  using Parse = std::function<ParsedDocument(const std::string& path)>;

  ParseAhead(std::vector<std::string> paths, Parse parse, std::size_t budget);
  /// Stops parsing ahead and waits for the document in hand.
  ~ParseAhead();
  ParseAhead(const ParseAhead&) = delete;
  ParseAhead& operator=(const ParseAhead&) = delete;

  /// The next document; nullopt after the last.
  std::optional<Item> next();

 private:
  void run(const std::stop_token& stop);
  Item parse_one(const std::string& path) const;

  const std::vector<std::string> m_paths;
  const Parse m_parse;
  const std::size_t m_budget;
  std::mutex m_mutex;
  std::condition_variable_any m_changed;
  std::deque<std::pair<Item, std::size_t>> m_ready;  ///< with each one's units
  std::size_t m_ready_units = 0;
  std::size_t m_taken = 0;
  std::jthread m_worker;  ///< last: it starts once everything it reads exists; none for one file
};

}  // namespace citecheck::cli
