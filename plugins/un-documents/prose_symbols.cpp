#include "prose_symbols.hpp"

#include <array>
#include <optional>
#include <string>

#include "common/ascii.hpp"
#include "symbol_grammar.hpp"
#include "symbol_normalize.hpp"

namespace citecheck::plugins::un_documents {

namespace {

/// Which organ's resolution the words before "resolution" name.
enum class Organ { unknown, security_council, general_assembly, human_rights_council, ecosoc };

struct OrganName {
  std::string_view words;
  Organ organ;
};

constexpr std::array<OrganName, 13> k_organ_names{{
    {"Security Council", Organ::security_council},
    {"UNSC", Organ::security_council},
    {"SC", Organ::security_council},
    {"S.C.", Organ::security_council},
    {"General Assembly", Organ::general_assembly},
    {"UNGA", Organ::general_assembly},
    {"GA", Organ::general_assembly},
    {"G.A.", Organ::general_assembly},
    {"Human Rights Council", Organ::human_rights_council},
    {"HRC", Organ::human_rights_council},
    {"Economic and Social Council", Organ::ecosoc},
    {"ECOSOC", Organ::ecosoc},
    {"Assembly", Organ::general_assembly},
}};

bool is_digit(char c) {
  return ascii::is_digit(c);
}
bool is_alpha(char c) {
  return ascii::is_alpha(c);
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = ascii::to_lower(c);
  return out;
}

/// The organ named right before `at` ("Security Council resolution", "GA res."), and
/// whether the words there say "draft".
struct Context {
  Organ organ = Organ::unknown;
  bool draft = false;
};

Context context_before(std::string_view text, std::size_t at) {
  Context context;
  std::string_view before = text.substr(0, at);
  while (!before.empty() && before.back() == ' ')
    before.remove_suffix(1);
  // "Security Council's resolution", "the Assembly in its resolution": look at the last
  // few words only.
  if (before.ends_with("'s") || before.ends_with("’s")) {
    before.remove_suffix(before.ends_with("'s") ? 2 : 4);
  }
  if (lower(before).ends_with("draft")) {
    context.draft = true;
    return context;
  }
  for (const OrganName& name : k_organ_names) {
    if (before.ends_with(name.words)) {
      const std::size_t start = before.size() - name.words.size();
      if (start == 0 || !is_alpha(before[start - 1])) {
        context.organ = name.organ;
        return context;
      }
    }
  }
  return context;
}

/// One resolution reference as printed after "resolution(s)".
struct Reference {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string session;  ///< "55", "S-10", "ES-10", "2013"; "" for a plain number
  std::string number;   ///< "2", "2700", "217A"
  std::string qualifier;
};

std::size_t read_digits(std::string_view text, std::size_t at, std::size_t max) {
  std::size_t end = at;
  while (end < text.size() && end - at < max && is_digit(text[end]))
    ++end;
  if (end < text.size() && is_digit(text[end]))
    return at;  // too long: not a number we know
  return end;
}

std::optional<Reference> read_reference(std::string_view text, std::size_t at) {
  Reference ref;
  ref.begin = at;
  std::size_t pos = at;
  for (std::string_view prefix : {std::string_view("ES-"), std::string_view("S-")}) {
    if (text.substr(pos).starts_with(prefix)) {
      const std::size_t end = read_digits(text, pos + prefix.size(), 2);
      if (end == pos + prefix.size() || end >= text.size() || text[end] != '/')
        return std::nullopt;
      ref.session = std::string(text.substr(pos, end - pos));
      pos = end;
      break;
    }
  }
  if (ref.session.empty()) {
    const std::size_t end = read_digits(text, pos, 4);
    if (end == pos)
      return std::nullopt;
    ref.number = std::string(text.substr(pos, end - pos));
    pos = end;
    if (pos + 1 < text.size() && text[pos] == '/' && is_digit(text[pos + 1])) {
      ref.session = ref.number;
      ref.number.clear();
    }
  }
  if (!ref.session.empty()) {
    const std::size_t end = read_digits(text, pos + 1, 4);
    if (end == pos + 1)
      return std::nullopt;
    ref.number = std::string(text.substr(pos + 1, end - pos - 1));
    pos = end;
  } else {
    // "2700 (2023)", "217 A (III)", "217 (III)".
    std::size_t probe = pos;
    std::string letter;
    if (probe + 3 < text.size() && text[probe] == ' ' && text[probe + 1] >= 'A' &&
        text[probe + 1] <= 'D' && text[probe + 2] == ' ' && text[probe + 3] == '(') {
      letter = std::string(1, text[probe + 1]);
      probe += 2;
    }
    if (probe + 1 < text.size() && text[probe] == ' ' && text[probe + 1] == '(')
      ++probe;
    if (probe < text.size() && text[probe] == '(') {
      const std::size_t close = text.find(')', probe);
      if (close != std::string_view::npos && close - probe < 12) {
        const std::string_view content = text.substr(probe + 1, close - probe - 1);
        const QualifierKind kind = classify_qualifier(content);
        if (kind == QualifierKind::year || (kind == QualifierKind::session)) {
          ref.qualifier = std::string(content);
          ref.number += (kind == QualifierKind::session ? letter : "");
          pos = close + 1;
        }
      }
    }
  }
  // "55/2" must end there: "55/2/Add.1" or "55/2b" is something else.
  if (pos < text.size() && (is_alpha(text[pos]) || text[pos] == '/'))
    return std::nullopt;
  ref.end = pos;
  return ref;
}

/// The symbol a reference names under `organ`; nullopt when the reference does not fit
/// that organ's numbering (the reference is then left alone).
std::optional<Symbol> symbol_for(const Reference& ref, Organ organ) {
  Symbol symbol;
  const bool special = ref.session.starts_with("S-") || ref.session.starts_with("ES-");
  const bool year_session = !special && ref.session.size() == 4;
  if (!ref.session.empty()) {
    switch (organ) {
      case Organ::human_rights_council:
        if (year_session)
          return std::nullopt;
        symbol = Symbol{"A", {"HRC", "RES", ref.session, ref.number}, "", {}};
        break;
      case Organ::ecosoc:
        if (!year_session)
          return std::nullopt;
        symbol = Symbol{"E", {"RES", ref.session, ref.number}, "", {}};
        break;
      case Organ::security_council:
        return std::nullopt;
      case Organ::general_assembly:
      case Organ::unknown:
        // Session/number is the General Assembly's numbering since its 31st session; a
        // four-digit first part is a year (ECOSOC) and needs the organ named.
        if (year_session)
          return std::nullopt;
        if (!special && (std::stoi(ref.session) < 1 || std::stoi(ref.session) > 99)) {
          return std::nullopt;
        }
        symbol = Symbol{"A", {"RES", ref.session, ref.number}, "", {}};
        break;
    }
  } else {
    const QualifierKind kind = classify_qualifier(ref.qualifier);
    if (kind == QualifierKind::year) {
      // "<n> (<year>)" is how Security Council resolutions are cited.
      if (organ != Organ::security_council && organ != Organ::unknown)
        return std::nullopt;
      symbol = Symbol{"S", {"RES", ref.number}, ref.qualifier, {}};
    } else if (kind == QualifierKind::session) {
      if (organ != Organ::general_assembly && organ != Organ::unknown)
        return std::nullopt;
      symbol = Symbol{"A", {"RES", ref.number}, ref.qualifier, {}};
    } else if (organ == Organ::security_council) {
      symbol = Symbol{"S", {"RES", ref.number}, "", {}};
      fill_resolution_year(symbol);
    } else {
      return std::nullopt;
    }
  }
  if (!is_plausible(symbol))
    return std::nullopt;
  return symbol;
}

/// Length of "resolution"/"resolutions"/"res." at `at` as a whole word, or 0.
std::size_t keyword_length(std::string_view text, std::size_t at) {
  if (at > 0 && is_alpha(text[at - 1]))
    return 0;
  // Every keyword goes on with "e": most words starting with "r" are ruled out unfolded.
  if (at + 1 >= text.size() || (text[at + 1] != 'e' && text[at + 1] != 'E'))
    return 0;
  const std::string head = lower(text.substr(at, 11));
  if (head.starts_with("resolutions"))
    return 11;
  if (head.starts_with("resolution"))
    return 10;
  if (head.starts_with("res."))
    return 4;
  return 0;
}

/// Offset of the next 'r' or 'R' at or after `from` (every keyword starts with one), or
/// text.size(). A loop of its own: inside derive_symbols' body the scan kept its index on
/// the stack, and it visits every byte.
std::size_t next_r(std::string_view text, std::size_t from) {
  // 'R' and 'r' differ in the 0x20 bit only, and no other byte sets it to give 'r'.
  while (from < text.size() && (text[from] | 0x20) != 'r')
    ++from;
  return from;
}

}  // namespace

std::vector<SymbolHit> derive_symbols(std::string_view text) {
  std::vector<SymbolHit> hits;
  for (std::size_t i = next_r(text, 0); i < text.size(); i = next_r(text, i + 1)) {
    const std::size_t length = keyword_length(text, i);
    if (length == 0)
      continue;
    std::size_t at = i + length;
    if (at < text.size() && is_alpha(text[at]))
      continue;  // "resolutionary"
    const Context context = context_before(text, i);
    // "res." alone is too short a word to trust without an organ before it.
    if (context.draft || (length == 4 && context.organ == Organ::unknown))
      continue;
    const std::size_t phrase_begin = i;
    while (true) {
      while (at < text.size() && text[at] == ' ')
        ++at;
      const auto ref = read_reference(text, at);
      if (!ref)
        break;
      const auto symbol = symbol_for(*ref, context.organ);
      if (!symbol)
        break;
      SymbolHit hit;
      hit.symbol = symbol->to_string();
      hit.begin = ref->begin;
      hit.end = ref->end;
      hit.derived = true;
      Repair repair;
      repair.step = "derive_symbol";
      repair.before = std::string(text.substr(phrase_begin, ref->end - phrase_begin));
      repair.after = hit.symbol;
      repair.detail = "derived: '" + std::string(text.substr(ref->begin, ref->end - ref->begin)) +
                      "' read as " + hit.symbol;
      hit.repairs.push_back(std::move(repair));
      hits.push_back(std::move(hit));
      at = ref->end;
      // Lists: "resolutions 2700 (2023) and 2752 (2024)", "55/2, 56/1 and 57/3".
      std::size_t next = at;
      for (std::string_view sep :
           {std::string_view(", and "), std::string_view(" and "), std::string_view(", "),
            std::string_view("; "), std::string_view(" & ")}) {
        if (text.substr(at).starts_with(sep)) {
          next = at + sep.size();
          break;
        }
      }
      if (next == at)
        break;
      at = next;
    }
  }
  return hits;
}

}  // namespace citecheck::plugins::un_documents
