#include "refs/anchors.hpp"

#include <algorithm>
#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace unxref {
namespace {

// Each needle is found through a two-byte key at `key_at` within it (or '/' alone): the
// keys "so", "ci", "Be", "Tr", "Ib", "ib", "Eb" (and the UTF-8 of "з", "ق", "号") are rare in running text, so that few
// places need the full comparison. Searching each needle with memmem read the text
// eleven times.
struct Needle {
    std::string_view text;
    std::size_t key_at;
    AnchorKind kind;
};

constexpr Needle needles[] = {
    {"esolu", 1, AnchorKind::act_keyword},
    {"\xC3\xA9solu", 2, AnchorKind::act_keyword},
    {"ecisi", 1, AnchorKind::act_keyword},
    {"\xC3\xA9" "cisi", 2, AnchorKind::act_keyword},
    {"Beschl", 0, AnchorKind::act_keyword},
    {"Treaty Series", 0, AnchorKind::treaty},
    {"Recueil des Trait", 12, AnchorKind::treaty},
    {"Ibid", 0, AnchorKind::ibid},
    {"Ib\xC3\xAD" "d.", 0, AnchorKind::ibid},
    {"ibid.", 0, AnchorKind::ibid},
    {"Ebd.", 0, AnchorKind::ibid},
    {"\xD0\xB5\xD0\xB7\xD0\xBE\xD0\xBB\xD1\x8E\xD1\x86", 2, AnchorKind::act_keyword},  // езолюц (key "з")
    {"\xD9\x82\xD8\xB1\xD8\xA7\xD8\xB1", 0, AnchorKind::act_keyword},                // قرار (key "ق")
    {"\xE5\x8F\xB7\xE5\x86\xB3\xE8\xAE\xAE", 0, AnchorKind::act_suffix},            // 号决议
};

// The needles by the first byte of their key, derived from the table above: the SIMD pass
// below lists the same keys and a test checks each needle is found.
struct NeedleIndex {
    std::array<std::vector<const Needle*>, 256> by_key{};
    NeedleIndex() {
        for (auto const& needle : needles) by_key[static_cast<unsigned char>(needle.text[needle.key_at])].push_back(&needle);
    }
};
const NeedleIndex& needle_index() {
    static const NeedleIndex index;
    return index;
}

// The byte at `at` is '/' or starts a key: records the anchor that really is there. Only the
// needles with that key byte are compared ("so" is common in English: the check must be cheap).
void verify(std::string_view text, std::size_t at, std::vector<Anchor>& out) {
    if (text[at] == '/') {
        out.push_back({at, AnchorKind::slash});
        return;
    }
    for (const Needle* needle : needle_index().by_key[static_cast<unsigned char>(text[at])]) {
        if (at < needle->key_at) continue;
        std::size_t start = at - needle->key_at;
        if (text[start] == needle->text[0] && text.compare(start, needle->text.size(), needle->text) == 0) {
            out.push_back({start, needle->kind});
            return;
        }
    }
}

// The scalar form of the SIMD key test, from the same table.
bool is_key(std::string_view text, std::size_t at) {
    if (text[at] == '/') return true;
    if (at + 1 >= text.size()) return false;
    for (const Needle* needle : needle_index().by_key[static_cast<unsigned char>(text[at])])
        if (needle->text[needle->key_at + 1] == text[at + 1]) return true;
    return false;
}

}  // namespace

std::vector<Anchor> find_anchors(std::string_view text) {
    std::vector<Anchor> out;
    out.reserve(text.size() / 256);
    const char* data = text.data();
    const std::size_t n = text.size();
    std::size_t i = 0;
#if defined(__SSE2__)
    auto same = [](__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
    for (; i + 17 <= n; i += 16) {
        __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
        __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i + 1));
        __m128i hits = same(a, '/');
        hits = _mm_or_si128(hits, _mm_and_si128(same(a, 's'), same(b, 'o')));
        hits = _mm_or_si128(hits, _mm_and_si128(same(a, 'c'), same(b, 'i')));
        hits = _mm_or_si128(hits, _mm_and_si128(same(a, 'B'), same(b, 'e')));
        hits = _mm_or_si128(hits, _mm_and_si128(same(a, 'T'), same(b, 'r')));
        __m128i ib = _mm_or_si128(_mm_or_si128(same(a, 'I'), same(a, 'i')), same(a, 'E'));
        hits = _mm_or_si128(hits, _mm_and_si128(ib, same(b, 'b')));
        // the Russian, Arabic and Chinese keys: lead bytes that Latin-script text never has
        hits = _mm_or_si128(hits, _mm_and_si128(same(a, '\xD0'), same(b, '\xB7')));
        hits = _mm_or_si128(hits, _mm_and_si128(same(a, '\xD9'), same(b, '\x82')));
        hits = _mm_or_si128(hits, _mm_and_si128(same(a, '\xE5'), same(b, '\x8F')));
        for (unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hits)); mask; mask &= mask - 1)
            verify(text, i + static_cast<std::size_t>(__builtin_ctz(mask)), out);
    }
#endif
    for (; i < n; ++i)
        if (is_key(text, i)) verify(text, i, out);
    // "Recueil des Trait" is keyed at its end: an anchor found between may precede it
    if (!std::is_sorted(out.begin(), out.end())) std::stable_sort(out.begin(), out.end());
    return out;
}

}  // namespace unxref
