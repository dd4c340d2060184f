// unxref compare ORIGINAL TRANSLATION: the references of two language versions of one
// document, paired paragraph by paragraph and footnote by footnote.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>
#include <optional>
#include <variant>

#include "analyses/compare.hpp"
#include "cli/command.hpp"
#include "cli/document_stream.hpp"
#include "cli/inputs.hpp"
#include "output/output_to.hpp"
#include "output/compare_report.hpp"
#include "refs/extract.hpp"
#include "text/source.hpp"

namespace unxref {
namespace {

struct CompareOptions {
    std::string original;
    std::string translation;
    std::string format = "text";
    std::string output;  // empty: standard output
    std::size_t max_bytes = default_max_bytes;
};

// Exit codes: 0 the versions agree, 1 differences found, 2 the run failed.
int run_compare(const CompareOptions& options) {
    std::optional<Source> sources[2];
    const std::string* paths[2] = {&options.original, &options.translation};
    refuse_output_among({options.original, options.translation}, options.output);
    for (int i = 0; i < 2; ++i) {
        auto loaded = load_document(*paths[i], options.max_bytes);
        if (auto* error = std::get_if<LoadError>(&loaded)) {
            fmt::print(stderr, "unxref: {}: {}\n", error->path, error->message);
            return exit_failure;
        }
        sources[i] = std::move(std::get<Source>(loaded));
    }
    Extraction original = extract(*sources[0]);
    Extraction translation = extract(*sources[1]);
    Comparison comparison = compare(original, sources[0]->bytes, translation, sources[1]->bytes);
    std::string report = options.format == "json" ? compare_json(comparison) : compare_text(comparison);

    output_text(options.output, report);
    return comparison.agree() ? exit_ok : exit_input_errors;
}

}  // namespace

Command add_compare_command(CLI::App& app) {
    auto options = std::make_shared<CompareOptions>();
    auto* c = app.add_subcommand("compare", "Compare the references of two language versions of a document");
    c->add_option("ORIGINAL", options->original, "The original (or reference) version")->required();
    c->add_option("TRANSLATION", options->translation, "The translation to check against it")->required();
    add_format_option(*c, options->format, {"text", "json"});
    add_output_option(*c, options->output);
    add_max_bytes_option(*c, options->max_bytes);
    return {c, [options] { return run_compare(*options); }};
}

}  // namespace unxref
