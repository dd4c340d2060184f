#include "cli/document_stream.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <variant>

#include "cli/inputs.hpp"
#include "refs/extract.hpp"

namespace unxref {

void add_input_options(CLI::App& command, InputOptions& options) {
    command.add_option("PATH", options.paths, "Files or folders (walked recursively)")->required();
    command.add_option("--max-bytes", options.max_bytes, "Refuse files larger than this")->capture_default_str();
}

std::size_t for_each_document(const InputOptions& options, const OnDocument& on_document,
                              const OnLoadError& on_error) {
    Inputs inputs = collect_inputs(options.paths);
    std::size_t failures = 0;
    for (auto const& message : inputs.errors) {
        fmt::print(stderr, "unxref: {}\n", message);
        ++failures;
    }
    for (auto const& path : inputs.files) {
        auto loaded = load_source(path, options.max_bytes);
        if (auto* error = std::get_if<LoadError>(&loaded)) {
            fmt::print(stderr, "unxref: {}: {}\n", error->path, error->message);
            if (on_error) on_error(*error);
            ++failures;
            continue;
        }
        auto const& source = std::get<Source>(loaded);
        on_document(extract(source.path, source.bytes), source.bytes);
    }
    return failures;
}

}  // namespace unxref
