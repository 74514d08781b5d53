#pragma once
// Reads the parts of a citation from where the common styles put them: who before the
// title, the title in quotes (or after an APA date, or in a wikitext link), the outlet
// after the title, dates anywhere but inside the title and the URLs.
//   Chicago: Jane Doe, "Title," New York Times, May 3, 2020, https://...
//   APA:     Smith, J. (2020, May 3). Title. The Guardian. https://...
//   UN:      United Nations News Centre, 'Title', 6 January 2015, http://...
//   Wiki:    Riding, Alan, [https://... Title]. New York Times. 14 June 2001.

#include <string>
#include <string_view>
#include <vector>

namespace citecheck::plugins::news {

/// What the text of one citation says, by position.
struct CitationLayout {
  std::string masked;  ///< the text with URLs blanked, same length (for phrase searches)
  std::string title;
  std::vector<std::string> authors;
  std::string container;  ///< outlet or site named after the title
  bool container_is_news = false;
  std::string lead_organisation;  ///< a body named before the title instead of authors
  bool lead_is_news = false;
  std::string publisher;  ///< named as publisher by a citation template
  std::string issued;     ///< ISO date of publication
  std::string accessed;   ///< ISO date the source was read
};

CitationLayout read_layout(std::string_view raw);

}  // namespace citecheck::plugins::news
