// Scoring one parsed document against its gold, footnote number by footnote number.
#include <citecheck/eval.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace citecheck::eval {
namespace {

/// What one footnote number holds, on either side.
struct Side {
  const std::string* text = nullptr;
  std::set<std::string> urls;
  std::set<std::string> dois;
  std::vector<std::string> un_symbols;  // distinct, in order
  std::multiset<int> ibids;
  std::vector<Kind> kinds;
};

void add_symbol(Side& side, const std::string& symbol) {
  if (std::find(side.un_symbols.begin(), side.un_symbols.end(), symbol) == side.un_symbols.end()) {
    side.un_symbols.push_back(symbol);
  }
}

std::map<int, Side> sides(const ParsedDocument& parsed) {
  std::map<int, Side> out;
  for (const auto& footnote : parsed.footnotes) {
    Side& side = out[footnote.number];
    if (side.text == nullptr) {
      side.text = &footnote.text;
    }
    for (const auto& citation : footnote.citations) {
      for (const auto& url : citation.urls) {
        side.urls.insert(url_key(url));
      }
      for (const auto& doi : citation.dois) {
        side.dois.insert(doi_key(doi));
      }
      for (const auto& symbol : citation.un_symbols) {
        add_symbol(side, symbol);
      }
      if (citation.ibid_of) {
        side.ibids.insert(*citation.ibid_of);
      }
      side.kinds.push_back(citation.kind);
    }
  }
  return out;
}

std::map<int, Side> sides(const GoldDocument& gold) {
  std::map<int, Side> out;
  for (const auto& footnote : gold.footnotes) {
    Side& side = out[footnote.number];
    if (side.text == nullptr) {
      side.text = &footnote.text;
    }
    for (const auto& citation : footnote.citations) {
      for (const auto& url : citation.urls) {
        side.urls.insert(url_key(url));
      }
      for (const auto& doi : citation.dois) {
        side.dois.insert(doi_key(doi));
      }
      for (const auto& symbol : citation.un_symbols) {
        add_symbol(side, symbol);
      }
      if (citation.ibid_of) {
        side.ibids.insert(*citation.ibid_of);
      }
      side.kinds.push_back(citation.kind);
    }
  }
  return out;
}

Counts compare_sets(const std::set<std::string>& found, const std::set<std::string>& expected) {
  Counts counts{0, found.size(), expected.size()};
  for (const auto& item : found) {
    counts.matched += expected.count(item);
  }
  return counts;
}

/// Pairs items one-to-one: exact pairs first, then pairs `loose` accepts, so a loose match
/// never takes the partner an exact match needed. Returns the number of pairs.
template <typename T>
std::size_t pair_up(const std::vector<T>& found, const std::vector<T>& expected,
                    const std::function<bool(const T&, const T&)>& loose) {
  std::vector<bool> found_used(found.size(), false);
  std::vector<bool> expected_used(expected.size(), false);
  std::size_t pairs = 0;
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t e = 0; e < expected.size(); ++e) {
      if (expected_used[e]) {
        continue;
      }
      for (std::size_t f = 0; f < found.size(); ++f) {
        if (found_used[f]) {
          continue;
        }
        if (pass == 0 ? found[f] == expected[e] : loose(found[f], expected[e])) {
          found_used[f] = expected_used[e] = true;
          ++pairs;
          break;
        }
      }
    }
  }
  return pairs;
}

}  // namespace

double Counts::precision() const {
  return found == 0 ? 1.0 : static_cast<double>(matched) / static_cast<double>(found);
}

double Counts::recall() const {
  return expected == 0 ? 1.0 : static_cast<double>(matched) / static_cast<double>(expected);
}

Counts& Counts::operator+=(const Counts& other) {
  matched += other.matched;
  found += other.found;
  expected += other.expected;
  return *this;
}

Score& Score::operator+=(const Score& other) {
  footnotes_found += other.footnotes_found;
  footnotes_expected += other.footnotes_expected;
  footnotes_matched += other.footnotes_matched;
  text_matched += other.text_matched;
  urls += other.urls;
  un_symbols += other.un_symbols;
  dois += other.dois;
  ibid_expected += other.ibid_expected;
  ibid_correct += other.ibid_correct;
  ibid_spurious += other.ibid_spurious;
  kinds_expected += other.kinds_expected;
  kinds_correct += other.kinds_correct;
  return *this;
}

Score score_document(const ParsedDocument& parsed, const GoldDocument& gold) {
  Score score;
  score.footnotes_found = parsed.footnotes.size();
  score.footnotes_expected = gold.footnotes.size();

  const std::map<int, Side> found = sides(parsed);
  const std::map<int, Side> expected = sides(gold);
  std::set<int> numbers;
  for (const auto& [number, side] : found) {
    numbers.insert(number);
  }
  for (const auto& [number, side] : expected) {
    numbers.insert(number);
  }

  const Side empty;
  for (const int number : numbers) {
    const auto f = found.find(number);
    const auto e = expected.find(number);
    const Side& out = f == found.end() ? empty : f->second;
    const Side& want = e == expected.end() ? empty : e->second;
    if (f != found.end() && e != expected.end()) {
      ++score.footnotes_matched;
      if (fold_text(*out.text) == fold_text(*want.text)) {
        ++score.text_matched;
      }
    }
    score.urls += compare_sets(out.urls, want.urls);
    score.dois += compare_sets(out.dois, want.dois);
    score.un_symbols += Counts{pair_up<std::string>(out.un_symbols, want.un_symbols,
                                                    [](const std::string& a, const std::string& b) {
                                                      return symbols_match(a, b);
                                                    }),
                               out.un_symbols.size(), want.un_symbols.size()};

    std::size_t ibid_pairs = 0;
    for (const int target : std::set<int>(want.ibids.begin(), want.ibids.end())) {
      ibid_pairs += std::min(out.ibids.count(target), want.ibids.count(target));
    }
    score.ibid_expected += want.ibids.size();
    score.ibid_correct += ibid_pairs;
    score.ibid_spurious += out.ibids.size() - ibid_pairs;

    score.kinds_expected += want.kinds.size();
    score.kinds_correct += pair_up<Kind>(out.kinds, want.kinds, kinds_match);
  }
  return score;
}

}  // namespace citecheck::eval
