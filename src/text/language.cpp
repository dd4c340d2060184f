#include "text/language.hpp"

#include <algorithm>
#include <cstring>

#include "text/chars.hpp"

namespace unxref {
std::string detect_language(std::string_view text) {
    text = text.substr(0, 1024);  // the first page tells (and costs nothing on a long file)
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
    // one pass over the words: the commonest short function words tell the language
    static constexpr std::string_view codes[] = {"en", "de", "fr", "es"};
    static constexpr std::string_view words[4][4] = {{"the", "and", "of", "to"},
                                                     {"der", "und", "die", "des"},
                                                     {"le", "les", "et", "du"},
                                                     {"el", "los", "y", "del"}};
    std::size_t scores[4] = {0, 0, 0, 0};
    using chars::is_lower;
    for (std::size_t i = 0; i < text.size();) {
        if (!is_lower(text[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && is_lower(text[end])) ++end;
        bool whole = (i == 0 || text[i - 1] == ' ') && end < text.size() && text[end] == ' ';
        if (whole && end - i <= 3 && end - i >= 1) {
            std::string_view word = text.substr(i, end - i);
            for (int l = 0; l < 4; ++l)
                for (auto w : words[l]) scores[l] += word == w;
        }
        i = end;
    }
    std::string best = "und";
    std::size_t best_score = 0;
    for (int l = 0; l < 4; ++l)
        if (scores[l] > best_score) best_score = scores[l], best = std::string(codes[l]);
    return best_score >= 3 ? best : "und";
}

}  // namespace unxref
