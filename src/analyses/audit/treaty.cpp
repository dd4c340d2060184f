// Malformed Treaty Series citations ("Ibid., vol. 3175, 612."): the registration number lost
// its label; the fix inserts the label of the document's language before the number.
#include <fmt/format.h>

#include "analyses/audit/checks.hpp"
#include "text/chars.hpp"

namespace unxref::audit {
namespace {

std::string_view number_label(std::string_view language) {
    if (language == "de") return "Nr. ";
    if (language == "fr") return "no ";
    if (language == "es") return "n\xC3\xBAm. ";
    return "No. ";
}

}  // namespace

void check_treaties(const Extraction& x, std::string_view text, Findings& out) {
    for (auto const& r : x.references) {
        auto why = status::reason(r.status, status::malformed);
        if (r.kind != Kind::treaty || !why) continue;
        std::string_view span = text.substr(r.begin, r.end - r.begin);
        Finding f = make_finding("treaty-malformed", r.begin, r.end,
                                 fmt::format("malformed Treaty Series citation \"{}\": {}", span, *why));
        {   // the only malformation the extractor reports: the registration number has no label,
            // and the unlabelled number is the last run of digits
            std::size_t at = span.size();
            while (at > 0 && !chars::is_digit(span[at - 1])) --at;
            while (at > 0 && chars::is_digit(span[at - 1])) --at;
            if (at > 0 && at < span.size()) f.fix = Fix{r.begin + at, r.begin + at, std::string(number_label(x.document.language))};
        }
        out.push_back(std::move(f));
    }
}

}  // namespace unxref::audit
