#include "text/language.hpp"

#include <array>
#include <algorithm>
#include <cstring>

namespace unxref {
namespace {

std::size_t count(std::string_view text, std::string_view word) {
    std::size_t n = 0;
    for (std::size_t pos = text.find(word); pos != std::string_view::npos; pos = text.find(word, pos + 1)) ++n;
    return n;
}

}  // namespace

std::string detect_language(std::string_view text) {
    text = text.substr(0, 64 * 1024);  // the first pages tell
    std::size_t arabic = 0, cyrillic = 0, cjk = 0, letters = 0;
    for (unsigned char c : text) {
        if (c >= 0xD8 && c <= 0xDB) ++arabic;        // lead bytes of U+0600..U+06FF
        else if (c == 0xD0 || c == 0xD1) ++cyrillic;  // U+0400..U+047F
        else if (c >= 0xE4 && c <= 0xE9) ++cjk;       // U+4E00..U+9FFF
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ++letters;
    }
    std::size_t most = std::max({arabic, cyrillic, cjk});
    if (most * 4 > letters) {
        if (most == arabic) return "ar";
        if (most == cyrillic) return "ru";
        return "zh";
    }
    struct Language {
        const char* code;
        std::array<std::string_view, 4> words;
    };
    static constexpr std::array<Language, 4> languages{{
        {"en", {" the ", " and ", " of ", " to "}},
        {"de", {" der ", " und ", " die ", " des "}},
        {"fr", {" le ", " les ", " et ", " du "}},
        {"es", {" el ", " los ", " y ", " del "}},
    }};
    std::string best = "und";
    std::size_t best_score = 0;
    for (auto const& language : languages) {
        std::size_t score = 0;
        for (auto w : language.words) score += count(text, w);
        if (score > best_score) best_score = score, best = language.code;
    }
    return best_score >= 3 ? best : "und";
}

}  // namespace unxref
