#include "citation_graph.hpp"

#include <fmt/format.h>

namespace unxref {
namespace {

Kind kind_of_id(const std::string& id) {
    if (id.starts_with("UNTS:")) return Kind::treaty;
    if (id.find("/RES/") != std::string::npos) return Kind::resolution;
    if (id.find("/DEC/") != std::string::npos) return Kind::decision;
    return Kind::document;
}

}  // namespace

Vertex CitationGraphBuilder::node(const std::string& id, Kind kind, Organ organ) {
    auto [it, inserted] = vertices_.try_emplace(id);
    if (inserted) {
        it->second = boost::add_vertex(graph_);
        Node& n = graph_[it->second];
        n.id = id;
        n.kind = kind;
    }
    Node& n = graph_[it->second];
    if (n.organ == Organ::unknown) n.organ = organ;
    return it->second;
}

void CitationGraphBuilder::add(const Extraction& x) {
    std::string self = x.document.symbol.empty() ? x.document.path : x.document.symbol;
    Vertex from = node(self, kind_of_id(self), Organ::unknown);
    graph_[from].read = true;
    graph_[from].path = x.document.path;
    for (auto const& r : x.references) {
        bool citation = r.kind == Kind::resolution || r.kind == Kind::decision || r.kind == Kind::document ||
                        r.kind == Kind::treaty || (r.kind == Kind::ibid && !r.id.empty());
        if (!citation || r.id.empty() || r.id == self || r.status.starts_with("malformed")) continue;
        // an Ibid. with a Treaty Series override also has its own treaty record: count it once
        if (r.kind == Kind::ibid && r.id.starts_with("UNTS:")) continue;
        Vertex to = node(r.id, kind_of_id(r.id), r.organ);
        Relation relation = r.relation == Relation::none ? Relation::other : r.relation;
        std::string key = fmt::format("{}\x1f{}\x1f{}", from, to, static_cast<int>(relation));
        auto [it, inserted] = edges_.try_emplace(key);
        if (inserted) {
            it->second = boost::add_edge(from, to, graph_).first;
            graph_[it->second].relation = relation;
        }
        graph_[it->second].evidence.push_back({x.document.path, r.begin, r.end, r.line, r.column, r.footnote, r.pinpoint});
    }
}

}  // namespace unxref
