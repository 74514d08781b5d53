// Location string -> store implementation, from one table (after ccache's storage.cpp).
// A PostgreSQL store for many machines auditing one archive would be one more row.

#include <array>
#include <string_view>

#include <citecheck/store.hpp>

#include "sqlite_store.hpp"

namespace citecheck {
namespace {

using Opener = std::unique_ptr<Store> (*)(const std::string& rest, const StoreOptions& options);

std::unique_ptr<Store> open_sqlite(const std::string& rest, const StoreOptions& options) {
  // "sqlite:///abs/path" and "sqlite://host/..." are URL spellings; the host part must be
  // empty (or localhost): a SQLite file is always local.
  std::string path = rest;
  if (path.rfind("//", 0) == 0) {
    path.erase(0, 2);
    if (path.rfind("localhost/", 0) == 0) {
      path.erase(0, 9);
    } else if (!path.empty() && path.front() != '/') {
      throw StoreError(StoreError::Kind::io, "sqlite:" + rest,
                       "a SQLite cache must be a local file: write sqlite:/path/to/cache.db");
    }
  }
  return cache::open_sqlite_store(path, options);
}

std::unique_ptr<Store> open_null(const std::string& /*rest*/, const StoreOptions& /*options*/) {
  return make_null_store();
}

std::unique_ptr<Store> open_memory(const std::string& /*rest*/, const StoreOptions& options) {
  return cache::open_memory_store(options);
}

struct Scheme {
  std::string_view name;
  Opener open;
};

// A null opener marks a scheme that is planned but not built into this citecheck.
constexpr std::array<Scheme, 4> k_schemes{{
    {"sqlite", open_sqlite},
    {"memory", open_memory},
    {"null", open_null},
    {"postgresql", nullptr},
}};

/// The scheme of "name:rest" when `location` has one. A scheme is two or more letters,
/// digits, '+', '-' or '.', starting with a letter, so "C:\x" and "./a:b" are paths.
std::string_view scheme_of(std::string_view location) {
  const auto colon = location.find(':');
  if (colon == std::string_view::npos || colon < 2) {
    return {};
  }
  const std::string_view name = location.substr(0, colon);
  const auto is_alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (!is_alpha(name.front())) {
    return {};
  }
  for (const char c : name) {
    if (!is_alpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
      return {};
    }
  }
  return name;
}

}  // namespace

std::unique_ptr<Store> open_store(const std::string& location, const StoreOptions& options) {
  const std::string_view scheme = scheme_of(location);
  if (scheme.empty()) {
    return cache::open_sqlite_store(location, options);
  }
  std::string known;
  for (const auto& entry : k_schemes) {
    if (entry.open != nullptr) {
      known += (known.empty() ? "" : ", ") + std::string(entry.name) + ":";
    }
  }
  for (const auto& entry : k_schemes) {
    if (entry.name == scheme && entry.open != nullptr) {
      return entry.open(location.substr(scheme.size() + 1), options);
    }
    if (entry.name == scheme) {
      throw StoreError(StoreError::Kind::unknown_scheme, location,
                       std::string(scheme) +
                           ": caches are not built into this citecheck (it "
                           "knows " +
                           known + ")");
    }
  }
  throw StoreError(StoreError::Kind::unknown_scheme, location,
                   "unknown cache type '" + std::string(scheme) + ":' (this citecheck knows " +
                       known + "; a plain path means a SQLite file)");
}

}  // namespace citecheck
