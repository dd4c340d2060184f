// The citation graph (or a part of it) as a Graphviz cgraph graph, written as DOT or laid
// out and drawn by render.hpp. Nodes are filled by organ (treaties as boxes, documents read
// as double octagons), edges styled by relation; a legend on request.
#pragma once

#include <graphviz/cgraph.h>

#include <memory>
#include <string>
#include <vector>

#include "citation_graph.hpp"

namespace unxref {

struct AgraphCloser {
    void operator()(Agraph_t* g) const { agclose(g); }
};
using AgraphHandle = std::unique_ptr<Agraph_t, AgraphCloser>;

// An edge drawn that is not a citation: "same title" between read members of a series.
struct ExtraEdge {
    Vertex from, to;
    std::string label;
};

struct DotOptions {
    std::vector<Vertex> nodes;         // empty: every node
    std::vector<EdgeIndex> edges;      // with `nodes`: the edges drawn (both ends must be in `nodes`)
    std::vector<ExtraEdge> extra;      // drawn dotted, labelled
    std::string highlight;             // a node id drawn with a thick border (the lineage root)
    bool legend = false;               // a legend node: organ colours, shapes, relation styles
    std::string label;                 // the graph's caption
};

// Builds the cgraph graph; throws std::runtime_error if cgraph fails.
AgraphHandle to_agraph(const CitationGraph& graph, const DotOptions& options = {});

// Writes DOT atomically to `path` ("-": standard output); throws std::runtime_error on failure.
void write_dot(const CitationGraph& graph, const std::string& path, const DotOptions& options = {});

}  // namespace unxref
