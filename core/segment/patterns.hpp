#pragma once
// Every tunable pattern and weight of the segmenter, in one place (eyecite's regexes.py
// shape). The scanners are hand-written (std::regex is far too slow for 50 MB inputs);
// these constants say what they look for.

#include <cstddef>
#include <string_view>

namespace citecheck::segmentation {

// ---- numbered lines -----------------------------------------------------------------
/// Footnote numbers have at most this many digits: four-digit numbers at a line start are
/// years ("2014 as part of ...").
constexpr std::size_t k_max_number_digits = 3;
/// Characters that, right after a leading number, make it a quantity rather than a note
/// number ("12,640 uniformed", "2.5 million", "90%", "24/7").
constexpr std::string_view k_number_continuers = ",.%/-:";
/// A line made of at most this many non-alphanumeric code points is a lost note number
/// ('~' where OCR lost a '7').
constexpr std::size_t k_max_glyph_line_code_points = 3;
/// A footnote separator rule: at least this many '_' (or '-') and nothing else.
constexpr std::size_t k_min_separator_length = 5;

// ---- sequence -----------------------------------------------------------------------
/// Largest step between consecutive note numbers the sequence accepts (numbers lost in
/// extraction leave gaps; bigger jumps are body numbers).
constexpr int k_max_number_step = 6;
constexpr double k_gap_penalty = 0.6;        ///< per number missing between two notes
constexpr double k_start_penalty = 0.5;      ///< per number before the first note (1 = none)
constexpr double k_max_start_penalty = 4.0;  ///< a document may start mid-sequence
/// Cost of numbering starting over (a book's chapters, a report's annexes, several
/// documents in one file). Above the best single line's score (3.5), so a restart pays only
/// when at least two notes follow it; a run shorter than k_min_series_notes is dropped.
constexpr double k_restart_penalty = 4.0;
constexpr std::size_t k_min_series_notes = 3;
/// A new run starts at 1, or at 2 or 3 where extraction lost the first numbers; a "restart"
/// at 13 is a page number or a body number.
constexpr int k_max_restart_number = 3;
/// A run shorter than the document's longest run needs clear markers (at least this
/// confident) for this share of its notes, and for all of them below k_short_series_notes.
constexpr double k_min_marker_share_beside = 0.5;
constexpr double k_clear_marker_confidence = 0.5;
constexpr std::size_t k_short_series_notes = 5;
/// Lines after a run's last note block still searched for that run's markers.
constexpr int k_series_marker_tail_lines = 3;
constexpr double k_context_bonus = 0.5;    ///< blank line, separator or note line above
constexpr double k_separator_bonus = 1.0;  ///< below a separator rule on its page
constexpr double k_above_separator_malus = 1.0;
constexpr double k_marker_support_bonus = 0.7;          ///< digit marker for n in the body above
constexpr std::size_t k_marker_support_window = 12000;  ///< bytes looked back for it
/// A dotted run's score is scaled by this plus the share of its numbers the body marks.
constexpr double k_dotted_base_trust = 0.4;
constexpr double k_lowercase_text_malus = 0.7;  ///< "3 of them ..." reads as body
constexpr double k_capital_text_bonus = 0.3;
/// Share of notes that must have an in-text marker before a dotted ("1. ...") sequence is
/// taken for notes rather than a numbered list.
constexpr double k_min_marker_share_dotted = 0.3;
constexpr double k_min_marker_share = 0.1;

// ---- page furniture -----------------------------------------------------------------
/// A header/footer signature (digits folded) must recur at this share of page breaks.
constexpr double k_min_furniture_share = 0.3;
constexpr std::size_t k_max_furniture_length = 160;

// ---- in-text markers ----------------------------------------------------------------
/// What OCR makes of superscript digits after a word: printed instead of the number.
/// Strong glyphs are almost never ordinary punctuation after a word.
constexpr std::string_view k_strong_marker_glyphs[] = {"*",
                                                       "}",
                                                       ">",
                                                       "\xC2\xAE" /*®*/,
                                                       "\xC2\xB0" /*°*/,
                                                       "\xC2\xA2" /*¢*/,
                                                       "\xC2\xA9" /*©*/,
                                                       "\xE2\x84\xA2" /*™*/,
                                                       "\xE2\x80\xA0" /*†*/,
                                                       "\xE2\x80\xA1" /*‡*/,
                                                       "^",
                                                       "~"};
/// '!' and '?' are markers only right after '.', ',', ';' or ':'.
constexpr std::string_view k_weak_marker_glyphs = "!?";
/// Closing quotes with no opening quote before them in the sentence.
constexpr std::string_view k_quote_marker_glyphs[] = {"'", "\"", "\xE2\x80\x99" /*’*/,
                                                      "\xE2\x80\x9D" /*”*/};
constexpr std::string_view k_opening_quotes[] = {"\xE2\x80\x98" /*‘*/, "\xE2\x80\x9C" /*“*/};
/// Unicode superscript digits (¹²³⁰⁴-⁹) that a clean extraction keeps.
constexpr std::string_view k_superscript_digits[] = {
    "\xE2\x81\xB0", "\xC2\xB9",     "\xC2\xB2",     "\xC2\xB3",     "\xE2\x81\xB4",
    "\xE2\x81\xB5", "\xE2\x81\xB6", "\xE2\x81\xB7", "\xE2\x81\xB8", "\xE2\x81\xB9"};
constexpr double k_marker_weight_glued_digits = 1.0;   ///< "Nations.1", "summit.22"
constexpr double k_marker_weight_spaced_digits = 0.7;  ///< "in these areas. 2"
constexpr double k_marker_weight_prose_digits = 0.25;  ///< "Delmas 6 are"
constexpr double k_marker_weight_strong_glyph = 0.6;
constexpr double k_marker_weight_weak_glyph = 0.5;
constexpr double k_marker_weight_quote_glyph = 0.3;
constexpr double k_marker_match_bonus = 0.2;
/// A number followed by one of these is a date ("on 1 July"), not a marker.
constexpr std::string_view k_month_names[] = {"January",   "February", "March",    "April",
                                              "May",       "June",     "July",     "August",
                                              "September", "October",  "November", "December"};
/// The printed number equals the note's: stronger than any glyph.
constexpr double k_marker_value_match_bonus = 0.3;
/// A note's marker is looked for at most this far before its block.
constexpr std::size_t k_max_marker_distance = 20000;
/// At most this many marker candidates are considered per note.
constexpr std::size_t k_max_markers_per_note = 64;

}  // namespace citecheck::segmentation
