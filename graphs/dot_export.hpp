// Writing the citation graph as DOT through Graphviz's cgraph (labels quoted by cgraph).
#pragma once

#include <string>

#include "citation_graph.hpp"

namespace unxref {

// Writes atomically to `path`; throws std::runtime_error on failure.
void write_dot(const Graph& graph, const std::string& path);

}  // namespace unxref
