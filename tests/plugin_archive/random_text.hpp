#pragma once
// Random and oversized inputs for the parsers: they must neither crash nor hang.

#include <random>
#include <string>
#include <vector>

namespace citecheck::test {

/// `count` strings mixing the characters the parsers care about with arbitrary bytes;
/// fixed seed, so a failure repeats.
inline std::vector<std::string> random_texts(int count, std::size_t max_length = 300) {
  static constexpr char k_interesting[] = "0123456789:/.?#%<>;,=\"[]{}_- httpsweb*!aZ\t\r\n\\";
  std::mt19937 random(20190601);
  std::vector<std::string> out;
  for (int i = 0; i < count; ++i) {
    const std::size_t length = random() % max_length;
    std::string text;
    for (std::size_t j = 0; j < length; ++j) {
      text += random() % 4 == 0 ? static_cast<char>(random() % 256)
                                : k_interesting[random() % (sizeof k_interesting - 1)];
    }
    out.push_back(std::move(text));
  }
  // Seeds that look almost right.
  out.push_back("https://web.archive.org/web/20190101000000/");
  out.push_back("https://web.archive.org/web/2019010100000000000000000/http://a");
  out.push_back("[[\"timestamp\",\"original\"],[\"20190101000000\"]]");
  out.push_back(std::string(200000, '['));
  out.push_back(std::string(100000, '<') + std::string(100000, '>'));
  out.push_back("{\"archived_snapshots\":{\"closest\":" + std::string(5000, '{'));
  return out;
}

}  // namespace citecheck::test
