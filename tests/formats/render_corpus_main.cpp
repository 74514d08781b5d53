// render_corpus CORPUS OUT: the corpus's text and Markdown golds rendered as HTML, JATS,
// DOCX and PDF documents with their own golds, for `citecheck eval --corpus OUT`.
#include <exception>
#include <iostream>

#include "render_corpus.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: render_corpus CORPUS OUT\n";
    return 2;
  }
  try {
    const std::size_t written = citecheck::test::render_corpus(argv[1], argv[2]);
    std::cout << written << " documents written to " << argv[2] << '\n';
    return written > 0 ? 0 : 1;
  } catch (const std::exception& error) {
    std::cerr << "render_corpus: " << error.what() << '\n';
    return 1;
  }
}
