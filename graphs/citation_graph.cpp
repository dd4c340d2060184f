#include "citation_graph.hpp"

#include <algorithm>
#include <stdexcept>
#include <tuple>

#include "refs/organ.hpp"
#include "refs/series.hpp"

namespace unxref {

std::optional<Vertex> CitationGraph::find(std::string_view id) const {
    auto it = by_id_.find(id);
    if (it == by_id_.end()) return std::nullopt;
    return it->second;
}

Vertex CitationGraph::source(EdgeIndex e) const {
    auto const& starts = topology_.m_forward.m_rowstart;
    return static_cast<Vertex>(std::upper_bound(starts.begin(), starts.end(), e) - starts.begin() - 1);
}

bool CitationGraph::series(EdgeIndex e) const {
    auto ev = evidence(e);
    return std::any_of(ev.begin(), ev.end(), [](const Evidence& x) { return x.series; });
}

// Everything the CSR holds: row starts, targets, and the (one byte a piece) property vectors
// Boost keeps even for no_property, which the plain CSR's counted allocation includes too.
std::size_t CitationGraph::topology_bytes() const {
    return topology_.m_forward.m_rowstart.capacity() * sizeof(std::uint32_t) +
           topology_.m_forward.m_column.capacity() * sizeof(std::uint32_t) +
           topology_.m_forward.m_edge_properties.capacity() * sizeof(boost::no_property) +
           topology_.m_vertex_properties.capacity() * sizeof(boost::no_property);
}

namespace {
// `v = {}` keeps a vector's capacity; swapping with an empty one gives the memory back.
template <class Container>
void release(Container& c) {
    Container().swap(c);
}
}  // namespace

CitationGraphBuilder::CitationGraphBuilder() { intern(""); }

std::uint32_t CitationGraphBuilder::intern(std::string_view text) {
    auto [it, inserted] = text_index_.try_emplace(std::string(text), static_cast<std::uint32_t>(texts_.size()));
    if (inserted) texts_.emplace_back(text);
    return it->second;
}

void CitationGraphBuilder::reserve(std::size_t nodes, std::size_t citations) {
    nodes_.reserve(nodes);
    vertices_.reserve(nodes);
    citations_.reserve(citations);
    evidence_.reserve(citations);
}

Vertex CitationGraphBuilder::node(std::string_view id, Kind kind, Organ organ) {
    auto [it, inserted] = vertices_.try_emplace(std::string(id), static_cast<Vertex>(nodes_.size()));
    if (inserted) {
        Node n;
        n.id = id;
        n.kind = kind;
        nodes_.push_back(std::move(n));
    }
    Node& n = nodes_[it->second];
    if (n.organ == Organ::unknown) n.organ = organ;
    return it->second;
}

void CitationGraphBuilder::cite(Vertex from, Vertex to, Relation relation, const Evidence& evidence) {
    if (evidence_.size() >= UINT32_MAX) throw std::length_error("more than 2^32 citations");
    citations_.push_back({from, to, relation, static_cast<std::uint32_t>(evidence_.size())});
    evidence_.push_back(evidence);
}

void CitationGraphBuilder::add(const Extraction& x) {
    std::string self = x.document.symbol.empty() ? x.document.path : x.document.symbol;
    Vertex from = node(self, kind_of_id(self), organ_of_symbol(self));
    nodes_[from].read = true;
    nodes_[from].path = x.document.path;
    if (nodes_[from].title.empty()) nodes_[from].title = x.document.title;
    std::uint32_t path = intern(x.document.path);
    for (std::size_t i = 0; i < x.references.size(); ++i) {
        const Reference& r = x.references[i];
        bool citation = is_citation(r.kind) || (r.kind == Kind::ibid && !r.id.empty());
        if (!citation || r.id.empty() || r.id == self || status::reason(r.status, status::malformed)) continue;
        // an Ibid. with a Treaty Series override also has its own treaty record: count it once
        if (r.kind == Kind::ibid && r.id.starts_with("UNTS:")) continue;
        Vertex to = node(r.id, kind_of_id(r.id), r.organ);
        Relation relation = r.relation == Relation::none ? Relation::other : r.relation;
        Evidence e;
        e.begin = r.begin;
        e.end = r.end;
        e.path = path;
        e.line = static_cast<std::uint32_t>(r.line);
        e.column = static_cast<std::uint32_t>(r.column);
        e.footnote = intern(r.footnote);
        e.pinpoint = intern(r.pinpoint);
        e.series = r.series;
        cite(from, to, relation, e);
    }
}

CitationGraph CitationGraphBuilder::build() {
    // One edge per (citing, cited, relation); its evidence in the order it was added.
    std::sort(citations_.begin(), citations_.end(), [](const Citation& a, const Citation& b) {
        return std::tie(a.from, a.to, a.relation, a.evidence) < std::tie(b.from, b.to, b.relation, b.evidence);
    });
    CitationGraph g;
    std::vector<std::pair<Vertex, Vertex>> edges;
    g.evidence_.reserve(evidence_.size());
    for (std::size_t i = 0; i < citations_.size(); ++i) {
        const Citation& c = citations_[i];
        bool same = i > 0 && citations_[i - 1].from == c.from && citations_[i - 1].to == c.to &&
                    citations_[i - 1].relation == c.relation;
        if (!same) {
            edges.emplace_back(c.from, c.to);
            g.relations_.push_back(c.relation);
            g.evidence_start_.push_back(static_cast<std::uint32_t>(g.evidence_.size()));
        }
        g.evidence_.push_back(evidence_[c.evidence]);
    }
    g.evidence_start_.push_back(static_cast<std::uint32_t>(g.evidence_.size()));
    release(citations_);
    release(evidence_);
    g.topology_ = Topology(boost::edges_are_sorted, edges.begin(), edges.end(),
                           static_cast<Vertex>(nodes_.size()), edges.size());
    release(edges);
    g.nodes_ = std::move(nodes_);
    release(nodes_);
    release(vertices_);
    g.by_id_.reserve(g.nodes_.size());
    for (Vertex v = 0; v < g.nodes_.size(); ++v) g.by_id_.emplace(g.nodes_[v].id, v);
    g.texts_ = std::move(texts_);
    release(texts_);
    release(text_index_);
    intern("");
    return g;
}

}  // namespace unxref
