// The citation graph of the inputs, for graph, lineage and stats: documents are extracted,
// `unxref extract` JSONL shards are read back, and all of it is built into one graph.
#pragma once

#include <cstddef>

#include "citation_graph.hpp"
#include "cli/document_stream.hpp"

namespace unxref {

// Adds to `failures` the inputs that could not be read (each reported already).
CitationGraph read_graph(InputOptions input, std::size_t& failures);

}  // namespace unxref
