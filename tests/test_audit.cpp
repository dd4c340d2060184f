// unxref audit: every finding code on the real document where it occurs (tests/data, examples),
// the few codes the corpus never shows on a real sentence with the defect put in, no finding on
// a clean document, and golden text/JSON/SARIF output.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>

#include "analyses/audit/audit.hpp"
#include "analyses/audit/sessions.hpp"
#include "helpers.hpp"
#include "output/findings.hpp"

using namespace unxref;
using namespace unxref::test;
using audit::Finding;

namespace {

std::vector<Finding> audit_file(const std::string& path) {
    std::string text = read_repo_file(path);
    return audit::audit_document(extract(path, text), text);
}

std::vector<Finding> audit_text(const std::string& text, const std::string& path = "test.txt") {
    return audit::audit_document(extract(path, text), text);
}

std::vector<Finding> with_code(const std::vector<Finding>& findings, std::string_view code) {
    std::vector<Finding> out;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(out), [&](const Finding& f) { return f.code == code; });
    return out;
}

std::string span(const std::string& path, const Finding& f) {
    return read_repo_file(path).substr(f.begin, f.end - f.begin);
}

std::string fixed(const std::string& text, const Finding& f) {
    REQUIRE(f.fix);
    std::string out = text;
    out.replace(f.fix->begin, f.fix->end - f.fix->begin, f.fix->replacement);
    return out.substr(f.begin, f.end - f.begin + f.fix->replacement.size() - (f.fix->end - f.fix->begin));
}

const std::vector<std::string> golden_inputs = {
    "examples/A_CONF.231_3.de.md",          "examples/A_RES_68_192.de.md",       "tests/data/A_RES_80_110.en.txt",
    "tests/data/A_RES_78_248.en.txt",       "tests/data/S_RES_171_(1962).en.txt", "tests/data/S_RES_450_(1979).en.txt",
    "tests/data/S_RES_471_(1980).en.txt",   "tests/data/S_RES_489_(1981).en.txt", "tests/data/S_RES_638_(1989).en.txt",
    "tests/data/S_RES_687_(1991).en.txt",   "tests/data/S_RES_706_(1991).en.txt"};

}  // namespace

TEST_CASE("a clean document has no finding") {
    CHECK(audit_file("examples/A_RES_68_192.de.md").empty());
}

TEST_CASE("link-placeholder: the five (#) links of the Marrakesh document, with undocs.org fixes") {
    std::string path = "examples/A_CONF.231_3.de.md";
    auto found = audit_file(path);
    REQUIRE(found.size() == 5);
    for (auto const& f : found) CHECK(f.code == "link-placeholder");
    CHECK(span(path, found[0]) == "[72/244](#)");
    CHECK(found[0].line == 25);
    CHECK(found[0].column == 24);
    CHECK(fixed(read_repo_file(path), found[0]) == "[72/244](https://undocs.org/A/RES/72/244)");
    CHECK(span(path, found[4]) == "[A/CONF.231/1](#)");
}

TEST_CASE("A/RES/80/110: the malformed Treaty Series citation and the Ibid. with nothing citable") {
    std::string path = "tests/data/A_RES_80_110.en.txt";
    auto found = audit_file(path);
    auto malformed = with_code(found, "treaty-malformed");
    REQUIRE(malformed.size() == 1);
    CHECK(span(path, malformed[0]) == "Ibid., vol. 3175, 612");
    CHECK(malformed[0].severity == audit::Severity::error);
    CHECK(fixed(read_repo_file(path), malformed[0]) == "Ibid., vol. 3175, No. 612");
    // footnote 67 "Ibid." after footnote 66, a piracy report with no UN symbol
    auto nothing = with_code(found, "ibid-nothing-citable");
    REQUIRE(!nothing.empty());
    CHECK(nothing[0].line == 1510);
    CHECK(nothing[0].message.find("footnote 66 cites nothing") != std::string::npos);
    auto several = with_code(found, "ibid-ambiguous");
    REQUIRE(!several.empty());
    CHECK(several[0].message.find("ISBA/28/A/15, ISBA/29/A/11, ISBA/30/A/11") != std::string::npos);
    // the Ibid. of the malformed citation is reported once, as the citation
    CHECK(std::none_of(found.begin(), found.end(), [](const Finding& f) {
        return f.code.starts_with("ibid") && f.message.find("malformed") != std::string::npos;
    }));
}

TEST_CASE("date-session: a resolution dated outside its session (typos on real documents)") {
    auto found = with_code(audit_file("tests/data/A_RES_78_248.en.txt"), "date-session");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("A/RES/72/256 is dated 2107-12-24") != std::string::npos);
    auto oceans = with_code(audit_file("tests/data/A_RES_80_110.en.txt"), "date-session");
    REQUIRE(oceans.size() == 1);
    CHECK(oceans[0].message.find("A/RES/78/69 is dated 2024-12-05") != std::string::npos);
}

TEST_CASE("date-session stays quiet on the issue's example and on other bodies' resolutions") {
    CHECK(with_code(audit_text("Recalling its resolution 61/180 of 20 December 2006,\n"), "date-session").empty());
    CHECK(with_code(audit_text("Recalling its resolution 61/180 of 20 December 2009,\n"), "date-session").size() == 1);
    // A/C.2/80/L.39: ESCAP's resolution 72/7, dated a year before GA session 72
    CHECK(audit_text("Noting the adoption, by the Economic and Social Commission for Asia and the \n"
                     "Pacific at its seventy-second session, of resolution 72/7 of 19 May 2016 on regional \n")
              .empty());
}

TEST_CASE("date-year and sc-number-year: Security Council numbers against their year (OCR text)") {
    auto year = with_code(audit_file("tests/data/S_RES_171_(1962).en.txt"), "date-year");
    REQUIRE(year.size() == 1);
    CHECK(year[0].message.find("S/RES/93(1951) is dated 1948-05-18") != std::string::npos);
    auto number = with_code(audit_file("tests/data/S_RES_706_(1991).en.txt"), "sc-number-year");
    REQUIRE(number.size() == 1);
    CHECK(span("tests/data/S_RES_706_(1991).en.txt", number[0]) == "587 (1991)");  // 687 (1991)
    CHECK(audit::sc_number_fits_year(687, 1991));
    CHECK(audit::sc_number_fits_year(2719, 2023));
    CHECK(!audit::sc_number_fits_year(86, 1964));
}

TEST_CASE("date-year: ECOSOC's session opens the July before its year") {
    CHECK(audit_text("Economic and Social Council decision 2017/206 of 5 October 2016,\n").empty());
    CHECK(with_code(audit_text("Economic and Social Council resolution 2013/41 of 25 July 2012,\n"), "date-year").size() ==
          1);
}

TEST_CASE("cites-later: a resolution citing one adopted after it") {
    auto found = with_code(audit_file("tests/data/S_RES_471_(1980).en.txt"), "cites-later");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("S/RES/474(1980)") != std::string::npos);
    auto ga = audit_text("General Assembly\nResolution adopted by the General Assembly on 20 December 2013\n\n"
                         "68/192. Title\n\nRecalling its resolution 69/10,\n",
                         "A_RES_68_192.en.txt");
    CHECK(with_code(ga, "cites-later").size() == 1);
}

TEST_CASE("symbol-ocr, symbol-unknown-series, date-ocr on OCR'd Security Council texts") {
    auto spaced = with_code(audit_file("tests/data/S_RES_450_(1979).en.txt"), "symbol-ocr");
    REQUIRE(spaced.size() == 3);
    CHECK(fixed(read_repo_file("tests/data/S_RES_450_(1979).en.txt"), spaced[0]) == "S/13384");
    auto volume = with_code(audit_file("tests/data/S_RES_638_(1989).en.txt"), "symbol-ocr");
    REQUIRE(volume.size() == 1);
    CHECK(volume[0].fix->replacement == "860");  // "Ibid., vol. 86O, No 12325."
    auto series = with_code(audit_file("tests/data/S_RES_489_(1981).en.txt"), "symbol-unknown-series");
    REQUIRE(series.size() == 1);
    CHECK(series[0].fix->replacement == "A/36/308-S/14506");
    auto month = with_code(audit_file("tests/data/S_RES_687_(1991).en.txt"), "date-ocr");
    REQUIRE(month.size() == 1);
    CHECK(month[0].fix->replacement == "April");
}

TEST_CASE("date-ocr knows every month name the date grammar knows") {
    // the audit's list had been a shorter copy: Spanish "marzo", French "novembre" were missing
    auto ocr = with_code(audit_text("de 15 de rnarzo de 2005 et du 3 novernbre 2006\n"), "date-ocr");
    REQUIRE(ocr.size() == 2);
    CHECK(ocr[0].fix->replacement == "marzo");
    CHECK(ocr[1].fix->replacement == "novembre");
}

TEST_CASE("symbol-ocr stays quiet on numbers outside citations and on real symbols") {
    CHECK(audit_text("Adopted at the 1711th meeting by I1 votes to none with\n").empty());
    CHECK(audit_text("Protocol I4 to the Geneva Conventions,\n").empty());
    CHECK(audit_text("See A/RES/68/192, E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1 and A/C.3/80/L.17.\n").empty());
    CHECK(with_code(audit_text("Supplement No. 5O (A/80/5/Add.15).\n"), "symbol-ocr").size() == 1);
}

// No real UN text in the corpus has these defects; the sentences are real, the defect is put in.
TEST_CASE("symbol-lookalike: a Cyrillic С in A/C.2/62/INF/1 (as seen in a UN document)") {
    std::string text = "Information note (A/\xD0\xA1.2/62/INF/1).\n";
    auto found = with_code(audit_text(text), "symbol-lookalike");
    REQUIRE(found.size() == 1);
    CHECK(found[0].fix->replacement == "A/C.2/62/INF/1");
    CHECK(found[0].message.find("Cyrillic") != std::string::npos);
    // Russian words with a slash and Cyrillic grade levels are not symbols
    CHECK(audit_text("\xD1\x8F/\xD0\xB8\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xB0 (\xD0\xA1-5)\n").empty());
}

TEST_CASE("symbol-empty-component") {
    auto found = with_code(audit_text("contained in document A//78/111, and\n"), "symbol-empty-component");
    REQUIRE(found.size() == 1);
    CHECK(found[0].fix->replacement == "A/78/111");
    // a symbol broken across lines is not empty
    CHECK(audit_text("contained in document A/78/\n111 and\n").empty());
}

TEST_CASE("footnotes: undefined marker, unreferenced definition, gap, duplicate, order") {
    std::string body = "# Title\n\nRecalling the Convention<sup>1</sup> and the Protocol<sup>2</sup>,\n\n";
    auto undefined = with_code(audit_text(body + "<sup>1</sup> United Nations, Treaty Series, vol. 2225, No. 39574.\n",
                                          "t.md"),
                               "footnote-undefined");
    REQUIRE(undefined.size() == 1);
    CHECK(undefined[0].message == "footnote marker 2 has no definition");

    // plain text: the layout only takes notes numbered in sequence, so numbering is checked on Markdown
    std::string md = "# T\n\nRecalling the Convention<sup>1</sup>, the Agreement<sup>3</sup>, the Charter<sup>3</sup> "
                     "and the Pact<sup>2</sup>,\n\n<sup>1</sup> Resolution 70/1.\n\n<sup>3</sup> Resolution 69/313.\n\n"
                     "<sup>3</sup> Resolution 69/283.\n\n<sup>2</sup> Resolution 71/256.\n\n<sup>7</sup> Resolution 71/1.\n";
    auto found = audit_text(md, "t.md");
    auto gaps = with_code(found, "footnote-gap");
    REQUIRE(gaps.size() == 2);
    CHECK(gaps[0].message == "footnote numbering jumps from 1 to 3 (2 missing)");
    CHECK(md.substr(gaps[0].begin, gaps[0].end - gaps[0].begin) == "<sup>3</sup>");
    CHECK(with_code(found, "footnote-duplicate").size() == 1);
    CHECK(with_code(found, "footnote-order").size() == 1);
    auto unreferenced = with_code(found, "footnote-unreferenced");
    REQUIRE(unreferenced.size() == 1);
    CHECK(unreferenced[0].message == "footnote 7 is defined but no marker refers to it");
}

TEST_CASE("ibid-no-previous: an Ibid. in the first note") {
    auto found = with_code(audit_text("Recalling the Convention,1\n\n__________________\n1 Ibid., annex II.\n"),
                           "ibid-no-previous");
    CHECK(found.size() == 1);
    // "and ibid." inside a note refers to that note's own citation (A/RES/78/186, note 1)
    std::string own = "Recalling the reports,1\n\n__________________\n"
                      "1 Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 53 (A/78/53); \n"
                      "and ibid., Supplement No. 53A (A/78/53/Add.1).\n";
    CHECK(with_code(audit_text(own), "ibid-no-previous").empty());
}

TEST_CASE("link-mismatch: a link whose target names another symbol") {
    auto found = audit_text("# T\n\nRecalling resolution [68/192](https://docs.un.org/en/A/RES/68/193),\n", "t.md");
    REQUIRE(with_code(found, "link-mismatch").size() == 1);
    CHECK(with_code(found, "link-mismatch")[0].message.find("A/RES/68/193") != std::string::npos);
}

TEST_CASE("not-in-corpus: cited symbols whose text was not read") {
    audit::CorpusCheck corpus;
    for (std::string path : {"examples/A_RES_68_192.de.md", "examples/A_CONF.231_3.de.md"}) {
        std::string text = read_repo_file(path);
        corpus.add(audit::corpus_entry(extract(path, text), text));
    }
    auto found = corpus.findings();
    REQUIRE(!found.empty());
    CHECK(std::all_of(found.begin(), found.end(), [](const Finding& f) { return f.code == "not-in-corpus"; }));
    CHECK(std::none_of(found.begin(), found.end(),
                       [](const Finding& f) { return f.message.starts_with("A/RES/68/192 "); }));
    CHECK(std::any_of(found.begin(), found.end(),
                      [](const Finding& f) { return f.message.starts_with("A/RES/61/180 "); }));
    CHECK(found[0].line > 0);
}

TEST_CASE("session facts") {
    auto t = audit::act_time("A/RES/61/180");
    REQUIRE(t);
    CHECK(t->window.first == audit::month_of(2006, 9));
    CHECK(t->window.last == audit::month_of(2007, 9));
    CHECK(!audit::act_time("A/RES/4/1"));  // "n/m" numbering began with session 31
    CHECK(audit::act_time("A/RES/217(III)")->number == 3);
    CHECK(audit::act_time("A/C.3/80/L.17")->number == 80);
    CHECK(!audit::act_time("A/RES/ES-10/21"));
}

TEST_CASE("golden audit output: text, JSON and SARIF") {
    std::vector<Finding> all;
    for (auto const& path : golden_inputs) {
        auto found = audit_file(path);
        all.insert(all.end(), found.begin(), found.end());
    }
    all.push_back(audit::unreadable("broken.txt", "not UTF-8: invalid byte 0xFF at offset 18"));
    test::check_golden("tests/golden/audit/findings.txt", findings_text(all));
    test::check_golden("tests/golden/audit/findings.json", findings_json(all));
    test::check_golden("tests/golden/audit/findings.sarif", findings_sarif(all, "0.1.0"));
}

TEST_CASE("SARIF 2.1.0 structure") {
    std::vector<Finding> all = audit_file("examples/A_CONF.231_3.de.md");
    auto malformed = audit_file("tests/data/A_RES_80_110.en.txt");
    all.insert(all.end(), malformed.begin(), malformed.end());
    all.push_back(audit::unreadable("dir/a b.txt", "empty file"));
    auto log = nlohmann::json::parse(findings_sarif(all, "0.1.0"));
    CHECK(log["version"] == "2.1.0");
    CHECK(log["$schema"].get<std::string>().find("sarif-2.1.0") != std::string::npos);
    REQUIRE(log["runs"].size() == 1);
    auto const& run = log["runs"][0];
    CHECK(run["tool"]["driver"]["name"] == "unxref");
    CHECK(run["columnKind"] == "unicodeCodePoints");
    auto const& rules = run["tool"]["driver"]["rules"];
    // every finding code the README lists, each once
    std::set<std::string> rule_ids;
    for (auto const& rule : rules) rule_ids.insert(rule["id"].get<std::string>());
    CHECK(rules.size() == 22);
    CHECK(rule_ids.size() == rules.size());
    REQUIRE(run["results"].size() == all.size());
    for (auto const& result : run["results"]) {
        std::string id = result["ruleId"];
        CHECK(rules[result["ruleIndex"].get<std::size_t>()]["id"] == id);
        std::string level = result["level"];
        CHECK((level == "error" || level == "warning" || level == "note"));
        CHECK(!result["message"]["text"].get<std::string>().empty());
        auto const& location = result["locations"][0]["physicalLocation"];
        CHECK(!location["artifactLocation"]["uri"].get<std::string>().empty());
        if (id == "input-unreadable") {
            CHECK(location["artifactLocation"]["uri"] == "dir/a%20b.txt");
            CHECK(!location.contains("region"));
            continue;
        }
        auto const& region = location["region"];
        CHECK(region["startLine"].get<int>() >= 1);
        CHECK(region["startColumn"].get<int>() >= 1);
        CHECK(region["byteLength"].get<int>() > 0);
        CHECK(region.contains("byteOffset"));
    }
    auto with_fix = std::count_if(run["results"].begin(), run["results"].end(),
                                  [](const nlohmann::json& r) { return r.contains("fixes"); });
    CHECK(with_fix == 6);  // five links and the Treaty Series citation
    auto const& fix = run["results"][0]["fixes"][0]["artifactChanges"][0];
    CHECK(fix["replacements"][0]["deletedRegion"]["byteOffset"] == 452);
    CHECK(fix["replacements"][0]["insertedContent"]["text"] == "https://undocs.org/A/RES/72/244");
}

TEST_CASE("status reasons are read by their word, not by fixed offsets") {
    CHECK(status::reason("unresolved: no previous footnote", status::unresolved) == "no previous footnote");
    CHECK(status::reason("malformed", status::malformed) == "");  // a word alone: no reason, no out-of-range read
    CHECK_FALSE(status::reason("malformedness", status::malformed).has_value());
    CHECK_FALSE(status::reason("resolved", status::unresolved).has_value());
    CHECK(status::with_reason(status::mismatch, "text names A/1, target is A/2") == "mismatch: text names A/1, target is A/2");
}
