// Several citecheck processes sharing one cache, and a process killed while it writes.

#include <doctest/doctest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <set>

#include "cache/cache_test_util.hpp"

using namespace citecheck;
using namespace citecheck::cache_test;

namespace {

/// Runs `body` in a child process; the child exits 0 if it returned, 1 if it threw.
template <typename Body>
pid_t spawn(Body&& body) {
  std::fflush(nullptr);
  const pid_t pid = fork();
  if (pid == 0) {
    int code = 0;
    try {
      body();
    } catch (const std::exception& error) {
      std::fprintf(stderr, "child %d: %s\n", static_cast<int>(getpid()), error.what());
      code = 1;
    }
    _exit(code);
  }
  return pid;
}

int exit_code(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace

TEST_SUITE("cache") {
  TEST_CASE("two processes writing the same cache at once lose nothing") {
    TempDir dir;
    const std::string path = dir.file("shared.db");
    std::vector<pid_t> children;
    for (int child = 0; child < 2; ++child) {
      children.push_back(spawn([&path, child] {
        // Each child opens its own connection, racing the other to create the file too.
        auto store = open_store(path);
        for (int i = 0; i < 500; ++i) {
          const std::string url =
              "https://p" + std::to_string(child) + ".example/" + std::to_string(i);
          store->record(make_check(url, i % 7 == 0 ? LinkState::dead : LinkState::ok, 200));
          if (i % 50 == 0) {
            (void)store->fresh(url);
            (void)store->stats();
          }
        }
      }));
    }
    for (const pid_t pid : children) {
      CHECK(exit_code(pid) == 0);
    }
    auto store = open_store(path);
    const auto stats = store->stats();
    CHECK(stats.history_rows == 1000);
    CHECK(stats.entries == 1000);
    RawDb raw(path);
    CHECK(raw.text("PRAGMA integrity_check") == "ok");
  }

  TEST_CASE("a writer killed mid-way leaves a sound file with every committed batch") {
    constexpr int k_batch = 50;
    TempDir dir;
    const std::string path = dir.file("killed.db");
    (void)open_store(path);  // created before the child starts, so the parent can read it
    int pipe_fds[2];
    REQUIRE(pipe(pipe_fds) == 0);
    const pid_t pid = spawn([&] {
      close(pipe_fds[0]);
      auto store = open_store(path);
      for (int batch = 0;; ++batch) {
        std::vector<LinkCheck> checks;
        for (int i = 0; i < k_batch; ++i) {
          checks.push_back(make_check("https://k.example/" + std::to_string(batch * k_batch + i),
                                      LinkState::ok, 200));
        }
        store->record_all(checks, "run-" + std::to_string(batch));
        const int committed = batch + 1;
        if (write(pipe_fds[1], &committed, sizeof committed) != sizeof committed) {
          return;
        }
      }
    });
    close(pipe_fds[1]);
    int reported = 0;
    while (reported < 20) {
      int value = 0;
      REQUIRE(read(pipe_fds[0], &value, sizeof value) == static_cast<ssize_t>(sizeof value));
      reported = value;
    }
    kill(pid, SIGKILL);
    CHECK(exit_code(pid) == 128 + SIGKILL);
    for (int value = 0; read(pipe_fds[0], &value, sizeof value) == sizeof value;) {
      reported = value;
    }
    close(pipe_fds[0]);

    {
      RawDb raw(path);
      CHECK(raw.text("PRAGMA integrity_check") == "ok");
    }
    auto store = open_store(path);
    const auto stats = store->stats();
    CAPTURE(reported);
    CAPTURE(stats.history_rows);
    // Whole batches only: the one being written when the kill came is entirely absent.
    CHECK(stats.history_rows % k_batch == 0);
    CHECK(stats.history_rows >= static_cast<std::uint64_t>(reported) * k_batch);
    CHECK(stats.history_rows <= static_cast<std::uint64_t>(reported + 1) * k_batch);
    CHECK(stats.entries == stats.history_rows);
    for (int i = 0; i < reported * k_batch; i += 97) {
      CHECK(store->latest("https://k.example/" + std::to_string(i)).has_value());
    }
    store->record(make_check("https://after.example/", LinkState::ok, 200));
    CHECK(store->latest("https://after.example/").has_value());
  }
}
