#include "refs/anchors.hpp"

#include <algorithm>
#include <array>

#include "text/key_scan.hpp"

namespace unxref {
namespace {

// Each needle is found through a three-byte key at `key_at` within it (or '/' alone): the
// keys "sol", "cis", "Bes", "Tre", "Tra", "Ibi", "ibi", "Ebd" (and the UTF-8 of "зо", "قر",
// "号") are rare in running text, so that few places need the full comparison. Two-byte
// keys ("so", "ci") stopped the pass every 200 bytes of English; eleven memmem passes had
// read the text eleven times.
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
    {"\xD0\xB5\xD0\xB7\xD0\xBE\xD0\xBB\xD1\x8E\xD1\x86", 2, AnchorKind::act_keyword},  // езолюц (key "зо")
    {"\xD9\x82\xD8\xB1\xD8\xA7\xD8\xB1", 0, AnchorKind::act_keyword},                // قرار (key "قر")
    {"\xE5\x8F\xB7\xE5\x86\xB3\xE8\xAE\xAE", 0, AnchorKind::act_suffix},            // 号决议 (key "号")
};

// The keys of the needles above by bucket (keys of one bucket should share bytes: the
// scanner admits every combination of a bucket's bytes), and '/' alone in the last one.
// A test finds every needle through the scanner.
const KeyScanner& scanner() {
    static const KeyScanner keys(
        {{"sol", 0}, {"cis", 1}, {"Bes", 2}, {"Ebd", 2}, {"Tre", 3}, {"Tra", 3}, {"Ibi", 4}, {"ibi", 4},
         {"Ib\xC3", 4}, {"\xD0\xB7\xD0", 5}, {"\xD9\x82\xD8", 6}, {"\xE5\x8F\xB7", 6}, {"/", 7}},
        false);
    return keys;
}

// The needles by the first byte of their key.
const std::array<std::vector<const Needle*>, 256>& by_first_key_byte() {
    static const auto index = [] {
        std::array<std::vector<const Needle*>, 256> by_byte{};
        for (auto const& needle : needles) by_byte[static_cast<unsigned char>(needle.text[needle.key_at])].push_back(&needle);
        return by_byte;
    }();
    return index;
}

// A place the scanner gave: records the anchor that really is there, if any.
void verify(std::string_view text, std::size_t at, std::vector<Anchor>& out) {
    if (text[at] == '/') {
        out.push_back({at, AnchorKind::slash});
        return;
    }
    for (const Needle* needle : by_first_key_byte()[static_cast<unsigned char>(text[at])]) {
        if (at < needle->key_at) continue;
        std::size_t start = at - needle->key_at;
        if (text.compare(start, needle->text.size(), needle->text) == 0) {
            out.push_back({start, needle->kind});
            return;
        }
    }
}

std::vector<Anchor> find_anchors_with(std::string_view text, bool simd) {
    std::vector<std::size_t> places;
    places.reserve(text.size() / 256);
    if (simd) scanner().find(text, 0, text.size(), places);
    else scanner().find_portable(text, 0, text.size(), places);
    std::vector<Anchor> out;
    out.reserve(places.size());
    for (std::size_t at : places) verify(text, at, out);
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
