// Shared test helpers: reading repository files, finding references by kind.
#pragma once

#include <unistd.h>

#include <cstdlib>
#include <catch2/catch.hpp>

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

// Compares `actual` with the golden file at `golden_path` (from the repository root), or
// rewrites the file when UNXREF_UPDATE_GOLDEN is set (then review the diff).
inline void check_golden(const std::string& golden_path, const std::string& actual) {
    if (std::getenv("UNXREF_UPDATE_GOLDEN"))
        std::ofstream(std::string(UNXREF_SOURCE_DIR) + "/" + golden_path, std::ios::binary) << actual;
    INFO(golden_path);
    CHECK(actual == read_repo_file(golden_path));
}

inline std::vector<Reference> of_kind(const Extraction& x, Kind kind) {
    std::vector<Reference> out;
    for (auto const& r : x.references)
        if (r.kind == kind) out.push_back(r);
    return out;
}

// The ids of the citations (resolution, decision, document, treaty), in text order.
inline std::vector<std::string> citation_ids(const Extraction& x) {
    std::vector<std::string> ids;
    for (auto const& r : x.references)
        if (is_citation(r.kind)) ids.push_back(r.id);
    return ids;
}

inline std::vector<std::string> ids_of_kind(const Extraction& x, Kind kind) {
    std::vector<std::string> out;
    for (auto const& r : of_kind(x, kind)) out.push_back(r.id);
    return out;
}

}  // namespace unxref::test
