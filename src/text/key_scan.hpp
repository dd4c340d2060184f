// Where any of a few fixed keys may start in a text: the SIMD prefilter that citation
// anchors and clause verbs are found through, so that the costly comparisons run only at
// the rare places a key may be.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace unxref {

// Hyperscan's "Teddy" scheme: each key (one to three bytes) belongs to one of eight buckets;
// for each of the three key bytes, a table gives by the byte's low and by its high nibble the
// buckets whose keys may have it there. A place may hold a key when some bucket survives all
// the lookups. Within a bucket the nibble tables admit combinations that are no key (and the
// bytes after a shorter key are free): the caller compares what is really there. With AVX2,
// 32 places cost a few instructions; without it, one place at a time.
class KeyScanner {
public:
    static constexpr std::size_t key_size = 3;
    struct Key {
        std::string_view bytes;  // 1..3 bytes
        unsigned bucket;         // 0..7
    };
    // word_starts: only places after a non-letter byte (or at the start of the text).
    KeyScanner(const std::vector<Key>& keys, bool word_starts);

    // Appends each place in [from, to) that may hold a key, in order: none is missed.
    void find(std::string_view text, std::size_t from, std::size_t to, std::vector<std::size_t>& hits) const;
    // The same, one place at a time on every CPU (what the SIMD pass must agree with).
    void find_portable(std::string_view text, std::size_t from, std::size_t to, std::vector<std::size_t>& hits) const;

private:
    bool may_hold(std::string_view text, std::size_t at) const;
    std::size_t find_avx2(std::string_view text, std::size_t from, std::size_t to, std::vector<std::size_t>& hits) const;

    std::array<std::array<std::uint8_t, 16>, key_size> low_{}, high_{};
    std::array<std::uint8_t, key_size> ended_{};  // buckets with a key shorter than p + 1 bytes
    bool word_starts_;
};

}  // namespace unxref
