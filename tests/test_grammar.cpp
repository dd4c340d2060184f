// Stage 2a, the grammar units: symbols, numbers, dates, Treaty Series tails.
#include <catch2/catch.hpp>

#include <string>

#include "grammar.hpp"
#include "refs/symbol.hpp"

using namespace unxref;

namespace {
// Runs a grammar entry point over a whole test string; REQUIREs that it matches.
template <class Match, class Parse>
Match parsed(Parse parse, const std::string& text) {
    Match match;
    INFO(text);
    REQUIRE(parse(text.data(), text.data() + text.size(), match));
    return match;
}
}  // namespace

TEST_CASE("document symbols: canonical ids, validated series, nothing glued") {
    struct Row {
        std::string text;
        std::string id;  // "" = not a symbol
    };
    std::vector<Row> rows{
        {"A/CONF.231/1", "A/CONF.231/1"},
        {"E/2002/68/Add.1.", "E/2002/68/Add.1"},
        {"A/81/6 (Sect. 24)", "A/81/6(Sect.24)"},
        {"A/81/6 (Sect. 29B)", "A/81/6(Sect.29B)"},
        {"S/RES/2334 (2016)", "S/RES/2334(2016)"},
        {"A/67/828-S/2013/210", "A/67/828-S/2013/210"},
        {"A/RES/69/250* ", "A/RES/69/250"},
        {"A/CONF.\n231/1", "A/CONF.231/1"},  // broken across a line
        {"E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1", "E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1"},
        {"CTOC/COP/WG.4/2013/5", "CTOC/COP/WG.4/2013/5"},
        {"UNEP/EA.6/Res.15 and", "UNEP/EA.6/Res.15"},
        {"A/HRC/RES/S-16/1", "A/HRC/RES/S-16/1"},
        {"A/RES/ES-10/21", "A/RES/ES-10/21"},
        {"HIV/AIDS", ""},   // no digit
        {"and/or 2", ""},   // not a series
        {"XY/12", ""},      // unknown series, two components
        {"A/80/504abc", ""},
    };
    for (auto const& row : rows) {
        auto hit = symbol_at(row.text, 0);
        INFO(row.text);
        if (row.id.empty()) {
            CHECK_FALSE(hit.has_value());
        } else {
            REQUIRE(hit.has_value());
            CHECK(hit->id == row.id);
        }
    }
}

TEST_CASE("symbol_from_file_name reads corpus file names") {
    CHECK(symbol_from_file_name("examples/A_RES_68_192.de.md") == "A/RES/68/192");
    CHECK(symbol_from_file_name("A_CONF.231_3.de.md") == "A/CONF.231/3");
    CHECK(symbol_from_file_name("reports/A_81_6_(Sect.10).en.txt") == "A/81/6(Sect.10)");
    CHECK_FALSE(symbol_from_file_name("notes.txt").has_value());
}

TEST_CASE("resolution numbers as written") {
    struct Row {
        std::string text;
        std::string session, number, letters, paren;
    };
    std::vector<Row> rows{
        {"68/192 of", "68", "192", "", ""},
        {"S-27/2,", "S-27", "2", "", ""},
        {"43/222 A to E", "43", "222", "A-E", ""},
        {"78/250 B,", "78", "250", "B", ""},
        // parts past L: the disarmament omnibus resolutions have them (ga/A_RES_80_32: "50/70 M",
        // "54/54 S"; the corpus's highest is "53/77 X"), in ranges too
        {"50/70 M of 12 December 1995", "50", "70", "M", ""},
        {"53/77 A to Y", "53", "77", "A-Y", ""},
        {"44/116 T,", "44", "116", "T", ""},
        {"70/1 U.N. Doc.", "70", "1", "", ""},  // an initial, no part
        {"3419 A bis D (XXX)", "", "3419", "A-D", "XXX"},
        // two parts: "A and B" (ga/A_C.1_80_L.1), "B et C", "A y B"; Spanish "A al C" too
        {"36/87 A and B of 9 December 1981", "36", "87", "A-B", ""},
        {"55/5 B et C du", "55", "5", "B-C", ""},
        {"31/16 A al C", "31", "16", "A-C", ""},
        {"31/16 A y B", "31", "16", "A-B", ""},
        {"36/87 A und B", "36", "87", "A-B", ""},
        {"31/16 A and 32/1", "31", "16", "A", ""},  // the list goes on: "and" joins two numbers
        {"36/87 A and C of", "36", "87", "A", ""},  // not neighbours: "A-C" would read as A to C
        {"2334 (2016)", "", "2334", "", "2016"},
        {"501\n(1982)", "", "501", "", "1982"},
        {"217 A (III)", "", "217", "A", "III"},
        {"3362 (S-VII)", "", "3362", "", "S-VII"},
    };
    for (auto const& row : rows) {
        INFO(row.text);
        auto m = parsed<grammar::NumberMatch>(grammar::parse_number, row.text);
        CHECK(m.session == row.session);
        CHECK(m.number == row.number);
        CHECK(m.letters == row.letters);
        CHECK(m.paren == row.paren);
    }
    grammar::NumberMatch m;
    std::string budget = "2024/25a";
    CHECK_FALSE(grammar::parse_number(budget.data(), budget.data() + budget.size(), m));
}

TEST_CASE("date phrases in four languages") {
    struct Row {
        std::string text;
        int y, m, d;
    };
    std::vector<Row> rows{
        {"of 20 December 2006", 2006, 12, 20},
        {"vom 30. Juli 2010", 2010, 7, 30},
        {"vom 24. Dezember bekr", 0, 12, 24},
        {"du 15 d\xC3\xA9" "cembre 1955", 1955, 12, 15},
        {"de 15 de diciembre de 1955", 1955, 12, 15},
    };
    for (auto const& row : rows) {
        INFO(row.text);
        auto d = parsed<grammar::DateMatch>(grammar::parse_date, row.text);
        CHECK(d.year == row.y);
        CHECK(d.month == row.m);
        CHECK(d.day == row.d);
    }
}

TEST_CASE("Treaty Series tails, including multi-volume, page and malformed forms") {
    struct Row {
        std::string text;
        std::vector<std::string> volumes, numbers, pages;
        bool malformed;
    };
    std::vector<Row> rows{
        {"vol. 1833, No. 31363.", {"1833"}, {"31363"}, {}, false},
        {"Vol. 2225, Nr. 39574.", {"2225"}, {"39574"}, {}, false},
        {"vols. 2225, 2237, 2241 and 2326, No. 39574", {"2225", "2237", "2241", "2326"}, {"39574"}, {}, false},
        {"vol. 999, p. 171", {"999"}, {}, {"171"}, false},
        {"vol. 75, Nos. 970-973", {"75"}, {"970", "971", "972", "973"}, {}, false},
        {"vol. 2133, n\xC3\xBAm. 37245", {"2133"}, {"37245"}, {}, false},
        {"vol. 3175, 612.", {"3175"}, {"612"}, {}, true},
    };
    for (auto const& row : rows) {
        INFO(row.text);
        auto t = parsed<grammar::TreatyMatch>(grammar::parse_treaty, row.text);
        CHECK(t.volumes == row.volumes);
        CHECK(t.numbers == row.numbers);
        CHECK(t.pages == row.pages);
        CHECK(t.malformed == row.malformed);
    }
}
