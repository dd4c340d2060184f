// Footnote markers in the body and their pairing with the definitions at the page foot.
#pragma once

#include <string_view>
#include <vector>

#include "refs/reference.hpp"
#include "text/layout.hpp"

namespace unxref {

struct FootnoteResult {
    std::vector<Reference> markers;      // kind footnote_marker, status paired/unpaired
    std::vector<Reference> definitions;  // kind footnote, status paired/unreferenced/unlocated
};

// Markdown exports mark notes explicitly (<sup>4</sup>); in PDF text a marker is a bare
// number glued to a word, bracket or year ("Convention),1", "Ausschusses102") or set off
// by spaces at clause end ("Agenda 21, 6"), so it is searched for between the previous
// marker and its own definition. `citations` are spans a marker can never be inside.
FootnoteResult find_footnotes(std::string_view text, const Layout& layout, const std::vector<Reference>& citations);

}  // namespace unxref
