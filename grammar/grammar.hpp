// The grammar's entry points. Each parses at exactly `first` (no skipping) and
// returns false, leaving its output unspecified, when nothing matches there.
#pragma once

#include <string>
#include <string_view>

#include "matches.hpp"

namespace unxref::grammar {

// A document symbol (A/CONF.231/1, E/2002/68/Add.1, A/81/6 (Sect. 24),
// A/67/828-S/2013/210, S/RES/2334 (2016), symbols broken across a line).
// Returns the end of the symbol, or nullptr. The caller validates the series.
const char* parse_symbol(const char* first, const char* last);

// One resolution/decision number in running text.
bool parse_number(const char* first, const char* last, NumberMatch& out);

// A date phrase in en/de/fr/es, starting at the preposition.
bool parse_date(const char* first, const char* last, DateMatch& out);

// The prepositions a date phrase starts with ("of 20 December 2006", "vom 30. Juli 2010",
// "du …", "de(l) …"): a line ending in one may have its date on the next page.
inline constexpr std::string_view date_openings[] = {"of", "vom", "du", "de", "del"};

// The month a whole month name stands for in en/de/fr/es (1-12; "Juli" 7), or 0: the
// grammar's own table.
int month_number(std::string_view name);

// A session number (1-399) as the Roman numeral of "1514 (XV)".
std::string roman_numeral(int n);

// A Treaty Series citation from its volume label on.
bool parse_treaty(const char* first, const char* last, TreatyMatch& out);

}  // namespace unxref::grammar
