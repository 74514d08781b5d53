namespace citecheck::cache {}
