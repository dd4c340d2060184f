// unxref text: the text every offset refers to — the file itself for .txt/.md, the visible
// text for PDF, Word and HTML — written unchanged to standard output, file after file.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>
#include <memory>
#include <variant>

#include "cli/command.hpp"
#include "cli/document_stream.hpp"
#include "cli/inputs.hpp"
#include "output/output_to.hpp"
#include "text/source.hpp"

namespace unxref {
namespace {

struct TextOptions {
    std::vector<std::string> paths;
    std::size_t max_bytes = default_max_bytes;
};

int run_text(const TextOptions& options) {
    Inputs inputs = collect_inputs(options.paths);
    std::size_t failures = 0;
    auto fail = [&](const LoadError& error) {
        fmt::print(stderr, "unxref: {}: {}\n", error.path, error.message);
        ++failures;
    };
    for (auto const& error : inputs.errors) fail(error);
    report_skipped(inputs);
    for (auto const& path : inputs.files) {
        auto loaded = load_document(path, options.max_bytes);
        if (auto* error = std::get_if<LoadError>(&loaded)) {
            fail(*error);
            continue;
        }
        auto const& text = std::get<Source>(loaded).bytes;
        std::fwrite(text.data(), 1, text.size(), stdout);
    }
    check_standard_output();
    return failures ? exit_input_errors : exit_ok;
}

}  // namespace

Command add_text_command(CLI::App& app) {
    auto options = std::make_shared<TextOptions>();
    auto* t = app.add_subcommand("text", "Print the text that reference offsets point into (PDF, Word, HTML as read)");
    t->add_option("FILE", options->paths, "Files or folders (walked recursively)")->required();
    add_max_bytes_option(*t, options->max_bytes);
    return {t, [options] { return run_text(*options); }};
}

}  // namespace unxref
