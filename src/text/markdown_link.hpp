// The "](target)" that closes a Markdown link, as Markdown reads it: the layout tells a
// Markdown export by it, the scanner reads links and link-wrapped numbers through it.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace unxref {

struct MarkdownLinkTail {
    std::size_t target_begin = 0;  // the destination [target_begin, target_end): "" for "]()"
    std::size_t target_end = 0;
    std::size_t end = 0;           // after the closing ')'
};

// At `pos` (a ']'): "](destination)" or "](destination "title")" on one line, parentheses
// in the destination balanced ("](https://undocs.org/S/RES/2334(2016))"), or nothing
// ("](a b)", a ')' that never comes, a line break first).
std::optional<MarkdownLinkTail> markdown_link_tail(std::string_view text, std::size_t pos);

}  // namespace unxref
