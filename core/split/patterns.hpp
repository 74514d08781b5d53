#pragma once
// Every word list and marker the splitter matches, in one place (eyecite's regexes.py
// idea). The scanners in this folder are hand-written for speed; they read these
// constants, so a new language or a new lead phrase is one line here.

#include <array>
#include <string_view>

namespace citecheck::split::patterns {

/// Starts of a URL in running text. "www." URLs carry no scheme and keep none.
inline constexpr std::array<std::string_view, 7> k_url_starts = {
    "https://", "http://", "ftp://", "ftps://", "mailto:", "ftp.", "www."};

/// Characters that may end a URL token when they close the sentence around it.
inline constexpr std::string_view k_trailing_url_punctuation = ".,;:!?'\"";
/// Multi-byte closing quotes and dashes that never belong to a URL's end.
inline constexpr std::array<std::string_view, 8> k_url_stoppers = {
    "\u2018", "\u2019", "\u201C", "\u201D", "\u00AB", "\u00BB", "\u2013", "\u2014"};

/// After these a line-end URL goes on on the next line whatever that line starts with.
inline constexpr std::string_view k_url_open_endings = "/_?=&%~#:-";
/// A next line starting with one of these continues a URL that ended at the line end.
inline constexpr std::string_view k_url_continuation_starts = "-_./?#=&%~";
/// File endings that mark a token as the tail of a URL.
inline constexpr std::array<std::string_view, 12> k_url_file_endings = {
    ".html", ".htm", ".php", ".pdf", ".shtml", ".asp",
    ".aspx", ".jsp", ".cfm", ".xml", ".doc",   ".docx"};
/// Separators of a URL's path and query: a slug lives between two of them.
inline constexpr std::string_view k_url_segment_separators = "/?&=#;";

/// Lead phrases that open a new source after a full stop ("... .shtml. See also ...").
inline constexpr std::array<std::string_view, 9> k_new_source_leads = {
    "For further information, see",
    "For further information see",
    "For more information, see",
    "See also",
    "See, for example,",
    "See e.g.",
    "See",
    "Cf.",
    "Also see"};
/// Words that make "See ..." a pointer into the same document, not a new source.
inline constexpr std::array<std::string_view, 18> k_internal_reference_words = {
    "section",  "sections",  "paragraph", "paragraphs", "para.",   "paras.",
    "footnote", "footnotes", "note",      "notes",      "chapter", "above",
    "below",    "supra",     "infra",     "table",      "figure",  "box"};
/// Words that may join citations after ';' ("...; and Robert Muggah, ...").
inline constexpr std::array<std::string_view, 2> k_list_joiners = {"and ", "or "};

/// Back references. `k_ibid_words` must be followed by a non-letter.
inline constexpr std::array<std::string_view, 4> k_ibid_words = {"ibidem", "ibid", "idem", "id."};
inline constexpr std::array<std::string_view, 4> k_op_cit_words = {"op. cit.", "op.cit.", "op cit",
                                                                   "loc. cit."};

/// Interviews and personal communications (matched case-insensitively, outside quotes).
inline constexpr std::array<std::string_view, 17> k_interview_phrases = {
    "interview with",        "interviews with",
    "interviewed",           "interviews were conducted",
    "interviews the author", "interview by the author",
    "interviews conducted",  "personal communication",
    "email to the author",   "e-mail to the author",
    "correspondence with",   "telephone conversation",
    "conversation with",     "information received",
    "key informant",         "focus group",
    "discussion with"};
/// The same, only when they open the note ("Received from officers of ...").
inline constexpr std::array<std::string_view, 5> k_interview_openings = {
    "received from", "information from", "communication from", "email from", "e-mail from"};

/// Access-date labels: the date after one of them is `accessed`, not the publication date.
inline constexpr std::array<std::string_view, 9> k_access_labels = {
    "accessed", "last accessed", "retrieved",  "last visited", "visited",
    "viewed",   "consulted",     "downloaded", "accessed on"};
/// Labels whose number is not a year ("vol. 1974", "No. 2014").
inline constexpr std::array<std::string_view, 14> k_number_labels = {
    "vol.",   "vols.", "no.",    "nos.",   "p.",    "pp.",  "para.",
    "paras.", "art.",  "number", "volume", "issue", "page", "pages"};

/// Month names and their usual abbreviations (a following '.' is optional), as
/// (name, month) pairs; the longest match wins.
struct MonthName {
  std::string_view name;
  int month;
};
inline constexpr std::array<MonthName, 28> k_months = {{
    {"january", 1},   {"february", 2},  {"march", 3},  {"april", 4},     {"may", 5},
    {"june", 6},      {"july", 7},      {"august", 8}, {"september", 9}, {"october", 10},
    {"november", 11}, {"december", 12}, {"jan", 1},    {"feb", 2},       {"mar", 3},
    {"apr", 4},       {"jun", 6},       {"jul", 7},    {"aug", 8},       {"sept", 9},
    {"sep", 9},       {"oct", 10},      {"nov", 11},   {"dec", 12},      {"janv", 1},
    {"févr", 2},      {"avr", 4},       {"juil", 7},
}};

/// Opening and closing quote marks (UTF-8). Straight quotes are both.
inline constexpr std::array<std::string_view, 4> k_open_quotes = {"\u2018", "\u201C", "\u00AB",
                                                                  "\u201E"};
inline constexpr std::array<std::string_view, 3> k_close_quotes = {"\u2019", "\u201D", "\u00BB"};

/// Site names appended to web titles ("Title | IPI Global Observatory").
inline constexpr std::string_view k_title_site_separator = " | ";

/// Wording that makes a citation with a publisher a report.
inline constexpr std::array<std::string_view, 12> k_report_words = {
    "report", "reports",    "brief",    "paper",    "fact sheet", "factsheet",
    "study",  "assessment", "briefing", "bulletin", "forecast",   "white paper"};

/// How far after N a glued footnote number may point (N+1 .. N+k).
inline constexpr int k_glued_number_reach = 5;
/// Characters of normalized text that must agree before a glued duplicate is accepted.
inline constexpr std::size_t k_glued_min_match = 8;

}  // namespace citecheck::split::patterns
