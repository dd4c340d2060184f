// Date phrase rules ("of 20 December 2006", "vom 30. Juli 2010", "du 20 décembre 2006",
// "de 20 de diciembre de 2006"). Include only from date.cpp.
#pragma once

#include <functional>

#include "lexical.hpp"
#include "matches.hpp"

namespace unxref::grammar::date_rules {
using namespace lexical;

struct out_tag;
inline DateMatch& out(auto& ctx) { return x3::get<out_tag>(ctx).get(); }

struct months_table : x3::symbols<int> {
    months_table() {
        // en, de, fr, es (lower- and title-case where the language capitalises)
        add("January", 1)("February", 2)("March", 3)("April", 4)("May", 5)("June", 6)("July", 7)(
            "August", 8)("September", 9)("October", 10)("November", 11)("December", 12);
        add("Januar", 1)("Februar", 2)("M\xC3\xA4rz", 3)("Mai", 5)("Juni", 6)("Juli", 7)("Oktober", 10)(
            "Dezember", 12);
        add("janvier", 1)("f\xC3\xA9vrier", 2)("mars", 3)("avril", 4)("mai", 5)("juin", 6)("juillet", 7)(
            "ao\xC3\xBBt", 8)("septembre", 9)("octobre", 10)("novembre", 11)("d\xC3\xA9" "cembre", 12);
        add("enero", 1)("febrero", 2)("marzo", 3)("abril", 4)("mayo", 5)("junio", 6)("julio", 7)("agosto", 8)(
            "septiembre", 9)("setiembre", 9)("octubre", 10)("noviembre", 11)("diciembre", 12);
    }
};
inline months_table const months;

auto const set_day = [](auto& ctx) { out(ctx).day = x3::_attr(ctx); };
auto const set_month = [](auto& ctx) { out(ctx).month = x3::_attr(ctx); };
auto const set_year = [](auto& ctx) { out(ctx).year = x3::_attr(ctx); };

auto const day = x3::uint_parser<int, 10, 1, 2>{}[set_day];
// a footnote marker may be glued to the year ("of 23 March 202115 and …": note 15): a year of
// 1945-2099 followed by one to three more digits ends after its four (the marker is left to
// the footnote stage)
auto const set_glued_year = [](auto& ctx) {
    int y = x3::_attr(ctx);
    x3::_pass(ctx) = y >= 1945 && y <= 2099;
    out(ctx).year = y;
};
auto const year = (x3::uint_parser<int, 10, 4, 4>{} >> !x3::digit)[set_year] |
                  (x3::uint_parser<int, 10, 4, 4>{} >> &(x3::repeat(1, 3)[x3::digit] >> !x3::digit))[set_glued_year];
auto const month = months[set_month] >> !alnum;

auto const en = x3::lit("of") >> gap >> day >> gap >> month >> gap >> year;
auto const de = x3::lit("vom") >> gap >> day >> '.' >> gap >> month >> -(gap >> year);
auto const fr = x3::lit("du") >> gap >> day >> -x3::lit("er") >> gap >> month >> gap >> year;
auto const es = (x3::lit("del") | x3::lit("de")) >> gap >> day >> gap >> "de" >> gap >> month >> gap >>
                -(x3::lit("de") >> gap) >> year;
auto const date = en | de | fr | es;

}  // namespace unxref::grammar::date_rules
