// Extraction of any prefix of a real document: a file can end anywhere (a truncated
// download, a PDF page cut), and every rule that looks ahead must stop at the end.
// Security Council resolution 869 (1993) ends in "Decision" with no line break: the
// mandate-table check once read past the end there and aborted a whole corpus run.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "helpers.hpp"
#include "text/chars.hpp"

using namespace unxref;

namespace {

// Every reference lies inside the text and has a 1-based place.
bool in_bounds(const Extraction& x, std::size_t size) {
    for (auto const& r : x.references)
        if (r.begin > r.end || r.end > size || r.line < 1 || r.column < 1) return false;
    return true;
}

// A cut right after a word of six letters or more ("Decision", "resolution", "Series"):
// where keyword rules start looking ahead.
bool after_long_word(const std::string& text, std::size_t k) {
    if (k < 6 || (k < text.size() && chars::is_letter_byte(text[k]))) return false;
    for (std::size_t i = k - 6; i < k; ++i)
        if (!chars::is_letter_byte(text[i])) return false;
    return true;
}

}  // namespace

TEST_CASE("every prefix that ends after a long word extracts without error", "[robustness]") {
    auto file = GENERATE(as<std::string>{}, "examples/A_RES_68_192.de.md", "examples/A_CONF.231_3.de.md",
                         "tests/data/A_RES_80_110.en.txt", "tests/data/S_RES_869_(1993).en.txt");
    const std::string text = test::read_repo_file(file);
    REQUIRE(!text.empty());
    std::size_t cuts = 0;
    for (std::size_t k = 1; k <= text.size(); ++k) {
        bool step = k % 211 == 0;  // and cuts inside words, numbers and UTF-8 sequences
        if (!after_long_word(text, k) && !step) continue;
        std::string_view prefix(text.data(), k);
        INFO(file << " cut at byte " << k);
        Extraction x;
        REQUIRE_NOTHROW(x = extract(file, prefix));
        REQUIRE(in_bounds(x, k));
        ++cuts;
    }
    CHECK(cuts > text.size() / 211);
}
