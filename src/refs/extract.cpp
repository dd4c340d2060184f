#include "refs/extract.hpp"

#include <algorithm>
#include <cassert>
#include <unordered_map>

#include "refs/anchors.hpp"
#include "refs/explicit_links.hpp"
#include "refs/footnotes.hpp"
#include "refs/ibid.hpp"
#include "refs/identity.hpp"
#include "refs/organ.hpp"
#include "refs/pinpoint.hpp"
#include "refs/relation.hpp"
#include "refs/scanner.hpp"
#include "refs/series.hpp"
#include "refs/symbol.hpp"
#include "text/language.hpp"
#include "text/layout.hpp"
#include "text/line_index.hpp"

namespace unxref {
namespace {

// Footnote labels for citations inside definitions (both lists sorted by begin).
void label_footnotes(std::vector<Reference>& citations, const std::vector<Reference>& definitions) {
    std::size_t d = 0;
    for (auto& c : citations) {
        while (d < definitions.size() && definitions[d].end <= c.begin) ++d;
        if (d < definitions.size() && definitions[d].begin <= c.begin && c.end <= definitions[d].end)
            c.footnote = definitions[d].footnote;
    }
}

std::vector<Reference> link_records(const std::vector<MarkdownLink>& links, const std::vector<Reference>& citations) {
    std::vector<Reference> out;
    std::size_t c = 0;
    for (auto const& link : links) {
        while (c < citations.size() && citations[c].begin < link.text_begin) ++c;
        if (c >= citations.size() || citations[c].end > link.text_end || !is_citation(citations[c].kind)) continue;
        out.push_back(link_record(link.begin, link.end, link.target, {&citations[c]}));
    }
    return out;
}

// A citation in the body takes the relation of its clause; one in a footnote takes the
// relation of the clause that carries the note's marker. Clauses are read in text order
// (markers and citations merged) so that each paragraph is read once.
void assign_relations(std::string_view text, const Layout& layout, const std::vector<Reference>& markers,
                      std::vector<Reference>& citations) {
    struct Query {
        std::size_t offset;
        Reference* citation;       // a body citation, or
        const Reference* marker;   // a footnote marker
    };
    std::vector<Query> queries;
    for (auto const& m : markers) queries.push_back({m.begin, nullptr, &m});
    for (auto& c : citations)
        if (c.footnote.empty()) queries.push_back({c.begin, &c, nullptr});
    std::stable_sort(queries.begin(), queries.end(),
                     [](const Query& a, const Query& b) { return a.offset < b.offset; });
    ClauseReader clauses(text, layout);
    std::unordered_map<std::string, Relation> note_relation;
    for (auto const& q : queries) {
        if (q.marker && note_relation.count(q.marker->footnote)) continue;  // the first marker of a note counts
        Relation relation = clauses.at(q.offset);
        if (q.citation) q.citation->relation = relation;
        else note_relation[q.marker->footnote] = relation;
    }
    for (auto& c : citations) {
        if (c.footnote.empty()) continue;
        auto it = note_relation.find(c.footnote);
        c.relation = it != note_relation.end() ? it->second : Relation::other;
    }
}

// Line and column of references given in file order (sorted by begin: the caller's order):
// the line found by walking on from the previous one (a search per reference cost more than the walk).
class Placer {
public:
    Placer(std::string_view text, const Layout& layout) : layout_(layout), columns_(text) {}
    void place(Reference& r) {
        auto const& starts = layout_.line_starts;
        assert(r.begin >= starts[line_]);
        while (line_ + 1 < starts.size() && starts[line_ + 1] <= r.begin) ++line_;
        r.line = line_ + 1;
        r.column = columns_.column(starts[line_], r.begin);
    }

private:
    const Layout& layout_;
    ColumnCounter columns_;
    std::size_t line_ = 0;
};

}  // namespace

Extraction extract(std::string_view path, std::string_view text, const std::vector<ExplicitLink>& explicit_links) {
    Extraction result;
    // the first pass over the text: every place a citation (or a running header's symbol) may be
    std::vector<Anchor> anchors = find_anchors(text);
    Identity identity = find_identity(text, path, anchors);
    result.document = {std::string(path), identity.symbol, detect_language(text), text.size(), identity.title};

    Layout layout = analyse_layout(text, identity.symbol);
    Organ home = organ_of_symbol(identity.symbol);
    ScanResult scan = scan_citations(text, home, &layout, anchors);
    std::vector<Reference> citations;
    citations.reserve(scan.citations.size());
    for (auto& c : scan.citations)
        if (!identity.is(c.id)) citations.push_back(std::move(c));  // never a citation of itself

    FootnoteResult notes = find_footnotes(text, layout, citations);
    label_footnotes(citations, notes.definitions);
    resolve_ibids(citations, notes.definitions);

    assign_relations(text, layout, notes.markers, citations);
    for (auto& c : citations) {
        if (is_citation(c.kind)) {
            c.pinpoint = pinpoint_after(text, c.end);
            if (c.pinpoint.empty() && (c.kind == Kind::resolution || c.kind == Kind::decision))
                c.pinpoint = pinpoint_before(text, c.begin);
        }
    }
    std::vector<Reference> links = link_records(scan.links, citations);
    for (auto& r : explicit_link_records(explicit_links, citations)) links.push_back(std::move(r));

    auto& all = result.references;
    all.reserve(citations.size() + links.size() + notes.markers.size() + notes.definitions.size());
    std::vector<Reference*> order;
    order.reserve(all.capacity());
    for (auto* group : {&citations, &links, &notes.markers, &notes.definitions})
        for (auto& r : *group) order.push_back(&r);
    // sorted through pointers: a Reference is six strings, and moving them is what the sort cost
    std::sort(order.begin(), order.end(), [](const Reference* a, const Reference* b) {
        if (a->begin != b->begin) return a->begin < b->begin;
        if (a->end != b->end) return a->end > b->end;
        if (a->kind != b->kind) return a->kind < b->kind;
        return a->id < b->id;
    });
    Placer placer(text, layout);
    for (Reference* r : order) {
        placer.place(*r);
        all.push_back(std::move(*r));
    }
    mark_series(result, text, layout);
    return result;
}

Extraction extract(const Source& source) {
    Extraction x = extract(source.path, source.bytes, source.links);
    x.document.visible_text = source.format != SourceFormat::txt && source.format != SourceFormat::md;
    return x;
}

}  // namespace unxref
