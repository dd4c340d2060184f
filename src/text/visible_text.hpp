// The text a reader makes of a PDF, Word or HTML file: what a person sees, in reading
// order, with the hyperlinks the file carries. Every offset of a reference points here.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace unxref {

// A hyperlink the file itself carries (Word w:hyperlink, HYPERLINK field, HTML <a href>).
struct ExplicitLink {
    std::size_t begin = 0;  // the linked text, [begin, end) in the visible text
    std::size_t end = 0;
    std::string target;     // the URL as written ("" when the link has none, "#x" for an anchor)
};

struct VisibleText {
    std::string text;
    std::vector<ExplicitLink> links;  // in text order
};

}  // namespace unxref
