#include "commands/parse_ahead.hpp"

#include <algorithm>
#include <exception>

#include <citecheck/errors.hpp>

namespace citecheck::cli {
namespace {

std::size_t units_of(const ParsedDocument& parsed) {
  std::size_t citations = 0;
  std::size_t links = 0;
  for (const Footnote& footnote : parsed.footnotes) {
    citations += footnote.citations.size();
    for (const Citation& citation : footnote.citations) {
      links += citation.urls.size();
    }
  }
  return std::max<std::size_t>({1, citations, links});
}

}  // namespace

ParseAhead::ParseAhead(std::vector<std::string> paths, Parse parse, std::size_t budget)
    : m_paths(std::move(paths)),
      m_parse(std::move(parse)),
      m_budget(std::max<std::size_t>(budget, 1)) {
  // One document has nothing to be parsed ahead of: the caller parses it, and no thread
  // (with its own allocator heap) is started.
  if (m_paths.size() > 1) {
    m_worker = std::jthread([this](const std::stop_token& stop) { run(stop); });
  }
}

ParseAhead::Item ParseAhead::parse_one(const std::string& path) const {
  Item item;
  item.path = path;
  try {
    item.parsed = m_parse(path);
  } catch (const InputError& failure) {
    item.error = failure.what();
  } catch (const std::exception& failure) {
    item.error = path + ": could not be parsed: " + failure.what();
  } catch (...) {
    item.error = path + ": could not be parsed";
  }
  return item;
}

ParseAhead::~ParseAhead() {
  m_worker.request_stop();  // wakes a worker waiting for room (condition_variable_any)
}

void ParseAhead::run(const std::stop_token& stop) {
  for (const std::string& path : m_paths) {
    {
      // Room for one more: always when nothing is waiting, else within the budget.
      std::unique_lock lock(m_mutex);
      if (!m_changed.wait(lock, stop,
                          [&] { return m_ready.empty() || m_ready_units < m_budget; })) {
        return;  // stopped
      }
    }
    Item item = parse_one(path);
    const std::size_t units = item.parsed ? units_of(*item.parsed) : 1;
    {
      const std::lock_guard lock(m_mutex);
      m_ready.emplace_back(std::move(item), units);
      m_ready_units += units;
    }
    m_changed.notify_all();
  }
}

std::optional<ParseAhead::Item> ParseAhead::next() {
  if (!m_worker.joinable()) {
    return m_taken < m_paths.size() ? std::optional<Item>(parse_one(m_paths[m_taken++]))
                                    : std::nullopt;
  }
  std::unique_lock lock(m_mutex);
  if (m_taken == m_paths.size()) {
    return std::nullopt;
  }
  m_changed.wait(lock, [&] { return !m_ready.empty(); });
  auto [item, units] = std::move(m_ready.front());
  m_ready.pop_front();
  m_ready_units -= units;
  ++m_taken;
  lock.unlock();
  m_changed.notify_all();
  return std::move(item);
}

}  // namespace citecheck::cli
