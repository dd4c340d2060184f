// Writing a command's output to standard output ("" or "-") or atomically to a file.
#pragma once

#include <cstdio>
#include <string>

#include "output/atomic_file.hpp"

namespace unxref {

// Calls write(FILE*) on standard output, or on a temporary file renamed over `path` when
// `write` returns (removed if it throws).
template <class Write>
void output_to(const std::string& path, Write&& write) {
    if (path.empty() || path == "-") {
        write(stdout);
        std::fflush(stdout);
        return;
    }
    AtomicFile file(path);
    write(file.stream());
    file.commit();
}

}  // namespace unxref
