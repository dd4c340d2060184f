// Drawing a cgraph graph to SVG or PNG through Graphviz's own layout library (gvc).
#pragma once

#include <graphviz/cgraph.h>

#include <cstddef>
#include <string>

namespace unxref {

// Up to `dot_limit` nodes the hierarchical `dot` layout (legible for lineages); above, the
// force-directed `sfdp`, which scales; above `draw_limit` nothing is drawn.
inline constexpr std::size_t dot_limit = 300;
inline constexpr std::size_t draw_limit = 5000;

// The layout engine for a graph of `nodes` nodes, or "" when too large to draw.
const char* layout_engine(std::size_t nodes);

// Lays out and renders `g` ("svg" or "png") atomically to `path` ("-": standard output).
// Throws std::runtime_error when gvc fails.
void render(Agraph_t* g, const char* engine, const std::string& format, const std::string& path);

}  // namespace unxref
