// Byte classes shared by the stages. UTF-8 text is scanned byte-wise: any byte >= 0x80
// belongs to a non-ASCII character, which in UN text is almost always a letter (ü, é, ’).
#pragma once

#include <charconv>
#include <cstddef>
#include <string_view>
#include <vector>

namespace unxref::chars {

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool is_ascii_letter(char c) { return is_upper(c) || is_lower(c); }
constexpr bool is_alnum(char c) { return is_ascii_letter(c) || is_digit(c); }
constexpr bool is_letter_byte(char c) { return is_ascii_letter(c) || static_cast<unsigned char>(c) >= 0x80; }

// The wide spaces PDF and Word text put between tokens (no-break U+00A0, narrow no-break
// U+202F, thin U+2009; the grammar's `space` has the same): the length of the one at
// text[i], or 0.
inline std::size_t wide_space_length(std::string_view text, std::size_t i) {
    if (i + 1 < text.size() && text[i] == '\xC2' && text[i + 1] == '\xA0') return 2;
    if (i + 2 < text.size() && text[i] == '\xE2' && text[i + 1] == '\x80' && (text[i + 2] == '\xAF' || text[i + 2] == '\x89'))
        return 3;
    return 0;
}

// The length of a wide space that ends `text`, or 0.
inline std::size_t wide_space_ending(std::string_view text) {
    if (text.size() >= 2 && wide_space_length(text, text.size() - 2) == 2) return 2;
    if (text.size() >= 3 && wide_space_length(text, text.size() - 3) == 3) return 3;
    return 0;
}

// Past the spaces (wide ones too) and at most one line break from `pos`.
inline std::size_t skip_gap(std::string_view text, std::size_t pos) {
    bool newline_seen = false;
    while (pos < text.size()) {
        char c = text[pos];
        if (c == ' ' || c == '\t' || c == '\r') {
            ++pos;
        } else if (c == '\n' && !newline_seen) {
            newline_seen = true;
            ++pos;
        } else if (std::size_t wide = wide_space_length(text, pos)) {
            pos += wide;
        } else {
            break;
        }
    }
    return pos;
}

// All of `s` as a decimal number ("2013", not "2013a"), or -1.
inline int parse_int(std::string_view s) {
    int value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    return ec == std::errc{} && end == s.data() + s.size() && !s.empty() ? value : -1;
}

// The pieces of `s` between the `separator`s ("A/RES/68/192" by '/': A, RES, 68, 192).
inline std::vector<std::string_view> split(std::string_view s, char separator) {
    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;) {
        auto at = s.find(separator, start);
        parts.push_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
        if (at == std::string_view::npos) return parts;
        start = at + 1;
    }
}

}  // namespace unxref::chars
