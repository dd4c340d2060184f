#include "cli/graph_input.hpp"

namespace unxref {

CitationGraph read_graph(InputOptions input, std::size_t& failures) {
    input.accept_extractions = true;
    CitationGraphBuilder builder;
    failures += for_each_document(input, [&](const Extraction& x, std::string_view) { builder.add(x); });
    return builder.build();
}

}  // namespace unxref
