// unxref treaties: instruments, names as the citing text gives them, golden table/CSV/JSON.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

#include "analyses/treaties.hpp"
#include "helpers.hpp"
#include "output/treaty_table.hpp"

using namespace unxref;
using namespace unxref::test;

namespace {

std::vector<Treaty> treaties_of(const std::vector<std::string>& paths) {
    TreatyIndex index;
    for (auto const& path : paths) {
        std::string text = read_repo_file(path);
        index.add(treaty_citations(extract(path, text), text));
    }
    return index.treaties();
}

const Treaty* find(const std::vector<Treaty>& treaties, const std::string& id) {
    for (auto const& t : treaties)
        if (t.id == id) return &t;
    return nullptr;
}

}  // namespace

TEST_CASE("German names before the footnote markers of A/RES/68/192") {
    auto treaties = treaties_of({"examples/A_RES_68_192.de.md"});
    REQUIRE(treaties.size() == 4);
    auto const* untoc = find(treaties, "UNTS:2225:39574");
    REQUIRE(untoc);
    CHECK(untoc->volume == "2225");
    CHECK(untoc->number == "39574");
    CHECK(untoc->name == "\xC3\x9C" "bereinkommen der Vereinten Nationen gegen die grenz\xC3\xBC" "berschreitende "
                         "organisierte Kriminalit\xC3\xA4t");
    REQUIRE(untoc->citations.size() == 1);
    CHECK(untoc->citations[0].document == "A/RES/68/192");
    CHECK(untoc->citations[0].footnote == "4");
    // the trafficking protocol: same number, later volume, cited through "Ebd."; its name is the
    // protocol's, not the convention's it supplements
    auto const* protocol = find(treaties, "UNTS:2237:39574");
    REQUIRE(protocol);
    CHECK(protocol->citations[0].through_ibid);
    CHECK(protocol->name.starts_with("Zusatzprotokoll zur Verh\xC3\xBCtung"));
}

TEST_CASE("English names and counts on A/RES/80/110") {
    auto treaties = treaties_of({"tests/data/A_RES_80_110.en.txt", "tests/data/A_RES_80_110.en.txt"});
    auto const* cbd = find(treaties, "UNTS:1760:30619");
    REQUIRE(cbd);
    CHECK(cbd->name == "Convention on Biological Diversity");
    CHECK(cbd->citations.size() == 2);  // the file read twice
    auto const* cms = find(treaties, "UNTS:1651:28395");
    REQUIRE(cms);
    CHECK(cms->name == "Convention on the Conservation of Migratory Species of Wild Animals");
    // the malformed "Ibid., vol. 3175, 612" is no instrument
    for (auto const& t : treaties) CHECK(t.volume != "3175");
}

TEST_CASE("treaty_name_before reads back to the clause start") {
    std::string text = "Recalling the United Nations Convention against Transnational Organized Crime,4 and";
    CHECK(treaty_name_before(text, text.find(",4") + 1, 0) ==
          "United Nations Convention against Transnational Organized Crime");
    std::string fr = "Rappelant la Convention des Nations Unies sur le droit de la mer<sup>2</sup>";
    CHECK(treaty_name_before(fr, fr.find("<sup>"), 0) == "Convention des Nations Unies sur le droit de la mer");
}

TEST_CASE("golden treaty table, CSV and JSON for the examples") {
    auto treaties = treaties_of({"examples/A_CONF.231_3.de.md", "examples/A_RES_68_192.de.md"});
    test::check_golden("tests/golden/treaties/examples.txt", treaties_table(treaties));
    test::check_golden("tests/golden/treaties/examples.csv", treaties_csv(treaties));
    test::check_golden("tests/golden/treaties/examples.json", treaties_json(treaties));
}
