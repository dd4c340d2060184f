// When an act or document can have been adopted, from its symbol alone (reference-forms.md §2):
// GA session N runs from September 1945+N to September 1946+N (session 1 from January 1946);
// ECOSOC (whose session opens the July before since 2014) and Commission on Human Rights
// numbers carry the year; Security Council resolutions
// carry the year and grow with time; Human Rights Council sessions are three a year from 2007.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace unxref::audit {

// Months since year 0 (year * 12 + month - 1): comparable across organs.
using Month = int;

constexpr Month month_of(int year, int month) { return year * 12 + month - 1; }

struct Window {
    Month first = 0;
    Month last = 0;
};

enum class Series { none, ga_session, sc_number, year_numbered, hrc_session };

struct ActTime {
    Series series = Series::none;
    int number = 0;   // the GA/HRC session, the SC resolution number, or the year
    Window window;    // when it can have been adopted
    int year = 0;     // the year the symbol itself carries (ECOSOC, CHR, SC), else 0
};

// The time an id (A/RES/68/192, A/RES/217(III), S/RES/2334(2016), E/RES/2013/41, A/HRC/RES/23/5,
// A/80/L.1, A/C.3/80/L.17, S/2024/123, E/2002/68) points to; nothing for special sessions and
// for symbols without a session or year.
std::optional<ActTime> act_time(std::string_view id);

// The months an ISO date ("2006-12-20", "2006-12", "2006") covers.
std::optional<Window> date_window(std::string_view iso);

// Whether Security Council resolution `number` can be of `year`, by the numbers known for
// each year (1946-1993 complete from the corpus; later years by the numbers known for them).
bool sc_number_fits_year(int number, int year);

// "September 2006"-style rendering of a month, for messages.
std::string month_name(Month m);

}  // namespace unxref::audit
