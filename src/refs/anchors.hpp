// The cheap first pass of citation finding: every place a citation can start, found in one
// pass over the bytes (32 at a time where the CPU allows) before any grammar runs.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace unxref {

// Chinese cites a resolution as 第 … 号决议 ("第1325(2000)号决议"): the numbers stand between.
inline constexpr std::string_view chinese_ordinal = "\xE7\xAC\xAC";                             // 第
inline constexpr std::string_view chinese_resolution = "\xE5\x8F\xB7\xE5\x86\xB3\xE8\xAE\xAE";  // 号决议

enum class AnchorKind {
    slash,        // '/' inside a document symbol or a "68/192" number
    act_keyword,  // "esolu", "ésolu", "ecisi", "écisi", "Beschl", Russian "езолюц", Arabic "قرار" inside the keyword
    act_suffix,   // Chinese "号决议": the numbers come before it ("第1325(2000)号决议")
    treaty,       // "Treaty Series", "Recueil des Trait"
    ibid,         // "Ibid", "ibid.", "Ebd.", "Ibíd."
};

struct Anchor {
    std::size_t pos;  // where the needle starts
    AnchorKind kind;
    bool operator<(const Anchor& other) const { return pos < other.pos; }
};

// All anchors of `text` in text order (32 bytes at a time where the CPU has AVX2).
std::vector<Anchor> find_anchors(std::string_view text);

namespace detail {
// The same, one byte at a time on every CPU: what the SIMD pass must agree with.
std::vector<Anchor> find_anchors_portable(std::string_view text);
}  // namespace detail

}  // namespace unxref
