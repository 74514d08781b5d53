# Language level and code-generation settings every target links through `standard_settings`.
include(GNUInstallDirs)

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
# Static libraries of core are linked into plugin modules too.
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

add_library(standard_settings INTERFACE)
# Boost.DLL on std::filesystem: no compiled Boost library is needed.
target_compile_definitions(standard_settings INTERFACE BOOST_DLL_USE_STD_FS
                           CITECHECK_VERSION="${PROJECT_VERSION}")

# One static library per core folder, so the layering stays visible in the build:
#   citecheck_library(NAME SOURCES a.cpp b.cpp DEPS other_lib ...)
# Internal headers are included rooted at core/ ("segment/layout.hpp").
function(citecheck_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_link_libraries(${name} PUBLIC citecheck_api ${ARG_DEPS}
                        PRIVATE standard_warnings ${ARG_PRIVATE_DEPS})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/core)
endfunction()

# Links a program with mimalloc when CITECHECK_MIMALLOC is on (see Dependencies.cmake).
function(citecheck_use_allocator target)
  if(CITECHECK_MIMALLOC)
    target_link_libraries(${target} PRIVATE mimalloc)
  endif()
endfunction()
