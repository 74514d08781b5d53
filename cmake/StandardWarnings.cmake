# Warnings every target links through `standard_warnings`; CI builds with -Werror.
add_library(standard_warnings INTERFACE)
target_compile_options(standard_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                       -Wnon-virtual-dtor -Wcast-align -Wunused -Woverloaded-virtual
                       -Wimplicit-fallthrough)
if(CITECHECK_WERROR)
  target_compile_options(standard_warnings INTERFACE -Werror)
endif()
# GCC 12 at -O3 (a Release build) reports -Wrestrict inside libstdc++'s own std::string
# copies (char_traits.h: "__builtin_memcpy ... may overlap up to 9223372036854775813 bytes"),
# a false positive fixed in GCC 13 (GCC bug 105329). It made Release builds with -Werror fail
# on code with no overlap at all; the check stays on for every other compiler.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(standard_warnings INTERFACE -Wno-restrict)
endif()
