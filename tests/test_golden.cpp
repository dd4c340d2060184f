// Golden JSONL for the shipped examples: the whole output contract, byte for byte.
// Regenerate after an intended change with UNXREF_UPDATE_GOLDEN=1 and review the diff.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

#include "helpers.hpp"
#include "output/write.hpp"

using namespace unxref;
using namespace unxref::test;

namespace {
std::string jsonl(const std::string& path) {
    std::string text = read_repo_file(path);
    Extraction x = extract(path, text);
    std::string out = document_json(x.document) + "\n";
    for (auto const& r : x.references) out += reference_json(path, text, r) + "\n";
    return out;
}
}  // namespace

TEST_CASE("golden JSONL of the examples") {
    for (std::string name : {"A_RES_68_192.de.md", "A_CONF.231_3.de.md"}) {
        std::string actual = jsonl("examples/" + name);
        std::string golden_path = "tests/golden/" + name + ".jsonl";
        if (std::getenv("UNXREF_UPDATE_GOLDEN")) {
            std::ofstream(std::string(UNXREF_SOURCE_DIR) + "/" + golden_path, std::ios::binary) << actual;
        }
        INFO(golden_path);
        CHECK(actual == read_repo_file(golden_path));
    }
}
