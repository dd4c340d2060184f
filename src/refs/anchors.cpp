#include "refs/anchors.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace unxref {
namespace {

// Each needle is found through a three-byte key at `key_at` within it (or '/' alone): the
// keys "sol", "cis", "Bes", "Tre", "Tra", "Ibi", "ibi", "Ebd" (and the UTF-8 of "зо", "قر",
// "号") are rare in running text, so that few places need the full comparison. Two-byte
// keys ("so", "ci") stopped the pass every 200 bytes of English; eleven memmem passes had
// read the text eleven times.
constexpr std::size_t key_size = 3;

struct Needle {
    std::string_view text;
    std::size_t key_at;
    AnchorKind kind;
    unsigned bucket;  // 0..7: needles of one bucket share a bit of the key tables below
};

constexpr Needle needles[] = {
    {"esolu", 1, AnchorKind::act_keyword, 0},
    {"\xC3\xA9solu", 2, AnchorKind::act_keyword, 0},
    {"ecisi", 1, AnchorKind::act_keyword, 1},
    {"\xC3\xA9" "cisi", 2, AnchorKind::act_keyword, 1},
    {"Beschl", 0, AnchorKind::act_keyword, 2},
    {"Treaty Series", 0, AnchorKind::treaty, 3},
    {"Recueil des Trait", 12, AnchorKind::treaty, 3},
    {"Ibid", 0, AnchorKind::ibid, 4},
    {"Ib\xC3\xAD" "d.", 0, AnchorKind::ibid, 4},
    {"ibid.", 0, AnchorKind::ibid, 4},
    {"Ebd.", 0, AnchorKind::ibid, 5},
    {"\xD0\xB5\xD0\xB7\xD0\xBE\xD0\xBB\xD1\x8E\xD1\x86", 2, AnchorKind::act_keyword, 6},  // езолюц (key "зо")
    {"\xD9\x82\xD8\xB1\xD8\xA7\xD8\xB1", 0, AnchorKind::act_keyword, 7},                // قرار (key "قر")
    {"\xE5\x8F\xB7\xE5\x86\xB3\xE8\xAE\xAE", 0, AnchorKind::act_suffix, 7},            // 号决议 (key "号")
};

// The key test as table lookups (the "Teddy" scheme of Hyperscan): for each of the three key
// bytes, the bits of the buckets whose key may have that byte there, by its low and by its
// high nibble. A place holds a key when some bucket's bit survives all six lookups; the
// nibble tables admit a few byte combinations no needle has, which verify() then rejects.
// Everything is derived from the needle table above.
struct KeyTables {
    std::array<std::array<std::uint8_t, 16>, key_size> low{}, high{};
    std::array<std::vector<const Needle*>, 256> by_first_key_byte{};
    KeyTables() {
        for (auto const& needle : needles) {
            for (std::size_t p = 0; p < key_size; ++p) {
                auto byte = static_cast<unsigned char>(needle.text[needle.key_at + p]);
                low[p][byte & 0x0F] |= static_cast<std::uint8_t>(1u << needle.bucket);
                high[p][byte >> 4] |= static_cast<std::uint8_t>(1u << needle.bucket);
            }
            by_first_key_byte[static_cast<unsigned char>(needle.text[needle.key_at])].push_back(&needle);
        }
    }
    unsigned buckets(std::size_t p, unsigned char byte) const { return low[p][byte & 0x0F] & high[p][byte >> 4]; }
};
const KeyTables& key_tables() {
    static const KeyTables tables;
    return tables;
}

// The byte at `at` is '/' or may start a key: records the anchor that really is there.
void verify(std::string_view text, std::size_t at, std::vector<Anchor>& out) {
    if (text[at] == '/') {
        out.push_back({at, AnchorKind::slash});
        return;
    }
    for (const Needle* needle : key_tables().by_first_key_byte[static_cast<unsigned char>(text[at])]) {
        if (at < needle->key_at) continue;
        std::size_t start = at - needle->key_at;
        if (text.compare(start, needle->text.size(), needle->text) == 0) {
            out.push_back({start, needle->kind});
            return;
        }
    }
}

// The scalar key test, from the same tables.
bool is_key(std::string_view text, std::size_t at) {
    if (text[at] == '/') return true;
    if (at + key_size > text.size()) return false;
    auto const& t = key_tables();
    unsigned bits = 0xFF;
    for (std::size_t p = 0; p < key_size && bits; ++p) bits &= t.buckets(p, static_cast<unsigned char>(text[at + p]));
    return bits != 0;
}

// From `from` to the end, one byte at a time.
void scan_portable(std::string_view text, std::size_t from, std::vector<Anchor>& out) {
    for (std::size_t i = from; i < text.size(); ++i)
        if (is_key(text, i)) verify(text, i, out);
}

#if defined(__x86_64__)
// These helpers pass AVX values only between functions compiled for AVX2, inlined into one
// another: the ABI note GCC gives for them does not apply.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"

// The buckets whose key byte `p` may be each of the 32 bytes of `v`: two shuffles look the
// nibbles up in the tables (broadcast to both 16-byte lanes).
__attribute__((target("avx2"))) inline __m256i key_buckets(__m256i v, __m256i low, __m256i high) {
    const __m256i nibble = _mm256_set1_epi8(0x0F);
    __m256i lo = _mm256_shuffle_epi8(low, _mm256_and_si256(v, nibble));
    __m256i hi = _mm256_shuffle_epi8(high, _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble));
    return _mm256_and_si256(lo, hi);
}

__attribute__((target("avx2"))) inline __m256i table(const std::array<std::uint8_t, 16>& bytes) {
    return _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes.data())));
}

// 32 bytes at a time; returns where the scalar tail takes over.
__attribute__((target("avx2"))) std::size_t scan_avx2(std::string_view text, std::vector<Anchor>& out) {
    auto const& t = key_tables();
    const __m256i low0 = table(t.low[0]), high0 = table(t.high[0]), low1 = table(t.low[1]), high1 = table(t.high[1]),
                  low2 = table(t.low[2]), high2 = table(t.high[2]);
    const __m256i slash = _mm256_set1_epi8('/'), zero = _mm256_setzero_si256();
    const char* data = text.data();
    std::size_t i = 0;
    for (; i + 32 + key_size - 1 <= text.size(); i += 32) {
        __m256i v0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(data + i));
        __m256i v1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(data + i + 1));
        __m256i v2 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(data + i + 2));
        __m256i keys = _mm256_and_si256(_mm256_and_si256(key_buckets(v0, low0, high0), key_buckets(v1, low1, high1)),
                                        key_buckets(v2, low2, high2));
        auto no_key = static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(keys, zero)));
        auto slashes = static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v0, slash)));
        for (std::uint32_t mask = ~no_key | slashes; mask; mask &= mask - 1)
            verify(text, i + static_cast<std::size_t>(__builtin_ctz(mask)), out);
    }
    return i;
}

#pragma GCC diagnostic pop

bool has_avx2() {
    static const bool yes = __builtin_cpu_supports("avx2");
    return yes;
}
#endif

std::vector<Anchor> find_anchors_with(std::string_view text, bool simd) {
    std::vector<Anchor> out;
    out.reserve(text.size() / 256);
    std::size_t tail = 0;
#if defined(__x86_64__)
    if (simd && has_avx2()) tail = scan_avx2(text, out);
#endif
    scan_portable(text, tail, out);
    // "Recueil des Trait" is keyed at its end: an anchor found between may precede it
    if (!std::is_sorted(out.begin(), out.end())) std::stable_sort(out.begin(), out.end());
    return out;
}

}  // namespace

std::vector<Anchor> find_anchors(std::string_view text) { return find_anchors_with(text, true); }

namespace detail {
std::vector<Anchor> find_anchors_portable(std::string_view text) { return find_anchors_with(text, false); }
}  // namespace detail

}  // namespace unxref
