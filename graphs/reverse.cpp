#include "reverse.hpp"

#include <utility>
#include <vector>

namespace unxref {

ReverseTopology reverse_of(const CitationGraph& graph) {
    std::vector<std::pair<Vertex, Vertex>> edges;
    std::vector<OriginalEdge> original;
    edges.reserve(graph.edge_count());
    original.reserve(graph.edge_count());
    for (Vertex v = 0; v < graph.node_count(); ++v) {
        auto [first, last] = graph.out_edges(v);
        for (EdgeIndex e = first; e < last; ++e) {
            edges.emplace_back(graph.target(e), v);
            original.push_back({e});
        }
    }
    return ReverseTopology(boost::edges_are_unsorted_multi_pass, edges.begin(), edges.end(), original.begin(),
                           graph.node_count());
}

}  // namespace unxref
