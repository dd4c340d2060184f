// unxref audit: compiler-style findings (text, JSON or SARIF); exit 1 when any reaches --fail-on.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <iterator>
#include <memory>
#include <optional>

#include "analyses/audit/audit.hpp"
#include "cli/command.hpp"
#include "cli/document_stream.hpp"
#include "output/output_to.hpp"
#include "output/findings.hpp"

namespace unxref {
namespace {

struct AuditOptions {
    InputOptions input;
    std::string format = "text";
    std::string fail_on = "error";
    bool corpus = false;
};

// One document's audit, done in the worker that read it.
struct AuditedDocument {
    std::vector<audit::Finding> findings;
    std::optional<audit::CorpusEntry> corpus;  // with --corpus
};

int run_audit(const AuditOptions& options) {
    std::vector<audit::Finding> findings;
    audit::CorpusCheck corpus;
    std::size_t files = 0;
    bool closed_world = options.corpus;
    for_each_mapped(
        options.input,
        [closed_world](const Extraction& x, std::string_view text) {
            AuditedDocument audited{audit::audit_document(x, text), std::nullopt};
            if (closed_world) audited.corpus = audit::corpus_entry(x, text);
            return audited;
        },
        [&](AuditedDocument&& audited) {
            ++files;
            std::move(audited.findings.begin(), audited.findings.end(), std::back_inserter(findings));
            if (audited.corpus) corpus.add(std::move(*audited.corpus));
        },
        [&](const LoadError& e) { findings.push_back(audit::unreadable(e.path, e.message)); });
    if (options.corpus) {
        auto missing = corpus.findings();
        findings.insert(findings.end(), missing.begin(), missing.end());
    }

    std::string out = options.format == "json"    ? findings_json(findings)
                      : options.format == "sarif" ? findings_sarif(findings, UNXREF_VERSION)
                                                  : findings_text(findings);
    output_text(options.input.output, out);

    std::size_t counts[3] = {0, 0, 0};
    for (auto const& f : findings) ++counts[static_cast<int>(f.severity)];
    fmt::print(stderr, "unxref: {} files: {} errors, {} warnings, {} notes\n", files, counts[2], counts[1], counts[0]);
    auto threshold = static_cast<int>(*audit::parse_severity(options.fail_on));
    for (int severity = threshold; severity < 3; ++severity)
        if (counts[severity]) return exit_input_errors;
    return exit_ok;
}

}  // namespace

Command add_audit_command(CLI::App& app) {
    auto options = std::make_shared<AuditOptions>();
    auto* a = app.add_subcommand("audit", "Check footnotes, Ibid., Treaty Series citations, symbols, dates and links");
    add_input_options(*a, options->input);
    add_format_option(*a, options->format, {"text", "json", "sarif"});
    a->add_option("--fail-on", options->fail_on, "Exit 1 when a finding has this severity or a higher one")
        ->check(CLI::IsMember({"error", "warning", "note"}))
        ->capture_default_str();
    a->add_flag("--corpus", options->corpus, "The inputs are the whole corpus: report cited documents not among them");
    add_output_option(*a, options->input.output);
    return {a, [options] { return run_audit(*options); }};
}

}  // namespace unxref
