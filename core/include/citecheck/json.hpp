#pragma once
// JSON forms of the records. Field names match the corpus gold files, so parse output and
// gold compare directly.

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>
#include <type_traits>

#include <citecheck/citation.hpp>
#include <citecheck/link_check.hpp>
#include <citecheck/pipeline.hpp>

namespace citecheck {

nlohmann::json to_json(const Repair& repair);
nlohmann::json to_json(const Citation& citation);
nlohmann::json to_json(const Footnote& footnote);
/// {"document", "format", "footnotes": [...], "warnings": [...]}
nlohmann::json to_json(const ParsedDocument& document);

/// Evidence as reports, exports and the cache keep it. Headers are [name, value] pairs (order
/// and repeated names are evidence too); request headers that carry credentials are written
/// as "[redacted]", since reports and caches travel further than the settings holding them.
nlohmann::json to_json(const Evidence& evidence);
/// Tolerant: missing or mistyped fields keep their defaults, so old or hand-edited data never
/// stops a run.
Evidence evidence_from_json(const nlohmann::json& json);
/// {"url", "normalized_url", "state", "status", "final_url", "moved_to", "checked_at",
///  "from_cache", "error", "evidence"}
nlohmann::json to_json(const LinkCheck& check);
/// Whether a request header of that name carries a credential.
bool is_secret_header(std::string_view name);

/// The whole number a JSON number stands for when it fits `T` (a fraction is cut toward
/// zero), else nullopt: not a number, NaN, an infinity, or out of T's range. Stored data may
/// be damaged, and converting such a value with a plain cast is undefined behaviour.
template <typename T>
std::optional<T> json_whole(const nlohmann::json& value) {
  static_assert(std::is_integral_v<T>);
  using limits = std::numeric_limits<T>;
  if (value.is_number_unsigned()) {
    const auto v = value.get<std::uint64_t>();
    return v <= static_cast<std::uint64_t>(limits::max()) ? std::optional<T>(static_cast<T>(v))
                                                          : std::nullopt;
  }
  if (value.is_number_integer()) {
    const auto v = value.get<std::int64_t>();
    if constexpr (std::is_unsigned_v<T>) {
      return v >= 0 && static_cast<std::uint64_t>(v) <= limits::max()
                 ? std::optional<T>(static_cast<T>(v))
                 : std::nullopt;
    } else {
      return v >= limits::min() && v <= limits::max() ? std::optional<T>(static_cast<T>(v))
                                                      : std::nullopt;
    }
  }
  if (value.is_number_float()) {
    const double v = std::trunc(value.get<double>());
    // Both bounds as doubles: max() + 1 is a power of two, exact where max() may not be.
    const double below = static_cast<double>(limits::min());
    const double above = std::ldexp(1.0, limits::digits);
    return std::isfinite(v) && v >= below && v < above ? std::optional<T>(static_cast<T>(v))
                                                       : std::nullopt;
  }
  return std::nullopt;
}

}  // namespace citecheck
