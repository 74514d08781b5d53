#include "split/note_urls.hpp"

#include <algorithm>

#include "split/url_repair.hpp"

namespace citecheck::split {
namespace {

struct Decision {
  std::size_t url_index = 0;  // index of the hyphen in the URL string
  std::size_t text_pos = 0;
  HyphenChoice choice;
};

std::string without_indices(const std::string& url, const std::vector<std::size_t>& drop) {
  std::string out;
  out.reserve(url.size());
  for (std::size_t i = 0; i < url.size(); ++i) {
    if (!std::binary_search(drop.begin(), drop.end(), i))
      out.push_back(url[i]);
  }
  return out;
}

Repair hyphen_repair(const std::string& url, const Decision& d) {
  Repair repair;
  repair.step = d.choice.keep ? "keep_url_hyphen" : "drop_url_hyphen";
  const std::size_t from = d.url_index > 12 ? d.url_index - 12 : 0;
  const std::string around = url.substr(from, 25);
  repair.before = around;
  std::string after = around;
  if (!d.choice.keep)
    after.erase(d.url_index - from, 1);
  repair.after = after;
  repair.detail = std::string(d.choice.keep ? "hyphen at line end kept in URL: "
                                            : "hyphen at line end dropped from URL: ") +
                  d.choice.reason + (d.choice.sure ? "" : " (alternative kept)");
  return repair;
}

}  // namespace

NoteUrls repair_note_urls(JoinedText& joined, const DocumentEvidence& evidence) {
  NoteUrls result;
  std::vector<UrlMatch> matches = find_urls(joined.text);
  std::vector<std::size_t> erase;
  struct Pending {
    std::string final_url;
    std::vector<std::string> alternatives;
  };
  std::vector<Pending> pending;
  for (const UrlMatch& match : matches) {
    std::vector<Decision> decisions;
    // Hyphens and positions are both ascending: binary searches keep this linear-ish.
    const auto first =
        std::lower_bound(joined.url_hyphens.begin(), joined.url_hyphens.end(), match.range.begin);
    for (auto h = first; h != joined.url_hyphens.end() && *h < match.range.end; ++h) {
      const std::size_t pos = *h;
      const auto it =
          std::lower_bound(match.text_positions.begin(), match.text_positions.end(), pos);
      if (it == match.text_positions.end() || *it != pos)
        continue;
      Decision d;
      d.url_index = static_cast<std::size_t>(it - match.text_positions.begin());
      d.text_pos = pos;
      d.choice = decide_url_hyphen(match.url, d.url_index, evidence);
      decisions.push_back(d);
    }
    if (decisions.empty())
      continue;
    std::vector<std::size_t> drops;
    for (const Decision& d : decisions) {
      if (!d.choice.keep) {
        drops.push_back(d.url_index);
        erase.push_back(d.text_pos);
      }
      joined.repairs.push_back({d.text_pos, hyphen_repair(match.url, d)});
    }
    Pending p;
    p.final_url = without_indices(match.url, drops);
    for (const Decision& d : decisions) {
      if (d.choice.sure)
        continue;
      std::vector<std::size_t> flipped = drops;
      const auto at = std::find(flipped.begin(), flipped.end(), d.url_index);
      if (at != flipped.end()) {
        flipped.erase(at);
      } else {
        flipped.push_back(d.url_index);
        std::sort(flipped.begin(), flipped.end());
      }
      p.alternatives.push_back(without_indices(match.url, flipped));
    }
    pending.push_back(std::move(p));
  }
  std::sort(erase.begin(), erase.end());
  erase.erase(std::unique(erase.begin(), erase.end()), erase.end());
  joined.erase_positions(erase);
  result.matches = erase.empty() ? std::move(matches) : find_urls(joined.text);
  for (Pending& p : pending) {
    if (!p.alternatives.empty())
      result.candidates[p.final_url] = std::move(p.alternatives);
  }
  // Plain extraction that lost every line-end hyphen: put a slug hyphen back on evidence.
  if (evidence.line_end_hyphens_lost()) {
    for (UrlMatch& match : result.matches) {
      const auto repaired = restore_lost_hyphen(match.url, evidence);
      if (!repaired)
        continue;
      Repair repair;
      repair.step = "restore_lost_hyphen";
      repair.before = match.url;
      repair.after = *repaired;
      repair.detail =
          "the extraction dropped line-end hyphens; a slug word unknown to the document splits "
          "into two words it uses: hyphen restored (original kept as alternative)";
      match.repairs.push_back({match.range.begin, std::move(repair)});
      result.candidates[*repaired].push_back(match.url);
      match.url = *repaired;
    }
  }
  return result;
}

}  // namespace citecheck::split
