#include <doctest/doctest.h>
#include <zlib.h>

#include <atomic>

#include "engine/body_sink.hpp"
#include "loopback.hpp"

using namespace std::chrono_literals;
using citecheck::engine::BodySink;
namespace test = citecheck::test;

namespace {

// ~`zeros` bytes of zeros, gzip-compressed chunk by chunk: the bomb is built small.
std::string gzip_of_zeros(std::size_t zeros) {
  z_stream stream{};
  REQUIRE(deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) == Z_OK);
  const std::string chunk(1 << 20, '\0');
  std::string out;
  char buffer[1 << 16];
  std::size_t left = zeros;
  int flush = Z_NO_FLUSH;
  do {
    const std::size_t take = std::min(left, chunk.size());
    left -= take;
    flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(chunk.data()));
    stream.avail_in = static_cast<uInt>(take);
    do {
      stream.next_out = reinterpret_cast<Bytef*>(buffer);
      stream.avail_out = sizeof buffer;
      deflate(&stream, flush);
      out.append(buffer, sizeof buffer - stream.avail_out);
    } while (stream.avail_out == 0);
  } while (flush != Z_FINISH);
  deflateEnd(&stream);
  return out;
}

}  // namespace

TEST_SUITE("engine") {
  TEST_CASE("BodySink keeps at most its cap") {
    struct Case {
      std::size_t cap;
      std::vector<std::string> writes;
      std::string kept;
      bool capped;
    };
    const Case cases[] = {
        {10, {"hello"}, "hello", false},
        {10, {"hello", "world"}, "helloworld", false},  // exactly the cap is not a cut
        {10, {"hello", "world", "!"}, "helloworld", true},
        {4, {"hello"}, "hell", true},
        {0, {"x"}, "", true},
        {0, {}, "", false},
    };
    for (const Case& c : cases) {
      BodySink sink;
      sink.reset(c.cap);
      std::size_t refused = 0;
      for (const std::string& w : c.writes) {
        std::string data = w;
        refused += data.size() - BodySink::write(data.data(), 1, data.size(), &sink);
      }
      CHECK(sink.capped() == c.capped);
      CHECK((refused > 0) == c.capped);
      CHECK(sink.take() == c.kept);
    }
  }

  TEST_CASE("huge bodies are cut at max_body, live") {
    const std::string bomb = gzip_of_zeros(100u << 20);
    REQUIRE(bomb.size() < (1u << 20));
    std::atomic<std::size_t> served{0};
    test::LoopbackServer server([&](httplib::Server& s) {
      s.Get("/2gb", [&](const httplib::Request&, httplib::Response& res) {
        const std::size_t two_gb = std::size_t{2} << 30;
        res.set_content_provider(
            two_gb, "application/octet-stream",
            [&served](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
              static const std::string block(64 * 1024, 'x');
              const std::size_t n = std::min(length, block.size());
              if (!sink.write(block.data(), n)) {
                return false;
              }
              served = offset + n;
              return true;
            });
      });
      s.Get("/bomb", [&](const httplib::Request&, httplib::Response& res) {
        res.set_header("Content-Encoding", "gzip");
        res.set_content(bomb, "application/octet-stream");
      });
    });
    REQUIRE(server.ok());
    auto options = test::fast_options();
    options.max_body = 256 * 1024;
    auto engine = citecheck::make_curl_engine(options);

    SUBCASE("a 2 GB body is cut at the cap and the connection closed") {
      const auto start = std::chrono::steady_clock::now();
      const auto r = engine->fetch(test::get(server.url("/2gb")));
      CHECK(r.error == citecheck::NetError::none);
      CHECK(r.status == 200);
      CHECK(r.body_truncated);
      CHECK(r.body.size() == 256 * 1024);
      CHECK(test::seconds_since(start) < 2.0);
      std::this_thread::sleep_for(200ms);
      const std::size_t after = served.load();
      std::this_thread::sleep_for(200ms);
      CHECK(served.load() == after);       // the server stopped sending
      CHECK(served.load() < (64u << 20));  // long before 2 GB
    }
    SUBCASE("a gzip bomb is capped after decompression") {
      const auto r = engine->fetch(test::get(server.url("/bomb")));
      CHECK(r.error == citecheck::NetError::none);
      CHECK(r.status == 200);
      CHECK(r.body_truncated);
      CHECK(r.body.size() == 256 * 1024);
      CHECK(r.body.find_first_not_of('\0') == std::string::npos);
    }
    SUBCASE("a request's own max_body is lower still") {
      auto request = test::get(server.url("/2gb"));
      request.max_body = 1000;
      const auto r = engine->fetch(request);
      CHECK(r.body.size() == 1000);
      CHECK(r.body_truncated);
    }
  }
}
