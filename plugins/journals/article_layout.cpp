#include "article_layout.hpp"

#include <array>
#include <cctype>
#include <optional>
#include <regex>

#include "authors.hpp"

namespace citecheck::plugins::journals {

namespace {

/// Citations are short; past this the text is not one citation and is not read further.
constexpr std::size_t k_max_citation = 2000;
/// The part after the title that holds container, volume, issue and pages.
constexpr std::size_t k_max_tail = 400;

struct QuotePair {
  std::string_view open;
  std::string_view close;
};

constexpr std::array<QuotePair, 4> k_quotes{{
    {"\xE2\x80\x9C", "\xE2\x80\x9D"},  // “ ”
    {"\"", "\""},
    {"\xE2\x80\x98", "\xE2\x80\x99"},  // ‘ ’
    {"'", "'"},
}};

bool is_word_byte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80;
}

std::string_view trim(std::string_view s) {
  auto junk = [](char c) {
    return c == ' ' || c == ',' || c == '.' || c == ';' || c == ':' || c == '\n';
  };
  while (!s.empty() && junk(s.front()))
    s.remove_prefix(1);
  while (!s.empty() && junk(s.back()))
    s.remove_suffix(1);
  return s;
}

struct Span {
  std::size_t begin = 0;  ///< at the opening quote
  std::size_t end = 0;    ///< after the closing quote
  std::string_view content;
};

/// The title in quotation marks: the first quoted passage that is not a nickname inside a
/// name (Robert “Jake” Bebber) and not an apostrophe ("AQIM’s").
std::optional<Span> quoted_title(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    for (const QuotePair& q : k_quotes) {
      if (!text.substr(i).starts_with(q.open))
        continue;
      const bool single = q.open == "'" || q.open == "\xE2\x80\x98";
      if (single && i > 0 && is_word_byte(text[i - 1]))
        continue;
      std::size_t search = i + q.open.size();
      while (search < text.size()) {
        const std::size_t close = text.find(q.close, search);
        if (close == std::string_view::npos)
          break;
        const std::size_t after = close + q.close.size();
        if (single && after < text.size() && is_word_byte(text[after])) {
          search = after;  // an apostrophe inside the title
          continue;
        }
        const std::string_view content = text.substr(i + q.open.size(), close - i - q.open.size());
        const bool one_word = content.find(' ') == std::string_view::npos;
        const bool name_goes_on = after + 1 < text.size() && text[after] == ' ' &&
                                  std::isupper(static_cast<unsigned char>(text[after + 1])) != 0;
        if (one_word && name_goes_on && !content.ends_with(","))
          break;  // a nickname
        if (!trim(content).empty())
          return Span{i, after, content};
        break;
      }
    }
  }
  return std::nullopt;
}

/// En and em dashes as '-', so one pattern reads "85-90", "85–90" and "85—90".
std::string dashes_to_hyphen(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s.substr(i).starts_with("\xE2\x80\x93") || s.substr(i).starts_with("\xE2\x80\x94")) {
      out += '-';
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string without_spaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ')
      out += c;
  }
  return out;
}

std::string without_urls(std::string_view text) {
  static const std::regex k_url(R"((https?://|www\.)\S+|\b(doi|DOI):\s*\S+)");
  return std::regex_replace(std::string(text), k_url, "");
}

std::string match_group(const std::string& text, const std::regex& pattern, int group,
                        std::size_t* where = nullptr) {
  std::smatch match;
  if (std::regex_search(text, match, pattern)) {
    if (where != nullptr)
      *where = static_cast<std::size_t>(match.position(0));
    return match[group].str();
  }
  return {};
}

/// Container, volume, issue and pages from the text after the title.
void read_tail(std::string tail, ArticleLayout& layout) {
  tail = dashes_to_hyphen(tail);
  // A second citation in the same note starts after "; ".
  const std::size_t next = tail.find("; ");
  if (next != std::string::npos)
    tail.resize(next);
  if (tail.size() > k_max_tail)
    tail.resize(k_max_tail);
  std::string_view rest = trim(tail);
  for (std::string_view lead :
       {std::string_view("in "), std::string_view("In: "), std::string_view("In ")}) {
    if (rest.starts_with(lead)) {
      rest.remove_prefix(lead.size());
      layout.in_container = true;
      break;
    }
  }
  rest = trim(rest);
  // Container: up to the first comma, parenthesis, colon or bracket.
  std::size_t stop = rest.find_first_of(",(:[");
  std::string_view container = trim(rest.substr(0, stop));
  const std::string after(rest.substr(stop == std::string_view::npos ? rest.size() : stop));
  static const std::regex k_trailing_volume(R"(^(.*\D)\s(\d{1,4})$)");
  std::smatch match;
  std::string container_text(container);
  if (std::regex_match(container_text, match, k_trailing_volume) &&
      std::regex_search(after, std::regex(R"(^\s*(,\s*(no|n|issue)\b|\())", std::regex::icase))) {
    layout.volume = match[2].str();
    container_text = match[1].str();
  }
  if (!container_text.empty() &&
      (std::isupper(static_cast<unsigned char>(container_text.front())) != 0 ||
       static_cast<unsigned char>(container_text.front()) >= 0x80) &&
      container_text.size() <= 150) {
    layout.container = std::string(trim(container_text));
  }

  static const std::regex k_volume(R"(\b[Vv]ol(?:ume)?\.?\s*(\d+))");
  static const std::regex k_issue(R"((?:\b[Nn]o|\b[Nn]|\b[Ii]ssue|\b[Nn]um)\.?\s*(\d+))");
  static const std::regex k_vol_paren_issue(R"((\d{1,4})\s?\((\d{1,3}(?:[-/]\d{1,3})?)\))");
  static const std::regex k_vol_comma_no(R"((\d{1,4}),\s*[Nn]o\.?\s*(\d+))");
  static const std::regex k_pages_pp(R"(\b[Pp]p?\.\s*(\d+(?:\s*-\s*\d+)?))");
  static const std::regex k_pages_colon(R"(\)\s*[:,]\s*(\d+(?:\s*-\s*\d+)?)\b)");
  static const std::regex k_pages_after_issue(R"(\),\s*(\d+\s*-\s*\d+))");

  std::smatch m;
  if (std::regex_search(after, m, k_vol_paren_issue)) {
    if (layout.volume.empty())
      layout.volume = m[1].str();
    layout.issue = m[2].str();
    layout.compact_volume = true;
  }
  if (std::regex_search(after, m, k_vol_comma_no)) {
    if (layout.volume.empty())
      layout.volume = m[1].str();
    if (layout.issue.empty())
      layout.issue = m[2].str();
  }
  if (layout.volume.empty())
    layout.volume = match_group(after, k_volume, 1);
  if (layout.issue.empty() && !layout.volume.empty())
    layout.issue = match_group(after, k_issue, 1);
  std::string pages = match_group(after, k_pages_pp, 1);
  if (pages.empty())
    pages = match_group(after, k_pages_colon, 1);
  if (pages.empty())
    pages = match_group(after, k_pages_after_issue, 1);
  layout.pages = without_spaces(pages);
}

std::string find_year(const std::string& text) {
  static const std::regex k_paren_year(R"(\((?:[A-Za-z]+\.?\s)?((?:1[89]|20)\d\d)[a-z]?\))");
  static const std::regex k_any_year(R"(\b((?:1[89]|20)\d\d)\b)");
  std::string year = match_group(text, k_paren_year, 1);
  if (year.empty())
    year = match_group(text, k_any_year, 1);
  return year;
}

/// Vancouver (medicine): "Smith J, Doe A. Title. Lancet. 2019;393(10170):447-92."
bool read_vancouver(const std::string& text, ArticleLayout& layout) {
  static const std::regex k_vancouver(
      R"(^\s*([^.;:()]{2,200}?)\.\s+([^.?!]{3,300}[.?!])\s+([A-Z][^.;]{1,120}?)\.?\s+)"
      R"(((?:1[89]|20)\d\d)[^;]{0,20};\s*(\d{1,4})(?:\((\d{1,5})\))?:\s*([A-Za-z]?\d+(?:-\d+)?))");
  std::smatch m;
  if (!std::regex_search(text, m, k_vancouver))
    return false;
  const std::vector<std::string> authors = split_authors(m[1].str());
  if (authors.empty())
    return false;
  layout.authors = authors;
  layout.title = std::string(trim(m[2].str()));
  layout.container = std::string(trim(m[3].str()));
  layout.year = m[4].str();
  layout.volume = m[5].str();
  layout.issue = m[6].str();
  layout.pages = m[7].str();
  layout.compact_volume = !layout.issue.empty();
  return true;
}

}  // namespace

ArticleLayout read_article(std::string_view plain) {
  ArticleLayout layout;
  if (plain.size() > k_max_citation)
    plain = plain.substr(0, k_max_citation);
  const std::string text = without_urls(plain);

  std::size_t title_begin = std::string::npos;
  std::size_t title_end = std::string::npos;
  if (const auto span = quoted_title(text)) {
    layout.title = std::string(trim(span->content));
    layout.quoted_title = true;
    title_begin = span->begin;
    title_end = span->end;
  } else if (read_vancouver(text, layout)) {
    return layout;
  } else {
    // APA: "Author, A. (2019). Title of article. Journal, 12(3), 45-67."
    static const std::regex k_apa(R"(\(((?:1[89]|20)\d\d)[a-z]?\)\.?\s+([^.?!]{3,300}[.?!])\s)");
    std::smatch m;
    if (std::regex_search(text, m, k_apa)) {
      title_begin = static_cast<std::size_t>(m.position(2));
      title_end = static_cast<std::size_t>(m.position(2) + m.length(2));
      layout.title = std::string(trim(m[2].str()));
    }
  }
  if (title_begin == std::string::npos) {
    layout.year = find_year(text);
    // No title to anchor on: a journal cited by name and number alone ("''Parallax, n. 8'',
    // [Vol. 4(3)], 1998."). Only the compact "volume(issue)" is trusted then: "vol. 1015,
    // No. 14860" is how the Treaty Series is cited too.
    ArticleLayout bare;
    read_tail(text, bare);
    if (!bare.container.empty() && bare.compact_volume) {
      layout.container = bare.container;
      layout.volume = bare.volume;
      layout.issue = bare.issue;
      layout.pages = bare.pages;
    }
    return layout;
  }
  layout.authors = split_authors(std::string_view(text).substr(0, title_begin));
  std::string outside_title = text.substr(0, title_begin) + " " + text.substr(title_end);
  layout.year = find_year(outside_title);
  read_tail(text.substr(title_end), layout);
  return layout;
}

}  // namespace citecheck::plugins::journals
