// Links the extractor paired with a citation: placeholder targets and targets naming another symbol.
#include <fmt/format.h>

#include "analyses/audit/checks.hpp"

namespace unxref::audit {
namespace {

// undocs.org resolves every document symbol; decisions (A/DEC/…) have no symbol of their own.
std::optional<std::string> link_for(const Reference& r) {
    if (r.id.empty() || r.id.starts_with("A/DEC/") || r.id.starts_with("UNTS:")) return std::nullopt;
    return "https://undocs.org/" + r.id;
}

// The bytes of the target inside "[text](target)".
std::optional<Fix> target_fix(std::string_view text, const Reference& r, std::string replacement) {
    if (r.end < r.target.size() + 2 || text[r.end - 1] != ')') return std::nullopt;
    std::size_t at = r.end - 1 - r.target.size();
    if (text.compare(at, r.target.size(), r.target) != 0 || text[at - 1] != '(') return std::nullopt;
    return Fix{at, r.end - 1, std::move(replacement)};
}

}  // namespace

void check_links(const Extraction& x, std::string_view text, Findings& out) {
    for (auto const& r : x.references) {
        if (r.kind != Kind::link) continue;
        if (r.status == "placeholder") {
            Finding f = make_finding("link-placeholder", r.begin, r.end,
                                     r.target.empty() ? fmt::format("link to {} has an empty target", r.id)
                                                      : fmt::format("link to {} has the placeholder target \"{}\"",
                                                                    r.id, r.target));
            if (auto url = link_for(r)) f.fix = target_fix(text, r, *url);
            out.push_back(std::move(f));
        } else if (auto why = status::reason(r.status, status::mismatch)) {
            // the status says both: "mismatch: text names X, target is Y"
            out.push_back(make_finding("link-mismatch", r.begin, r.end, fmt::format("link {}", *why)));
        }
    }
}

}  // namespace unxref::audit
