// Figures about a citation graph: counts by kind, organ and relation, the most-cited acts,
// PageRank's top, components and cycles, the longest citation chain.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "citation_graph.hpp"

namespace unxref {

struct Ranked {
    Vertex vertex;
    double score;
};

struct GraphStats {
    std::size_t nodes = 0, edges = 0, evidence = 0, read = 0;
    std::map<Kind, std::pair<std::size_t, std::size_t>> by_kind;  // (nodes, of them read)
    std::map<Organ, std::size_t> by_organ;
    std::map<Relation, std::size_t> by_relation;  // edges
    std::vector<Ranked> most_cited;               // by distinct citing acts
    std::vector<Ranked> page_rank;                // top N, 20 iterations
    std::size_t weak_components = 0, largest_weak_component = 0;
    std::size_t strong_components = 0;
    std::vector<std::vector<Vertex>> cycles;  // strong components of more than one node
    std::optional<std::size_t> longest_chain;  // edges; nullopt when there are cycles
};

GraphStats graph_stats(const CitationGraph& graph, std::size_t top);

}  // namespace unxref
