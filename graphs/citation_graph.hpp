// The citation graph: one node per identified thing (resolution, decision, document,
// treaty instrument), one edge per (citing, cited, relation) with all its evidence.
//
// Why a compressed_sparse_row_graph and side tables: the graph is built once from the
// extraction results and then only read. A CSR holds the topology in two flat arrays
// (row starts, targets), so the analyses (PageRank, BFS, components) run over exactly the
// structure a plain Boost CSR would, and the per-node and per-edge data live in vectors
// indexed by the CSR's vertex and edge indices instead of inside the graph. An
// adjacency_list with a std::vector<Evidence> per edge costs ~100 bytes per edge before any
// evidence; at 10 million edges that is several times the CSR. 32-bit indices: 4 billion
// nodes/edges is far beyond any corpus. Reverse edges are built on demand (reverse.hpp).
#pragma once

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "refs/reference.hpp"

namespace unxref {

using Topology = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                                    boost::no_property, std::uint32_t, std::uint32_t>;
using Vertex = std::uint32_t;
using EdgeIndex = std::uint32_t;

// Where one citation was found. Strings are interned in the graph (CitationGraph::text).
struct Evidence {
    std::uint64_t begin = 0, end = 0;  // byte span in the file
    std::uint32_t path = 0;            // CitationGraph::text index of the file's path
    std::uint32_t line = 0, column = 0;
    std::uint32_t footnote = 0;  // text index of the footnote label (0: "")
    std::uint32_t pinpoint = 0;  // text index of the pinpoint (0: "")
    bool series = false;         // the text names the cited act as an earlier one of the citing's series
};

struct Node {
    std::string id;
    Kind kind = Kind::document;  // resolution, decision, document or treaty
    Organ organ = Organ::unknown;
    bool read = false;   // its text was among the inputs
    std::string path;    // the file it was read from, when read
    std::string title;   // its title, when read and titled
};

class CitationGraph {
public:
    const Topology& topology() const { return topology_; }
    std::size_t node_count() const { return nodes_.size(); }
    std::size_t edge_count() const { return relations_.size(); }

    const Node& node(Vertex v) const { return nodes_[v]; }
    std::optional<Vertex> find(std::string_view id) const;

    Vertex source(EdgeIndex e) const;  // binary search in the CSR's row starts
    Vertex target(EdgeIndex e) const { return topology_.m_forward.m_column[e]; }
    Relation relation(EdgeIndex e) const { return relations_[e]; }
    bool series(EdgeIndex e) const;  // any evidence names it as an earlier act of the series
    std::span<const Evidence> evidence(EdgeIndex e) const {
        return {evidence_.data() + evidence_start_[e], evidence_start_[e + 1] - evidence_start_[e]};
    }
    const std::string& text(std::uint32_t index) const { return texts_[index]; }

    // Out-edges of v are the contiguous edge indices [first, last).
    std::pair<EdgeIndex, EdgeIndex> out_edges(Vertex v) const {
        return {topology_.m_forward.m_rowstart[v], topology_.m_forward.m_rowstart[v + 1]};
    }

    // Bytes held by the topology alone (the analyses' part; the benchmark counts the whole
    // model's allocations itself).
    std::size_t topology_bytes() const;

private:
    friend class CitationGraphBuilder;
    Topology topology_;
    std::vector<Node> nodes_;
    std::unordered_map<std::string_view, Vertex> by_id_;  // views into nodes_[v].id
    std::vector<Relation> relations_;                      // per edge
    std::vector<std::uint32_t> evidence_start_;            // per edge + 1: its slice of evidence_
    std::vector<Evidence> evidence_;
    std::vector<std::string> texts_;  // interned paths, footnote labels, pinpoints; [0] = ""
};

// Collects nodes and (citing, cited, relation, evidence) records, then builds the CSR once.
class CitationGraphBuilder {
public:
    CitationGraphBuilder();

    // Adds one document's extraction: its node, marked read, and an edge per citation; the
    // citations the text names as earlier acts of its series (Reference::series, also read
    // back from JSONL) mark their evidence.
    void add(const Extraction& extraction);

    // The low-level interface (synthetic graphs, tests): a node by id and one citation.
    Vertex node(std::string_view id, Kind kind, Organ organ);
    void cite(Vertex from, Vertex to, Relation relation, const Evidence& evidence);
    std::uint32_t intern(std::string_view text);
    void reserve(std::size_t nodes, std::size_t citations);

    // Builds the graph; the builder is left empty.
    CitationGraph build();

private:
    struct Citation {
        Vertex from, to;
        Relation relation;
        std::uint32_t evidence;  // index into evidence_
    };
    std::vector<Node> nodes_;
    std::unordered_map<std::string, Vertex> vertices_;
    std::vector<Citation> citations_;
    std::vector<Evidence> evidence_;
    std::vector<std::string> texts_;
    std::unordered_map<std::string, std::uint32_t> text_index_;
};

}  // namespace unxref
