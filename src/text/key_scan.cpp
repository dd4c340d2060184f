#include "text/key_scan.hpp"

#include <algorithm>
#include <stdexcept>

#include "text/chars.hpp"
#include "text/cpu.hpp"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace unxref {

KeyScanner::KeyScanner(const std::vector<Key>& keys, bool word_starts) : word_starts_(word_starts) {
    for (auto const& key : keys) {
        if (key.bytes.empty() || key.bytes.size() > key_size || key.bucket > 7)
            throw std::invalid_argument("KeyScanner: a key has one to three bytes and a bucket 0..7");
        auto bit = static_cast<std::uint8_t>(1u << key.bucket);
        for (std::size_t p = 0; p < key_size; ++p) {
            if (p < key.bytes.size()) {
                auto byte = static_cast<unsigned char>(key.bytes[p]);
                low_[p][byte & 0x0F] |= bit;
                high_[p][byte >> 4] |= bit;
            } else {  // past a short key: any byte, or the end of the text
                for (std::size_t n = 0; n < 16; ++n) low_[p][n] |= bit, high_[p][n] |= bit;
                ended_[p] |= bit;
            }
        }
    }
}

bool KeyScanner::may_hold(std::string_view text, std::size_t at) const {
    if (word_starts_ && at > 0 && chars::is_letter_byte(text[at - 1])) return false;
    unsigned buckets = 0xFF;
    for (std::size_t p = 0; p < key_size && buckets; ++p) {
        if (at + p < text.size()) {
            auto byte = static_cast<unsigned char>(text[at + p]);
            buckets &= low_[p][byte & 0x0F] & high_[p][byte >> 4];
        } else {
            buckets &= ended_[p];
        }
    }
    return buckets != 0;
}

void KeyScanner::find_portable(std::string_view text, std::size_t from, std::size_t to,
                               std::vector<std::size_t>& hits) const {
    for (std::size_t at = from; at < to; ++at)
        if (may_hold(text, at)) hits.push_back(at);
}

#if defined(__x86_64__)
namespace {

// These helpers pass AVX values only between functions compiled for AVX2 and inlined into
// one another: the ABI note GCC gives for them does not apply.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"

__attribute__((target("avx2"))) inline __m256i both_lanes(const std::array<std::uint8_t, 16>& table) {
    return _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(table.data())));
}

// The buckets that may have each of the 32 bytes of `v` at a key position: two shuffles look
// the nibbles up in that position's tables.
__attribute__((target("avx2"))) inline __m256i buckets_of(__m256i v, __m256i low, __m256i high) {
    const __m256i nibble = _mm256_set1_epi8(0x0F);
    __m256i lo = _mm256_shuffle_epi8(low, _mm256_and_si256(v, nibble));
    __m256i hi = _mm256_shuffle_epi8(high, _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble));
    return _mm256_and_si256(lo, hi);
}

// chars::is_letter_byte for 32 bytes: an ASCII letter, or any byte of a multi-byte character.
__attribute__((target("avx2"))) inline std::uint32_t letter_mask(__m256i v) {
    __m256i lower = _mm256_or_si256(v, _mm256_set1_epi8(0x20));
    __m256i ascii = _mm256_and_si256(_mm256_cmpgt_epi8(lower, _mm256_set1_epi8('a' - 1)),
                                     _mm256_cmpgt_epi8(_mm256_set1_epi8('z' + 1), lower));
    __m256i non_ascii = _mm256_cmpgt_epi8(_mm256_setzero_si256(), v);  // bytes >= 0x80 are negative
    return static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_or_si256(ascii, non_ascii)));
}

#pragma GCC diagnostic pop

}  // namespace

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"
// Blocks of 32 places from `from` (the three key bytes of each place readable, and the byte
// before it when word starts count); returns where the scalar pass takes over (`to` or past it
// when the blocks reached it).
__attribute__((target("avx2"))) std::size_t KeyScanner::find_avx2(std::string_view text, std::size_t from,
                                                                  std::size_t to, std::vector<std::size_t>& hits) const {
    const __m256i low0 = both_lanes(low_[0]), high0 = both_lanes(high_[0]), low1 = both_lanes(low_[1]),
                  high1 = both_lanes(high_[1]), low2 = both_lanes(low_[2]), high2 = both_lanes(high_[2]);
    const __m256i zero = _mm256_setzero_si256();
    const char* data = text.data();
    std::size_t i = from;
    // find() reads place 0 itself when word starts count: the byte before `from` exists
    // a block may reach past `to` (its places there are masked off) as long as its bytes are
    // in the text: only the text's last bytes are left to the scalar pass
    for (; i < to && i + 32 + key_size - 1 <= text.size(); i += 32) {
        __m256i v0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(data + i));
        __m256i v1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(data + i + 1));
        __m256i v2 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(data + i + 2));
        __m256i keys = _mm256_and_si256(_mm256_and_si256(buckets_of(v0, low0, high0), buckets_of(v1, low1, high1)),
                                        buckets_of(v2, low2, high2));
        auto mask = ~static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(keys, zero)));
        if (to - i < 32) mask &= (std::uint32_t{1} << (to - i)) - 1;
        if (mask && word_starts_)
            mask &= ~letter_mask(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(data + i - 1)));
        for (; mask; mask &= mask - 1) hits.push_back(i + static_cast<std::size_t>(__builtin_ctz(mask)));
    }
    return i;
}
#pragma GCC diagnostic pop
#endif

void KeyScanner::find(std::string_view text, std::size_t from, std::size_t to, std::vector<std::size_t>& hits) const {
    to = std::min(to, text.size());
    if (from >= to) return;
    if (word_starts_ && from == 0) {
        if (may_hold(text, 0)) hits.push_back(0);
        from = 1;
    }
#if defined(__x86_64__)
    if (cpu_has_avx2()) from = find_avx2(text, from, to, hits);
#endif
    find_portable(text, from, to, hits);
}

}  // namespace unxref
