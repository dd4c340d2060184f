// Ibid./Ebd. the extractor could not resolve, one code per reason. An Ibid. whose own
// Treaty Series citation is malformed is reported once, as treaty-malformed; one "not in a
// footnote" is not reported: in OCR text that means the layout missed the footnote block.
#include <fmt/format.h>

#include "analyses/audit/checks.hpp"
#include "refs/ibid.hpp"

namespace unxref::audit {

namespace {

// Whether the Ibid. opens its note ("4 Ibid., annex II.", "<sup>4</sup> See ibid."): one later in a
// note ("…(A/78/53); and ibid., Supplement No. 53A") refers to the note's own earlier citation,
// which the extractor does not model, so it is not reported.
bool opens_note(const Extraction& x, std::string_view text, const Reference& ibid) {
    for (auto const& d : x.references) {
        if (d.kind != Kind::footnote || d.begin > ibid.begin || ibid.begin >= d.end) continue;
        std::size_t p = d.begin;
        if (text.compare(p, 5, "<sup>") == 0) {
            std::size_t close = text.find("</sup>", p);
            if (close == std::string_view::npos || close > ibid.begin) return false;
            p = close + 6;
        } else {
            p += d.footnote.size();
        }
        while (p < ibid.begin && (text[p] == ' ' || text[p] == '\t')) ++p;
        for (std::string_view see : {"See ", "see ", "Siehe ", "siehe ", "Voir ", "V\xC3\xA9" "ase "})
            if (text.compare(p, see.size(), see) == 0) p += see.size();
        return p == ibid.begin;
    }
    return false;
}

}  // namespace

void check_ibids(const Extraction& x, std::string_view text, Findings& out) {
    for (auto const& r : x.references) {
        auto reason = status::reason(r.status, status::unresolved);
        if (r.kind != Kind::ibid || !reason || reason->empty()) continue;
        if (!opens_note(x, text, r)) continue;
        std::string_view why = *reason;
        auto says = [&](std::string_view what) { return why.find(what) != std::string_view::npos; };
        std::string_view code;
        if (why == ibid_reason::no_previous) code = "ibid-no-previous";
        else if (says(ibid_reason::cites_several)) code = "ibid-ambiguous";
        else if (says(ibid_reason::cites_nothing) || says(ibid_reason::no_treaty)) code = "ibid-nothing-citable";
        else continue;  // not in a footnote (footnote checks) or a malformed citation (check_treaties)
        out.push_back(make_finding(code, r.begin, r.end, fmt::format("cannot resolve this Ibid.: {}", why)));
    }
}

}  // namespace unxref::audit
