// A resolution's lineage: what it builds on (the acts it cites, and theirs, …) and what
// builds on it, or with `series` the earlier and later resolutions of its series.
#pragma once

#include <vector>

#include "citation_graph.hpp"
#include "dot_export.hpp"

namespace unxref {

enum class Direction { ancestors, descendants, both };

struct LineageOptions {
    Direction direction = Direction::both;
    int depth = 1;        // edges from the root; <= 0: no limit (not applied to series)
    bool series = false;  // the resolution's series instead of its citations
};

struct Lineage {
    Vertex root = 0;
    std::vector<Vertex> nodes;      // the root first, then in graph order (series: newest first)
    std::vector<int> ancestor;      // per graph vertex: distance as ancestor (or unreached); series: -1/1
    std::vector<int> descendant;    // per graph vertex: distance as descendant (or unreached)
    std::vector<EdgeIndex> edges;   // citation edges drawn, in index order
    std::vector<ExtraEdge> same_title;  // series: read members linked by their title alone
};

Lineage lineage(const CitationGraph& graph, Vertex root, const LineageOptions& options);

// Series order: (session, number) of "A/RES/80/192"-style ids; other ids sort first.
bool earlier_in_series(const std::string& a, const std::string& b);

// Vertices newest first in their series: the order a series is read and drawn in.
struct NewerInSeries {
    const CitationGraph& graph;
    bool operator()(Vertex a, Vertex b) const { return earlier_in_series(graph.node(b).id, graph.node(a).id); }
};

}  // namespace unxref
