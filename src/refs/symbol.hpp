// Document symbols: finding one at a position, validating its series, canonical ids.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace unxref {

struct SymbolHit {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string id;  // the symbol with whitespace (and a reissue star) removed
};

// Parses a symbol that starts exactly at `begin` and checks that it is one:
// a known series (or an all-capital series with three or more components),
// at least one digit, and nothing glued to either end.
std::optional<SymbolHit> symbol_at(std::string_view text, std::size_t begin);

// The canonical form of symbol text: whitespace and line breaks removed, star dropped.
std::string canonical_symbol(std::string_view text);

// canonical_symbol(text) == id, without building the string (checked on every line of a file).
bool is_canonical_symbol(std::string_view text, std::string_view id);
// Necessary for is_canonical_symbol(piece, id) of a piece that starts (ends) `text`: the first
// (last) `chars` characters of `id` start (end) it, the bytes canonical ids drop skipped.
bool may_start_canonical_symbol(std::string_view text, std::string_view id, std::size_t chars);
bool may_end_canonical_symbol(std::string_view text, std::string_view id, std::size_t chars);

// The symbol a file name stands for (A_RES_68_192.de.md -> A/RES/68/192), if it is one.
std::optional<std::string> symbol_from_file_name(std::string_view path);

bool is_known_series(std::string_view series);

}  // namespace unxref
