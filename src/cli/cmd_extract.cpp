// unxref extract: every reference found, as JSONL, JSON or text.
#include <CLI/CLI.hpp>

#include <memory>

#include "cli/command.hpp"
#include "cli/document_stream.hpp"
#include "output/output_to.hpp"
#include "output/write.hpp"

namespace unxref {
namespace {

struct ExtractOptions {
    InputOptions input;
    std::string format = "jsonl";
};

Format parse_format(const std::string& name) {
    if (name == "json") return Format::json;
    if (name == "text") return Format::text;
    return Format::jsonl;
}

int run_extract(const ExtractOptions& options) {
    std::size_t failures = 0;
    output_to(options.input.output, [&](std::FILE* out) {
        Format format = parse_format(options.format);
        ExtractionWriter writer(out, format);
        writer.begin();
        failures = for_each_mapped(
            options.input,
            [format](const Extraction& x, std::string_view text) { return render_extraction(x, text, format); },
            [&](std::string&& rendered) { writer.write_rendered(rendered); },
            [&](const LoadError& e) { writer.write(e); });
        writer.finish();
    });
    return failures ? exit_input_errors : exit_ok;
}

}  // namespace

Command add_extract_command(CLI::App& app) {
    auto options = std::make_shared<ExtractOptions>();
    auto* x = app.add_subcommand("extract", "Print every reference found in the documents");
    add_input_options(*x, options->input);
    add_format_option(*x, options->format, {"jsonl", "json", "text"});
    add_output_option(*x, options->input.output);
    return {x, [options] { return run_extract(*options); }};
}

}  // namespace unxref
