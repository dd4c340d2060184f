// unxref graph: the citation graph as Graphviz DOT.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

#include "citation_graph.hpp"
#include "cli/command.hpp"
#include "cli/document_stream.hpp"
#include "cli/graph_input.hpp"
#include "dot_export.hpp"

namespace unxref {
namespace {

struct GraphOptions {
    InputOptions input;  // documents or `unxref extract` JSONL (read_graph)
};

int run_graph(const GraphOptions& options) {
    std::size_t failures = 0;
    CitationGraph graph = read_graph(options.input, failures);
    write_dot(graph, options.input.output);
    fmt::print(stderr, "unxref: wrote {} ({} nodes, {} edges)\n", options.input.output, graph.node_count(),
               graph.edge_count());
    return failures ? exit_input_errors : exit_ok;
}

}  // namespace

Command add_graph_command(CLI::App& app) {
    auto options = std::make_shared<GraphOptions>();
    auto* g = app.add_subcommand("graph", "Write the citation graph as Graphviz DOT");
    add_input_options(*g, options->input);
    add_output_option(*g, options->input.output, "The DOT file to write (atomically)")->required();
    return {g, [options] { return run_graph(*options); }};
}

}  // namespace unxref
