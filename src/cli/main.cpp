// The unxref command line: each subcommand adds itself (cmd_<name>.cpp); main parses the
// arguments, runs the chosen one and maps failures to exit codes.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <string>
#include <vector>

#include "cli/command.hpp"

int main(int argc, char** argv) {
    // past a file size limit a write fails with EFBIG, which is reported (exit 2) and cleaned
    // up; SIGXFSZ would kill the process first and leave the temporary output behind
    std::signal(SIGXFSZ, SIG_IGN);
    CLI::App app{"unxref: find, check and graph the references in United Nations documents"};
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string(UNXREF_VERSION));

    const std::vector<unxref::Command> commands = {
        unxref::add_extract_command(app),
        unxref::add_graph_command(app),
        unxref::add_text_command(app),
        unxref::add_lineage_command(app),
        unxref::add_stats_command(app),
        unxref::add_audit_command(app),
        unxref::add_treaties_command(app),
        unxref::add_compare_command(app),
    };

    // "unxref extact ...": name the unknown command and the known ones (CLI11 would only say
    // that a subcommand is required)
    if (argc > 1 && argv[1][0] != '-') {
        std::vector<std::string> names;
        for (auto const& command : commands) names.push_back(command.app->get_name());
        if (std::find(names.begin(), names.end(), argv[1]) == names.end()) {
            fmt::print(stderr, "unxref: unknown command '{}'; the commands are {}\nRun with --help for more information.\n",
                       argv[1], fmt::join(names, ", "));
            return unxref::exit_failure;
        }
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : unxref::exit_failure;
    }
    try {
        for (auto const& command : commands)
            if (command.app->parsed()) return command.run();
    } catch (const std::exception& e) {
        fmt::print(stderr, "unxref: error: {}\n", e.what());
        return unxref::exit_failure;
    }
    return unxref::exit_failure;
}
