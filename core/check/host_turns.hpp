#pragma once
// The order links are handed to the engine in: one per host in turn, so that a bounded
// window of queued requests keeps every host busy. In document order, a window could fill
// with one site's 1,000 links (run at its per-host limit) while the other sites wait.

#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace citecheck::check {

/// Items grouped by host, given back one host at a time, each host's items in their order.
/// O(1) per item however many hosts there are.
template <typename Item>
class HostTurns {
 public:
  void add(const std::string& host, Item item) {
    const auto [it, added] = m_index.try_emplace(host, m_queues.size());
    if (added) {
      m_queues.push_back(Queue{host, {}, false});
    }
    Queue& queue = m_queues[it->second];
    queue.items.push_back(std::move(item));
    if (!queue.in_turn) {
      queue.in_turn = true;
      m_turns.push_back(it->second);
    }
    ++m_size;
  }

  std::size_t size() const { return m_size; }

  /// The next item of the next host in turn that `ready(host)` accepts; nullopt when no host
  /// with items is ready (or none has items left). Hosts passed over keep their turn.
  template <typename Ready>
  std::optional<Item> next(Ready&& ready) {
    for (std::size_t tried = 0, hosts = m_turns.size(); tried < hosts; ++tried) {
      const std::size_t host = m_turns.front();
      m_turns.pop_front();
      Queue& queue = m_queues[host];
      if (!ready(queue.host)) {
        m_turns.push_back(host);
        continue;
      }
      Item item = std::move(queue.items.front());
      queue.items.pop_front();
      if (queue.items.empty()) {
        queue.in_turn = false;
      } else {
        m_turns.push_back(host);
      }
      --m_size;
      return item;
    }
    return std::nullopt;
  }

  std::optional<Item> next() {
    return next([](const std::string&) { return true; });
  }

 private:
  struct Queue {
    std::string host;
    std::deque<Item> items;
    bool in_turn = false;
  };
  std::unordered_map<std::string, std::size_t> m_index;
  std::vector<Queue> m_queues;
  std::deque<std::size_t> m_turns;  ///< hosts with items, next first
  std::size_t m_size = 0;
};

}  // namespace citecheck::check
