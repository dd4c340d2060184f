// A lineage as an indented tree for the terminal or as JSON (DOT and images: dot_export.hpp
// and render.hpp, from lineage_dot_options).
#pragma once

#include <cstdio>

#include "lineage.hpp"

namespace unxref {

void write_lineage_tree(std::FILE* out, const CitationGraph& graph, const Lineage& lineage,
                        const LineageOptions& options);
void write_lineage_json(std::FILE* out, const CitationGraph& graph, const Lineage& lineage,
                        const LineageOptions& options);
DotOptions lineage_dot_options(const CitationGraph& graph, const Lineage& lineage, const LineageOptions& options,
                               bool legend);

}  // namespace unxref
