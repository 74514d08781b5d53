#include "news_plugin.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "citation_layout.hpp"
#include "common/ascii.hpp"
#include "dates.hpp"
#include "outlets.hpp"
#include "page_resolution.hpp"
#include "url_parts.hpp"

namespace citecheck::plugins {

namespace {

constexpr const char* k_name = "news";

/// How sure each kind of evidence makes us that the citation is news.
constexpr double k_confidence_outlet_host = 0.9;
constexpr double k_confidence_outlet_text = 0.8;
constexpr double k_confidence_news_phrase = 0.7;
constexpr double k_confidence_news_host_word = 0.6;
constexpr double k_confidence_web = 0.5;

/// Phrases that name a news organisation wherever they stand in the text. Short on purpose:
/// an outlet's bare name ("The Independent", "Time") is only trusted where a citation puts
/// its container, never in running text.
constexpr std::string_view k_news_phrases[] = {
    "Reuters",     "Associated Press", "Agence France-Presse", "News Centre",
    "News Center", "News Service",     "News Agency",          "Press Agency",
    "UN News",     "Xinhua",           "Al Jazeera",           "BBC News",
    "newspaper",   "periódico",        "journal quotidien"};

/// True for each byte some phrase starts with.
constexpr auto k_phrase_initials = ascii::initials_table(k_news_phrases);

/// Whether any of k_news_phrases stands in `text` as whole words. One pass over the text,
/// testing phrases only where a byte starts one, instead of one search per phrase.
bool contains_news_phrase(std::string_view text) {
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text[at] == ' ') {
      at = ascii::skip_blanks(text, at) - 1;  // a blanked URL: one run of spaces
      continue;
    }
    if (!k_phrase_initials[static_cast<unsigned char>(text[at])] ||
        (at > 0 && ascii::is_alnum(text[at - 1]))) {
      continue;
    }
    for (std::string_view phrase : k_news_phrases) {
      const std::size_t end = at + phrase.size();
      if (phrase.front() == text[at] && text.substr(at).starts_with(phrase) &&
          (end >= text.size() || !ascii::is_alnum(text[end]))) {
        return true;
      }
    }
  }
  return false;
}

bool claimable(Kind kind) {
  return kind == Kind::other || kind == Kind::web || kind == Kind::news;
}

/// Ours replaces core's title only when it is core's and more: core cut at a nested quote.
bool better_title(const std::string& ours, const std::string& theirs) {
  if (ours.empty()) {
    return false;
  }
  return theirs.empty() || (ours.size() > theirs.size() && ours.find(theirs) != std::string::npos);
}

/// Ours replaces core's date when core has only the year and we have the same year, fuller.
bool better_date(const std::string& ours, const std::string& theirs) {
  if (ours.empty()) {
    return false;
  }
  return theirs.empty() || (theirs.size() == 4 && ours.size() > 4 && ours.starts_with(theirs));
}

}  // namespace

PluginInfo NewsPlugin::info() const {
  PluginInfo info;
  info.name = k_name;
  info.version = "1.0.0";
  info.api_version = k_plugin_api_version;
  info.description =
      "News stories and web pages: outlet from the URL or the text, title, "
      "authors, publication and access dates; online, the cited page's metadata "
      "(Highwire, JSON-LD, OpenGraph, Dublin Core) compared with the footnote";
  info.kinds = {Kind::news, Kind::web};
  info.priority = 300;
  return info;
}

Recognition NewsPlugin::recognize(Citation& citation) const {
  if (!claimable(citation.kind) || (citation.raw.empty() && citation.urls.empty())) {
    return Recognition::not_mine;
  }
  // The citation's own URLs, or those its text shows: read in place, not copied.
  std::vector<std::string> found;
  if (citation.urls.empty()) {
    found = news::find_urls(citation.raw);
  }
  const std::vector<std::string>& urls = citation.urls.empty() ? found : citation.urls;
  const news::Outlet* host_outlet = nullptr;
  bool host_news_word = false;
  bool readable_host = false;
  for (const auto& url : urls) {
    const auto parts = news::split_url(url);
    if (parts.host.empty()) {
      continue;
    }
    readable_host = true;
    if (host_outlet == nullptr) {
      host_outlet = news::outlet_for_url(parts);
    }
    host_news_word = host_news_word || news::host_looks_like_news(parts.host);
  }

  const news::CitationLayout layout = news::read_layout(citation.raw);
  const news::Outlet* text_outlet = nullptr;
  for (const auto& name : {layout.container, layout.lead_organisation}) {
    if (text_outlet == nullptr && !name.empty()) {
      text_outlet = news::outlet_named(name);
    }
  }
  const bool news_phrase = contains_news_phrase(layout.masked);
  const bool news_container = layout.container_is_news || layout.lead_is_news;

  double confidence = 0.0;
  Kind kind = Kind::web;
  if (host_outlet != nullptr) {
    confidence = k_confidence_outlet_host;
    kind = Kind::news;
  } else if (text_outlet != nullptr) {
    confidence = k_confidence_outlet_text;
    kind = Kind::news;
  } else if (news_phrase || news_container) {
    confidence = k_confidence_news_phrase;
    kind = Kind::news;
  } else if (host_news_word) {
    confidence = k_confidence_news_host_word;
    kind = Kind::news;
  } else if (!urls.empty()) {
    confidence = k_confidence_web;
  } else {
    return Recognition::not_mine;
  }
  // Without a URL, a news signal alone claims only a citation with some substance to it.
  if (urls.empty() && layout.title.empty() && layout.container.empty()) {
    return Recognition::not_mine;
  }

  citation.kind = kind;
  citation.plugin = k_name;
  if (better_title(layout.title, citation.title)) {
    citation.title = layout.title;
  }
  if (citation.authors.empty()) {
    citation.authors = layout.authors;
  }
  if (citation.container_title.empty()) {
    if (!layout.container.empty()) {
      citation.container_title = layout.container;
    } else if (layout.lead_is_news || text_outlet != nullptr) {
      citation.container_title = layout.lead_organisation.empty() ? std::string(text_outlet->name)
                                                                  : layout.lead_organisation;
    } else if (host_outlet != nullptr) {
      citation.container_title = host_outlet->name;
    }
  }
  if (citation.publisher.empty() && !layout.lead_organisation.empty() &&
      citation.container_title != layout.lead_organisation) {
    citation.publisher = layout.lead_organisation;
  }
  if (better_date(layout.issued, citation.issued)) {
    citation.issued = layout.issued;
  }
  if (citation.accessed.empty()) {
    citation.accessed = layout.accessed;
  }
  if (!layout.title.empty()) {
    confidence += 0.03;
  }
  if (!layout.issued.empty()) {
    confidence += 0.02;
  }
  citation.confidence = std::min(confidence, 0.95);
  // A URL whose host cannot be read, and nothing else to go on: ours, but damaged.
  if (!urls.empty() && !readable_host && layout.title.empty()) {
    return Recognition::broken;
  }
  return Recognition::recognized;
}

std::optional<Resolution> NewsPlugin::resolve(const Citation& citation, ResolveContext& context) {
  return news::resolve_page_citation(citation, context);
}

void NewsPlugin::observe(const HttpResponse& answer, ResolveContext& context) {
  news::keep_observed_page(answer, context);
}

}  // namespace citecheck::plugins

#ifndef CITECHECK_PLUGIN_STATIC
CITECHECK_PLUGIN(citecheck::plugins::NewsPlugin)
#endif
