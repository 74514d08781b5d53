#pragma once
// The `eval` report: per document, per format and in total.

#include <iosfwd>

#include <citecheck/eval.hpp>

namespace citecheck::cli {

void write_eval_table(std::ostream& out, const eval::CorpusResult& result);
void write_eval_json(std::ostream& out, const eval::CorpusResult& result);

}  // namespace citecheck::cli
