// PageRank over the citation edges (Boost.Graph page_rank): rank flows from citing to cited,
// so acts cited by much-cited acts rank high. Boost's formulation: no teleport to dangling
// nodes, ranks start at 1/n and are not normalised.
#pragma once

#include <vector>

#include "citation_graph.hpp"

namespace unxref {

// What stats runs, and says it ran.
inline constexpr int pagerank_iterations = 20;
inline constexpr double pagerank_damping = 0.85;

std::vector<double> page_rank(const Topology& topology, int iterations = pagerank_iterations,
                              double damping = pagerank_damping);

}  // namespace unxref
