#include "page_metadata.hpp"

#include <algorithm>
#include <cctype>

#include "dates.hpp"
#include "json_ld.hpp"
#include "page_scan.hpp"
#include "page_url.hpp"
#include "text_fold.hpp"

namespace citecheck::plugins::news {

namespace {

constexpr std::size_t k_max_authors = 32;

bool digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
  });
}

int number(std::string_view text) {
  int value = 0;
  for (const char c : text) {
    value = value * 10 + (c - '0');
  }
  return value;
}

std::string ymd(std::string_view year, std::string_view month, std::string_view day) {
  if (!digits(year) || year.size() != 4) {
    return {};
  }
  std::string out(year);
  if (month.empty()) {
    return out;
  }
  if (!digits(month) || month.size() > 2 || number(month) < 1 || number(month) > 12) {
    return {};
  }
  out += '-';
  out += month.size() == 1 ? "0" + std::string(month) : std::string(month);
  if (day.empty()) {
    return out;
  }
  if (!digits(day) || day.size() > 2 || number(day) < 1 || number(day) > 31) {
    return {};
  }
  out += '-';
  out += day.size() == 1 ? "0" + std::string(day) : std::string(day);
  return out;
}

/// Values of every meta tag with one of `keys`, in the order of `keys`, then of the page.
std::vector<std::string> metas(const PageScan& scan, std::initializer_list<std::string_view> keys) {
  std::vector<std::string> out;
  for (const std::string_view key : keys) {
    for (const MetaTag& meta : scan.metas) {
      if (meta.key == key) {
        out.push_back(meta.value);
      }
    }
  }
  return out;
}

std::string first_meta(const PageScan& scan, std::initializer_list<std::string_view> keys) {
  const std::vector<std::string> found = metas(scan, keys);
  return found.empty() ? std::string() : found.front();
}

bool looks_like_url(std::string_view text) {
  return text.starts_with("http://") || text.starts_with("https://") || text.starts_with("//") ||
         text.starts_with("www.");
}

/// "By Jane Doe" -> "Jane Doe"; a profile URL is no name.
std::string author_name(std::string_view text) {
  std::string name = squeeze_space(text);
  if (looks_like_url(name)) {
    return {};
  }
  for (const std::string_view lead : {"By ", "by ", "BY "}) {
    if (name.starts_with(lead)) {
      name.erase(0, lead.size());
      break;
    }
  }
  return name;
}

void add_authors(std::vector<std::string>& authors, const std::vector<std::string>& values,
                 bool split_semicolons) {
  for (const std::string& value : values) {
    std::vector<std::string> parts;
    if (split_semicolons) {
      std::size_t at = 0;
      while (at <= value.size()) {
        std::size_t end = value.find(';', at);
        if (end == std::string::npos) {
          end = value.size();
        }
        parts.push_back(value.substr(at, end - at));
        at = end + 1;
      }
    } else {
      parts.push_back(value);
    }
    for (const std::string& part : parts) {
      std::string name = author_name(part);
      if (!name.empty() && authors.size() < k_max_authors &&
          std::find(authors.begin(), authors.end(), name) == authors.end()) {
        authors.push_back(std::move(name));
      }
    }
  }
}

}  // namespace

std::string iso_date(std::string_view text) {
  const std::string value = squeeze_space(text);
  const std::string_view v = value;
  // 2015-03-16, 2015/03/16, 2015-03-16T10:25:00Z, 2015.03.16
  if (v.size() >= 10 && (v[4] == '-' || v[4] == '/' || v[4] == '.') && v[7] == v[4]) {
    if (std::string out = ymd(v.substr(0, 4), v.substr(5, 2), v.substr(8, 2)); !out.empty()) {
      return out;
    }
  }
  // 20150316, 20150316T102500Z
  if (v.size() >= 8 && digits(v.substr(0, 8)) && (v.size() == 8 || v[8] == 'T')) {
    if (std::string out = ymd(v.substr(0, 4), v.substr(4, 2), v.substr(6, 2)); !out.empty()) {
      return out;
    }
  }
  if (v.size() == 7 && (v[4] == '-' || v[4] == '/')) {
    if (std::string out = ymd(v.substr(0, 4), v.substr(5, 2), {}); !out.empty()) {
      return out;
    }
  }
  if (v.size() == 4 && digits(v)) {
    return std::string(v);
  }
  for (const FoundDate& date : find_dates(v)) {
    if (date.year != 0) {
      return date.iso();
    }
  }
  return {};
}

PageMetadata read_page_metadata(std::string_view html, std::string_view page_url) {
  const PageScan scan = scan_page(html);
  const JsonLdArticle ld = read_json_ld(scan.json_ld);
  PageMetadata page;
  page.cut = scan.cut;
  page.language = scan.language;
  page.html_title = scan.html_title;

  // Titles, most trusted first. A JSON-LD WebPage name is often the <title> again: it
  // ranks with the fallbacks.
  std::vector<std::pair<std::string, std::string>> titles;
  const auto add_title = [&](const std::string& source, const std::string& title) {
    if (!title.empty()) {
      titles.emplace_back(source, title);
    }
  };
  add_title("citation_title", first_meta(scan, {"citation:title"}));
  if (ld.article) {
    add_title("json-ld", ld.headline);
  }
  add_title("og:title", first_meta(scan, {"og:title"}));
  add_title("dc:title", first_meta(scan, {"dc:title", "dcterms:title"}));
  add_title("twitter:title", first_meta(scan, {"twitter:title"}));
  add_title("parsely-title", first_meta(scan, {"parsely-title", "sailthru:title"}));
  add_title("headline", first_meta(scan, {"headline"}));
  add_title("title", scan.html_title);
  if (!ld.article) {
    add_title("json-ld", ld.headline);
  }
  for (const std::string& alternative : ld.alternative_titles) {
    add_title("json-ld", alternative);
  }
  for (auto& [source, title] : titles) {
    if (std::find(page.titles.begin(), page.titles.end(), title) == page.titles.end()) {
      if (page.titles.empty()) {
        page.title = title;
        page.title_source = source;
      }
      page.titles.push_back(title);
    }
  }

  std::vector<std::string> dates =
      metas(scan, {"citation:publication_date", "citation:date", "citation:online_date"});
  if (!ld.date_published.empty()) {
    dates.push_back(ld.date_published);
  }
  for (std::string& date : metas(
           scan, {"article:published_time", "og:published_time", "datepublished", "dcterms:issued",
                  "dcterms:created", "dc:date.issued", "dc:date", "dcterms:date",
                  "prism:publicationdate", "parsely-pub-date", "sailthru:date", "pubdate",
                  "publishdate", "publish-date", "article.published", "date", "citation:year"})) {
    dates.push_back(std::move(date));
  }
  for (const std::string& date : dates) {
    if (page.published = iso_date(date); !page.published.empty()) {
      break;
    }
  }

  add_authors(page.authors, metas(scan, {"citation:author"}), false);
  if (page.authors.empty()) {
    add_authors(page.authors, metas(scan, {"citation:authors"}), true);
  }
  if (page.authors.empty()) {
    add_authors(page.authors, ld.authors, false);
  }
  if (page.authors.empty()) {
    add_authors(page.authors, metas(scan, {"article:author"}), false);
  }
  if (page.authors.empty()) {
    add_authors(page.authors, metas(scan, {"dc:creator", "dcterms:creator"}), false);
  }
  if (page.authors.empty()) {
    add_authors(page.authors, metas(scan, {"author", "parsely-author", "sailthru:author"}), false);
  }

  page.site_name = first_meta(scan, {"og:site_name"});
  for (const std::string& name :
       {ld.publisher, ld.site_name,
        first_meta(scan, {"citation:journal_title", "citation:conference_title",
                          "citation:book_title", "citation:publisher", "dc:publisher",
                          "dcterms:publisher", "application-name"})}) {
    if (page.site_name.empty()) {
      page.site_name = name;
    }
  }

  std::vector<std::string> canonicals = scan.canonical_links;
  canonicals.push_back(first_meta(scan, {"og:url"}));
  canonicals.push_back(ld.url);
  for (const std::string& candidate : canonicals) {
    if (!candidate.empty()) {
      if (page.canonical = join_url(page_url, candidate); !page.canonical.empty()) {
        break;
      }
    }
  }

  page.type = first_meta(scan, {"og:type"});
  if (page.type.empty() || (ld.article && page.type == "website")) {
    page.type = ld.type;
  }
  page.article = ld.article || page.type == "article" || page.type.starts_with("article") ||
                 !first_meta(scan, {"article:published_time", "citation:title"}).empty();
  page.accessible_for_free = ld.accessible_for_free;
  page.content_tier = first_meta(scan, {"article:content_tier"});
  std::transform(
      page.content_tier.begin(), page.content_tier.end(), page.content_tier.begin(),
      [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  page.paywall_markup = scan.paywall_markup;
  return page;
}

}  // namespace citecheck::plugins::news
