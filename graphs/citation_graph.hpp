// The citation graph: one node per identified thing (resolution, decision, document,
// treaty instrument), one edge per (citing, cited, relation) with all its evidence.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "refs/reference.hpp"

namespace unxref {

struct Evidence {
    std::string path;
    std::size_t begin = 0, end = 0, line = 0, column = 0;
    std::string footnote;
    std::string pinpoint;
};

struct Node {
    std::string id;
    Kind kind = Kind::document;  // resolution, decision, document or treaty
    Organ organ = Organ::unknown;
    bool read = false;  // its text was among the inputs
    std::string path;   // the file it was read from, when read
};

struct Edge {
    Relation relation = Relation::other;
    std::vector<Evidence> evidence;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Node, Edge>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;

class CitationGraphBuilder {
public:
    // Adds one document's extraction: its node, marked read, and an edge per citation.
    void add(const Extraction& extraction);
    const Graph& graph() const { return graph_; }
    Graph take() { return std::move(graph_); }

private:
    Vertex node(const std::string& id, Kind kind, Organ organ);

    Graph graph_;
    std::unordered_map<std::string, Vertex> vertices_;
    std::unordered_map<std::string, boost::graph_traits<Graph>::edge_descriptor> edges_;
};

}  // namespace unxref
