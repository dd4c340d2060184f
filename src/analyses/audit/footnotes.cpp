// Footnote checks: pairing comes from the extractor's statuses; numbering is read from the
// definitions in file order (a note numbered 1 after higher ones starts a new run: annexes restart).
#include <fmt/format.h>

#include <algorithm>

#include "analyses/audit/checks.hpp"
#include "text/chars.hpp"

namespace unxref::audit {
namespace {

using chars::is_digit;

bool inside_any(const std::vector<const Reference*>& spans, std::size_t pos) {
    return std::any_of(spans.begin(), spans.end(), [&](const Reference* d) { return d->begin <= pos && pos < d->end; });
}

// In PDF text a marker is a bare number the extractor may miss ("resolution 72/55,1"): a definition
// counts as unreferenced only if its number stands alone nowhere in the body between the markers
// before and after it. Markdown exports mark every note with <sup>, so there the status is final.
bool label_in_body(std::string_view text, const std::string& label, std::size_t from, std::size_t to,
                   const std::vector<const Reference*>& definitions) {
    if (label == "*") {
        for (std::size_t at = text.find('*', from); at != std::string_view::npos && at < to; at = text.find('*', at + 1)) {
            // barcodes are "*2516535*"; a star after digits alone marks a reissue ("A/C.1/80/L.23*")
            std::size_t run = at;
            while (run > from && is_digit(text[run - 1])) --run;
            bool barcode = (at + 1 < text.size() && is_digit(text[at + 1])) || (run < at && run > 0 && text[run - 1] == '*');
            if (!barcode && !inside_any(definitions, at)) return true;
        }
        return false;
    }
    for (std::size_t at = text.find(label, from); at != std::string_view::npos && at < to;
         at = text.find(label, at + 1)) {
        std::size_t after = at + label.size();
        // glued to the end of a symbol or name: "decision 1/CP.2731" (note 31), "COVID-1916" (note 16)
        std::size_t run = at;
        while (run > from && is_digit(text[run - 1])) --run;
        bool symbol_tail = run < at && run > 0 &&
                           (text[run - 1] == '.' || text[run - 1] == '/' || text[run - 1] == '-' ||
                            static_cast<unsigned char>(text[run - 1]) >= 0x80);  // "COVID‑19" with U+2011
        if (at > 0 && ((is_digit(text[at - 1]) && !symbol_tail) || text[at - 1] == '/')) continue;
        if (after < text.size() && is_digit(text[after])) continue;
        if (!inside_any(definitions, at)) return true;
    }
    return false;
}

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

    for (std::size_t k = 0; k < definitions.size(); ++k) {
        const Reference* d = definitions[k];
        if (d->status != "unreferenced") continue;
        bool markdown = text.compare(d->begin, 5, "<sup>") == 0;
        if (!markdown) {
            // a marker sits in the body of the page its note ends: between the previous page's
            // footnote block and this one (definitions separated by blank space form one block)
            std::size_t i = k;
            auto blank = [&](std::size_t from, std::size_t to) {
                return std::all_of(text.begin() + from, text.begin() + to, [](char c) { return c == ' ' || c == '\n' || c == '\r'; });
            };
            while (i > 0 && definitions[i - 1]->end <= definitions[i]->begin && blank(definitions[i - 1]->end, definitions[i]->begin)) --i;
            std::size_t from = i > 0 ? definitions[i - 1]->end : 0;
            if (label_in_body(text, d->footnote, from, definitions[i]->begin, definitions)) continue;
        }
        out.push_back(make_finding("footnote-unreferenced", d->begin, label_end(text, *d),
                                   fmt::format("footnote {} is defined but no marker refers to it", d->footnote)));
    }
    check_numbering(text, definitions, out);
}

}  // namespace unxref::audit
