// The citation graph's edges turned round (cited -> citing), built on demand for the
// analyses that walk towards citing documents (`lineage --descendants`). Each reversed edge
// keeps the index of the original edge, so evidence and relation stay reachable.
#pragma once

#include "citation_graph.hpp"

namespace unxref {

struct OriginalEdge {
    EdgeIndex index = 0;
};
using ReverseTopology = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, OriginalEdge,
                                                           boost::no_property, std::uint32_t, std::uint32_t>;

ReverseTopology reverse_of(const CitationGraph& graph);

}  // namespace unxref
