// The commands behind the CLI, each a thin layer over the library.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "text/source.hpp"

namespace unxref {

// Exit codes: 0 all inputs read, 1 some input could not be read (reported, others processed),
// 2 the run itself failed (bad arguments, output not writable).
inline constexpr int exit_ok = 0;
inline constexpr int exit_input_errors = 1;
inline constexpr int exit_failure = 2;

struct ExtractOptions {
    std::vector<std::string> paths;
    std::string format = "jsonl";
    std::string output;  // empty: standard output
    std::size_t max_bytes = default_max_bytes;
};
int run_extract(const ExtractOptions& options);

struct GraphOptions {
    std::vector<std::string> paths;
    std::string output;
    std::size_t max_bytes = default_max_bytes;
};
int run_graph(const GraphOptions& options);

}  // namespace unxref
