// Stage 1, layout: what tells a Markdown export, wherever it stands in the 32-byte blocks
// the pass reads.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

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
        // brackets beside parentheses in PDF text are no link: an empty or spaced target,
        // or none before the line ends (A/CN.4/680, Arabic: "المادة [18]() من")
        CHECK_FALSE(analyse_layout(before + " [18]() " + std::string(40, 'b'), "").markdown);
        CHECK_FALSE(analyse_layout(before + " [a](b c) " + std::string(40, 'b'), "").markdown);
        CHECK_FALSE(analyse_layout(before + " [a](b\nc) " + std::string(40, 'b'), "").markdown);
        CHECK_FALSE(analyse_layout(before + " x](" + std::string(40, 'b'), "").markdown);
        // a destination with parentheses, or with a title, is a link
        CHECK(analyse_layout(before + " [2334](https://undocs.org/S/RES/2334(2016)) " + std::string(40, 'b'), "").markdown);
        CHECK(analyse_layout(before + " [70/1](https://undocs.org/A/RES/70/1 \"title\") " + std::string(40, 'b'), "").markdown);
    }
    CHECK(analyse_layout("# Resolution 68/192", "").markdown);
}

TEST_CASE("line starts are found at every offset, and none after a final line feed") {
    for (std::size_t lead = 0; lead < 70; ++lead) {
        for (std::string tail : {"", "\n", "x\n\nlast"}) {
            std::string text = std::string(lead, 'a') + "\n" + std::string(lead % 7, 'b') + "\n" + std::string(33, 'c') + tail;
            std::vector<std::size_t> expected{0};
            for (std::size_t i = 0; i + 1 < text.size(); ++i)
                if (text[i] == '\n') expected.push_back(i + 1);
            INFO("after " << lead << " bytes, tail " << tail.size());
            CHECK(analyse_layout(text, "").line_starts == expected);
        }
    }
}
