// Stage 2c, footnotes and Ibid.: the two German documents and the GA oceans resolution.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "helpers.hpp"

using namespace unxref;
using namespace unxref::test;

TEST_CASE("A/RES/68/192 (de): all of its references and no others") {
    Extraction x = extract("examples/A_RES_68_192.de.md", read_repo_file("examples/A_RES_68_192.de.md"));
    CHECK(x.document.symbol == "A/RES/68/192");
    CHECK(x.document.language == "de");
    auto resolutions = ids_of_kind(x, Kind::resolution);
    CHECK(resolutions.size() == 20);
    CHECK(std::set<std::string>(resolutions.begin(), resolutions.end()).size() == 20);
    CHECK(ids_of_kind(x, Kind::document) ==
          std::vector<std::string>{"A/68/457", "A/68/53", "E/2002/68/Add.1", "A/HRC/23/48", "A/68/127",
                                   "CTOC/COP/2012/15", "CTOC/COP/WG.4/2013/5"});
    auto treaties = of_kind(x, Kind::treaty);
    REQUIRE(treaties.size() == 4);
    CHECK(std::count_if(treaties.begin(), treaties.end(), [](auto& t) { return t.status == "ibid"; }) == 3);
    auto definitions = of_kind(x, Kind::footnote);
    CHECK(definitions.size() == 15);
    for (auto const& d : definitions) CHECK(d.status == "paired");
    for (auto const& m : of_kind(x, Kind::footnote_marker)) CHECK(m.status == "paired");
    for (auto const& i : of_kind(x, Kind::ibid)) CHECK(i.status == "resolved");
    CHECK(ids_of_kind(x, Kind::ibid) == std::vector<std::string>{"UNTS:2237:39574", "UNTS:2171:27531", "UNTS:266:3822"});
}

TEST_CASE("A/CONF.231/3 (de): placeholder links and the * note") {
    Extraction x = extract("examples/A_CONF.231_3.de.md", read_repo_file("examples/A_CONF.231_3.de.md"));
    CHECK(x.document.symbol == "A/CONF.231/3");  // from the file name: the masthead is garbled
    auto resolutions = ids_of_kind(x, Kind::resolution);
    CHECK(std::set<std::string>(resolutions.begin(), resolutions.end()) ==
          std::set<std::string>{"A/RES/72/244", "A/RES/71/280"});
    CHECK(ids_of_kind(x, Kind::document) == std::vector<std::string>{"A/CONF.231/1"});
    auto links = of_kind(x, Kind::link);
    REQUIRE(links.size() == 5);
    for (auto const& l : links) CHECK(l.status == "placeholder");
    auto markers = of_kind(x, Kind::footnote_marker);
    REQUIRE(markers.size() == 1);
    CHECK(markers[0].footnote == "*");
    CHECK(markers[0].status == "paired");
    CHECK(of_kind(x, Kind::footnote).size() == 1);
}

TEST_CASE("A/RES/80/110 (en, PDF text): glued and spaced markers, Ibid. chains, a malformed citation") {
    Extraction x = extract("tests/data/A_RES_80_110.en.txt", read_repo_file("tests/data/A_RES_80_110.en.txt"));
    CHECK(x.document.symbol == "A/RES/80/110");
    auto markers = of_kind(x, Kind::footnote_marker);
    auto find_marker = [&](const std::string& label) {
        return std::find_if(markers.begin(), markers.end(), [&](auto& m) { return m.footnote == label; });
    };
    // "(the Convention),1", "Agenda 21, 6 ", "Peoples 8  in", "July 2015,10", "Agreement); 15 ",
    // "resolution 5/14,120 and" (after a resolution's comma), "… of the Sea, 1964, 171 and" (a
    // year that ends a name)
    for (std::string label : {"1", "6", "8", "10", "15", "120", "171"}) {
        INFO("marker " << label);
        CHECK(find_marker(label) != markers.end());
    }
    // the running header repeats the symbol: never a citation of itself
    for (auto const& r : x.references) CHECK(r.id != "A/RES/80/110");
    auto ibids = of_kind(x, Kind::ibid);
    auto by_note = [&](const std::string& label) {
        return *std::find_if(ibids.begin(), ibids.end(), [&](auto& i) { return i.footnote == label; });
    };
    CHECK(by_note("15").id == "UNTS:2167:37924");
    CHECK_THAT(by_note("39").status, Catch::StartsWith("unresolved: footnote 38 cites several"));
    CHECK(by_note("55").status == "unresolved: malformed Treaty Series citation");
    CHECK(by_note("67").status == "unresolved: footnote 66 cites nothing");
    auto treaties = of_kind(x, Kind::treaty);
    CHECK(std::any_of(treaties.begin(), treaties.end(),
                      [](auto& t) { return t.id == "UNTS:3175" && t.status.starts_with("malformed"); }));
}

// PDF text spaces a superscript marker: after a date's year it stood as a spaced number the
// pairing did not take (the UN's text glues it: "202113 and"), so 195 notes of ga/ and 180
// of the PDFs were "unlocated" and their citations took no relation.
TEST_CASE("a marker spaced after a date's year is paired, and a number after 'another' is none") {
    std::string text =
        "Recalling the Convention on Psychotropic Substances of 1971, 1 the United Nations Convention,\n"
        "Recalling Council resolutions 57/29 of 11 October 2024 2 on the right to privacy, 38/7 of 5 July 2018, 3 47/16\n"
        "of 13 July 2021, and the statement of the President of the Council of 12 February 2013, 4\n"
        "in which the Council reiterated its call, for another 5 years, in 2019, 5 countries and on 1 May 2020, 5 the\n"
        "r\xC3\xA9solution 61/295 du 13 septembre 2007 6 et\n"  // the date grammar's month names, in four languages
        "Recalling resolutions 40/1 of 22 March 2019 7, 46/17 of 23 March 2021,\n"  // the list's comma after it
        "\n"
        "__________________\n"
        "1 United Nations, Treaty Series, vol. 1019, No. 14956.\n"
        "2 See A/HRC/57/1.\n"
        "3 See A/HRC/38/1.\n"
        "4 S/PRST/2013/2.\n"
        "5 A/75/1.\n"
        "6 A/61/PV.107.\n"
        "7 A/74/53.\n";
    Extraction x = extract("A_RES_1_1.en.txt", text);
    std::vector<std::pair<std::string, std::string>> got;  // label, the text after the marker
    for (auto const& m : of_kind(x, Kind::footnote_marker)) got.emplace_back(m.footnote, text.substr(m.end, 4));
    std::vector<std::pair<std::string, std::string>> expected{
        {"1", " the"}, {"2", " on "}, {"3", " 47/"}, {"4", "\nin "}, {"5", " the"}, {"6", " et\n"}, {"7", ", 46"}};
    CHECK(got == expected);
    auto definitions = of_kind(x, Kind::footnote);
    REQUIRE(definitions.size() == 7);
    for (auto const& d : definitions) CHECK(d.status == "paired");
    // a number after a date that is a count ("as at 31 December 2023 2 countries") is taken only
    // where no other place fits the marker (the review's case)
    std::string count = "Noting that as at 31 December 2023 2 countries had not ratified the Minamata Convention on "
                        "Mercury, 2 which entered into force,\n\n__________________\n2 Ibid., vol. 3202, No. 54669.\n";
    Extraction z = extract("A_RES_1_1.en.txt", count);
    auto two = of_kind(z, Kind::footnote_marker);
    REQUIRE(two.size() == 1);
    CHECK(count.substr(two[0].begin - 9, 10) == "Mercury, 2");
    // A/RES/78/190: "… of 16 April 2004 4  and …" (unlocated before)
    std::string real = test::read_repo_file("tests/data/A_RES_78_190.en.txt");
    Extraction y = extract("A_RES_78_190.en.txt", real);
    auto markers = of_kind(y, Kind::footnote_marker);
    auto four = std::find_if(markers.begin(), markers.end(), [](auto const& m) { return m.footnote == "4"; });
    REQUIRE(four != markers.end());
    CHECK(real.substr(four->begin - 5, 7) == "2004 4 ");
}

// ga/A_C.2_80_L.48: the marker of note 16 glued to "COVID-19" ("on COVID-1916 and commits");
// unpaired before, which the audit reported as a definition without marker.
TEST_CASE("a marker glued to COVID-19 or Agenda 21 is paired") {
    struct Row {
        std::string file;
        std::string glued;  // the name and the marker as they stand
    };
    const Row rows[] = {
        {"tests/data/A_C.2_80_L.48.en.txt", "COVID-1916"},
        {"tests/data/A_RES_80_150.en.txt", "COVID\xE2\x80\x91" "1916"},  // with a non-breaking hyphen
    };
    for (auto const& row : rows) {
        INFO(row.file);
        std::string text = test::read_repo_file(row.file);
        Extraction x = extract(row.file, text);
        bool found = false;
        for (auto const& m : test::of_kind(x, Kind::footnote_marker)) {
            if (m.footnote != "16") continue;
            found = true;
            CHECK(text.substr(m.end - row.glued.size(), row.glued.size()) == row.glued);
            CHECK(m.status == "paired");
        }
        CHECK(found);
    }
}

TEST_CASE("a note whose number stands alone in its page body but where no marker fits is unlocated, not unreferenced") {
    // A/RES/80/110: "… off the coast of Somalia since 2011 66 \nresulting …" — a bare number after a
    // year that is no date's is not taken for a marker, but the audit must not call the note
    // unreferenced: the extractor says which it is
    std::string text = test::read_repo_file("tests/data/A_RES_80_110.en.txt");
    Extraction x = extract("A_RES_80_110.en.txt", text);
    std::string status_of_66;
    for (auto const& d : test::of_kind(x, Kind::footnote))
        if (d.footnote == "66") status_of_66 = d.status;
    CHECK(status_of_66 == "unlocated");
    // a note whose number stands nowhere in the body stays unreferenced
    Extraction lone = extract("t.txt", "The Assembly decides.\n\n__________________\n1 A note nothing cites.\n");
    auto notes = test::of_kind(lone, Kind::footnote);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].status == "unreferenced");
}

TEST_CASE("footnote numbers of four digits: a long report's notes past 999 are notes too") {
    // A/RES/80/110 forty times over, its notes numbered on from copy to copy (1 to 40 x 27)
    std::string path = "tests/data/A_RES_80_110.en.txt";
    std::string text = test::read_repo_file(path);
    Extraction once = extract(path, text);
    std::vector<const Reference*> labels;  // the digits of markers and definitions, last first
    int notes = 0;
    for (auto const& r : once.references) {
        if ((r.kind != Kind::footnote_marker && r.kind != Kind::footnote) || r.footnote == "*") continue;
        labels.push_back(&r);
        notes = std::max(notes, std::stoi(r.footnote));
    }
    std::sort(labels.begin(), labels.end(), [](auto* a, auto* b) { return a->begin > b->begin; });
    auto numbered_from = [&](int shift) {
        std::string copy = text;
        for (auto const* r : labels) {
            std::size_t at = r->kind == Kind::footnote ? r->begin : r->end - r->footnote.size();
            REQUIRE(copy.compare(at, r->footnote.size(), r->footnote) == 0);
            copy.replace(at, r->footnote.size(), std::to_string(std::stoi(r->footnote) + shift));
        }
        return copy;
    };
    constexpr int copies = 40;
    std::string report;
    for (int c = 0; c < copies; ++c) report += numbered_from(c * notes) + "\n";
    REQUIRE(copies * notes > 1000);
    // "unlocated" says a note's bare number stands in the text elsewhere: raised numbers do not
    auto statuses = [](const Extraction& x) {
        std::map<std::string, std::string> out;  // "footnote_marker 1012" -> "paired"
        for (auto const& r : x.references)
            if ((r.kind == Kind::footnote || r.kind == Kind::footnote_marker) && r.footnote != "*")
                out[fmt::format("{} {}", to_string(r.kind), r.footnote)] = r.status == "unlocated" ? "unreferenced" : r.status;
        return out;
    };
    auto single = statuses(once), all = statuses(extract(path, report));
    CHECK(all.size() == copies * single.size());
    for (auto const& [key, status] : single) {  // the last copy's notes, all past 999, behave as the originals
        auto space = key.find(' ');
        std::string raised = key.substr(0, space + 1) + std::to_string(std::stoi(key.substr(space + 1)) + (copies - 1) * notes);
        INFO(raised);
        CHECK(all[raised] == status);
    }
}
