#pragma once
// Numbers read back from stored or received JSON. Header-only: plugins use it too.

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <type_traits>

namespace citecheck {

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

/// The member `key` of `object` as json_whole<T>, or `fallback` when `object` is no object,
/// has no such member, or it does not fit: the tolerant read of a whole-number field.
template <typename T>
T json_whole_or(const nlohmann::json& object, const char* key, T fallback) {
  if (!object.is_object()) {
    return fallback;
  }
  const auto it = object.find(key);
  return it == object.end() ? fallback : json_whole<T>(*it).value_or(fallback);
}

}  // namespace citecheck
