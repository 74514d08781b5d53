#pragma once
// Word field instructions. Only HYPERLINK matters here: its target is the URL the visible
// text stands for.

#include <optional>
#include <string>
#include <string_view>

namespace citecheck::readers {

/// The external target of a field instruction such as `HYPERLINK "https://x.org/a" \o "tip"`;
/// nullopt for other fields and for links to a bookmark only (`HYPERLINK \l "_Toc1"`).
std::optional<std::string> hyperlink_target(std::string_view instruction);

}  // namespace citecheck::readers
