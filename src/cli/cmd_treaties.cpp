// unxref treaties: every Treaty Series instrument cited, with its name and citing notes.
#include <CLI/CLI.hpp>

#include <memory>

#include "analyses/treaties.hpp"
#include "cli/command.hpp"
#include "cli/document_stream.hpp"
#include "output/output_to.hpp"
#include "output/treaty_table.hpp"

namespace unxref {
namespace {

struct TreatiesOptions {
    InputOptions input;
    std::string format = "table";
};

int run_treaties(const TreatiesOptions& options) {
    TreatyIndex index;
    std::size_t failures = for_each_mapped(options.input, treaty_citations, [&](auto&& citations) {
        index.add(std::move(citations));
    });
    auto treaties = index.treaties();
    std::string out = options.format == "json"  ? treaties_json(treaties)
                      : options.format == "csv" ? treaties_csv(treaties)
                                                : treaties_table(treaties);
    output_text(options.input.output, out);
    return failures ? exit_input_errors : exit_ok;
}

}  // namespace

Command add_treaties_command(CLI::App& app) {
    auto options = std::make_shared<TreatiesOptions>();
    auto* t = app.add_subcommand("treaties", "List the Treaty Series instruments cited, with names and citing notes");
    add_input_options(*t, options->input);
    add_format_option(*t, options->format, {"table", "json", "csv"});
    add_output_option(*t, options->input.output);
    return {t, [options] { return run_treaties(*options); }};
}

}  // namespace unxref
