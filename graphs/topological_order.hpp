// A topological order of the citation graph (Boost.Graph topological_sort): cited before
// citing. Citations normally point back in time, so the order exists unless acts cite each
// other (a cycle), and over it the longest citation chain is one pass.
#pragma once

#include <optional>
#include <vector>

#include "citation_graph.hpp"

namespace unxref {

// Vertices with every cited act before its citing ones; nullopt when there is a cycle.
std::optional<std::vector<Vertex>> topological_order(const Topology& topology);

// The most edges on one citation path (citing -> cited -> …), over a topological order.
std::size_t longest_chain(const Topology& topology, const std::vector<Vertex>& order);

}  // namespace unxref
