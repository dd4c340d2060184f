// UTF-8 validity, the one rule every reader and check applies.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace unxref {

// What a text check needs of every byte, in one pass (32 bytes at a time with AVX2, UTF-8
// checked character by character only in blocks with a byte >= 0x80): the control characters
// other than tab, line feed, carriage return and form feed, and the first byte that is no
// valid UTF-8 (npos if none).
struct ByteCensus {
    std::size_t controls = 0;
    std::size_t first_invalid = std::string_view::npos;
};
ByteCensus census_of(std::string_view bytes);

// Offset of the first byte that is not part of valid UTF-8, or npos.
std::size_t first_invalid_utf8(std::string_view bytes);

// `bytes` with each byte that is not part of valid UTF-8 replaced by U+FFFD.
std::string valid_utf8(std::string_view bytes);

}  // namespace unxref
