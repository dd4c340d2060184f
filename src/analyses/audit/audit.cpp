#include "analyses/audit/audit.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "analyses/audit/checks.hpp"
#include "text/line_index.hpp"

namespace unxref::audit {
namespace {

bool cited_document(const Reference& r) {
    return (r.kind == Kind::resolution || r.kind == Kind::document) && !r.id.empty();
}

// Line and column (1-based, columns in code points) of every finding's begin and end, placed
// in file order (LineIndex counts columns on from the previous offset).
void place_findings(std::vector<Finding>& findings, std::string_view text) {
    LineIndex index(text);
    std::vector<std::pair<std::size_t, std::size_t>> offsets;  // (offset, 2 * finding + is end)
    offsets.reserve(2 * findings.size());
    for (std::size_t i = 0; i < findings.size(); ++i) {
        offsets.emplace_back(findings[i].begin, 2 * i);
        offsets.emplace_back(findings[i].end, 2 * i + 1);
    }
    std::sort(offsets.begin(), offsets.end());
    for (auto [offset, slot] : offsets) {
        Finding& f = findings[slot / 2];
        if (slot % 2) std::tie(f.end_line, f.end_column) = index.at(offset);
        else std::tie(f.line, f.column) = index.at(offset);
    }
}

}  // namespace

std::vector<Finding> audit_document(const Extraction& x, std::string_view text) {
    Findings out;
    check_footnotes(x, text, out);
    check_ibids(x, text, out);
    check_treaties(x, text, out);
    check_links(x, text, out);
    check_symbols(text, out);
    check_dates(x, text, out);
    for (auto& f : out) {
        f.path = x.document.path;
        f.in_visible_text = x.document.visible_text;
    }
    place_findings(out, text);
    std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
        if (a.begin != b.begin) return a.begin < b.begin;
        return a.code < b.code;
    });
    return out;
}

Finding unreadable(std::string path, std::string reason) {
    Finding f = make_finding("input-unreadable", 0, 0, std::move(reason));
    f.path = std::move(path);
    return f;
}

CorpusEntry corpus_entry(const Extraction& x, std::string_view text) {
    CorpusEntry entry{x.document.symbol, {}};
    std::set<std::string> seen;  // one finding per cited symbol and file: its first citation
    std::vector<Finding> batch;
    std::vector<std::string> ids;
    for (auto const& r : x.references) {
        if (!cited_document(r) || !seen.insert(r.id).second) continue;
        batch.push_back(make_finding("not-in-corpus", r.begin, r.end,
                                     fmt::format("{} is cited but its text is not among the inputs", r.id)));
        batch.back().path = x.document.path;
        batch.back().in_visible_text = x.document.visible_text;
        ids.push_back(r.id);
    }
    place_findings(batch, text);
    for (std::size_t i = 0; i < batch.size(); ++i) entry.cited.push_back({std::move(ids[i]), std::move(batch[i])});
    return entry;
}

void CorpusCheck::add(CorpusEntry entry) {
    if (!entry.symbol.empty()) read_.insert(std::move(entry.symbol));
    std::move(entry.cited.begin(), entry.cited.end(), std::back_inserter(cited_));
}

std::vector<Finding> CorpusCheck::findings() const {
    std::vector<Finding> out;
    for (auto const& c : cited_)
        if (!read_.count(c.id)) out.push_back(c.finding);
    return out;
}

}  // namespace unxref::audit
