#pragma once
// The title a citation gives in quotes: straight ('...', "..."), typographic (‘...’, “...”,
// „...“) or guillemets («...»), with quotes nested inside and apostrophes that look like
// closing quotes ("MINUSMA's", "Peoples' "), and the mixed marks print has (‘Title,”).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace citecheck::plugins::news {

/// Where the quoted title sits (`begin` at its opening quote, `end` past its closing quote)
/// and its text, trimmed, without the punctuation styles put inside the quotes ("Title,").
struct QuotedTitle {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;
};

/// The first quoted span of `text` that reads as a title (at least two characters, not just
/// an apostrophe); nullopt when there is none.
std::optional<QuotedTitle> find_quoted_title(std::string_view text);

/// Drops the punctuation a style puts at a title's end inside the quotes ("Title," and
/// "Title.") but keeps what belongs to it ("U.N.", "Mali?").
std::string trim_title(std::string_view title);

}  // namespace citecheck::plugins::news
