// The anchor pass: every needle is found both by the 32-byte SIMD loop and by the scalar
// tail that handles the last bytes, and the SIMD pass finds what the portable one finds.
#include <catch2/catch.hpp>

#include <string>

#include "refs/anchors.hpp"
#include "helpers.hpp"
#include "text/cpu.hpp"

using namespace unxref;
using unxref::test::read_repo_file;

TEST_CASE("each anchor needle is found in the SIMD part and in the tail") {
    struct Row {
        std::string word;        // a keyword as it stands in text
        std::size_t needle_at;   // where its needle starts within the word
        AnchorKind kind;
    };
    const Row rows[] = {
        {"resolution", 1, AnchorKind::act_keyword},
        {"r\xC3\xA9solution", 1, AnchorKind::act_keyword},
        {"decision", 1, AnchorKind::act_keyword},
        {"d\xC3\xA9" "cision", 1, AnchorKind::act_keyword},
        {"Beschluss", 0, AnchorKind::act_keyword},
        {"Treaty Series", 0, AnchorKind::treaty},
        {"Recueil des Trait\xC3\xA9s", 0, AnchorKind::treaty},
        {"Ibid", 0, AnchorKind::ibid},
        {"Ib\xC3\xAD" "d.", 0, AnchorKind::ibid},
        {"ibid.", 0, AnchorKind::ibid},
        {"Ebd.", 0, AnchorKind::ibid},
        {"\xD1\x80\xD0\xB5\xD0\xB7\xD0\xBE\xD0\xBB\xD1\x8E\xD1\x86\xD0\xB8\xD1\x8F", 2, AnchorKind::act_keyword},  // резолюция
        {"\xD8\xA7\xD9\x84\xD9\x82\xD8\xB1\xD8\xA7\xD8\xB1", 4, AnchorKind::act_keyword},                      // القرار
        {"\xE5\x8F\xB7\xE5\x86\xB3\xE8\xAE\xAE", 0, AnchorKind::act_suffix},                                    // 号决议
        {"/", 0, AnchorKind::slash},
    };
    // every alignment to the 32-byte blocks, with and without bytes after the word: the key
    // falls in a block for some and in the scalar tail for others
    for (auto const& row : rows) {
        for (std::size_t lead = 0; lead < 64; ++lead)
        for (std::size_t trail : {std::size_t{0}, std::size_t{20}}) {
            std::string text = std::string(lead, ' ') + row.word + std::string(trail, ' ');
            INFO(row.word << " after " << lead << " bytes, " << trail << " after");
            for (auto const& anchors : {find_anchors(text), detail::find_anchors_portable(text)}) {
                REQUIRE(anchors.size() == 1);
                CHECK(anchors[0].pos == lead + row.needle_at);
                CHECK(anchors[0].kind == row.kind);
            }
        }
    }
}

TEST_CASE("the SIMD anchor pass agrees with the portable one on real documents") {
    // without AVX2 the "SIMD" pass is the portable one: this would compare it with itself
    if (!cpu_has_avx2()) WARN("no AVX2 on this CPU: the SIMD pass is not tested");
    for (std::string file : {"tests/data/A_RES_80_110.en.txt", "tests/data/S_RES_687_(1991).en.txt",
                             "examples/A_RES_68_192.de.md", "tests/data/multilingual/S_2015_52.ru.txt",
                             "tests/data/multilingual/S_2015_52.ar.txt", "tests/data/multilingual/S_2015_52.zh.txt"}) {
        INFO(file);
        std::string text = read_repo_file(file);
        auto simd = find_anchors(text);
        auto portable = detail::find_anchors_portable(text);
        CHECK(!simd.empty());
        REQUIRE(simd.size() == portable.size());
        for (std::size_t i = 0; i < simd.size(); ++i) {
            CHECK(simd[i].pos == portable[i].pos);
            CHECK(simd[i].kind == portable[i].kind);
        }
    }
}
