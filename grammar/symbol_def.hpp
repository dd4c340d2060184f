// Document symbol rules. Include only from symbol.cpp.
#pragma once

#include "lexical.hpp"

namespace unxref::grammar::symbol_rules {
using namespace lexical;

x3::rule<struct word_class> const word = "word";
x3::rule<struct component_class> const component = "component";
x3::rule<struct paren_part_class> const paren_part = "paren_part";
x3::rule<struct single_class> const single = "single";
x3::rule<struct symbol_class> const symbol = "symbol";

// OCR reads the "1" of "Add.1", "Rev.1" as "l" or "I" in old documents ("A/4800/Add.l"):
// taken here so that the symbol is not cut at "Add"; symbol_at() writes the id with "1".
auto const ocr_one = (x3::lit('l') | 'I') >> !alnum;
// CONF.231, Add.1, L.22, RES, Sub.2, EA.4, Res.6 (a break may follow the dot: "A/CONF." / "231/1")
auto const word_def = upper >> *(upper | lower) >> -('.' >> line_break >> (digits | ocr_one));
// S-27, ES-10 (special and emergency sessions), 2002, 6, 1/CP.21's "1", 29B
auto const special_session = (x3::lit("ES") | x3::lit('S')) >> '-' >> digits;
auto const component_def = special_session | word | (digits >> -(upper >> !alnum));
// (Sect. 24), (Part I), (Vol. II), (Bd. I), (Resumption 1), (Supp.), (2016)
auto const paren_label = x3::lit("Sect.") | "Part" | "Vol." | "Bd." | "Resumption" | "Supp." | "Suppl." | "Add.";
auto const paren_part_def = *space >> '(' >> *space >>
                            ((paren_label >> *space >> ((digits >> *upper) | roman)) |
                             (x3::repeat(4)[x3::digit] >> !x3::digit)) >>
                            *space >> ')';
auto const single_def = word >> +('/' >> line_break >> component) >> -paren_part;
// joint symbols: A/67/828-S/2013/210; the reissue star belongs to the symbol's text
auto const symbol_def = single >> *('-' >> &upper >> single) >> -x3::lit('*');

BOOST_SPIRIT_DEFINE(word, component, paren_part, single, symbol)

}  // namespace unxref::grammar::symbol_rules
