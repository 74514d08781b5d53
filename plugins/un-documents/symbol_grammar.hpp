#pragma once
// The shape of a UN document symbol: a root naming the organ or body ("A", "S", "CCPR"),
// components separated by '/', an optional parenthesized qualifier ("(2013)", "(III)",
// "(Resumption 1)", "(Parts I and II)") and modifiers that may follow it ("/Corr.2").
// See shared/reference/external-services.md section 2.1.

#include <string>
#include <string_view>
#include <vector>

namespace citecheck::plugins::un_documents {

/// A symbol taken apart. `to_string` gives the normalized form: components joined by '/',
/// one space before the qualifier ("S/RES/2100 (2013)").
struct Symbol {
  std::string root;
  std::vector<std::string> components;
  std::string qualifier;               ///< inside the parentheses, "" when none
  std::vector<std::string> modifiers;  ///< after the qualifier: "Corr.2", "Add.1"

  std::string to_string() const;
};

/// What a parenthesized qualifier says, which decides the symbols it may follow.
enum class QualifierKind {
  none,        ///< not a qualifier: "(annex)", "(2013), para. 4" is read up to ')' only
  year,        ///< "(2013)": Security Council resolutions
  session,     ///< "(III)", "(S-VI)", "(ES-V)": early General Assembly resolutions
  resumption,  ///< "(Resumption 1)": meeting records
  part,        ///< "(Part I)", "(Parts I and II)", "(Vol. I)": any document
};

QualifierKind classify_qualifier(std::string_view content);

/// Roots the UN uses for symbols: the principal organs and the bodies with their own
/// series. Case-sensitive: symbols print their roots in capitals.
bool is_known_root(std::string_view root);

/// A character that may stand inside a component ("PV.7274", "ES-10", "Add.1").
bool is_component_char(char c);

/// Whether `symbol` has a shape the UN issues. Rejects OPCW numbers (S/1906/2020), roots
/// followed by words only ("CSC/CA"), and qualifiers on symbols that never carry them.
bool is_plausible(const Symbol& symbol);

/// Parses a whole string as a symbol, as URLs and tests give it ("S/RES/2100(2013)").
/// Returns false when the text is not exactly one plausible symbol.
bool parse_symbol(std::string_view text, Symbol& out);

/// A Security Council resolution ("S/RES/<n>"): its number, or 0.
int sc_resolution_number(const Symbol& symbol);

/// Year that the symbol itself states, where its series carries one (S/RES/n (YYYY),
/// S/YYYY/n, S/PRST/YYYY/n, E/RES/YYYY/n, NPT/CONF.YYYY/n); 0 when none.
int stated_year(const Symbol& symbol);

}  // namespace citecheck::plugins::un_documents
