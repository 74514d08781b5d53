// STUB: replaced by the accuracy (eval) work.
namespace citecheck::eval {}
