// Where any of a few fixed keys may start in a text: the SIMD prefilter that citation
// anchors, clause verbs and series phrases are found through, so that the costly comparisons
// run only at the rare places a key may be.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
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
    // word_starts: only places after a non-letter byte (or at the start of the text). Throws
    // std::invalid_argument for a key of no or more than three bytes, or a bucket past 7.
    KeyScanner(const std::vector<Key>& keys, bool word_starts);

    // Appends each place in [from, to) that may hold a key, in order: none is missed.
    void find(std::string_view text, std::size_t from, std::size_t to, std::vector<std::size_t>& hits) const;
    // The same, one place at a time on every CPU (what the SIMD pass must agree with).
    void find_portable(std::string_view text, std::size_t from, std::size_t to, std::vector<std::size_t>& hits) const;

private:
    bool may_hold(std::string_view text, std::size_t at) const;
#if defined(__x86_64__)
    std::size_t find_avx2(std::string_view text, std::size_t from, std::size_t to, std::vector<std::size_t>& hits) const;
#endif

    std::array<std::array<std::uint8_t, 16>, key_size> low_{}, high_{};
    std::array<std::uint8_t, key_size> ended_{};  // buckets with a key shorter than p + 1 bytes
    bool word_starts_;
};

// A table of literals found through one scanner. Each `Entry` has `text`, `key_at` (where its
// key of up to three bytes starts within it) and `bucket` (keys of one bucket should share
// bytes: the scanner admits every combination of a bucket's bytes).
template <typename Entry>
constexpr bool keys_fit(std::span<const Entry> entries, bool word_starts) {
    for (auto const& e : entries)
        if (e.bucket > 7 || e.key_at >= e.text.size() ||
            (word_starts && e.key_at > 0 && e.text[e.key_at - 1] != ' '))  // a key starts a word
            return false;
    return true;
}

template <typename Entry>
class KeyedLiterals {
public:
    KeyedLiterals(std::span<const Entry> entries, bool word_starts) : scanner_(keys(entries), word_starts) {
        for (auto const& e : entries) by_key_[static_cast<unsigned char>(e.text[e.key_at])].push_back(&e);
    }

    const KeyScanner& scanner() const { return scanner_; }

    // Calls visit(entry, start) for each entry whose key may begin at `place` (a place the
    // scanner gave) and whose whole text stands at `start` = place - key_at, in table order;
    // stops when visit returns false, and returns whether it stopped.
    template <typename Visit>
    bool visit_at(std::string_view text, std::size_t place, Visit&& visit) const {
        for (const Entry* e : by_key_[static_cast<unsigned char>(text[place])]) {
            if (place < e->key_at) continue;
            std::size_t start = place - e->key_at;
            if (text.compare(start, e->text.size(), e->text) == 0 && !visit(*e, start)) return true;
        }
        return false;
    }

private:
    static std::vector<KeyScanner::Key> keys(std::span<const Entry> entries) {
        std::vector<KeyScanner::Key> out;
        for (auto const& e : entries) out.push_back({e.text.substr(e.key_at, KeyScanner::key_size), e.bucket});
        return out;
    }

    KeyScanner scanner_;
    std::array<std::vector<const Entry*>, 256> by_key_{};
};

}  // namespace unxref
