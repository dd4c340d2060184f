#include "dot_export.hpp"

#include <graphviz/cgraph.h>

#include <fmt/format.h>

#include <memory>
#include <stdexcept>
#include <vector>

#include "output/atomic_file.hpp"

namespace unxref {
namespace {

struct GraphCloser {
    void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphHandle = std::unique_ptr<Agraph_t, GraphCloser>;

// cgraph takes char* for names and values it copies; these wrappers keep the casts in one place.
void declare(Agraph_t* g, int kind, const char* name, const char* fallback) {
    agattr(g, kind, const_cast<char*>(name), const_cast<char*>(fallback));
}
void set(void* object, const char* name, const std::string& value) {
    agset(object, const_cast<char*>(name), const_cast<char*>(value.c_str()));
}

const char* colour_of(const Node& n) {
    if (n.kind == Kind::treaty) return "#f2d7a6";
    switch (n.organ) {
        case Organ::general_assembly: return "#a6c8f2";
        case Organ::security_council: return "#f2a6a6";
        case Organ::ecosoc: return "#b8e0b0";
        case Organ::human_rights_council: return "#d9b8f0";
        case Organ::commission_on_human_rights: return "#e8d0f5";
        case Organ::unknown: return "#e0e0e0";
    }
    return "#e0e0e0";
}

const char* style_of(Relation r) {
    switch (r) {
        case Relation::recalls: return "solid";
        case Relation::reaffirms: return "bold";
        case Relation::welcomes: return "dashed";
        case Relation::takes_note: return "dotted";
        case Relation::based_on_report: return "bold";
        default: return "solid";
    }
}

}  // namespace

void write_dot(const Graph& graph, const std::string& path) {
    Agdesc_t directed = Agdirected;
    GraphHandle g(agopen(const_cast<char*>("citations"), directed, nullptr));
    if (!g) throw std::runtime_error("cgraph could not create a graph");
    declare(g.get(), AGRAPH, "rankdir", "");
    set(g.get(), "rankdir", "LR");
    for (const char* attr : {"label", "kind", "organ", "read", "path", "fillcolor", "style", "shape"})
        declare(g.get(), AGNODE, attr, "");
    for (const char* attr : {"relation", "count", "style", "evidence"}) declare(g.get(), AGEDGE, attr, "");

    std::vector<Agnode_t*> nodes(boost::num_vertices(graph));
    for (auto v : boost::make_iterator_range(boost::vertices(graph))) {
        const Node& n = graph[v];
        Agnode_t* node = agnode(g.get(), const_cast<char*>(n.id.c_str()), 1);
        nodes[v] = node;
        set(node, "label", n.id);
        set(node, "kind", std::string(to_string(n.kind)));
        if (n.organ != Organ::unknown) set(node, "organ", std::string(to_string(n.organ)));
        set(node, "read", n.read ? "true" : "false");
        if (!n.path.empty()) set(node, "path", n.path);
        set(node, "shape", n.kind == Kind::treaty ? "box" : n.read ? "doubleoctagon" : "ellipse");
        set(node, "style", "filled");
        set(node, "fillcolor", colour_of(n));
    }
    for (auto e : boost::make_iterator_range(boost::edges(graph))) {
        const Edge& edge = graph[e];
        // several relations between the same pair are one edge each: the relation is the edge's key
        std::string key(to_string(edge.relation));
        Agedge_t* ag = agedge(g.get(), nodes[boost::source(e, graph)], nodes[boost::target(e, graph)],
                              key.data(), 1);
        if (!ag) throw std::runtime_error("cgraph could not add an edge");
        set(ag, "relation", std::string(to_string(edge.relation)));
        set(ag, "count", std::to_string(edge.evidence.size()));
        set(ag, "style", style_of(edge.relation));
        auto const& first = edge.evidence.front();
        set(ag, "evidence", fmt::format("{}:{}:{} [{},{})", first.path, first.line, first.column, first.begin, first.end));
    }

    AtomicFile out(path);
    if (agwrite(g.get(), out.stream()) != 0) throw std::runtime_error(fmt::format("cannot write {}", path));
    out.commit();
}

}  // namespace unxref
