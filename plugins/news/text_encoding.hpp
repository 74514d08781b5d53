#pragma once
// Pages that are not UTF-8. The parser reads UTF-8 only; old news pages (the UN News
// Centre's story.asp among them) were served as ISO-8859-1 or windows-1252, whose accented
// letters would otherwise turn into replacement characters and spoil the title comparison.

#include <string>
#include <string_view>

namespace citecheck::plugins::news {

/// True when `text` is well-formed UTF-8.
bool is_utf8(std::string_view text);

/// The charset a page declares: in the Content-Type header, else in a <meta charset> or
/// <meta http-equiv="Content-Type"> within its first bytes; lower case, "" when none.
std::string declared_charset(std::string_view content_type, std::string_view body);

/// `body` as UTF-8: unchanged when it already is; read as windows-1252 (the superset of
/// ISO-8859-1 that browsers use for both) when it is not and the page declares a Latin-1
/// family charset or none. Other charsets are left to the parser's replacement characters.
std::string page_text_as_utf8(std::string_view body, std::string_view content_type);

}  // namespace citecheck::plugins::news
