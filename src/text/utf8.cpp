#include "text/utf8.hpp"

#include <algorithm>
#include <cstdint>

#include "text/cpu.hpp"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace unxref {

namespace {

// The length of the UTF-8 character whose lead byte s[i] is >= 0x80 (of the n bytes at s),
// or 0 when the bytes there are no valid character (overlong forms, surrogates and code
// points past U+10FFFF too).
std::size_t utf8_char_length(const unsigned char* s, std::size_t i, std::size_t n) {
    unsigned char c = s[i];
    std::size_t len;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    if (i + len > n) return 0;
    if (s[i + 1] < lo || s[i + 1] > hi) return 0;
    for (std::size_t k = 2; k < len; ++k)
        if ((s[i + k] & 0xC0) != 0x80) return 0;
    return len;
}


// Control characters other than tab, line feed, carriage return and form feed.
bool is_control(unsigned char c) { return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F; }



// From `i` to the end, one byte at a time.
void census_tail(const unsigned char* s, std::size_t i, std::size_t n, ByteCensus& census) {
    while (i < n) {
        if (s[i] < 0x80 || census.first_invalid != std::string_view::npos) {
            census.controls += is_control(s[i]);
            ++i;
            continue;
        }
        std::size_t len = utf8_char_length(s, i, n);
        if (len == 0) {
            census.first_invalid = i;
            ++i;
        } else {
            i += len;
        }
    }
}

#if defined(__x86_64__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"  // AVX values pass only between AVX2 functions inlined here
__attribute__((target("avx2"))) inline __m256i bytes_equal(__m256i v, char c) {
    return _mm256_cmpeq_epi8(v, _mm256_set1_epi8(c));
}

// 32 bytes at a time: controls counted in the vector; UTF-8 checked character by character
// only in blocks that hold a byte >= 0x80 (English text has few). Returns where the tail starts.
__attribute__((target("avx2,popcnt"))) std::size_t census_avx2(const unsigned char* s, std::size_t n,
                                                               ByteCensus& census) {
    std::size_t i = 0;
    while (i + 32 <= n) {
        __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + i));
        // signed: bytes >= 0x80 are negative, so "below 0x20 and not negative" is ASCII only
        __m256i low = _mm256_andnot_si256(_mm256_cmpgt_epi8(_mm256_setzero_si256(), v),
                                          _mm256_cmpgt_epi8(_mm256_set1_epi8(0x20), v));
        __m256i allowed = _mm256_or_si256(_mm256_or_si256(bytes_equal(v, '\t'), bytes_equal(v, '\n')),
                                          _mm256_or_si256(bytes_equal(v, '\r'), bytes_equal(v, '\f')));
        __m256i bad = _mm256_or_si256(_mm256_andnot_si256(allowed, low), bytes_equal(v, 0x7F));
        census.controls += static_cast<std::size_t>(__builtin_popcount(static_cast<unsigned>(_mm256_movemask_epi8(bad))));
        auto high = static_cast<unsigned>(_mm256_movemask_epi8(v));
        std::size_t next = i + 32;
        if (high && census.first_invalid == std::string_view::npos) {
            // a character may run past the block: the next block starts after it (the bytes
            // skipped are continuation bytes, never controls)
            for (std::size_t j = i + static_cast<std::size_t>(__builtin_ctz(high)); j < i + 32;) {
                if (s[j] < 0x80) {
                    ++j;
                    continue;
                }
                std::size_t len = utf8_char_length(s, j, n);
                if (len == 0) {
                    census.first_invalid = j;
                    break;
                }
                j += len;
                next = std::max(next, j);
            }
        }
        i = next;
    }
    return i;
}
#pragma GCC diagnostic pop

#endif

}  // namespace

ByteCensus census_of(std::string_view bytes) {
    auto const* s = reinterpret_cast<const unsigned char*>(bytes.data());
    ByteCensus census;
    std::size_t i = 0;
#if defined(__x86_64__)
    if (cpu_has_avx2()) i = census_avx2(s, bytes.size(), census);
#endif
    census_tail(s, i, bytes.size(), census);
    return census;
}

std::size_t first_invalid_utf8(std::string_view bytes) { return census_of(bytes).first_invalid; }

std::string valid_utf8(std::string_view bytes) {
    // one forward pass (asking first_invalid_utf8 again for the rest was quadratic on text
    // with many bad bytes, as a PDF with a broken Unicode map gives)
    std::string valid;
    valid.reserve(bytes.size());
    auto const* s = reinterpret_cast<const unsigned char*>(bytes.data());
    std::size_t plain = 0;  // start of the run not yet copied
    for (std::size_t i = 0; i < bytes.size();) {
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
        if (std::size_t len = utf8_char_length(s, i, bytes.size())) {
            i += len;
            continue;
        }
        valid.append(bytes.substr(plain, i - plain)).append("\xEF\xBF\xBD");
        plain = ++i;
    }
    return valid.append(bytes.substr(plain));
}

}  // namespace unxref
