#pragma once
// Bounded access to the parts of a DOCX package. A DOCX is a ZIP that anyone can craft:
// every part is read in chunks against a size cap and a compression-ratio cap, so a ZIP
// bomb ends with an InputError instead of filling memory.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct zip;

namespace citecheck::readers {

/// Caps on what one part may expand to.
struct ZipLimits {
  std::uint64_t max_part_bytes = 64ull << 20;
  std::uint64_t max_total_bytes = 256ull << 20;
  /// Uncompressed/compressed; XML compresses ~10:1, zero-filled bombs 1000:1. Parts
  /// smaller than `ratio_floor_bytes` are never refused for their ratio.
  std::uint64_t max_ratio = 200;
  std::uint64_t ratio_floor_bytes = 1ull << 20;
};

/// An opened package; errors name `path`.
class DocxPackage {
 public:
  /// Throws InputError when `bytes` is not a readable ZIP. Keeps a view of `bytes`, which
  /// must outlive the package.
  DocxPackage(std::string path, std::string_view bytes, ZipLimits limits = {});
  ~DocxPackage();
  DocxPackage(const DocxPackage&) = delete;
  DocxPackage& operator=(const DocxPackage&) = delete;

  bool has(const std::string& name) const;
  /// The part's bytes; nullopt when absent. Throws InputError when encrypted, corrupt, or
  /// over the limits.
  std::optional<std::string> read(const std::string& name);

 private:
  std::string m_path;
  ZipLimits m_limits;
  std::uint64_t m_total = 0;
  struct Closer {
    void operator()(zip* archive) const;
  };
  std::unique_ptr<zip, Closer> m_archive;
};

}  // namespace citecheck::readers
