// unxref stats: counts by kind, organ and relation, most-cited, PageRank, components, cycles.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdint>
#include <memory>

#include "citation_graph.hpp"
#include "cli/command.hpp"
#include "cli/document_stream.hpp"
#include "cli/graph_input.hpp"
#include "output/output_to.hpp"
#include "stats.hpp"
#include "stats_output.hpp"

namespace unxref {
namespace {

struct StatsOptions {
    InputOptions input;  // documents or `unxref extract` JSONL (read_graph)
    std::size_t top = 10;
    std::string format = "text";
};

int run_stats(const StatsOptions& o) {
    std::size_t failures = 0;
    CitationGraph graph = read_graph(o.input, failures);
    GraphStats s = graph_stats(graph, o.top);
    output_to(o.input.output, [&](std::FILE* out) {
        if (o.format == "json") write_stats_json(out, graph, s);
        else write_stats_text(out, graph, s);
    });
    return failures ? exit_input_errors : exit_ok;
}

}  // namespace

Command add_stats_command(CLI::App& app) {
    auto o = std::make_shared<StatsOptions>();
    auto* c = app.add_subcommand("stats", "Counts, most-cited, PageRank, components and cycles of the citation graph");
    add_input_options(*c, o->input);
    add_format_option(*c, o->format, {"text", "json"});
    c->add_option("--top", o->top, "How many most-cited and PageRank entries")->check(whole_number(0, SIZE_MAX))->capture_default_str();
    add_output_option(*c, o->input.output);
    return {c, [o] { return run_stats(*o); }};
}

}  // namespace unxref
