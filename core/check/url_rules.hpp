#pragma once
// Which URLs are fetched at all: scheme, syntax and the user's include/exclude rules.

#include <optional>
#include <regex>
#include <string>
#include <vector>

#include <citecheck/check.hpp>

namespace citecheck::check {

/// The user's patterns compiled once per run. Throws UsageError naming a bad pattern.
class UrlRules {
 public:
  explicit UrlRules(const CheckRules& rules);
  /// Why the URL is skipped, or nullopt when it is to be checked.
  std::optional<std::string> skip_reason(const std::string& url) const;

 private:
  std::vector<std::pair<std::string, std::regex>> m_include;
  std::vector<std::pair<std::string, std::regex>> m_exclude;
};

/// Why `url` is not a checkable http(s) URL ("not a URL", "mailto: is not fetched"), or
/// nullopt. `invalid` is set when it is not a URL at all.
std::optional<std::string> unfetchable_reason(const std::string& url, bool& invalid);

/// True for URLs whose body is irrelevant to judge them (files, not pages): HEAD suffices.
bool looks_like_file(const std::string& url);

}  // namespace citecheck::check
