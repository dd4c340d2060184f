#include "analyses/compare.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "analyses/align.hpp"
#include "analyses/slots.hpp"
#include "text/line_index.hpp"

namespace unxref {

std::string_view to_string(FindingCode code) {
    switch (code) {
        case FindingCode::missing: return "missing";
        case FindingCode::extra: return "extra";
        case FindingCode::changed: return "changed";
        case FindingCode::footnote_count: return "footnote_count";
        case FindingCode::ibid_vs_full: return "ibid_vs_full";
    }
    return "";
}


bool Comparison::agree() const {
    return std::none_of(findings.begin(), findings.end(),
                        [](const Finding& f) { return f.severity != Severity::note; });
}

namespace {

// One version: its text, references, slots, and line starts for placing offsets.
struct Side {
    const Extraction& extraction;
    std::string_view text;
    Slots slots;
    LineIndex lines;

    Side(const Extraction& x, std::string_view t) : extraction(x), text(t), slots(cut_slots(x, t)), lines(t) {}

    Place place(std::size_t begin, std::size_t end, std::string where) const {
        auto [line, column] = lines.at(begin);
        return Place{begin, end, line, column, "", std::move(where)};
    }
    const Reference& ref(const Item& item) const { return extraction.references[item.ref]; }
    Place place(const Item& item, std::string where) const {
        auto const& r = ref(item);
        Place p{r.begin, r.end, r.line, r.column, item.id, std::move(where)};
        return p;
    }
    std::string quote(const Item& item) const {
        auto const& r = ref(item);
        return std::string(text.substr(r.begin, r.end - r.begin));
    }
};

std::string slot_name(const Slot& slot) {
    return slot.kind == SlotKind::footnote ? "footnote " + slot.label : fmt::format("paragraph {}", slot.ordinal);
}

bool is_marker(const Item& item) { return item.kind == Kind::footnote_marker; }
bool unresolved_ibid(const Item& item) { return item.kind == Kind::ibid && item.id.empty(); }

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = up;
        }
    }
    return row[b.size()];
}

// Markers pair only with markers; an Ibid. with any citation.
bool comparable(const Item& a, const Item& b) {
    if (is_marker(a) || is_marker(b)) return is_marker(a) && is_marker(b);
    return a.kind == b.kind || a.kind == Kind::ibid || b.kind == Kind::ibid;
}

// 68/192 and 68/129: a slip of one or two characters in an id of the same kind.
bool near(const Item& a, const Item& b) {
    if (!comparable(a, b) || a.id.empty() || b.id.empty()) return false;
    return edit_distance(a.id, b.id) <= 2;
}

// How the items of two paired slots correspond: same id, then near ids, then (when one of
// a kind is left on each side) the one left over; the rest are unpaired.
std::vector<Pair> match_items(const std::vector<Item>& a, const std::vector<Item>& b) {
    std::vector<Pair> pairs;
    std::vector<bool> used_a(a.size()), used_b(b.size());
    auto pair_where = [&](auto&& fits) {
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (used_a[i]) continue;
            for (std::size_t j = 0; j < b.size(); ++j) {
                if (used_b[j] || !fits(a[i], b[j])) continue;
                used_a[i] = used_b[j] = true;
                pairs.push_back({i, j});
                break;
            }
        }
    };
    pair_where([](const Item& x, const Item& y) { return x.id == y.id && comparable(x, y); });
    pair_where(near);
    auto left = [](const std::vector<bool>& used) { return std::count(used.begin(), used.end(), false); };
    if (left(used_a) == 1 && left(used_b) == 1) pair_where(comparable);
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!used_a[i]) pairs.push_back({i, unpaired});
    for (std::size_t j = 0; j < b.size(); ++j)
        if (!used_b[j]) pairs.push_back({unpaired, j});
    return pairs;
}

// How alike two slots are: 3 per shared id, 1 per near pair, 2 for the same footnote label.
int slot_score(const Slot& a, const Slot& b) {
    int score = a.kind == SlotKind::footnote && a.label == b.label ? 2 : 0;
    for (auto const& p : match_items(a.items, b.items)) {
        if (p.a == unpaired || p.b == unpaired) continue;
        if (a.items[p.a].id == b.items[p.b].id) score += 3;
        else if (near(a.items[p.a], b.items[p.b])) score += 1;
    }
    return score;
}

struct Sequence {
    const Side& side;
    const std::vector<Slot>& slots;
    std::vector<Span> all;  // every slot of the kind, by ordinal - 1
};

// Where the counterpart of an unpaired slot would be in the other version: as many slots
// after the counterpart of the last paired slot as this one is after that slot.
Place estimated_place(const Sequence& other, std::size_t ordinal_here, std::size_t last_here,
                      std::size_t last_there, std::string_view noun) {
    if (other.all.empty()) return other.side.place(0, 0, "document");
    std::size_t ordinal = last_here ? last_there + (ordinal_here - last_here) : ordinal_here;
    ordinal = std::clamp<std::size_t>(ordinal, 1, other.all.size());
    auto const& span = other.all[ordinal - 1];
    // Footnotes are named by their label, paragraphs by their number.
    std::string name = noun == "footnote" ? "footnote " + other.slots[ordinal - 1].label
                                          : fmt::format("{} {}", noun, ordinal);
    return other.side.place(span.begin, span.end, std::move(name));
}

class Comparer {
public:
    Comparer(const Side& a, const Side& b, Comparison& out) : a_(a), b_(b), out_(out) {}

    // Aligns one kind of slot (paragraphs or footnotes) and reports what differs.
    std::vector<Pair> run(const Sequence& sa, const Sequence& sb, std::string_view noun) {
        auto pairs = align(sa.slots.size(), sb.slots.size(),
                           [&](std::size_t i, std::size_t j) { return slot_score(sa.slots[i], sb.slots[j]); });
        std::size_t last_a = 0, last_b = 0;  // ordinals of the last paired slots
        for (auto const& p : pairs) {
            if (p.a != unpaired && p.b != unpaired) {
                auto const& x = sa.slots[p.a];
                auto const& y = sb.slots[p.b];
                compare_slots(x, a_.place(x.begin, x.end, slot_name(x)), y, b_.place(y.begin, y.end, slot_name(y)));
                last_a = x.ordinal, last_b = y.ordinal;
            } else if (p.a != unpaired) {
                auto const& x = sa.slots[p.a];
                compare_slots(x, a_.place(x.begin, x.end, slot_name(x)), {},
                              estimated_place(sb, x.ordinal, last_a, last_b, noun));
            } else {
                auto const& y = sb.slots[p.b];
                compare_slots({}, estimated_place(sa, y.ordinal, last_b, last_a, noun), y,
                              b_.place(y.begin, y.end, slot_name(y)));
            }
        }
        return pairs;
    }

private:
    void compare_slots(const Slot& x, const Place& at_a, const Slot& y, const Place& at_b) {
        for (auto const& p : match_items(x.items, y.items)) {
            if (p.b == unpaired) {
                auto const& item = x.items[p.a];
                add(FindingCode::missing, Severity::warning, a_.place(item, at_a.where), at_b,
                    fmt::format("{} {} (\"{}\") in {} of the original is not in the translation ({})",
                                to_string(item.kind), item.id, a_.quote(item), at_a.where, at_b.where));
            } else if (p.a == unpaired) {
                auto const& item = y.items[p.b];
                add(FindingCode::extra, Severity::warning, at_a, b_.place(item, at_b.where),
                    fmt::format("{} {} (\"{}\") in {} of the translation is not in the original ({})",
                                to_string(item.kind), item.id, b_.quote(item), at_b.where, at_a.where));
            } else {
                compare_pair(x.items[p.a], at_a.where, y.items[p.b], at_b.where);
            }
        }
    }

    void compare_pair(const Item& i, const std::string& where_a, const Item& j, const std::string& where_b) {
        Place pa = a_.place(i, where_a), pb = b_.place(j, where_b);
        if (i.id == j.id) {
            ++out_.matched;
            if (i.via_ibid != j.via_ibid)
                add(FindingCode::ibid_vs_full, Severity::note, pa, pb,
                    fmt::format("{}: Ibid. in the {} (\"{}\"), a full citation in the {} (\"{}\")", i.id,
                                i.via_ibid ? "original" : "translation", i.via_ibid ? a_.quote(i) : b_.quote(j),
                                i.via_ibid ? "translation" : "original", i.via_ibid ? b_.quote(j) : a_.quote(i)));
            return;
        }
        if (unresolved_ibid(i) != unresolved_ibid(j)) {
            bool in_original = unresolved_ibid(i);
            add(FindingCode::ibid_vs_full, Severity::note, pa, pb,
                fmt::format("unresolved Ibid. in the {} (\"{}\") where the {} cites {} (\"{}\")",
                            in_original ? "original" : "translation", in_original ? a_.quote(i) : b_.quote(j),
                            in_original ? "translation" : "original", in_original ? j.id : i.id,
                            in_original ? b_.quote(j) : a_.quote(i)));
            return;
        }
        add(FindingCode::changed, Severity::warning, pa, pb,
            fmt::format("{} in the original (\"{}\", {}) is {} in the translation (\"{}\", {})", i.id, a_.quote(i),
                        where_a, j.id, b_.quote(j), where_b));
    }

    void add(FindingCode code, Severity severity, Place original, Place translation, std::string message) {
        out_.findings.push_back({code, severity, std::move(original), std::move(translation), std::move(message)});
    }

    const Side& a_;
    const Side& b_;
    Comparison& out_;
};

std::vector<Span> spans(const std::vector<Slot>& slots) {
    std::vector<Span> out;
    for (auto const& s : slots) out.push_back({s.begin, s.end});
    return out;
}

std::size_t item_count(const Slots& slots) {
    std::size_t n = 0;
    for (auto const& s : slots.paragraphs) n += s.items.size();
    for (auto const& s : slots.footnotes) n += s.items.size();
    return n;
}

// Different numbers of footnotes or markers: pointed at the first footnote left unpaired.
void check_footnote_count(const Side& a, const Side& b, const std::vector<Pair>& pairs, Comparison& out) {
    auto const& fa = a.slots.footnotes;
    auto const& fb = b.slots.footnotes;
    if (fa.size() == fb.size() && a.slots.markers == b.slots.markers) return;
    Place pa = a.place(0, 0, "document"), pb = b.place(0, 0, "document");
    std::size_t last_a = unpaired, last_b = unpaired;
    for (auto const& p : pairs) {
        if (p.a != unpaired && p.b != unpaired) {
            last_a = p.a, last_b = p.b;
            continue;
        }
        auto at = [](const Side& side, const std::vector<Slot>& slots, std::size_t i) {
            return side.place(slots[i].begin, slots[i].end, slot_name(slots[i]));
        };
        auto after = [&](const Side& side, const std::vector<Slot>& slots, std::size_t last) {
            if (slots.empty()) return side.place(0, 0, "document");
            return at(side, slots, last == unpaired ? 0 : std::min(last + 1, slots.size() - 1));
        };
        pa = p.a != unpaired ? at(a, fa, p.a) : after(a, fa, last_a);
        pb = p.b != unpaired ? at(b, fb, p.b) : after(b, fb, last_b);
        break;
    }
    out.findings.push_back({FindingCode::footnote_count, Severity::warning, pa, pb,
                            fmt::format("the original has {} footnotes and {} markers, the translation {} and {}",
                                        fa.size(), a.slots.markers, fb.size(), b.slots.markers)});
}

}  // namespace

Comparison compare(const Extraction& original, std::string_view original_text, const Extraction& translation,
                   std::string_view translation_text) {
    Side a(original, original_text), b(translation, translation_text);
    Comparison out;
    out.original = original.document;
    out.translation = translation.document;
    out.references_original = item_count(a.slots);
    out.references_translation = item_count(b.slots);
    out.footnotes_original = a.slots.footnotes.size();
    out.footnotes_translation = b.slots.footnotes.size();

    Comparer comparer(a, b, out);
    comparer.run({a, a.slots.paragraphs, a.slots.all_paragraphs}, {b, b.slots.paragraphs, b.slots.all_paragraphs},
                 "paragraph");
    auto footnote_pairs = comparer.run({a, a.slots.footnotes, spans(a.slots.footnotes)},
                                       {b, b.slots.footnotes, spans(b.slots.footnotes)}, "footnote");
    check_footnote_count(a, b, footnote_pairs, out);

    std::stable_sort(out.findings.begin(), out.findings.end(), [](const Finding& x, const Finding& y) {
        return std::tie(x.original.begin, x.translation.begin) < std::tie(y.original.begin, y.translation.begin);
    });
    return out;
}

}  // namespace unxref
