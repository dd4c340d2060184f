// Components of the citation graph: strong (Boost.Graph strong_components; a strong
// component of more than one node is a citation cycle) and weak (incremental_components:
// the groups of acts linked by citations in either direction).
#pragma once

#include <cstdint>
#include <vector>

#include "citation_graph.hpp"

namespace unxref {

struct Components {
    std::vector<std::uint32_t> of;  // per vertex: its component
    std::uint32_t count = 0;
};

Components strong_components(const Topology& topology);
Components weak_components(const Topology& topology);

}  // namespace unxref
