#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "check/host_turns.hpp"

using citecheck::check::HostTurns;

TEST_SUITE("check") {
  TEST_CASE("HostTurns: hosts take turns, each host's items keep their order") {
    struct Case {
      std::vector<std::pair<std::string, int>> added;
      std::vector<int> given;
    };
    const Case cases[] = {
        {{}, {}},
        {{{"a", 1}, {"a", 2}, {"a", 3}}, {1, 2, 3}},
        {{{"a", 1}, {"a", 2}, {"a", 3}, {"b", 4}, {"b", 5}, {"c", 6}}, {1, 4, 6, 2, 5, 3}},
        {{{"b", 1}, {"a", 2}, {"b", 3}, {"a", 4}}, {1, 2, 3, 4}},
    };
    for (const auto& c : cases) {
      HostTurns<int> turns;
      for (const auto& [host, item] : c.added)
        turns.add(host, item);
      CHECK(turns.size() == c.added.size());
      std::vector<int> given;
      while (auto item = turns.next())
        given.push_back(*item);
      CHECK(given == c.given);
      CHECK(turns.size() == 0);
    }
  }

  TEST_CASE("HostTurns: a host that is not ready is passed over and keeps its turn") {
    HostTurns<int> turns;
    for (int i = 0; i < 3; ++i) {
      turns.add("slow", i);
      turns.add("fast", 10 + i);
    }
    std::map<std::string, int> given;
    const auto only_fast = [](const std::string& host) { return host == "fast"; };
    std::vector<int> got;
    while (auto item = turns.next(only_fast))
      got.push_back(*item);
    CHECK(got == std::vector<int>{10, 11, 12});
    CHECK(turns.size() == 3);
    CHECK_FALSE(turns.next([](const std::string&) { return false; }));
    CHECK(turns.next() == 0);  // the slow host's items are all still there, in order
    CHECK(turns.next() == 1);
    CHECK(turns.next() == 2);
    CHECK_FALSE(turns.next());
  }

  TEST_CASE("HostTurns: 100,000 hosts of one item each are given back in order") {
    HostTurns<int> turns;
    for (int i = 0; i < 100000; ++i)
      turns.add("h" + std::to_string(i), i);
    int expected = 0;
    bool in_order = true;
    while (auto item = turns.next())
      in_order = in_order && *item == expected++;
    CHECK(in_order);
    CHECK(expected == 100000);
  }
}
