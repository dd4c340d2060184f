// Word .docx files (Office Open XML) through libzip and libxml2. The visible text:
//   - each body paragraph is one line, followed by an empty line;
//   - a table row is one line, its cells joined by " | " (a cell's paragraphs by spaces);
//   - a footnote reference is its number, glued to the text before it as in print;
//   - the footnotes follow the body, after a "__________________" line, one "N text" line
//     each (numbered in order of first reference, as Word shows them);
//   - w:hyperlink (target from the part's relationships, or "#anchor") and HYPERLINK
//     fields become explicit links. Headers, footers, comments and deleted text are left out.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

#include "text/visible_text.hpp"

namespace unxref {

// The text, or why there is none ("damaged Word .docx: …"). `max_part_bytes` bounds each
// XML part uncompressed.
std::variant<VisibleText, std::string> read_docx(std::string_view bytes, std::size_t max_part_bytes);

}  // namespace unxref
