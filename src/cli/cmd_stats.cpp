// unxref stats: counts by kind, organ and relation, most-cited, PageRank, components, cycles.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

#include "citation_graph.hpp"
#include "cli/command.hpp"
#include "cli/document_stream.hpp"
#include "cli/graph_input.hpp"
#include "output/output_to.hpp"
#include "stats.hpp"

namespace unxref {
namespace {

struct StatsOptions {
    InputOptions input;  // documents or `unxref extract` JSONL (read_graph)
    std::size_t top = 10;
    std::string output;
};

void print_stats(std::FILE* out, const CitationGraph& graph, const GraphStats& s) {
    fmt::print(out, "nodes {} ({} read), edges {} (one per citing, cited, relation), citations {}\n", s.nodes,
               s.read, s.edges, s.evidence);
    fmt::print(out, "\nby kind:\n");
    for (auto [kind, count] : s.by_kind)
        fmt::print(out, "  {:<12}{:>8}  ({} read)\n", to_string(kind), count.first, count.second);
    fmt::print(out, "\nby organ:\n");
    for (auto [organ, count] : s.by_organ)
        fmt::print(out, "  {:<12}{:>8}\n", organ == Organ::unknown ? "other" : to_string(organ), count);
    fmt::print(out, "\nedges by relation:\n");
    for (auto [relation, count] : s.by_relation) fmt::print(out, "  {:<16}{:>8}\n", to_string(relation), count);
    fmt::print(out, "\nmost cited (by distinct citing acts):\n");
    for (std::size_t i = 0; i < s.most_cited.size(); ++i)
        fmt::print(out, "  {:>3}. {:<28}{:>6}\n", i + 1, graph.node(s.most_cited[i].vertex).id, s.most_cited[i].score);
    fmt::print(out, "\nPageRank (20 iterations, damping 0.85):\n");
    for (std::size_t i = 0; i < s.page_rank.size(); ++i)
        fmt::print(out, "  {:>3}. {:<28}{:>10.5f}\n", i + 1, graph.node(s.page_rank[i].vertex).id, s.page_rank[i].score);
    fmt::print(out, "\nweakly connected components: {} (largest {} nodes)\n", s.weak_components,
               s.largest_weak_component);
    fmt::print(out, "strong components: {}; cycles (strong components of more than one node): {}\n",
               s.strong_components, s.cycles.size());
    for (auto const& cycle : s.cycles) {
        std::vector<std::string> ids;
        for (Vertex v : cycle) ids.push_back(graph.node(v).id);
        fmt::print(out, "  {}\n", fmt::join(ids, " ↔ "));
    }
    if (s.longest_chain) fmt::print(out, "longest citation chain: {} edges\n", *s.longest_chain);
    else fmt::print(out, "longest citation chain: not defined (the graph has cycles)\n");
}

int run_stats(const StatsOptions& o) {
    std::size_t failures = 0;
    CitationGraph graph = read_graph(o.input, failures);
    GraphStats s = graph_stats(graph, o.top);
    output_to(o.output, [&](std::FILE* out) { print_stats(out, graph, s); });
    return failures ? exit_input_errors : exit_ok;
}

}  // namespace

Command add_stats_command(CLI::App& app) {
    auto o = std::make_shared<StatsOptions>();
    auto* c = app.add_subcommand("stats", "Counts, most-cited, PageRank, components and cycles of the citation graph");
    add_input_options(*c, o->input);
    c->add_option("--top", o->top, "How many most-cited and PageRank entries")->capture_default_str();
    add_output_option(*c, o->output);
    return {c, [o] { return run_stats(*o); }};
}

}  // namespace unxref
