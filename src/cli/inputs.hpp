// Turning the PATH arguments into the list of files to read.
#pragma once

#include <string>
#include <vector>

namespace unxref {

struct Inputs {
    std::vector<std::string> files;   // in a deterministic order: arguments as given, folders sorted
    std::vector<std::string> errors;  // "PATH: reason" for arguments that do not exist
};

// Files are taken as given; folders are walked recursively for regular files
// (hidden entries skipped, names sorted); "-" stands for standard input; "@LIST" is
// replaced by the paths LIST holds, one a line.
Inputs collect_inputs(const std::vector<std::string>& paths);

}  // namespace unxref
