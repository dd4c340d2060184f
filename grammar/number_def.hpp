// Resolution/decision number rules. Include only from number.cpp.
#pragma once

#include <functional>
#include <utility>
#include <string>

#include "grammar.hpp"
#include "lexical.hpp"
#include "matches.hpp"

namespace unxref::grammar::number_rules {
using namespace lexical;

struct out_tag;

inline NumberMatch& out(auto& ctx) { return x3::get<out_tag>(ctx).get(); }
inline std::string text_of(auto& ctx) {
    auto const& range = x3::_attr(ctx);
    return std::string(range.begin(), range.end());
}

auto const set_session = [](auto& ctx) { out(ctx).session = text_of(ctx); };
auto const set_number = [](auto& ctx) { out(ctx).number = text_of(ctx); };
auto const set_paren = [](auto& ctx) { out(ctx).paren = text_of(ctx); };
// "A to E" -> "A-E": the part letters are the only capitals in the range
auto const set_letters = [](auto& ctx) {
    std::string letters;
    for (char c : text_of(ctx))
        if (c >= 'A' && c <= 'Z') letters += letters.empty() ? std::string(1, c) : std::string{'-', c};
    out(ctx).letters = letters;
};
auto const reset = [](auto& ctx) { out(ctx) = NumberMatch{.begin = out(ctx).begin}; };

// a letter part: a capital standing alone ("78/250 B", "217 A (III)"; the disarmament omnibus
// resolutions run past L: "50/70 M", "53/77 X"), not an initial ("70/1 U.N. Doc.")
auto const part_letter = x3::char_("A-Z") >> !(alnum | '/' | x3::lit("\xE2\x80\x99") | ('.' >> alnum));
// an ordered choice that commits: a longer word before its prefix ("al" before "a")
auto const range_word = x3::lit("to") | "bis" | "\xC3\xA0" /* à */ | "al" | "a";
// two neighbouring parts ("36/87 A and B" is A-B, as a range of two); "A and C" is no range:
// only "A" is read, as before
auto const pair_word = x3::lit("and") | "und" | "et" | "y";
auto const set_pair = [](auto& ctx) {
    set_letters(ctx);  // "A-B": the joining word has no capital
    auto const& letters = out(ctx).letters;
    x3::_pass(ctx) = letters.size() == 3 && letters[2] == letters[0] + 1;
};
auto const letter_range =
    x3::raw[part_letter >> +space >> pair_word >> +space >> part_letter][set_pair] |
    x3::raw[part_letter >> -(((+space >> range_word >> +space) | dash) >> part_letter)][set_letters];

auto const special_session = (x3::lit("ES") | x3::lit('S')) >> '-' >> digits;
// 68/192, S-27/2, ES-10/21, 2013/41 (no letters, dots or slashes may follow)
auto const slash_form = x3::raw[special_session | digits][set_session] >> '/' >> x3::raw[digits][set_number] >>
                        !(alnum | '/') >> -(+space >> letter_range);
// 2334 (2016), 217 A (III), 3419 A to D (XXX), 3362 (S-VII), 2252 (ES-V)
auto const paren_body = x3::raw[(x3::repeat(4)[x3::digit] >> !x3::digit) |
                                (-((x3::lit("ES") | x3::lit('S')) >> '-') >> roman)];
// Arabic writes a session as "د-" and its number: 973 (د-10) is 973 (X)
auto const set_arabic_session = [](auto& ctx) { out(ctx).paren = roman_numeral(x3::_attr(ctx)); };
auto const arabic_session = x3::lit("\xD8\xAF-") >> x3::uint_parser<int, 10, 1, 3>{}[set_arabic_session];
// Chinese text has full-width brackets too: 第2164（2014)号决议
auto const open_paren = x3::lit('(') | x3::lit("\xEF\xBC\x88");
auto const close_paren = x3::lit(')') | x3::lit("\xEF\xBC\x89");
auto const paren_form = x3::eps[reset] >> x3::raw[digits][set_number] >> -(+space >> letter_range) >> gap >>
                        open_paren >> (paren_body[set_paren] | arabic_session) >> close_paren;

auto const number = slash_form | paren_form;

}  // namespace unxref::grammar::number_rules
