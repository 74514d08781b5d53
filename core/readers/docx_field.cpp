#include "readers/docx_field.hpp"

#include <vector>

namespace citecheck::readers {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Word's field syntax: words separated by spaces, quoted arguments may hold spaces, a
// backslash inside quotes escapes the next character.
std::vector<std::string> field_words(std::string_view instruction) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < instruction.size()) {
    while (i < instruction.size() && is_space(instruction[i])) {
      ++i;
    }
    if (i >= instruction.size()) {
      break;
    }
    std::string word;
    if (instruction[i] == '"') {
      ++i;
      while (i < instruction.size() && instruction[i] != '"') {
        if (instruction[i] == '\\' && i + 1 < instruction.size() &&
            (instruction[i + 1] == '"' || instruction[i + 1] == '\\')) {
          ++i;
        }
        word.push_back(instruction[i++]);
      }
      ++i;
    } else {
      while (i < instruction.size() && !is_space(instruction[i])) {
        word.push_back(instruction[i++]);
      }
    }
    words.push_back(std::move(word));
  }
  return words;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::optional<std::string> hyperlink_target(std::string_view instruction) {
  const std::vector<std::string> words = field_words(instruction);
  if (words.empty() || !iequals(words[0], "HYPERLINK")) {
    return std::nullopt;
  }
  for (std::size_t i = 1; i < words.size(); ++i) {
    const std::string& word = words[i];
    if (word.size() == 2 && word[0] == '\\') {
      // \l \o \t take an argument; \m \n \h do not.
      const char flag = static_cast<char>(word[1] | 0x20);
      if (flag == 'l' || flag == 'o' || flag == 't') {
        ++i;
      }
      continue;
    }
    if (!word.empty()) {
      return word;
    }
  }
  return std::nullopt;
}

}  // namespace citecheck::readers
