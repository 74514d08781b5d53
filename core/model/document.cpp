#include <citecheck/document.hpp>

#include <algorithm>
#include <array>
#include <utility>

namespace citecheck {
namespace {

constexpr std::array<std::pair<Format, std::string_view>, 7> k_format_names{{
    {Format::text, "text"},
    {Format::markdown, "markdown"},
    {Format::html, "html"},
    {Format::wikitext, "wikitext"},
    {Format::jats, "jats"},
    {Format::pdf, "pdf"},
    {Format::docx, "docx"},
}};

}  // namespace

std::string_view to_string(Format format) {
  for (const auto& [f, name] : k_format_names) {
    if (f == format) {
      return name;
    }
  }
  return "text";
}

std::optional<Format> format_from_string(std::string_view name) {
  for (const auto& [f, n] : k_format_names) {
    if (n == name) {
      return f;
    }
  }
  if (name == "txt" || name == "plain") {
    return Format::text;
  }
  if (name == "md") {
    return Format::markdown;
  }
  return std::nullopt;
}

std::vector<std::size_t> index_lines(std::string_view text) {
  std::vector<std::size_t> starts{0};
  // Line to line with find (memchr), not byte by byte: every document is indexed.
  for (std::size_t nl = text.find('\n'); nl != std::string_view::npos;
       nl = text.find('\n', nl + 1)) {
    starts.push_back(nl + 1);
  }
  return starts;
}

int Document::line_of(std::size_t offset) const {
  if (line_starts.empty()) {
    return 1;
  }
  const auto it = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
  return static_cast<int>(it - line_starts.begin());
}

const LinePlacement* Document::placement_of(std::size_t offset) const {
  const auto it =
      std::upper_bound(placements.begin(), placements.end(), offset,
                       [](std::size_t value, const LinePlacement& p) { return value < p.offset; });
  return it == placements.begin() ? nullptr : &*(it - 1);
}

}  // namespace citecheck
