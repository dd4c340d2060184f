// Turning the PATH arguments into the list of files to read.
#pragma once

#include <string>
#include <vector>

#include "text/source.hpp"

namespace unxref {

struct Inputs {
    std::vector<std::string> files;   // in a deterministic order: arguments as given, folders sorted
    std::vector<LoadError> errors;    // folders or lists that cannot be read, with the reason
    std::vector<std::string> repeated;  // files named more than once: read once, where first named
};

// Files are taken as given; folders are walked recursively for regular files
// (hidden entries skipped, names sorted); "-" stands for standard input; "@LIST" is
// replaced by the paths LIST holds, one a line. A file named twice is read once.
Inputs collect_inputs(const std::vector<std::string>& paths);

}  // namespace unxref
