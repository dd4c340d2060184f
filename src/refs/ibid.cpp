#include "refs/ibid.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace unxref {
namespace {

bool citable(const Reference& r) { return is_citation(r.kind) || (r.kind == Kind::ibid && !r.id.empty()); }

struct Range {
    std::size_t first, last;  // indices into citations
};

// The citations inside a definition (citations are sorted by begin).
Range range_of(const std::vector<Reference>& citations, const Reference& definition) {
    auto by_begin = [](const Reference& r, std::size_t offset) { return r.begin < offset; };
    auto lo = std::lower_bound(citations.begin(), citations.end(), definition.begin, by_begin);
    auto hi = std::lower_bound(lo, citations.end(), definition.end, by_begin);
    return {static_cast<std::size_t>(lo - citations.begin()), static_cast<std::size_t>(hi - citations.begin())};
}

void resolve_one(Reference& ibid, std::vector<Reference>& citations, Range own, Range previous_range,
                 const Reference& previous) {
    std::set<std::string> ids;
    bool has_treaty = false;
    for (std::size_t i = previous_range.first; i < previous_range.last; ++i) {
        auto const& r = citations[i];
        if (!citable(r)) continue;
        ids.insert(r.id);
        has_treaty = has_treaty || r.id.starts_with("UNTS:");
    }
    // "Ibid., vol. 606, No. 8791" keeps the Treaty Series and replaces volume and number
    // (looked up, not walked: a definition may hold many citations)
    const Reference* override = nullptr;
    auto by_begin = [](const Reference& r, std::size_t offset) { return r.begin < offset; };
    auto first = citations.begin() + static_cast<std::ptrdiff_t>(own.first);
    auto last = citations.begin() + static_cast<std::ptrdiff_t>(own.last);
    for (auto it = std::lower_bound(first, last, ibid.begin, by_begin); it != last && it->begin == ibid.begin; ++it)
        if (it->kind == Kind::treaty) override = &*it;
    if (override) {
        if (status::reason(override->status, status::malformed)) {
            ibid.status = status::with_reason(status::unresolved, ibid_reason::malformed_treaty);
        } else if (!has_treaty) {
            ibid.status = status::with_reason(status::unresolved,
                                              fmt::format("footnote {} {}", previous.footnote, ibid_reason::no_treaty));
        } else {
            ibid.id = override->id;
            ibid.status = "resolved";
        }
        return;
    }
    if (ids.empty()) {
        ibid.status = status::with_reason(status::unresolved,
                                          fmt::format("footnote {} {}", previous.footnote, ibid_reason::cites_nothing));
    } else if (ids.size() > 1) {
        std::string list;
        for (auto const& id : ids) list += (list.empty() ? "" : ", ") + id;
        ibid.status = status::with_reason(
            status::unresolved, fmt::format("footnote {} {} ({})", previous.footnote, ibid_reason::cites_several, list));
    } else {
        ibid.id = *ids.begin();
        ibid.status = "resolved";
    }
}

}  // namespace

void resolve_ibids(std::vector<Reference>& citations, const std::vector<Reference>& definitions) {
    for (auto& ibid : citations)
        if (ibid.kind == Kind::ibid && ibid.footnote.empty())
            ibid.status = status::with_reason(status::unresolved, ibid_reason::not_in_footnote);
    // definitions in order, so that an Ibid. after an Ibid. sees its predecessor resolved
    for (std::size_t k = 0; k < definitions.size(); ++k) {
        Range own = range_of(citations, definitions[k]);
        for (std::size_t i = own.first; i < own.last; ++i) {
            auto& ibid = citations[i];
            if (ibid.kind != Kind::ibid) continue;
            if (k == 0) {
                ibid.status = status::with_reason(status::unresolved, ibid_reason::no_previous);
                continue;
            }
            resolve_one(ibid, citations, own, range_of(citations, definitions[k - 1]), definitions[k - 1]);
        }
    }
}

}  // namespace unxref
