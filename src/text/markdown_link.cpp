#include "text/markdown_link.hpp"

namespace unxref {

std::optional<MarkdownLinkTail> markdown_link_tail(std::string_view text, std::size_t pos) {
    if (text.compare(pos, 2, "](") != 0) return std::nullopt;
    constexpr std::size_t longest = 2048;  // a URL with its query, no further
    MarkdownLinkTail tail;
    tail.target_begin = pos + 2;
    std::size_t limit = std::min(text.size(), tail.target_begin + longest);
    int depth = 0;
    std::size_t j = tail.target_begin;
    for (; j < limit; ++j) {
        char c = text[j];
        if (c == '\n' || c == '\r') return std::nullopt;
        if (c == ' ' || c == '\t') break;
        if (c == '(') ++depth;
        if (c == ')' && depth-- == 0) {
            tail.target_end = j;
            tail.end = j + 1;
            return tail;
        }
    }
    if (j >= limit) return std::nullopt;
    // past the destination: spaces, then only a title in quotes before ')'
    tail.target_end = j;
    while (j < limit && (text[j] == ' ' || text[j] == '\t')) ++j;
    if (j >= limit || (text[j] != '"' && text[j] != '\'')) return std::nullopt;
    char quote = text[j];
    std::size_t close = text.substr(0, limit).find(quote, j + 1);
    if (close == std::string_view::npos || text.substr(j, close - j).find('\n') != std::string_view::npos) return std::nullopt;
    j = close + 1;
    while (j < limit && (text[j] == ' ' || text[j] == '\t')) ++j;
    if (j >= limit || text[j] != ')') return std::nullopt;
    tail.end = j + 1;
    return tail;
}

}  // namespace unxref
