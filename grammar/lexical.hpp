// Lexical pieces shared by the rules: the spaces that PDF and Word text put between
// tokens, and an optional single line break (symbols and numbers broken across lines).
#pragma once

#include "config.hpp"

namespace unxref::grammar::lexical {

// space, tab, no-break space (U+00A0), narrow no-break space (U+202F), thin space (U+2009)
inline auto const space = x3::lit(' ') | x3::lit('\t') | x3::lit("\xC2\xA0") | x3::lit("\xE2\x80\xAF") |
                          x3::lit("\xE2\x80\x89");
inline auto const newline = x3::lit("\r\n") | x3::lit('\n');
// zero or more spaces with at most one line break among them
inline auto const gap = *space >> -(newline >> *space);
// a line break (with the spaces around it) or nothing; never plain spaces
inline auto const line_break = -(*space >> newline >> *space);
inline auto const upper = x3::char_("A-Z");
inline auto const lower = x3::char_("a-z");
inline auto const alnum = x3::char_("A-Za-z0-9");
inline auto const digits = +x3::digit;
inline auto const roman = +x3::char_("IVXLC");
// hyphen, en dash
inline auto const dash = x3::lit('-') | x3::lit("\xE2\x80\x93");

}  // namespace unxref::grammar::lexical
