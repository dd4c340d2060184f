#include "cli/commands.hpp"

#include <fmt/format.h>

#include <memory>
#include <optional>
#include <variant>

#include "citation_graph.hpp"
#include "cli/inputs.hpp"
#include "dot_export.hpp"
#include "output/atomic_file.hpp"
#include "output/write.hpp"
#include "refs/extract.hpp"

namespace unxref {
namespace {

Format parse_format(const std::string& name) {
    if (name == "json") return Format::json;
    if (name == "text") return Format::text;
    return Format::jsonl;
}

void report(const LoadError& error) { fmt::print(stderr, "unxref: {}: {}\n", error.path, error.message); }

// Reads each input and hands the extraction (with the file's bytes) or the error to `visit`.
// Returns the number of inputs that could not be read.
template <class OnDocument, class OnError>
std::size_t for_each_document(const std::vector<std::string>& paths, std::size_t max_bytes, OnDocument&& on_document,
                              OnError&& on_error) {
    Inputs inputs = collect_inputs(paths);
    std::size_t failures = 0;
    for (auto const& message : inputs.errors) {
        fmt::print(stderr, "unxref: {}\n", message);
        ++failures;
    }
    for (auto const& path : inputs.files) {
        auto loaded = load_source(path, max_bytes);
        if (auto* error = std::get_if<LoadError>(&loaded)) {
            report(*error);
            on_error(*error);
            ++failures;
            continue;
        }
        auto const& source = std::get<Source>(loaded);
        on_document(extract(source.path, source.bytes), source.bytes);
    }
    return failures;
}

}  // namespace

int run_extract(const ExtractOptions& options) {
    std::optional<AtomicFile> file;
    if (!options.output.empty()) file.emplace(options.output);
    std::FILE* out = file ? file->stream() : stdout;
    ExtractionWriter writer(out, parse_format(options.format));
    writer.begin();
    std::size_t failures = for_each_document(
        options.paths, options.max_bytes, [&](const Extraction& x, std::string_view text) { writer.write(x, text); },
        [&](const LoadError& e) { writer.write(e); });
    writer.finish();
    if (file) file->commit();
    return failures ? exit_input_errors : exit_ok;
}

int run_graph(const GraphOptions& options) {
    CitationGraphBuilder builder;
    std::size_t failures = for_each_document(
        options.paths, options.max_bytes, [&](const Extraction& x, std::string_view) { builder.add(x); },
        [](const LoadError&) {});
    const Graph& graph = builder.graph();
    write_dot(graph, options.output);
    fmt::print(stderr, "unxref: wrote {} ({} nodes, {} edges)\n", options.output, boost::num_vertices(graph),
               boost::num_edges(graph));
    return failures ? exit_input_errors : exit_ok;
}

}  // namespace unxref
