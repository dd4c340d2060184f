#include "analyses/treaties.hpp"

#include <algorithm>
#include <charconv>
#include <iterator>
#include <tuple>

namespace unxref {
namespace {

long number(std::string_view s) {
    long v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

// "UNTS:2225:39574" -> volume 2225, number 39574; "UNTS:999:p171" -> volume 999, page 171.
void split_id(Treaty& t) {
    std::string_view id = t.id;
    auto first = id.find(':'), second = id.find(':', first + 1);
    t.volume = std::string(id.substr(first + 1, second - first - 1));
    std::string_view rest = second == std::string_view::npos ? std::string_view{} : id.substr(second + 1);
    if (rest.starts_with("p")) t.page = std::string(rest.substr(1));
    else t.number = std::string(rest);
}

}  // namespace

std::vector<std::pair<std::string, TreatyCitation>> treaty_citations(const Extraction& x, std::string_view text) {
    std::vector<std::pair<std::string, TreatyCitation>> out;
    // the marker that carries each note: the last one with its label before the definition
    std::map<std::string, std::vector<const Reference*>> markers;
    std::vector<const Reference*> all_markers;  // in file order (references are sorted)
    for (auto const& r : x.references) {
        if (r.kind != Kind::footnote_marker) continue;
        markers[r.footnote].push_back(&r);
        all_markers.push_back(&r);
    }

    for (auto const& r : x.references) {
        if (r.kind != Kind::treaty || !r.id.starts_with("UNTS:") || status::reason(r.status, status::malformed)) continue;
        TreatyCitation c{x.document.path, x.document.symbol, r.footnote, "", r.line, r.column, r.begin, r.end,
                         r.status == "ibid"};
        if (!r.footnote.empty()) {
            const Reference* marker = nullptr;
            for (auto const* m : markers[r.footnote])
                if (m->begin < r.begin) marker = m;
            if (marker) {
                // the name is read back no further than the end of the marker before it
                auto at = std::find(all_markers.begin(), all_markers.end(), marker);
                std::size_t limit = at == all_markers.begin() ? 0 : (*std::prev(at))->end;
                c.name = treaty_name_before(text, marker->begin, limit);
            }
        }
        out.emplace_back(r.id, std::move(c));
    }
    return out;
}

void TreatyIndex::add(std::vector<std::pair<std::string, TreatyCitation>> citations) {
    for (auto& [id, citation] : citations) cited_[id].push_back(std::move(citation));
}

std::vector<Treaty> TreatyIndex::treaties() const {
    std::vector<Treaty> out;
    for (auto const& [id, citations] : cited_) {
        Treaty t;
        t.id = id;
        split_id(t);
        t.citations = citations;
        std::map<std::string, std::size_t> names;
        std::size_t best = 0;
        for (auto const& c : citations) {
            if (c.name.empty()) continue;
            std::size_t n = ++names[c.name];
            if (n > best) best = n, t.name = c.name;
        }
        out.push_back(std::move(t));
    }
    std::sort(out.begin(), out.end(), [](const Treaty& a, const Treaty& b) {
        return std::tuple(number(a.volume), number(a.number), number(a.page)) <
               std::tuple(number(b.volume), number(b.number), number(b.page));
    });
    return out;
}

}  // namespace unxref
