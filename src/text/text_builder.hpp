// Building visible text from a document tree (Word XML, HTML) while keeping link offsets
// exact: white space and line breaks are held back until the next visible character, so
// links never start or end on a separator and no line ends in dangling spaces.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/visible_text.hpp"

namespace unxref {

class TextBuilder {
public:
    // Text as written; '\n' ends a line, other control characters become spaces.
    void text(std::string_view s);
    // HTML text: every run of ASCII white space counts as one (soft) space.
    void collapsible(std::string_view s);
    // A space that is dropped at the start and end of a line and merged with its neighbours.
    void space();
    void line_break();
    // " | " between two table cells, whatever white space the cells bring with them
    void cell_separator();
    void blank_line();  // ends the paragraph with an empty line after it
    char last_char() const { return out_.empty() ? '\0' : out_.back(); }  // pending space not counted

    void open_link(std::string target);
    void close_link();  // a link whose text stayed empty is dropped: it has no span to check

    VisibleText finish();

private:
    void put(std::string_view visible);  // flushes what is pending, then appends
    bool at_line_start() const;

    std::string out_;
    std::vector<ExplicitLink> links_;
    std::vector<ExplicitLink> open_;  // begin == npos until the first visible character
    bool pending_space_ = false;
    int pending_newlines_ = 0;
};

}  // namespace unxref
