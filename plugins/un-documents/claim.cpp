#include "claim.hpp"

#include <algorithm>
#include <array>

#include "common/ascii.hpp"
#include "un_urls.hpp"

namespace citecheck::plugins::un_documents {

namespace {

constexpr double k_confidence_document = 0.95;   ///< symbols, no other source in sight
constexpr double k_confidence_derived = 0.85;    ///< named in prose only
constexpr double k_confidence_beside_url = 0.7;  ///< cited next to another URL

/// Words right before a symbol that show it is being cited, not talked about.
constexpr std::array<std::string_view, 7> k_cite_cues{
    "see", "united nations", "un doc", "doc.", "document", "cf.", "symbol"};

struct QuotePair {
  std::string_view open;
  std::string_view close;
};

constexpr std::array<QuotePair, 4> k_quotes{{
    {"\xE2\x80\x9C", "\xE2\x80\x9D"},  // “ ”
    {"\xE2\x80\x98", "\xE2\x80\x99"},  // ‘ ’
    {"\"", "\""},
    {"'", "'"},
}};

bool is_word_byte(char c) {
  return ascii::is_alnum(c) || static_cast<unsigned char>(c) >= 0x80;
}

bool inside(const std::vector<std::pair<std::size_t, std::size_t>>& spans, std::size_t at) {
  return std::any_of(spans.begin(), spans.end(),
                     [&](const auto& span) { return at >= span.first && at < span.second; });
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = ascii::to_lower(c);
  return out;
}

bool cue_before(std::string_view raw, std::size_t at) {
  const std::size_t from = at > 30 ? at - 30 : 0;
  const std::string before = lower(raw.substr(from, at - from));
  return std::any_of(k_cite_cues.begin(), k_cite_cues.end(),
                     [&](std::string_view cue) { return before.find(cue) != std::string::npos; });
}

/// Whether the symbol at `at` is the first thing the citation cites: nothing but cue words
/// ("See also", "United Nations,", "UN doc.") stand before it.
bool leads_citation(std::string_view raw, std::size_t at) {
  std::string before = lower(raw.substr(0, at));
  for (std::string_view cue :
       {std::string_view("see also"), std::string_view("see"), std::string_view("united nations"),
        std::string_view("un doc."), std::string_view("un doc"), std::string_view("doc."),
        std::string_view("cf.")}) {
    for (std::size_t pos = before.find(cue); pos != std::string::npos; pos = before.find(cue)) {
      before.erase(pos, cue.size());
    }
  }
  return std::all_of(before.begin(), before.end(), [](char c) {
    return c == ' ' || c == ',' || c == ':' || c == '(' || c == '\n';
  });
}

std::string_view trim(std::string_view s) {
  auto junk = [](char c) { return c == ' ' || c == ',' || c == '.' || c == ';' || c == ':'; };
  while (!s.empty() && junk(s.front()))
    s.remove_prefix(1);
  while (!s.empty() && junk(s.back()))
    s.remove_suffix(1);
  return s;
}

/// Title of a document cited as "<title> (<symbol>)": the words before the parenthesis,
/// without a leading "See" and without a first part that names the meeting that issued it
/// ("2000 Review Conference of the Parties ..., Final Document, vol. I (NPT/...)").
std::string title_before_parenthesis(std::string_view raw, std::size_t open) {
  std::string_view title = trim(raw.substr(0, open));
  // Start after the last sentence end: ". " after a word of four letters or more (not
  // "No. 27" or "vol. I").
  for (std::size_t dot = title.rfind(". "); dot != std::string_view::npos && dot > 0;
       dot = title.rfind(". ", dot - 1)) {
    std::size_t word = dot;
    while (word > 0 && ascii::is_alpha(title[word - 1]))
      --word;
    if (dot - word >= 4) {
      title.remove_prefix(dot + 2);
      break;
    }
  }
  for (std::string_view lead : {std::string_view("See also "), std::string_view("See "),
                                std::string_view("see also "), std::string_view("see ")}) {
    if (title.starts_with(lead)) {
      title.remove_prefix(lead.size());
      break;
    }
  }
  const std::size_t comma = title.find(", ");
  if (comma != std::string_view::npos) {
    const std::string first = lower(title.substr(0, comma));
    if (first.find("conference") != std::string::npos ||
        first.find("session of") != std::string::npos) {
      title.remove_prefix(comma + 2);
    }
  }
  title = trim(title);
  // Only a short run of words is a title; a sentence is not.
  if (title.size() < 4 || title.size() > 200) {
    return {};
  }
  return std::string(title);
}

std::string title_for(std::string_view raw, const SymbolHit& first,
                      const std::vector<std::pair<std::size_t, std::size_t>>& quotes) {
  for (const auto& [begin, end] : quotes) {
    if (end <= first.begin) {
      std::string_view quoted = raw.substr(begin, end - begin);
      // Drop the quote marks themselves (one to three bytes each).
      for (const QuotePair& q : k_quotes) {
        if (quoted.starts_with(q.open) && quoted.ends_with(q.close) &&
            quoted.size() >= q.open.size() + q.close.size()) {
          quoted = quoted.substr(q.open.size(), quoted.size() - q.open.size() - q.close.size());
          break;
        }
      }
      const std::string_view title = trim(quoted);
      if (!title.empty())
        return std::string(title);
    }
  }
  if (!first.in_url && first.begin > 0 && raw[first.begin - 1] == '(') {
    return title_before_parenthesis(raw, first.begin - 1);
  }
  return {};
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> quoted_spans(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  std::size_t i = 0;
  while (i < text.size()) {
    bool opened = false;
    for (const QuotePair& q : k_quotes) {
      if (!text.substr(i).starts_with(q.open))
        continue;
      // A straight or curly single quote after a letter is an apostrophe, not an opening.
      if ((q.open == "'" || q.open == "\xE2\x80\x98") && i > 0 && is_word_byte(text[i - 1])) {
        continue;
      }
      std::size_t search = i + q.open.size();
      while (search < text.size()) {
        const std::size_t close = text.find(q.close, search);
        if (close == std::string_view::npos)
          break;
        const std::size_t after = close + q.close.size();
        // A closing single quote followed by a letter is an apostrophe ("AQIM’s").
        const bool apostrophe = (q.close == "'" || q.close == "\xE2\x80\x99") &&
                                after < text.size() && is_word_byte(text[after]);
        if (!apostrophe) {
          spans.emplace_back(i, after);
          i = after;
          opened = true;
          break;
        }
        search = after;
      }
      if (opened)
        break;
    }
    if (!opened)
      ++i;
  }
  return spans;
}

ClaimDecision decide_claim(std::string_view raw, const std::vector<SymbolHit>& hits,
                           const std::vector<std::string>& urls) {
  ClaimDecision decision;
  const auto quotes = quoted_spans(raw);
  std::vector<const SymbolHit*> cited;
  for (const SymbolHit& hit : hits) {
    if (hit.in_url || !inside(quotes, hit.begin))
      cited.push_back(&hit);
  }
  if (cited.empty())
    return decision;
  const SymbolHit& first = **std::min_element(
      cited.begin(), cited.end(), [](const auto* a, const auto* b) { return a->begin < b->begin; });

  // Where the first URL of another source stands, if any.
  std::size_t other_url_at = std::string_view::npos;
  for (const UrlSpan& span : find_url_spans(raw)) {
    if (!is_un_document_url(span.url)) {
      other_url_at = std::min(other_url_at, span.begin);
    }
  }
  const bool other_url =
      other_url_at != std::string_view::npos ||
      std::any_of(urls.begin(), urls.end(), [](const auto& u) { return !is_un_document_url(u); });
  const bool all_derived =
      std::all_of(cited.begin(), cited.end(), [](const auto* hit) { return hit->derived; });

  if (!other_url) {
    decision.claim = true;
    decision.confidence = all_derived ? k_confidence_derived : k_confidence_document;
  } else {
    // Another source's URL is there too. The document is still what is cited when the
    // symbol comes first ("See S/2025/85; and Muggah, ..., https://...") or is introduced
    // as a citation ("..., http://... For further information, see S/RES/2100").
    const bool before_url = other_url_at != std::string_view::npos && first.begin < other_url_at &&
                            leads_citation(raw, first.begin);
    const bool cued = std::any_of(cited.begin(), cited.end(),
                                  [&](const auto* hit) { return cue_before(raw, hit->begin); });
    if (before_url || cued) {
      decision.claim = true;
      decision.confidence = k_confidence_beside_url;
    }
  }
  if (decision.claim)
    decision.title = title_for(raw, first, quotes);
  return decision;
}

}  // namespace citecheck::plugins::un_documents
