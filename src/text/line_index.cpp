#include "text/line_index.hpp"

#include <algorithm>
#include <cstring>

namespace unxref {

std::size_t column_at(std::string_view text, std::size_t line_start, std::size_t offset) {
    std::size_t column = 1;
    for (std::size_t i = line_start; i < offset && i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
    return column;
}

std::size_t ColumnCounter::column(std::size_t line_start, std::size_t offset) {
    if (line_start == line_start_ && offset >= offset_) {
        column_ += column_at(text_, offset_, offset) - 1;
    } else {
        line_start_ = line_start;
        column_ = column_at(text_, line_start, offset);
    }
    offset_ = offset;
    return column_;
}

LineIndex::LineIndex(std::string_view text) : text_(text), columns_(text) {
    starts_.push_back(0);
    for (const char* p = text.data(), *end = text.data() + text.size();
         (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))));)
        starts_.push_back(static_cast<std::size_t>(++p - text.data()));
}

std::pair<std::size_t, std::size_t> LineIndex::at(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    auto line = static_cast<std::size_t>(it - starts_.begin());  // 1-based
    return {line, columns_.column(starts_[line - 1], offset)};
}

}  // namespace unxref
