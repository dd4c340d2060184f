// Shared test helpers: reading repository files, finding references by kind.
#pragma once

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "refs/extract.hpp"

namespace unxref::test {

inline std::string read_repo_file(const std::string& relative) {
    std::ifstream in(std::string(UNXREF_SOURCE_DIR) + "/" + relative, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// A fresh file name under /tmp (mkstemp: no race with another process taking the name).
inline std::string temp_path() {
    char name[] = "/tmp/unxref_test_XXXXXX";
    int fd = ::mkstemp(name);
    if (fd >= 0) ::close(fd);
    return name;
}

inline std::vector<Reference> of_kind(const Extraction& x, Kind kind) {
    std::vector<Reference> out;
    for (auto const& r : x.references)
        if (r.kind == kind) out.push_back(r);
    return out;
}

inline std::vector<std::string> ids_of_kind(const Extraction& x, Kind kind) {
    std::vector<std::string> out;
    for (auto const& r : of_kind(x, kind)) out.push_back(r.id);
    return out;
}

}  // namespace unxref::test
