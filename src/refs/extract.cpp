#include "refs/extract.hpp"

#include <algorithm>
#include <unordered_map>

#include "refs/footnotes.hpp"
#include "refs/ibid.hpp"
#include "refs/identity.hpp"
#include "refs/organ.hpp"
#include "refs/pinpoint.hpp"
#include "refs/relation.hpp"
#include "refs/scanner.hpp"
#include "refs/symbol.hpp"
#include "text/language.hpp"
#include "text/layout.hpp"

namespace unxref {
namespace {

bool is_citation(Kind kind) {
    return kind == Kind::resolution || kind == Kind::decision || kind == Kind::document || kind == Kind::treaty;
}

// Footnote labels for citations inside definitions (both lists sorted by begin).
void label_footnotes(std::vector<Reference>& citations, const std::vector<Reference>& definitions) {
    std::size_t d = 0;
    for (auto& c : citations) {
        while (d < definitions.size() && definitions[d].end <= c.begin) ++d;
        if (d < definitions.size() && definitions[d].begin <= c.begin && c.end <= definitions[d].end)
            c.footnote = definitions[d].footnote;
    }
}

// The id a link target names: "https://docs.un.org/en/A/RES/78/250B" -> "A/RES/78/250B".
std::string target_symbol(std::string_view target) {
    for (std::string_view marker : {"/en/", "/fr/", "/es/", "/de/", "/ar/", "/ru/", "/zh/", ".org/"}) {
        auto at = target.rfind(marker);
        if (at != std::string_view::npos) return canonical_symbol(target.substr(at + marker.size()));
    }
    return canonical_symbol(target);
}

std::vector<Reference> link_records(const std::vector<MarkdownLink>& links, const std::vector<Reference>& citations) {
    std::vector<Reference> out;
    std::size_t c = 0;
    for (auto const& link : links) {
        while (c < citations.size() && citations[c].begin < link.text_begin) ++c;
        if (c >= citations.size() || citations[c].end > link.text_end || !is_citation(citations[c].kind)) continue;
        Reference r;
        r.kind = Kind::link;
        r.id = citations[c].id;
        r.begin = link.begin;
        r.end = link.end;
        r.target = link.target;
        r.relation = citations[c].relation;
        r.footnote = citations[c].footnote;
        std::string_view t = link.target;
        if (t.empty() || t == "#") r.status = "placeholder";
        else if (t.find("://") != std::string_view::npos && target_symbol(t) != r.id)
            r.status = "mismatch: the target names " + target_symbol(t);
        else r.status = "ok";
        out.push_back(std::move(r));
    }
    return out;
}

void place(Reference& r, std::string_view text, const Layout& layout) {
    std::size_t line = layout.line_of(r.begin);
    r.line = line + 1;
    std::size_t column = 1;
    for (std::size_t i = layout.line_starts[line]; i < r.begin; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
    r.column = column;
}

}  // namespace

Extraction extract(std::string_view path, std::string_view text) {
    Extraction result;
    Identity identity = find_identity(text, path);
    result.document = {std::string(path), identity.symbol, detect_language(text), text.size()};

    Layout layout = analyse_layout(text, identity.symbol);
    Organ home = organ_of_symbol(identity.symbol);
    ScanResult scan = scan_citations(text, home);
    std::vector<Reference> citations;
    citations.reserve(scan.citations.size());
    for (auto& c : scan.citations)
        if (!identity.is(c.id)) citations.push_back(std::move(c));  // never a citation of itself

    FootnoteResult notes = find_footnotes(text, layout, citations);
    label_footnotes(citations, notes.definitions);
    resolve_ibids(citations, notes.definitions);

    // a citation in a footnote takes the relation of the clause that carries the note's marker
    std::unordered_map<std::string, Relation> note_relation;
    for (auto const& m : notes.markers)
        if (!note_relation.count(m.footnote)) note_relation[m.footnote] = relation_at(text, layout, m.begin);
    for (auto& c : citations) {
        if (c.footnote.empty()) {
            c.relation = relation_at(text, layout, c.begin);
        } else {
            auto it = note_relation.find(c.footnote);
            c.relation = it != note_relation.end() ? it->second : Relation::other;
        }
        if (is_citation(c.kind)) {
            c.pinpoint = pinpoint_after(text, c.end);
            if (c.pinpoint.empty() && (c.kind == Kind::resolution || c.kind == Kind::decision))
                c.pinpoint = pinpoint_before(text, c.begin);
        }
    }
    std::vector<Reference> links = link_records(scan.links, citations);

    auto& all = result.references;
    all.reserve(citations.size() + links.size() + notes.markers.size() + notes.definitions.size());
    for (auto* group : {&citations, &links, &notes.markers, &notes.definitions})
        for (auto& r : *group) all.push_back(std::move(r));
    for (auto& r : all) place(r, text, layout);
    std::sort(all.begin(), all.end(), [](const Reference& a, const Reference& b) {
        if (a.begin != b.begin) return a.begin < b.begin;
        if (a.end != b.end) return a.end > b.end;
        if (a.kind != b.kind) return a.kind < b.kind;
        return a.id < b.id;
    });
    return result;
}

}  // namespace unxref
