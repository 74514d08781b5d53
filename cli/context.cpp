#include "context.hpp"

#include <ostream>
#include <string>

namespace citecheck::cli {

void warn(const Context& context, const std::string& text) {
  context.err << "citecheck: warning: " << text << '\n';
}

void error(const Context& context, const std::string& text) {
  context.err << "citecheck: error: " << text << '\n';
}

}  // namespace citecheck::cli
