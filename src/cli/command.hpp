// The subcommands of the CLI. Each lives in its own cmd_<name>.cpp, adds itself to the
// app with its options and returns what to run when the user chose it.
#pragma once

#include <functional>

namespace CLI {
class App;
}

namespace unxref {

// Exit codes: 0 all inputs read, 1 some input could not be read (reported, others processed)
// or findings at/above --fail-on, 2 the run itself failed (bad arguments, output not writable).
inline constexpr int exit_ok = 0;
inline constexpr int exit_input_errors = 1;
inline constexpr int exit_failure = 2;

struct Command {
    CLI::App* app = nullptr;
    std::function<int()> run;
};

Command add_extract_command(CLI::App& app);
Command add_graph_command(CLI::App& app);
Command add_text_command(CLI::App& app);
Command add_lineage_command(CLI::App& app);
Command add_stats_command(CLI::App& app);
Command add_audit_command(CLI::App& app);
Command add_treaties_command(CLI::App& app);
Command add_compare_command(CLI::App& app);

}  // namespace unxref
