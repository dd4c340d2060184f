// Treaty Series rules, from the volume label on: "vol. 2225, No. 39574",
// "Vol. 2225, Nr. 39574", "vols. 2225, 2237 and 2241, No. 39574", "vol. 999, p. 171",
// "vol. 75, Nos. 970-973", "vol. 2133, núm. 37245", and the malformed "vol. 3175, 612".
// Include only from treaty.cpp.
#pragma once

#include <functional>
#include <string>

#include "lexical.hpp"
#include "matches.hpp"

namespace unxref::grammar::treaty_rules {
using namespace lexical;

struct out_tag;
inline TreatyMatch& out(auto& ctx) { return x3::get<out_tag>(ctx).get(); }
inline std::string text_of(auto& ctx) {
    auto const& range = x3::_attr(ctx);
    return std::string(range.begin(), range.end());
}

auto const add_volume = [](auto& ctx) { out(ctx).volumes.push_back(text_of(ctx)); };
auto const add_number = [](auto& ctx) { out(ctx).numbers.push_back(text_of(ctx)); };
auto const add_page = [](auto& ctx) { out(ctx).pages.push_back(text_of(ctx)); };
auto const mark_malformed = [](auto& ctx) { out(ctx).malformed = true; };
// "970-973": every number of the range
auto const add_number_range = [](auto& ctx) {
    std::string text = text_of(ctx);
    auto cut = text.find_first_not_of("0123456789");
    long from = std::stol(text.substr(0, cut));
    long to = std::stol(text.substr(text.find_first_of("0123456789", cut)));
    if (to < from || to - from > 50) {  // not a plausible range: keep both ends only
        out(ctx).numbers.push_back(std::to_string(from));
        out(ctx).numbers.push_back(std::to_string(to));
        return;
    }
    for (long n = from; n <= to; ++n) out(ctx).numbers.push_back(std::to_string(n));
};

auto const list_sep = (*space >> ',' >> gap) |
                      (gap >> (x3::lit("and") | "und" | "et" | "y") >> !alnum >> gap);
auto const volume_label = x3::lit("vols.") | "Vols." | "vol." | "Vol." | "Bd.";
auto const number_label = x3::lit("Nos.") | "No." | "Nr." | "n\xC2\xB0" /* n° */ | "n\xC2\xBA" /* nº */ |
                          "n\xC3\xBAm." /* núm. */ | (x3::lit("no") >> !alnum) | "nos";
auto const page_label = x3::lit("pp.") | "p." | "S.";

auto const digits_raw = x3::raw[digits >> !x3::digit];
// another volume only if it is itself followed by a separator or the comma before the number:
// in the malformed "vol. 3175, 612." the 612 is the number without its label, not a volume
auto const volume_sep = list_sep >> &(digits >> (list_sep | (*space >> ',')));
auto const volumes = digits_raw[add_volume] % volume_sep;
auto const number_item = x3::raw[digits >> *space >> dash >> *space >> digits][add_number_range] | digits_raw[add_number];
auto const numbers = number_item % list_sep;
auto const pages = digits_raw[add_page] % list_sep;

auto const treaty = volume_label >> gap >> volumes >> *space >> ',' >> gap >>
                    ((number_label >> gap >> numbers) | (page_label >> gap >> pages) |
                     (x3::eps[mark_malformed] >> digits_raw[add_number]));

}  // namespace unxref::grammar::treaty_rules
