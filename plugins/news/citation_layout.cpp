#include "citation_layout.hpp"

#include <algorithm>
#include <optional>

#include "common/ascii.hpp"
#include "dates.hpp"
#include "names.hpp"
#include "outlets.hpp"
#include "quoted_title.hpp"
#include "url_parts.hpp"
#include "wiki_template.hpp"

namespace citecheck::plugins::news {

namespace {

constexpr std::size_t k_max_lead_words = 14;
constexpr std::size_t k_max_container_words = 8;

bool is_space(char c) {
  return ascii::is_space(c);
}

std::string_view trim(std::string_view text, std::string_view extra = "") {
  auto strip = [&](char c) { return is_space(c) || ascii::in_set(c, extra); };
  while (!text.empty() && strip(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && strip(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

std::size_t word_count(std::string_view text) {
  std::size_t count = 0;
  bool in_word = false;
  for (char c : text) {
    if (is_space(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++count;
    }
  }
  return count;
}

std::string lower(std::string_view text) {
  return ascii::lower(text);
}

/// Blanks every URL with spaces, keeping offsets; returns where each URL was.
std::vector<std::pair<std::size_t, std::size_t>> mask_urls(std::string& text) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  std::size_t from = 0;
  for (const auto& url : find_urls(text)) {
    const auto at = text.find(url, from);
    if (at == std::string::npos) {
      continue;
    }
    std::fill(text.begin() + static_cast<std::ptrdiff_t>(at),
              text.begin() + static_cast<std::ptrdiff_t>(at + url.size()), ' ');
    spans.emplace_back(at, at + url.size());
    from = at + url.size();
  }
  return spans;
}

/// The ']' that closes a wikitext external link opened before `from`, skipping [[links]].
std::size_t closing_bracket(std::string_view text, std::size_t from) {
  int depth = 0;
  for (std::size_t i = from; i < text.size(); ++i) {
    if (text[i] == '[') {
      ++depth;
    } else if (text[i] == ']') {
      if (depth == 0) {
        return i;
      }
      --depth;
    }
  }
  return std::string_view::npos;
}

/// "Who's who in ''Les samouraïs'' by [[Kathleen O'Grady]]" -> plain words.
std::string strip_wiki_markup(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i).starts_with("''")) {
      while (i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
      }
      continue;
    }
    if (text.substr(i).starts_with("[[") || text.substr(i).starts_with("]]")) {
      ++i;
      continue;
    }
    out += text[i];
  }
  // [[target|label]]: keep the label.
  for (auto bar = out.find('|'); bar != std::string::npos; bar = out.find('|')) {
    const auto start = out.rfind(' ', bar);
    out.erase(start == std::string::npos ? 0 : start + 1,
              bar - (start == std::string::npos ? 0 : start + 1) + 1);
  }
  return out;
}

/// Where a sentence of an unquoted APA title ends: ". ", "? ", "! " not after an initial.
std::size_t sentence_end(std::string_view text, std::size_t from) {
  for (std::size_t i = from; i + 1 < text.size(); ++i) {
    if ((text[i] == '.' || text[i] == '?' || text[i] == '!') && is_space(text[i + 1])) {
      const bool initial = text[i] == '.' && i >= 1 && ascii::is_upper(text[i - 1]) &&
                           (i < 2 || is_space(text[i - 2]) || text[i - 2] == '.');
      if (!initial) {
        return i;
      }
    }
  }
  return text.size();
}

/// The outlet a citation names right after its title: "World Politics Review, 15 April..."
std::string container_after(std::string_view tail) {
  tail = trim(tail, ",.:;");
  if (lower(tail.substr(0, 3)) == "in ") {
    tail.remove_prefix(3);
  }
  std::size_t end = tail.size();
  for (std::string_view stop : {",", ". ", "(", ";", "  ", " available", " Available", " [", "|"}) {
    end = std::min(end, tail.find(stop));
  }
  std::string_view segment = trim(tail.substr(0, end), "*_'\".:");
  if (segment.empty() || word_count(segment) > k_max_container_words) {
    return "";
  }
  const auto first = static_cast<unsigned char>(segment.front());
  if (!ascii::is_upper(first) && first < 0x80) {
    return "";  // outlets are names: "in the", "p. 4", "24 June" are not
  }
  const std::string folded = lower(segment);
  for (std::string_view word : {"available", "accessed", "retrieved", "see ", "ibid", "op. cit",
                                "online", "para", "vol", "no.", "pp", "p."}) {
    if (folded.starts_with(word)) {
      return "";
    }
  }
  if (const auto dates = find_dates(segment); !dates.empty() && dates.front().begin == 0) {
    return "";
  }
  return std::string(segment);
}

void read_lead(std::string_view lead, CitationLayout& layout) {
  const std::string cleaned = clean_lead(lead);
  if (cleaned.empty() || word_count(cleaned) > k_max_lead_words) {
    return;
  }
  const Outlet* outlet = outlet_named(cleaned);
  if (outlet == nullptr) {
    layout.authors = parse_authors(cleaned);
    if (!layout.authors.empty()) {
      return;
    }
  }
  if (outlet != nullptr || looks_like_organisation(cleaned) || word_count(cleaned) <= 4) {
    layout.lead_organisation = cleaned;
    layout.lead_is_news = outlet != nullptr || has_news_word(cleaned);
  }
}

/// "Title | Site Name": pages often carry the site in their title; the site is the container.
void split_site_suffix(CitationLayout& layout) {
  const auto bar = layout.title.rfind(" | ");
  if (bar == std::string::npos) {
    return;
  }
  const std::string site(trim(std::string_view(layout.title).substr(bar + 3)));
  if (site.empty() || word_count(site) > k_max_container_words) {
    return;
  }
  layout.title = trim_title(std::string_view(layout.title).substr(0, bar));
  if (layout.container.empty()) {
    layout.container = site;
  }
}

/// Citations set their dates off with punctuation (", 15 April 2013", "(2014)", "Times. 14
/// June") or a small word ("published on"); a date after any other word is part of a sentence.
bool in_citation_position(std::string_view text, std::size_t begin) {
  if (text[begin] == '(') {
    return true;  // "(2014)", "(2020, May 3)"
  }
  std::size_t i = begin;
  while (i > 0 && is_space(text[i - 1])) {
    --i;
  }
  if (i == 0) {
    return true;
  }
  const auto before = static_cast<unsigned char>(text[i - 1]);
  if (!ascii::is_alnum(before) && before < 0x80) {
    return true;
  }
  if (before >= 0x80 && i >= 3 && static_cast<unsigned char>(text[i - 3]) == 0xE2) {
    return true;  // a typographic quote or dash: "Title” 1 April 2025"
  }
  if (before == 0xBB) {
    return true;  // »
  }
  std::size_t word_begin = i;
  while (word_begin > 0 && ascii::is_alpha(text[word_begin - 1])) {
    --word_begin;
  }
  const std::string word = lower(text.substr(word_begin, i - word_begin));
  for (std::string_view small :
       {"on", "dated", "published", "updated", "posted", "le", "du", "el", "del", "am", "vom"}) {
    if (word == small) {
      return true;
    }
  }
  return false;
}

/// `dates` are find_dates(text).
void read_dates(std::string_view text, const std::vector<FoundDate>& dates,
                CitationLayout& layout) {
  const FoundDate* issued = nullptr;
  int loose_year = 0;
  for (const auto& date : dates) {
    if (!date.access && !in_citation_position(text, date.begin)) {
      continue;  // "signed in March 2015": a date the prose talks about
    }
    if (date.access) {
      if (layout.accessed.empty() && date.year != 0) {
        layout.accessed = date.iso();
      }
      continue;
    }
    if (date.month == 0 && loose_year == 0) {
      loose_year = date.year;
    }
    if (issued == nullptr && date.month != 0) {
      issued = &date;
    }
  }
  if (issued != nullptr) {
    FoundDate date = *issued;
    // "(2014) ... 24 June": the year stands apart from the day and month.
    if (date.year == 0) {
      date.year = loose_year;
    }
    layout.issued = date.iso();
  }
  if (layout.issued.empty() && loose_year != 0) {
    layout.issued = std::to_string(loose_year);
  }
}

/// {{cite news|title=...|last=...|first=...|newspaper=...|date=...}}: fields by name.
void read_template(const WikiTemplate& cite, CitationLayout& layout) {
  layout.title = trim_title(cite.first_of({"title", "trans-title", "script-title"}));
  for (std::string_view n : {"", "1", "2", "3", "4", "5", "6", "7", "8", "9"}) {
    const std::string suffix(n);
    std::string name = cite.first_of({"author" + suffix, "author-" + suffix});
    const std::string last = cite.first_of({"last" + suffix, "surname" + suffix});
    if (!last.empty()) {
      const std::string first = cite.first_of({"first" + suffix, "given" + suffix});
      name = first.empty() ? last : first + " " + last;
    }
    if (!name.empty() &&
        std::find(layout.authors.begin(), layout.authors.end(), name) == layout.authors.end()) {
      layout.authors.push_back(name);
    }
  }
  layout.container = cite.first_of(
      {"newspaper", "work", "website", "magazine", "periodical", "agency", "journal"});
  layout.publisher = cite.first_of({"publisher", "institution"});
  layout.container_is_news =
      cite.name == "cite news" || !cite.first_of({"newspaper", "agency"}).empty();
  if (const auto dates = find_dates(cite.first_of({"date", "publication-date"}));
      !dates.empty() && dates.front().year != 0) {
    layout.issued = dates.front().iso();
  } else if (const auto year = cite.first_of({"year"}); !year.empty()) {
    layout.issued = year;
  }
  if (const auto dates = find_dates(cite.first_of({"access-date", "accessdate"}));
      !dates.empty() && dates.front().year != 0) {
    layout.accessed = dates.front().iso();
  }
}

}  // namespace

CitationLayout read_layout(std::string_view raw) {
  CitationLayout layout;
  layout.masked = std::string(raw);
  const auto url_spans = mask_urls(layout.masked);
  const std::string_view masked = layout.masked;
  if (const auto cite = read_wiki_template(raw)) {
    CitationLayout templated;
    read_template(*cite, templated);
    if (!templated.title.empty()) {
      templated.masked = std::move(layout.masked);
      return templated;
    }
  }

  // Span of the whole title construct (quotes, brackets, APA date), and of its text alone.
  std::size_t title_begin = std::string::npos;
  std::size_t title_end = std::string::npos;
  std::size_t text_begin = 0;
  std::size_t text_end = 0;
  // A wikitext link carries its title in the brackets: [https://... Title]. It goes first
  // when it comes first, so that ''italics'' after it are not taken for a quoted title.
  for (std::size_t k = 0; k < url_spans.size(); ++k) {
    const auto [begin, end] = url_spans[k];
    if (begin == 0 || masked[begin - 1] != '[') {
      continue;
    }
    // The link closes before the next URL starts; looking no further keeps this linear.
    const std::size_t limit = k + 1 < url_spans.size() ? url_spans[k + 1].first : masked.size();
    const auto close = closing_bracket(masked.substr(0, limit), end);
    if (close != std::string::npos) {
      std::string title = trim_title(strip_wiki_markup(masked.substr(end, close - end)));
      if (!title.empty()) {
        layout.title = std::move(title);
        title_begin = begin - 1;
        title_end = close + 1;
        text_begin = end;
        text_end = close;
        break;
      }
    }
  }
  if (auto quoted = find_quoted_title(masked);
      quoted && (title_begin == std::string::npos || quoted->begin < title_begin)) {
    layout.title = std::move(quoted->text);
    title_begin = quoted->begin;
    title_end = quoted->end;
    text_begin = title_begin;
    text_end = title_end;
  }
  // The dates of the masked text, kept when found: the publication date is looked for in
  // the same text again below unless a title is blanked out of it.
  std::optional<std::vector<FoundDate>> masked_dates;
  if (title_begin == std::string::npos) {
    // APA: Authors (2020, May 3). Title. Container. URL
    masked_dates = find_dates(masked);
    for (const auto& date : *masked_dates) {
      const std::size_t paren = date.begin > 0 && masked[date.begin - 1] == '(' ? date.begin - 1
                                : masked[date.begin] == '('                     ? date.begin
                                                                                : std::string::npos;
      if (paren == std::string::npos || date.access) {
        continue;
      }
      std::size_t after = date.end;
      if (after < masked.size() && masked[after] == ')') {
        ++after;
      }
      if (after >= masked.size() || masked[after] != '.') {
        continue;
      }
      const std::size_t start = after + 1;
      const std::size_t end = sentence_end(masked, start);
      const std::string title = trim_title(masked.substr(start, end - start));
      if (!title.empty() && word_count(title) >= 1) {
        layout.title = title;
        title_begin = paren;
        title_end = std::min(end + 1, masked.size());
        text_begin = start;
        text_end = end;
        read_lead(masked.substr(0, paren), layout);
        const std::size_t next_end = sentence_end(masked, title_end);
        layout.container = container_after(masked.substr(title_end, next_end - title_end));
      }
      break;
    }
  }

  if (title_begin != std::string::npos && layout.authors.empty() &&
      layout.lead_organisation.empty()) {
    read_lead(masked.substr(0, title_begin), layout);
  }
  if (title_end != std::string::npos && layout.container.empty()) {
    layout.container = container_after(masked.substr(title_end));
  }
  if (title_begin == std::string::npos) {
    // No title: the text before the first URL names the outlet ("See Diario Libre, www...")
    // or the page ("MINUSMA: Facts and Figures. http://...").
    const std::size_t first_url = url_spans.empty() ? masked.size() : url_spans.front().first;
    // The bracket that opens the URL ("<http://...>", "(http://...)") is not the lead's.
    constexpr std::string_view k_lead_edges = ",.:;<([";
    std::string_view lead = trim(masked.substr(0, first_url), k_lead_edges);
    for (std::string_view tail : {" available at", " Available at", " available from", " at"}) {
      if (lead.ends_with(tail)) {
        lead = trim(lead.substr(0, lead.size() - tail.size()), k_lead_edges);
      }
    }
    const std::string cleaned = clean_lead(lead);
    if (!url_spans.empty() && !cleaned.empty() && word_count(cleaned) <= 12) {
      if (const Outlet* outlet = outlet_named(cleaned)) {
        layout.lead_organisation = cleaned;
        layout.lead_is_news = outlet != nullptr;
      } else if (ascii::is_upper(cleaned.front()) ||
                 static_cast<unsigned char>(cleaned.front()) >= 0x80) {
        layout.title = trim_title(cleaned);
      }
    }
  }
  split_site_suffix(layout);
  layout.container_is_news =
      !layout.container.empty() &&
      (outlet_named(layout.container) != nullptr || has_news_word(layout.container));

  // Dates inside the title ("Cyberwar case study: Georgia 2008") are not publication dates.
  if (text_end > text_begin && text_end <= layout.masked.size()) {
    std::string for_dates = layout.masked;
    std::fill(for_dates.begin() + static_cast<std::ptrdiff_t>(text_begin),
              for_dates.begin() + static_cast<std::ptrdiff_t>(text_end), ' ');
    read_dates(for_dates, find_dates(for_dates), layout);
  } else {
    read_dates(layout.masked, masked_dates ? *masked_dates : find_dates(layout.masked), layout);
  }
  if (layout.issued.empty() && text_end > text_begin) {
    // Nothing outside the title: a full date inside it is the best there is
    // ("Guardian article: March 14, 2006").
    for (const auto& date : find_dates(masked.substr(text_begin, text_end - text_begin))) {
      if (date.day != 0 && date.year != 0 && !date.access) {
        layout.issued = date.iso();
        break;
      }
    }
  }
  return layout;
}

}  // namespace citecheck::plugins::news
