// HTML files through libxml2's HTML parser. The visible text: the body's text with
// white space collapsed as a browser does; block elements (p, div, li, h1–h6, tr, br, …)
// start new lines, paragraphs and headings are followed by an empty line; table cells are
// joined by " | "; <pre> keeps its lines. script, style, template, head and <noscript> are
// left out. Every <a href> becomes an explicit link over its text.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "text/visible_text.hpp"

namespace unxref {

std::variant<VisibleText, std::string> read_html(std::string_view bytes);

}  // namespace unxref
