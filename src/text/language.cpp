#include "text/language.hpp"

#include <algorithm>
#include <cstdint>

#include "text/chars.hpp"

namespace unxref {
namespace {

// Up to three bytes and the length in one number.
constexpr std::uint32_t pack(std::string_view w) {
    std::uint32_t key = static_cast<std::uint32_t>(w.size()) << 24;
    for (std::size_t k = 0; k < w.size() && k < 3; ++k) key |= static_cast<std::uint32_t>(static_cast<unsigned char>(w[k])) << (8 * k);
    return key;
}

}  // namespace

// One pass over the first KiB: lead bytes of Arabic, Cyrillic and CJK characters, and the
// commonest short function words of English, German, French and Spanish. A Latin-script
// text is usually told in its first few hundred bytes, where the pass stops.
std::string detect_language(std::string_view text) {
    text = text.substr(0, 1024);
    static constexpr std::string_view codes[] = {"en", "de", "fr", "es"};
    // packed at compile time: packing them again for every word read cost more than the rest of the pass
    static constexpr std::uint32_t words[4][4] = {{pack("the"), pack("and"), pack("of"), pack("to")},
                                                  {pack("der"), pack("und"), pack("die"), pack("des")},
                                                  {pack("le"), pack("les"), pack("et"), pack("du")},
                                                  {pack("el"), pack("los"), pack("y"), pack("del")}};
    constexpr std::size_t decisive = 16;  // function words of one language, none of another script
    std::size_t arabic = 0, cyrillic = 0, cjk = 0, letters = 0;
    std::size_t scores[4] = {0, 0, 0, 0};
    using chars::is_lower;
    std::size_t i = 0;
    while (i < text.size()) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            if (c >= 0xD8 && c <= 0xDB) ++arabic;        // lead bytes of U+0600..U+06FF
            else if (c == 0xD0 || c == 0xD1) ++cyrillic;  // U+0400..U+047F
            else if (c >= 0xE4 && c <= 0xE9) ++cjk;       // U+4E00..U+9FFF
            ++i;
            continue;
        }
        if (!is_lower(text[i])) {
            letters += (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && is_lower(text[end])) ++end;
        letters += end - i;
        bool whole = (i == 0 || text[i - 1] == ' ') && end < text.size() && text[end] == ' ';
        if (whole && end - i <= 3) {
            std::uint32_t word = pack(text.substr(i, end - i));  // a compare per word, no memcmp call
            for (int l = 0; l < 4; ++l)
                for (std::uint32_t w : words[l]) scores[l] += word == w;
            if (arabic + cyrillic + cjk == 0 && *std::max_element(scores, scores + 4) >= decisive) break;
        }
        i = end;
    }
    std::size_t most = std::max({arabic, cyrillic, cjk});
    if (most * 4 > letters) {
        if (most == arabic) return "ar";
        if (most == cyrillic) return "ru";
        return "zh";
    }
    std::string best = "und";
    std::size_t best_score = 0;
    for (int l = 0; l < 4; ++l)
        if (scores[l] > best_score) best_score = scores[l], best = std::string(codes[l]);
    return best_score >= 3 ? best : "und";
}

}  // namespace unxref
