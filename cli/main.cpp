#include "main_entry.hpp"

int main(int argc, char** argv) {
  return citecheck::cli::run(argc, argv);
}
