// Byte classes shared by the stages. UTF-8 text is scanned byte-wise: any byte >= 0x80
// belongs to a non-ASCII character, which in UN text is almost always a letter (ü, é, ’).
#pragma once

#include <charconv>
#include <string_view>

namespace unxref::chars {

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool is_ascii_letter(char c) { return is_upper(c) || is_lower(c); }
constexpr bool is_alnum(char c) { return is_ascii_letter(c) || is_digit(c); }
constexpr bool is_letter_byte(char c) { return is_ascii_letter(c) || static_cast<unsigned char>(c) >= 0x80; }

// All of `s` as a decimal number ("2013", not "2013a"), or -1.
inline int parse_int(std::string_view s) {
    int value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    return ec == std::errc{} && end == s.data() + s.size() && !s.empty() ? value : -1;
}

}  // namespace unxref::chars
