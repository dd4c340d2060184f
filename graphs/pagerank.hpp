// PageRank over the citation edges (Boost.Graph page_rank): rank flows from citing to cited,
// so acts cited by much-cited acts rank high. Boost's formulation: no teleport to dangling
// nodes, ranks start at 1/n and are not normalised.
#pragma once

#include <vector>

#include "citation_graph.hpp"

namespace unxref {

std::vector<double> page_rank(const Topology& topology, int iterations = 20, double damping = 0.85);

}  // namespace unxref
