// Lines and columns of byte offsets, as every record and finding gives them: lines from 1,
// columns from 1 in code points (UTF-8 continuation bytes do not count).
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace unxref {

// The column of `offset` in the line that starts at `line_start`.
std::size_t column_at(std::string_view text, std::size_t line_start, std::size_t offset);

class LineIndex {
public:
    // A line starts at 0 and after every line feed (also after a final one).
    explicit LineIndex(std::string_view text);
    // (line, column) of `offset`; past the end, of the end.
    std::pair<std::size_t, std::size_t> at(std::size_t offset) const;

private:
    std::string_view text_;
    std::vector<std::size_t> starts_;
};

}  // namespace unxref
