// unxref lineage: what a resolution builds on and what builds on it (or its series), as a
// tree, JSON, DOT or an SVG/PNG drawn by Graphviz.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <climits>
#include <memory>
#include <stdexcept>

#include "citation_graph.hpp"
#include "cli/command.hpp"
#include "cli/document_stream.hpp"
#include "cli/graph_input.hpp"
#include "dot_export.hpp"
#include "lineage_output.hpp"
#include "output/output_to.hpp"
#include "render.hpp"

namespace unxref {
namespace {

struct LineageCommandOptions {
    std::string id;
    InputOptions input;  // documents or `unxref extract` JSONL (read_graph)
    bool ancestors = false, descendants = false, both = false, series = false;
    int depth = 1;
    std::string format;  // tree json dot svg png; "" = from -o's extension, else tree
};

std::string format_of(const LineageCommandOptions& o) {
    if (!o.format.empty()) return o.format;
    for (const char* ext : {"json", "dot", "svg", "png"})
        if (o.input.output.ends_with(std::string(".") + ext)) return ext;
    return "tree";
}

// The node for the ID as given, or as a General Assembly resolution ("80/192").
Vertex find_root(const CitationGraph& graph, const std::string& id) {
    if (auto v = graph.find(id)) return *v;
    if (auto v = graph.find("A/RES/" + id)) return *v;
    throw std::runtime_error(fmt::format("{} is not in the citation graph of the inputs ({} nodes): neither read "
                                         "nor cited; give a canonical id such as A/RES/80/192",
                                         id, graph.node_count()));
}

int run_lineage(const LineageCommandOptions& o) {
    std::string format = format_of(o);
    // a drawing is written to a file: say so before reading any input
    if ((format == "svg" || format == "png") && (o.input.output.empty() || o.input.output == "-"))
        throw std::runtime_error(fmt::format("--format {} needs -o FILE", format));
    std::size_t failures = 0;
    CitationGraph graph = read_graph(o.input, failures);
    LineageOptions options;
    options.direction = o.ancestors ? Direction::ancestors : o.descendants ? Direction::descendants : Direction::both;
    options.depth = o.depth;
    options.series = o.series;
    Lineage l = lineage(graph, find_root(graph, o.id), options);

    if (format == "tree") {
        output_to(o.input.output, [&](std::FILE* out) { write_lineage_tree(out, graph, l, options); });
    } else if (format == "json") {
        output_to(o.input.output, [&](std::FILE* out) { write_lineage_json(out, graph, l, options); });
    } else if (format == "dot") {
        write_dot(graph, o.input.output, lineage_dot_options(graph, l, options, false));
    } else {
        const char* engine = layout_engine(l.nodes.size());
        if (!*engine)
            throw std::runtime_error(fmt::format(
                "the lineage of {} has {} nodes, too many to draw (limit {}): narrow it with --depth 1, "
                "--ancestors or --descendants, or write --format json or dot",
                graph.node(l.root).id, l.nodes.size(), draw_limit));
        AgraphHandle g = to_agraph(graph, lineage_dot_options(graph, l, options, true));
        render(g.get(), engine, format, o.input.output);
        if (std::string(engine) != "dot")
            fmt::print(stderr, "unxref: {} nodes: drawn with {} (dot is legible up to {})\n", l.nodes.size(), engine,
                       dot_limit);
    }
    return failures ? exit_input_errors : exit_ok;
}

}  // namespace

Command add_lineage_command(CLI::App& app) {
    auto o = std::make_shared<LineageCommandOptions>();
    auto* c = app.add_subcommand("lineage", "What a resolution builds on and what builds on it");
    c->add_option("ID", o->id, "The resolution (A/RES/80/192, or 80/192 for the General Assembly)")->required();
    add_input_options(*c, o->input);
    auto* a = c->add_flag("--ancestors", o->ancestors, "Only what it builds on (earlier in its series)");
    auto* d = c->add_flag("--descendants", o->descendants, "Only what builds on it (later in its series)");
    auto* b = c->add_flag("--both", o->both, "Both (the default)");
    a->excludes(d)->excludes(b);
    d->excludes(b);
    c->add_option("--depth", o->depth, "Citation steps from ID; 0: no limit (not for --series)")
        ->check(whole_number(0, INT_MAX))
        ->capture_default_str();
    c->add_flag("--series", o->series, "Its series: earlier and later resolutions with the same title");
    c->add_option("--format", o->format, "tree, json, dot, svg or png (default: from -o's extension, else tree)")
        ->check(CLI::IsMember({"tree", "json", "dot", "svg", "png"}));
    add_output_option(*c, o->input.output);
    return {c, [o] { return run_lineage(*o); }};
}

}  // namespace unxref
