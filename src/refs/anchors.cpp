#include "refs/anchors.hpp"

#include <algorithm>

#include "text/key_scan.hpp"

namespace unxref {
namespace {

// Each needle is found through a three-byte key at `key_at` within it, in a scanner bucket
// (keys of one bucket share bytes: the scanner admits every combination of a bucket's bytes).
// The keys "sol", "cis", "Bes", "Tre", "Tra", "Ibi", "ibi", "Ebd" (and the UTF-8 of "зо", "قر",
// "号", "т", "同", "ر") are rare in running text (the last three in the languages they belong to), so that few places need the full comparison; '/' is its own
// key. Two-byte keys ("so", "ci") stopped the pass every 200 bytes of English.
struct Needle {
    std::string_view text;
    std::size_t key_at;
    unsigned bucket;
    AnchorKind kind;
};

constexpr Needle needles[] = {
    {"esolu", 1, 0, AnchorKind::act_keyword},
    {"\xC3\xA9solu", 2, 0, AnchorKind::act_keyword},
    {"ecisi", 1, 1, AnchorKind::act_keyword},
    {"\xC3\xA9" "cisi", 2, 1, AnchorKind::act_keyword},
    {"Beschl", 0, 2, AnchorKind::act_keyword},
    {"Ebd.", 0, 2, AnchorKind::ibid},
    {"Treaty Series", 0, 3, AnchorKind::treaty},
    {"Recueil des Trait", 12, 3, AnchorKind::treaty},
    {"Ibid", 0, 4, AnchorKind::ibid},
    {"Ib\xC3\xAD" "d.", 0, 4, AnchorKind::ibid},
    {"ibid.", 0, 4, AnchorKind::ibid},
    {"\xD0\xB5\xD0\xB7\xD0\xBE\xD0\xBB\xD1\x8E\xD1\x86", 2, 5, AnchorKind::act_keyword},  // езолюц (key "зо")
    // Ibid. in Russian, Chinese and Arabic, keyed in the Cyrillic bucket: its bytes are all past
    // 0x7F, so Latin text never reaches the comparison
    {"\xD1\x82\xD0\xB0\xD0\xBC \xD0\xB6\xD0\xB5", 0, 5, AnchorKind::ibid},          // там же (key "т" + \xD0)
    {"\xE5\x90\x8C\xE4\xB8\x8A", 0, 5, AnchorKind::ibid},                                 // 同上 (key "同")
    {"\xD8\xA7\xD9\x84\xD9\x85\xD8\xB1\xD8\xAC\xD8\xB9 ", 6, 5, AnchorKind::ibid},  // المرجع (key "ر" + \xD8)
    {"\xD9\x82\xD8\xB1\xD8\xA7\xD8\xB1", 0, 6, AnchorKind::act_keyword},                // قرار (key "قر")
    {chinese_resolution, 0, 6, AnchorKind::act_suffix},                                  // 号决议 (key "号")
    {"/", 0, 7, AnchorKind::slash},
};
static_assert(keys_fit<Needle>(needles, false));

const KeyedLiterals<Needle>& keyed_needles() {
    static const KeyedLiterals<Needle> keyed(needles, false);
    return keyed;
}

std::vector<Anchor> find_anchors_with(std::string_view text, bool simd) {
    std::vector<std::size_t> places;
    places.reserve(text.size() / 256);
    auto const& scanner = keyed_needles().scanner();
    if (simd) scanner.find(text, 0, text.size(), places);
    else scanner.find_portable(text, 0, text.size(), places);
    std::vector<Anchor> out;
    out.reserve(places.size());
    for (std::size_t at : places)  // the first needle that stands there
        keyed_needles().visit_at(text, at, [&](const Needle& needle, std::size_t start) {
            out.push_back({start, needle.kind});
            return false;
        });
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
