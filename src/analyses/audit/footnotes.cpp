// Footnote checks: pairing comes from the extractor's statuses; numbering is read from the
// definitions in file order (a note numbered 1 after higher ones starts a new run: annexes restart).
#include <fmt/format.h>

#include <algorithm>

#include "analyses/audit/checks.hpp"
#include "text/chars.hpp"

namespace unxref::audit {
namespace {

using chars::is_digit;

// A line that starts with `label` and a space between `from` and `to`: a definition the layout missed.
bool definition_line(std::string_view text, int label, std::size_t from, std::size_t to) {
    std::string needle = fmt::format("\n{} ", label);
    std::size_t at = text.find(needle, from);
    if (at != std::string_view::npos && at < to) return true;
    needle = fmt::format("\n {} ", label);
    at = text.find(needle, from);
    return at != std::string_view::npos && at < to;
}

// The label as written: "4" in PDF text, "<sup>4</sup>" in Markdown.
std::size_t label_end(std::string_view text, const Reference& d) {
    return d.begin + d.footnote.size() + (text.compare(d.begin, 5, "<sup>") == 0 ? 11 : 0);
}

void check_numbering(std::string_view text, const std::vector<const Reference*>& definitions, Findings& out) {
    int previous = 0;
    std::size_t previous_begin = 0;
    for (auto const* d : definitions) {
        int n = chars::parse_int(d->footnote);
        if (n < 0) continue;
        if (n == previous) {
            out.push_back(make_finding("footnote-duplicate", d->begin, label_end(text, *d),
                                       fmt::format("footnote {} is defined twice in a row", n)));
        } else if (n < previous && n != 1) {
            out.push_back(make_finding("footnote-order", d->begin, label_end(text, *d),
                                       fmt::format("footnote {} comes after footnote {}", n, previous)));
        } else if (n > previous + 1) {
            bool all_there = true;
            for (int m = previous + 1; m < n && all_there; ++m)
                all_there = definition_line(text, m, previous_begin, d->begin);
            if (!all_there) {
                std::string missing = n == previous + 2 ? fmt::format("{}", previous + 1)
                                                        : fmt::format("{} to {}", previous + 1, n - 1);
                out.push_back(make_finding(
                    "footnote-gap", d->begin, label_end(text, *d),
                    previous == 0 ? fmt::format("footnote numbering starts at {} ({} missing)", n, missing)
                                  : fmt::format("footnote numbering jumps from {} to {} ({} missing)", previous, n,
                                                missing)));
            }
        }
        previous = n;
        previous_begin = d->begin;
    }
}

}  // namespace

void check_footnotes(const Extraction& x, std::string_view text, Findings& out) {
    std::vector<const Reference*> markers, definitions;
    for (auto const& r : x.references) {
        if (r.kind == Kind::footnote_marker) markers.push_back(&r);
        if (r.kind == Kind::footnote) definitions.push_back(&r);
    }
    for (auto const* m : markers)
        if (m->status == "unpaired")
            out.push_back(make_finding("footnote-undefined", m->begin, m->end,
                                       fmt::format("footnote marker {} has no definition", m->footnote)));

    // "unlocated": the number stands alone in the page body though no marker was placed (the
    // extractor tells it): only a definition whose number stands nowhere is reported
    for (auto const* d : definitions)
        if (d->status == "unreferenced")
            out.push_back(make_finding("footnote-unreferenced", d->begin, label_end(text, *d),
                                       fmt::format("footnote {} is defined but no marker refers to it", d->footnote)));
    check_numbering(text, definitions, out);
}

}  // namespace unxref::audit
