# Every external dependency, with the minimum version we build against (Debian 12's).
find_package(Threads REQUIRED)
find_package(PkgConfig REQUIRED)

find_package(CURL 7.88 REQUIRED)
find_package(SQLite3 3.40 REQUIRED)
find_package(Boost 1.74 REQUIRED)  # header-only parts: DLL
find_package(nlohmann_json 3.11 REQUIRED)
find_package(pugixml 1.13 REQUIRED)
find_package(CLI11 2.1 REQUIRED)
find_package(tomlplusplus 3.3 REQUIRED)
# libzip's CMake config in Debian references tools from another package: use pkg-config.
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip>=1.7)
find_package(ZLIB REQUIRED)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo>=0.10)
pkg_check_modules(POPPLER_CPP REQUIRED IMPORTED_TARGET poppler-cpp>=22)
# poppler-cpp has no annotation API: PDF link annotations (URI actions) come from poppler-glib.
pkg_check_modules(POPPLER_GLIB REQUIRED IMPORTED_TARGET poppler-glib>=22)
pkg_check_modules(MD4C REQUIRED IMPORTED_TARGET md4c>=0.4)
# The Public Suffix List, to tell which hosts one owner registered (the checker's site rules).
pkg_check_modules(LIBPSL REQUIRED IMPORTED_TARGET libpsl>=0.21)
# The programs' allocator: parsing makes millions of small strings, and glibc's malloc was a
# tenth of parse time (mimalloc: +9% documents MB/s, same peak memory). Linked into the
# executables only, as a shared library, so it replaces malloc for plugins too.
if(CITECHECK_MIMALLOC)
  find_package(mimalloc 2.0 REQUIRED)
endif()

if(CITECHECK_BUILD_TESTS OR CITECHECK_BUILD_BENCH)
  find_package(doctest 2.4 REQUIRED)
  # cpp-httplib in Debian is a compiled library built with OpenSSL, zlib and brotli; its
  # pkg-config file carries the defines the header's class layout depends on.
  find_package(OpenSSL 3.0 REQUIRED)
  pkg_check_modules(CPP_HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib>=0.11)
  add_library(httplib_server INTERFACE)
  target_link_libraries(httplib_server INTERFACE PkgConfig::CPP_HTTPLIB OpenSSL::SSL ZLIB::ZLIB
                        Threads::Threads)
endif()
