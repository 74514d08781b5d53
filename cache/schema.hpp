#pragma once
// The cache file's identity and layout: who it belongs to (application_id), which layout it
// has (user_version), and the steps from each older layout to the current one.

#include <cstdint>

namespace citecheck::cache {

class Database;

/// PRAGMA application_id of every citecheck cache: "CiTe" in ASCII.
inline constexpr std::int64_t k_application_id = 0x43695465;
/// PRAGMA user_version of the layout this build writes.
inline constexpr std::int64_t k_schema_version = 2;

/// Makes `db` a current citecheck cache: checks that it is one (or empty), switches it to
/// WAL, creates or migrates the tables. Throws StoreError (foreign, newer, damaged) before it
/// writes anything to a file that is not ours.
void prepare_schema(Database& db);

}  // namespace citecheck::cache
