# Warnings every target links through `standard_warnings`; CI builds with -Werror.
add_library(standard_warnings INTERFACE)
target_compile_options(standard_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                       -Wnon-virtual-dtor -Wcast-align -Wunused -Woverloaded-virtual
                       -Wimplicit-fallthrough)
if(CITECHECK_WERROR)
  target_compile_options(standard_warnings INTERFACE -Werror)
endif()
