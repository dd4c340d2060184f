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
    std::vector<std::string> set_aside;  // the -o file, found in a folder being read: not read
    std::vector<std::string> named;  // the paths as named: arguments, and those of @LIST files
};

// Files are taken as given; folders are walked recursively for regular files
// (hidden entries skipped, names sorted); "-" stands for standard input; "@LIST" is
// replaced by the paths LIST holds, one a line. A file named twice is read once.
Inputs collect_inputs(const std::vector<std::string>& paths);

// Says on standard error which files are read once though named twice, and which are set
// aside as the -o file (the errors are the caller's to report, and count).
void report_skipped(const Inputs& inputs);

// The -o file among the inputs would be replaced by a run that reads it first (`unxref extract
// doc.txt -o doc.txt` lost the document). Named (as an argument, in an @LIST file, or as "-",
// standard input redirected from it), it stops the run: throws std::runtime_error. Found by
// walking a folder (the previous run's output), it is set aside. Files are compared by device
// and inode.
void set_aside_output(Inputs& inputs, const std::string& output);

// The same stop for a command that reads the files it names (compare): throws when `output`
// is one of `named`.
void refuse_output_among(const std::vector<std::string>& named, const std::string& output);

}  // namespace unxref
