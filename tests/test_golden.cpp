// Golden JSONL for the shipped examples: the whole output contract, byte for byte.
// Regenerate after an intended change with UNXREF_UPDATE_GOLDEN=1 and review the diff.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

#include "helpers.hpp"
#include "output/write.hpp"

using namespace unxref;
using namespace unxref::test;

TEST_CASE("golden JSONL of the examples") {
    for (std::string name : {"A_RES_68_192.de.md", "A_CONF.231_3.de.md"}) {
        std::string path = "examples/" + name;
        std::string text = read_repo_file(path);
        // the writer `unxref extract` uses
        check_golden("tests/golden/" + name + ".jsonl", render_extraction(extract(path, text), text, Format::jsonl));
    }
}
