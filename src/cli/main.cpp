// The unxref command line: parses arguments, calls the library, maps results to exit codes.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
    CLI::App app{"unxref: find, check and graph the references in United Nations documents"};
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string(UNXREF_VERSION));

    unxref::ExtractOptions extract;
    auto* x = app.add_subcommand("extract", "Print every reference found in the documents");
    x->add_option("PATH", extract.paths, "Files or folders (walked recursively)")->required();
    x->add_option("--format", extract.format, "Output format")
        ->check(CLI::IsMember({"jsonl", "json", "text"}))
        ->capture_default_str();
    x->add_option("-o,--output", extract.output, "Write to FILE (atomically) instead of standard output");
    x->add_option("--max-bytes", extract.max_bytes, "Refuse files larger than this")->capture_default_str();

    unxref::GraphOptions graph;
    auto* g = app.add_subcommand("graph", "Write the citation graph as Graphviz DOT");
    g->add_option("PATH", graph.paths, "Files or folders (walked recursively)")->required();
    g->add_option("-o,--output", graph.output, "The DOT file to write")->required();
    g->add_option("--max-bytes", graph.max_bytes, "Refuse files larger than this")->capture_default_str();

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }
    try {
        if (x->parsed()) return unxref::run_extract(extract);
        if (g->parsed()) return unxref::run_graph(graph);
    } catch (const std::exception& e) {
        fmt::print(stderr, "unxref: error: {}\n", e.what());
        return 2;
    }
    return 2;
}
