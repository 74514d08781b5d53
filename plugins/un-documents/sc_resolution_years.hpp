#pragma once
// The year of a Security Council resolution from its number. Resolutions are numbered in
// one series since 1946, so the first number adopted in each year fixes the year of every
// number. Citations often print "S/RES/2164" without "(2014)"; the year is part of the
// symbol as the UN writes it, so we supply it where the table is sure.

#include <optional>

namespace citecheck::plugins::un_documents {

/// Year of Security Council resolution `number`, or nullopt where the table does not know
/// the year boundaries around it for certain (it then says nothing rather than guess).
std::optional<int> sc_resolution_year(int number);

/// Whether `year` is the year the table gives `number`, or the table does not know
/// (nullopt). Used to reject "resolution 2100 (2031)" style misreadings.
std::optional<bool> sc_resolution_year_matches(int number, int year);

}  // namespace citecheck::plugins::un_documents
