// The page structure of extracted text: lines, footnote definitions at the foot of each
// page, and page furniture (running headers, job numbers, barcodes, page counters).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace unxref {

struct FootnoteDefinition {
    std::string label;      // "4", "*"
    std::size_t begin = 0;  // start of the label ("<sup>4</sup>", "4", "*")
    std::size_t text_begin = 0;
    std::size_t end = 0;    // end of the definition's text (trailing spaces excluded)
};

struct Layout {
    std::vector<std::size_t> line_starts;  // offset of each line's first byte
    std::vector<std::pair<std::size_t, std::size_t>> trimmed;  // per line: (offset, size) without the spaces around
    std::vector<FootnoteDefinition> definitions;  // in file order
    // per line: 0, or page furniture (running header, barcode, page counter, a page-break rule),
    // or the foot of a page (a job number, with the page counter beside it: "10/47   26-04944")
    static constexpr char furniture_line = 1, page_foot = 2;
    std::vector<char> furniture;
    std::vector<char> footnote;   // per line: part of a footnote block
    bool markdown = false;
    std::size_t size = 0;  // bytes of the text

    std::size_t line_count() const { return line_starts.size(); }
    std::size_t line_of(std::size_t offset) const;  // 0-based
    std::size_t line_end(std::size_t line) const;   // offset of the '\n' (or end of text)
    bool is_body(std::size_t line) const { return !furniture[line] && !footnote[line]; }
};

// `own_symbol` (may be empty) marks running headers that repeat the document's symbol.
Layout analyse_layout(std::string_view text, std::string_view own_symbol);

// The line with surrounding spaces removed.
std::string_view trimmed_line(std::string_view text, const Layout& layout, std::size_t line);

}  // namespace unxref
