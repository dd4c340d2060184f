#include "analyses/audit/sessions.hpp"

#include "refs/act_id.hpp"

#include <fmt/format.h>

#include <vector>

#include "text/chars.hpp"

namespace unxref::audit {
namespace {

ActTime ga_session(int session) {
    Window w = session == 1 ? Window{month_of(1946, 1), month_of(1947, 9)}
                            : Window{month_of(1945 + session, 9), month_of(1946 + session, 9)};
    return {Series::ga_session, session, w, 0};
}

ActTime of_year(int year, Series series = Series::year_numbered, int number = 0) {
    return {series, series == Series::year_numbered ? year : number, {month_of(year, 1), month_of(year, 12)}, year};
}

// HRC: sessions 1-3 in 2006, then three a year (4-6 in 2007, 7-9 in 2008, …); a session's
// resolutions may be adopted at a resumed meeting early in the next year.
ActTime hrc_session(int session) {
    int year = session <= 3 ? 2006 : 2007 + (session - 4) / 3;
    return {Series::hrc_session, session, {month_of(year, 1), month_of(year + 1, 3)}, 0};
}

// "2334(2016)" -> {2334, 2016}
std::optional<std::pair<int, int>> number_and_year(std::string_view s) {
    auto open = s.find('(');
    if (open == std::string_view::npos || s.back() != ')') return std::nullopt;
    int number = chars::parse_int(s.substr(0, open));
    int year = chars::parse_int(s.substr(open + 1, s.size() - open - 2));
    if (number <= 0 || year < 1946) return std::nullopt;
    return std::pair{number, year};
}

// Security Council resolutions: (first, last) number seen per year. 1946-1994 from the corpus's
// resolutions (sc/: 1-902, every year complete up to 1993); later years from well-known resolutions, so a pair is
// judged against the nearest known numbers on either side.
struct KnownNumber {
    int year, first, last;
};
constexpr KnownNumber sc_numbers[] = {
    {1946, 1, 15},     {1947, 16, 37},    {1948, 38, 66},    {1949, 67, 78},    {1950, 79, 89},
    {1951, 90, 96},    {1952, 97, 98},    {1953, 99, 103},   {1954, 104, 105},  {1955, 106, 110},
    {1956, 111, 121},  {1957, 122, 126},  {1958, 127, 131},  {1959, 132, 132},  {1960, 133, 160},
    {1961, 161, 170},  {1962, 171, 177},  {1963, 178, 185},  {1964, 186, 199},  {1965, 200, 219},
    {1966, 220, 232},  {1967, 233, 244},  {1968, 245, 262},  {1969, 263, 275},  {1970, 276, 291},
    {1971, 292, 307},  {1972, 308, 324},  {1973, 325, 344},  {1974, 345, 366},  {1975, 367, 384},
    {1976, 385, 402},  {1977, 403, 422},  {1978, 423, 443},  {1979, 444, 461},  {1980, 462, 484},
    {1981, 485, 499},  {1982, 500, 528},  {1983, 529, 545},  {1984, 546, 559},  {1985, 560, 580},
    {1986, 581, 593},  {1987, 594, 606},  {1988, 607, 626},  {1989, 627, 646},  {1990, 647, 683},
    {1991, 684, 725},  {1992, 726, 799},  {1993, 800, 892},  {1994, 893, 902},  {1999, 1244, 1267},
    {2000, 1325, 1325}, {2001, 1373, 1373}, {2002, 1441, 1454}, {2003, 1483, 1483}, {2004, 1540, 1540},
    {2006, 1701, 1701}, {2008, 1820, 1820}, {2011, 1973, 1973}, {2013, 2118, 2118}, {2015, 2231, 2254},
    {2016, 2334, 2334}, {2020, 2532, 2532}, {2023, 2719, 2721},
};

}  // namespace

std::optional<ActTime> act_time(std::string_view id) {
    auto parts = chars::split(id, '/');
    if (parts.size() < 2) return std::nullopt;
    std::string_view series = parts[0];
    if (series == "A") {
        std::size_t i = 1;
        if (parts[i] == "HRC") {
            if (parts.size() > 3 && (parts[2] == "RES" || parts[2] == "DEC")) {
                int s = chars::parse_int(parts[3]);
                return s > 0 ? std::optional(hrc_session(s)) : std::nullopt;
            }
            int s = chars::parse_int(parts[2]);  // A/HRC/58/63
            return s > 0 ? std::optional(hrc_session(s)) : std::nullopt;
        }
        if (parts[i] == "RES" || parts[i] == "DEC") {
            if (parts.size() == 2) return std::nullopt;
            std::string_view p = parts[2];
            if (parts.size() == 3) {  // A/RES/217(III): sessions 1-30, not special (S-…, ES-…)
                auto open = p.find('(');
                if (open == std::string_view::npos || p.back() != ')') return std::nullopt;
                int s = roman_value(p.substr(open + 1, p.size() - open - 2));
                return s > 0 ? std::optional(ga_session(s)) : std::nullopt;
            }
            // "n/m" numbering began with session 31: "4/1" is another body's resolution
            int s = chars::parse_int(p);
            return s >= 31 ? std::optional(ga_session(s)) : std::nullopt;
        }
        // A/80/L.1, A/C.3/80/L.17, A/CONF.231/…: the first all-digit component after the body, if a session
        while (i < parts.size() && (parts[i].starts_with("C.") || parts[i].starts_with("AC.") ||
                                    parts[i] == "INF" || parts[i] == "BUR"))
            ++i;
        if (i + 1 >= parts.size()) return std::nullopt;  // A/9601: a plain sequence number
        int s = chars::parse_int(parts[i]);
        if (s <= 0 || s > 99) return std::nullopt;
        if (s < 31) return std::nullopt;  // before 1976 GA documents were plain sequence numbers
        return ga_session(s);
    }
    if (series == "S") {
        if (parts[1] == "RES" && parts.size() == 3) {
            auto ny = number_and_year(parts[2]);
            if (!ny) return std::nullopt;
            return of_year(ny->second, Series::sc_number, ny->first);
        }
        int year = chars::parse_int(parts[1]);  // S/2024/123
        if (year >= 1994 && year <= 2100 && parts.size() > 2) return of_year(year, Series::none);
        return std::nullopt;
    }
    if (series == "E") {
        std::size_t i = 1;
        if (parts[i] == "CN.4") ++i;
        if (i < parts.size() && (parts[i] == "RES" || parts[i] == "DEC")) ++i;
        if (i + 1 >= parts.size()) return std::nullopt;
        int year = chars::parse_int(parts[i]);
        if (year < 1946 || year > 2100) return std::nullopt;
        ActTime t = of_year(year);
        // since 2014 the Council's year-numbered session opens in July of the year before
        if (parts[1] != "CN.4" && year >= 2015) t.window.first = month_of(year - 1, 7);
        return t;
    }
    return std::nullopt;
}

std::optional<Window> date_window(std::string_view iso) {
    if (iso.size() < 4) return std::nullopt;
    int year = chars::parse_int(iso.substr(0, 4));
    if (year < 1900) return std::nullopt;
    if (iso.size() == 4) return Window{month_of(year, 1), month_of(year, 12)};
    if (iso.size() < 7) return std::nullopt;
    int month = chars::parse_int(iso.substr(5, 2));
    if (month < 1 || month > 12) return std::nullopt;
    return Window{month_of(year, month), month_of(year, month)};
}

bool sc_number_fits_year(int number, int year) {
    for (auto const& k : sc_numbers) {
        if (k.year < year && k.last >= number) return false;
        if (k.year > year && k.first <= number) return false;
        // 1946-1993 are complete: the year's numbers are exactly first..last
        if (k.year == year && k.year < 1994 && (number < k.first || number > k.last)) return false;
    }
    return true;
}

std::string month_name(Month m) {
    static constexpr std::string_view names[] = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};
    return fmt::format("{} {}", names[m % 12], m / 12);
}

}  // namespace unxref::audit
