#pragma once
// The SQLite store's factory; the class itself stays in sqlite_store.cpp.

#include <memory>
#include <string>

#include <citecheck/store.hpp>

namespace citecheck::cache {

/// Opens or creates the cache file at `path` (parent folders too).
std::unique_ptr<Store> open_sqlite_store(const std::string& path, const StoreOptions& options);

/// A store that lives in memory and ends with the process: what one run learns, for that
/// run only (`--no-cache`).
std::unique_ptr<Store> open_memory_store(const StoreOptions& options);

}  // namespace citecheck::cache
