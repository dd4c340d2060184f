// The key scanner under the anchor pass and the clause verbs: its SIMD pass gives the same
// places as the one-byte-at-a-time pass on real text and on any range of it, and every
// clause phrase is read through it, wherever it falls in the 32-byte blocks.
#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <vector>

#include "helpers.hpp"
#include "refs/extract.hpp"
#include "refs/relation.hpp"
#include "text/cpu.hpp"
#include "text/key_scan.hpp"
#include "text/layout.hpp"

using namespace unxref;
using unxref::test::read_repo_file;

TEST_CASE("the SIMD key scan agrees with the portable one, on whole texts and ranges") {
    // without AVX2 find() is the portable pass: this would compare it with itself
    if (!cpu_has_avx2()) WARN("no AVX2 on this CPU: the SIMD pass is not tested");
    // a bucket of its own for a one-byte key; a bucket whose keys share bytes
    const KeyScanner anywhere({{"Rec", 0}, {"rec", 0}, {"Rea", 0}, {"not", 1}, {"/", 2}, {"\xC3\xA9", 3}}, false);
    const KeyScanner word_starts({{"Rec", 0}, {"rec", 0}, {"Rea", 0}, {"not", 1}, {"/", 2}, {"\xC3\xA9", 3}}, true);
    for (std::string file : {"tests/data/A_RES_80_110.en.txt", "examples/A_RES_68_192.de.md",
                             "tests/data/multilingual/S_2015_52.fr.txt"}) {
        std::string text = read_repo_file(file);
        for (const KeyScanner* scanner : {&anywhere, &word_starts}) {
            for (auto [from, to] : {std::pair<std::size_t, std::size_t>{0, text.size()}, {1, text.size() - 1},
                                    {37, 1000}, {0, 31}, {text.size() - 40, text.size()}, {500, 517}}) {
                INFO(file << " [" << from << ", " << to << ")" << (scanner == &word_starts ? " word starts" : ""));
                std::vector<std::size_t> simd, portable;
                scanner->find(text, from, to, simd);
                scanner->find_portable(text, from, to, portable);
                CHECK(simd == portable);
                if (to - from > 900 && scanner == &anywhere) CHECK(!simd.empty());
            }
        }
    }
}

TEST_CASE("a key of no or more than three bytes, or a bucket past 7, is refused") {
    CHECK_THROWS_AS(KeyScanner({{"", 0}}, false), std::invalid_argument);
    CHECK_THROWS_AS(KeyScanner({{"Recall", 0}}, false), std::invalid_argument);
    CHECK_THROWS_AS(KeyScanner({{"Rec", 8}}, false), std::invalid_argument);
    CHECK_NOTHROW(KeyScanner({{"/", 7}, {"Rec", 0}}, false));
}

TEST_CASE("a place is given only where a bucket's bytes stand, and at word starts when asked") {
    const KeyScanner anywhere({{"not", 1}}, false), word_starts({{"not", 1}}, true);
    std::string text = std::string(40, ' ') + "cannot note" + std::string(40, ' ');
    std::vector<std::size_t> a, w;
    anywhere.find(text, 0, text.size(), a);
    word_starts.find(text, 0, text.size(), w);
    CHECK(a == std::vector<std::size_t>{43, 47});
    CHECK(w == std::vector<std::size_t>{47});
}

TEST_CASE("each clause phrase is read at every alignment to the scanner's blocks") {
    struct Row {
        std::string phrase;
        Relation relation;
    };
    // one or more of each scanner bucket, and each phrase whose key is not its first word
    const Row rows[] = {
        {"Recalling", Relation::recalls},
        {"rappelant", Relation::recalls},
        {"unter Hinweis auf", Relation::recalls},
        {"erinnernd an", Relation::recalls},
        {"R\xC3\xA9" "affirmant", Relation::reaffirms},
        {"bekr\xC3\xA4" "ftigt", Relation::reaffirms},
        {"Welcoming", Relation::welcomes},
        {"Se f\xC3\xA9licitant de", Relation::welcomes},
        {"Acogiendo con benepl\xC3\xA1" "cito", Relation::welcomes},
        {"begr\xC3\xBC\xC3\x9Ft", Relation::welcomes},
        {"Noting", Relation::takes_note},
        {"nimmt Kenntnis von", Relation::takes_note},
        {"Tomando nota de", Relation::takes_note},
        {"[on the report of the Third Committee", Relation::based_on_report},
        {"[sur le rapport de la Troisi\xC3\xA8me Commission", Relation::based_on_report},
        {"[aufgrund des Berichts des Dritten Ausschusses", Relation::based_on_report},
        {"[sobre la base del informe de la Tercera Comisi\xC3\xB3n", Relation::based_on_report},
        {"Decides", Relation::other},
        {"Unrecalling", Relation::other},  // not at a word start
    };
    for (auto const& row : rows) {
        for (std::size_t lead = 0; lead < 40; ++lead) {
            std::string text = std::string(lead, ' ') + row.phrase + " the resolution 68/192";
            INFO(text);
            Layout layout = analyse_layout(text, "");
            ClauseReader clauses(text, layout);
            CHECK(clauses.at(text.find("68/192")) == row.relation);
        }
    }
}
