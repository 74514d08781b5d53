// The CBOR pull reader, item by item: each head kind with its value, strings read whole or
// in chunks, containers skipped whole, and what it refuses.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "cache/cbor_reader.hpp"

using citecheck::cache::CborHead;
using citecheck::cache::CborReader;
using Type = CborHead::Type;
using namespace std::string_literals;

TEST_SUITE("cache") {
  TEST_CASE("CBOR heads: type and value (RFC 8949 Appendix A examples)") {
    struct Case {
      std::string bytes;
      Type type;
      std::uint64_t value;
    };
    const Case cases[] = {
        {"\x00"s, Type::unsigned_int, 0},
        {"\x17"s, Type::unsigned_int, 23},
        {"\x18\x18"s, Type::unsigned_int, 24},
        {"\x19\x03\xe8"s, Type::unsigned_int, 1000},
        {"\x1a\x00\x0f\x42\x40"s, Type::unsigned_int, 1000000},
        {"\x1b\x00\x00\x00\xe8\xd4\xa5\x10\x00"s, Type::unsigned_int, 1000000000000},
        {"\x1b\xff\xff\xff\xff\xff\xff\xff\xff"s, Type::unsigned_int, UINT64_MAX},
        {"\x20"s, Type::negative_int, 0},       // -1
        {"\x38\x63"s, Type::negative_int, 99},  // -100
        {"\x80"s, Type::array, 0},
        {"\x83"s, Type::array, 3},
        {"\xa2"s, Type::map, 2},
        {"\x64"s, Type::text, 4},
        {"\x44"s, Type::bytes, 4},
        {"\xf6"s, Type::null, 0},
    };
    for (const auto& c : cases) {
      CAPTURE(c.bytes.size());
      CborReader reader(c.bytes);
      CborHead head;
      REQUIRE(reader.head(head));
      CHECK(head.type == c.type);
      CHECK(head.value == c.value);
      CHECK_FALSE(head.indefinite);
      CHECK(reader.at_end());
    }
  }

  TEST_CASE("CBOR simple values and floats") {
    struct Case {
      std::string bytes;
      Type type;
      double real;
      bool truth;
    };
    const Case cases[] = {
        {"\xf4"s, Type::boolean, 0.0, false},
        {"\xf5"s, Type::boolean, 0.0, true},
        {"\xf9\x3c\x00"s, Type::real, 1.0, false},
        {"\xf9\x7b\xff"s, Type::real, 65504.0, false},
        {"\xf9\x00\x01"s, Type::real, 5.960464477539063e-8, false},  // smallest subnormal
        {"\xf9\xc4\x00"s, Type::real, -4.0, false},
        {"\xfa\x47\xc3\x50\x00"s, Type::real, 100000.0, false},
        {"\xfb\x3f\xf1\x99\x99\x99\x99\x99\x9a"s, Type::real, 1.1, false},
    };
    for (const auto& c : cases) {
      CAPTURE(c.real);
      CborReader reader(c.bytes);
      CborHead head;
      REQUIRE(reader.head(head));
      CHECK(head.type == c.type);
      CHECK(head.real == c.real);
      CHECK(head.truth == c.truth);
      CHECK(reader.at_end());
    }
    // The reader views its bytes: they must outlive it.
    const std::string infinity_bytes = "\xf9\x7c\x00"s;
    const std::string nan_bytes = "\xf9\x7e\x00"s;
    CborReader infinity(infinity_bytes);
    CborHead head;
    REQUIRE(infinity.head(head));
    CHECK(std::isinf(head.real));
    CborReader nan(nan_bytes);
    REQUIRE(nan.head(head));
    CHECK(std::isnan(head.real));
  }

  TEST_CASE("CBOR text whole and in chunks; containers skipped whole") {
    std::string text;
    CborHead head;
    const std::string whole_bytes = "\x64IETF"s;
    const std::string chunked_bytes = "\x7f\x65strea\x64ming\xff"s;
    const std::string nested_bytes =
        "\x84\x01\x82\x02\x03\xa1\x61"
        "a\x9f\x04\xff\x61x\x07"s;
    CborReader whole(whole_bytes);
    REQUIRE(whole.head(head));
    REQUIRE(whole.text(head, text));
    CHECK(text == "IETF");
    CHECK(whole.at_end());

    CborReader chunked(chunked_bytes);
    REQUIRE(chunked.head(head));
    CHECK(head.indefinite);
    REQUIRE(chunked.text(head, text));
    CHECK(text == "streaming");
    CHECK(chunked.at_end());

    // [1, [2, 3], {"a": [_ 4]}, "x"] then 7: skip() stops right before the 7.
    CborReader nested(nested_bytes);
    REQUIRE(nested.skip());
    REQUIRE(nested.head(head));
    CHECK(head.value == 7);
    CHECK(nested.at_end());
  }

  TEST_CASE("CBOR the reader refuses") {
    const std::string refused[] = {
        ""s,          // nothing
        "\x1c"s,      // reserved additional information
        "\x18"s,      // argument cut short
        "\xc1\x00"s,  // a tag
        "\xf7"s,      // undefined
        "\xf8\x20"s,  // a one-byte simple value
        "\xff"s,      // a break outside any container
        "\x1f"s,      // an integer cannot be indefinite
        "\x65"
        "abc"s,  // text shorter than its length
        "\x7f\x61"
        "a"s,  // chunks without their break
        "\x7f\x41"
        "a\xff"s,                                 // a byte-string chunk in text
        "\x7f\x7f\xff\xff"s,                      // an indefinite chunk (RFC 8949 3.2.3)
        "\x82\x01"s,                              // an array one item short
        "\x9b\xff\xff\xff\xff\xff\xff\xff\xff"s,  // 2^64 items that are not there
        std::string(100, '\x81') + "\x00"s,       // nested deeper than the store ever writes
    };
    for (const auto& bytes : refused) {
      CAPTURE(bytes.size());
      CborReader reader(bytes);
      CHECK_FALSE(reader.skip());
    }
  }
}
