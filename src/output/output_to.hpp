// Writing a command's output to standard output ("" or "-") or atomically to a file.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include "output/atomic_file.hpp"

namespace unxref {

// Throws std::runtime_error when anything written to standard output was lost (closed,
// disk full, file size limit): the run must not end as if it had been written.
void check_standard_output();

// Calls write(FILE*) on standard output, or on a temporary file renamed over `path` when
// `write` returns (removed if it throws).
template <class Write>
void output_to(const std::string& path, Write&& write) {
    if (path.empty() || path == "-") {
        write(stdout);
        check_standard_output();
        return;
    }
    AtomicFile file(path);
    write(file.stream());
    file.commit();
}

// output_to for output already whole in memory (a report, a drawing).
inline void output_text(const std::string& path, std::string_view text) {
    output_to(path, [&](std::FILE* out) { std::fwrite(text.data(), 1, text.size(), out); });
}

}  // namespace unxref
