#pragma once
// Reads the parts of a journal citation from its plain text, whatever the style:
// Chicago ('Author, "Title," Journal 61, no.1 (2019): 85-90'), APA ('Author (2019). Title.
// Journal, 12(3), 45-67.'), Harvard ('Author (2019) 'Title', Journal, 12(3), pp. 45-67.'),
// MLA ('Author. "Title." Journal, vol. 12, no. 3, 2019, pp. 45-67.') and the like.

#include <string>
#include <string_view>
#include <vector>

namespace citecheck::plugins::journals {

/// What the layout gives; empty strings where the text does not say.
struct ArticleLayout {
  std::vector<std::string> authors;
  std::string title;
  std::string container;
  std::string volume;
  std::string issue;
  std::string pages;
  std::string year;
  bool quoted_title = false;    ///< the title stood in quotation marks
  bool in_container = false;    ///< "in <container>": a chapter or a conference paper
  bool compact_volume = false;  ///< volume and issue printed as "12(3)", journals' own form
};

/// Reads `plain` (markup already removed). Never throws; bounded work on any input.
ArticleLayout read_article(std::string_view plain);

}  // namespace citecheck::plugins::journals
