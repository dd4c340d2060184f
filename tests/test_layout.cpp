// Stage 1, layout: what tells a Markdown export, wherever it stands in the 32-byte blocks
// the pass reads.
#include <catch2/catch.hpp>

#include <string>

#include "text/layout.hpp"

using namespace unxref;

TEST_CASE("Markdown marks are seen at every offset, and look-alikes are not marks") {
    for (std::size_t lead = 0; lead < 70; ++lead) {
        std::string before(lead, 'a');
        INFO("after " << lead << " bytes");
        CHECK(analyse_layout(before + " see<sup>1</sup>" + std::string(40, 'b'), "").markdown);
        CHECK(analyse_layout(before + " [A/68/457](#) " + std::string(40, 'b'), "").markdown);
        CHECK(analyse_layout(before + "\n# Resolution\n" + std::string(40, 'b'), "").markdown);
        CHECK_FALSE(analyse_layout(before + " a#b <sub> x] (y) #1" + std::string(40, 'b'), "").markdown);
    }
    CHECK(analyse_layout("# Resolution 68/192", "").markdown);
}
