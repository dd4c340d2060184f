// unxref compare: two language versions of a real document. The modified versions are
// derived here from the real text by named edits (each must apply exactly once), so the
// test fails rather than silently passing if the example changes under it.
#include <catch2/catch.hpp>

#include <algorithm>

#include <cstdlib>
#include <fstream>
#include <utility>

#include "analyses/align.hpp"
#include "analyses/compare.hpp"
#include "analyses/slots.hpp"
#include "helpers.hpp"
#include "output/compare_report.hpp"
#include "text/source.hpp"

using namespace unxref;
using namespace unxref::test;

namespace {

const std::string example = "examples/A_RES_68_192.de.md";
const std::string derived = "A_RES_68_192.de.derived.md";  // the path the derived text is reported under

using Edit = std::pair<std::string, std::string>;

std::string derive(std::string text, const std::vector<Edit>& edits) {
    for (auto const& [from, to] : edits) {
        auto at = text.find(from);
        INFO(from);
        REQUIRE(at != std::string::npos);
        REQUIRE(text.find(from, at + 1) == std::string::npos);
        text.replace(at, from.size(), to);
    }
    return text;
}

Comparison compare_texts(const std::string& path_a, const std::string& a, const std::string& path_b,
                         const std::string& b) {
    return compare(extract(path_a, a), a, extract(path_b, b), b);
}

Comparison compare_with_example(const std::vector<Edit>& edits) {
    std::string original = read_repo_file(example);
    return compare_texts(example, original, derived, derive(original, edits));
}

Comparison compare_files(const std::string& a, const std::string& b) {
    return compare_texts(a, read_repo_file(a), b, read_repo_file(b));
}

std::vector<std::string> codes(const Comparison& c) {
    std::vector<std::string> out;
    for (auto const& f : c.findings) out.emplace_back(to_string(f.code));
    return out;
}

// The edits of the combined golden pair: one of each finding.
const Edit changed{"Resolution 64/293 vom", "Resolution 64/239 vom"};
const Edit dropped{"61/180 vom 20. Dezember 2006, 64/178 vom 18. Dezember 2009 und",
                   "61/180 vom 20. Dezember 2006 und"};
const Edit added{"Resolution 2013/41 des Wirtschafts- und Sozialrats vom 25. Juli 2013",
                 "Resolution 2013/41 des Wirtschafts- und Sozialrats vom 25. Juli 2013 und die Resolution 2012/20 des "
                 "Wirtschafts- und Sozialrats"};
const Edit full_for_ibid{"<sup>5</sup> Ebd., Vol. 2237", "<sup>5</sup> United Nations, *Treaty Series*, Vol. 2237"};
const Edit no_marker_15{"Menschenhandels<sup>15</sup>,", "Menschenhandels,"};
const Edit no_footnote_15{"<sup>15</sup> Siehe CTOC/COP/WG.4/2013/5.\n", ""};
const Edit no_paragraph_59_156{
    "*unter Hinweis* auf ihre Resolution 59/156 vom 20. Dezember 2004 und mit dem Ausdruck ihrer ersten Besorgnis",
    "*unter Hinweis* auf ihre Ausdruck ihrer ersten Besorgnis"};

}  // namespace

TEST_CASE("align: a dropped element does not shift the later pairs") {
    std::vector<int> a{1, 2, 3, 4}, b{1, 3, 4};
    auto pairs = align(a.size(), b.size(), [&](std::size_t i, std::size_t j) { return a[i] == b[j] ? 1 : 0; });
    REQUIRE(pairs.size() == 4);
    CHECK((pairs[0].a == 0 && pairs[0].b == 0));
    CHECK((pairs[1].a == 1 && pairs[1].b == unpaired));
    CHECK((pairs[2].a == 2 && pairs[2].b == 1));
    CHECK((pairs[3].a == 3 && pairs[3].b == 2));
}

TEST_CASE("align: equal runs between anchors are paired as changed places") {
    std::vector<int> a{1, 7, 3}, b{1, 8, 3};
    auto pairs = align(a.size(), b.size(), [&](std::size_t i, std::size_t j) { return a[i] == b[j] ? 1 : 0; });
    REQUIRE(pairs.size() == 3);
    CHECK((pairs[1].a == 1 && pairs[1].b == 1));
}

TEST_CASE("align: long sequences (banded table) pair as the whole table does") {
    // 4,000 elements: the table is kept to a band around the diagonal; with drops and
    // insertions well inside the band, the pairing is the one the whole table gives
    std::vector<int> a, b;
    for (int i = 0; i < 4000; ++i) a.push_back(i % 97);
    b = a;
    for (int k = 0; k < 30; ++k) b.erase(b.begin() + 100 * k + 7);       // 30 dropped
    for (int k = 0; k < 20; ++k) b.insert(b.begin() + 150 * k + 3, -1);  // 20 inserted
    auto score = [&](std::size_t i, std::size_t j) { return a[i] == b[j] ? 1 : 0; };
    // the whole table, as align kept it before it was banded
    std::size_t n = a.size(), m = b.size();
    std::vector<int> best((n + 1) * (m + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> int& { return best[i * (m + 1) + j]; };
    for (std::size_t i = 1; i <= n; ++i)
        for (std::size_t j = 1; j <= m; ++j)
            at(i, j) = std::max({score(i - 1, j - 1) > 0 ? at(i - 1, j - 1) + 1 : 0, at(i - 1, j), at(i, j - 1)});
    auto pairs = align(n, m, score);
    std::size_t paired = 0;
    for (auto const& p : pairs) paired += p.a != unpaired && p.b != unpaired && a[p.a] == b[p.b];
    CHECK(paired == static_cast<std::size_t>(at(n, m)));  // as many alike pairs as the optimum
    CHECK(paired == n - 30);
    std::size_t seen_a = 0, seen_b = 0;  // every index of both once, in order
    for (auto const& p : pairs) {
        if (p.a != unpaired) CHECK(p.a == seen_a++);
        if (p.b != unpaired) CHECK(p.b == seen_b++);
    }
    CHECK((seen_a == n && seen_b == m));
}

TEST_CASE("slots: one paragraph a line in the sentence-per-line corpus, blank-line blocks elsewhere") {
    std::string path = "tests/data/multilingual/S_2015_52.en.txt";
    std::string text = read_repo_file(path);
    Slots s = cut_slots(extract(path, text), text);
    CHECK(s.all_paragraphs.size() == 4);  // four sentences, no blank line
    REQUIRE(s.paragraphs.size() == 1);    // only the second carries references
    CHECK(s.paragraphs[0].ordinal == 2);
    CHECK(s.paragraphs[0].items.size() == 2);

    std::string md = read_repo_file(example);
    Slots m = cut_slots(extract(example, md), md);
    CHECK(m.footnotes.size() == 15);
    CHECK(m.markers == 20);  // markers 1-5 repeated in the annex
    // footnote 5 reaches the treaty through "Ebd.": one item, marked as such
    REQUIRE(m.footnotes[4].label == "5");
    REQUIRE(m.footnotes[4].items.size() == 1);
    CHECK(m.footnotes[4].items[0].id == "UNTS:2237:39574");
    CHECK(m.footnotes[4].items[0].via_ibid);
}

TEST_CASE("slots: in PDF text a paragraph starts at a first line indented past a line that ended a clause") {
    // A/RES/80/6 through poppler (physical layout: no blank line between the preamble's
    // paragraphs, each one's first line indented) against the UN's text of it (blank lines).
    // As one page-sized paragraph, 79/6 fell in another paragraph than in the text: missing + extra
    auto read = read_source("A_RES_80_6.en.pdf", read_repo_file("tests/data/A_RES_80_6.en.pdf"));
    REQUIRE(std::holds_alternative<Source>(read));
    const Source& pdf = std::get<Source>(read);
    std::string text = read_repo_file("tests/data/A_RES_80_6.en.txt");
    Comparison c = compare(extract(pdf), pdf.bytes, extract("A_RES_80_6.en.txt", text), text);
    CHECK(c.matched == 24);  // the ten markers too ("12 February 2013, 9 in which", spaced after the date)
    CHECK(codes(c).empty());
    // a clause's end is found past a footnote marker set off after it
    Slots slots = cut_slots(extract(pdf), pdf.bytes);
    auto starts_paragraph = [&](std::string_view words) {
        std::size_t at = pdf.bytes.find(words);
        return std::any_of(slots.all_paragraphs.begin(), slots.all_paragraphs.end(), [&](const Span& p) {
            return std::string_view(pdf.bytes).substr(p.begin, at - p.begin).find_first_not_of(" \f") == std::string_view::npos;
        });
    };
    CHECK(starts_paragraph("Recalling its resolution 79/6"));
    CHECK(starts_paragraph("Recalling also that the Rome Statute"));
    CHECK(starts_paragraph("Reiterating the historic significance"));
    CHECK_FALSE(starts_paragraph("resolutions,"));
    // plain text has no body set off from the edge: an indented line there goes on (the review's case)
    std::string flush = "Recalling its resolutions 60/1 of 16 September 2005,\nand 70/1 of 25 September 2015,\n\nNoting 71/1.\n";
    std::string indented = "Recalling its resolutions 60/1 of 16 September 2005,\n    and 70/1 of 25 September 2015,\n\nNoting 71/1.\n";
    CHECK(codes(compare_texts("a.txt", flush, "b.txt", indented)).empty());
    CHECK(cut_slots(extract("b.txt", indented), indented).all_paragraphs.size() == 2);
}

TEST_CASE("compare: a version against itself agrees") {
    std::string text = read_repo_file(example);
    Comparison c = compare_texts(example, text, example, text);
    CHECK(c.findings.empty());
    CHECK(c.agree());
    CHECK(c.references_original > 10);  // not an agreement of two empty extractions
    CHECK(c.matched == c.references_original);
}

TEST_CASE("compare: English and French of S/2015/52 agree (UN Parallel Corpus)") {
    Comparison c = compare_files("tests/data/multilingual/S_2015_52.en.txt", "tests/data/multilingual/S_2015_52.fr.txt");
    CHECK(c.findings.empty());
    CHECK(c.matched == 2);
}

TEST_CASE("compare: changed 64/293 -> 64/239 is one finding, not missing + extra") {
    Comparison c = compare_with_example({changed});
    REQUIRE(codes(c) == std::vector<std::string>{"changed"});
    auto const& f = c.findings[0];
    CHECK(f.original.id == "A/RES/64/293");
    CHECK(f.translation.id == "A/RES/64/239");
    CHECK(f.original.line == 39);
    CHECK(f.translation.line == 39);
    CHECK_FALSE(c.agree());
}

TEST_CASE("compare: a dropped reference is missing, pointed at its paragraph in the translation") {
    Comparison c = compare_with_example({dropped});
    REQUIRE(codes(c) == std::vector<std::string>{"missing"});
    CHECK(c.findings[0].original.id == "A/RES/64/178");
    CHECK(c.findings[0].original.line == 67);
    CHECK(c.findings[0].translation.id.empty());
    CHECK(c.findings[0].translation.line == 67);
}

TEST_CASE("compare: an added reference is extra") {
    Comparison c = compare_with_example({added});
    REQUIRE(codes(c) == std::vector<std::string>{"extra"});
    CHECK(c.findings[0].translation.id == "E/RES/2012/20");
    CHECK(c.findings[0].original.line == 69);
}

TEST_CASE("compare: a dropped paragraph is one finding, and the paragraphs after it still pair") {
    Comparison c = compare_with_example({no_paragraph_59_156});
    REQUIRE(codes(c) == std::vector<std::string>{"missing"});
    CHECK(c.findings[0].original.id == "A/RES/59/156");
}

TEST_CASE("compare: a dropped footnote changes the footnote count") {
    Comparison c = compare_with_example({no_marker_15, no_footnote_15});
    REQUIRE(codes(c) == std::vector<std::string>{"missing", "footnote_count", "missing"});
    CHECK(c.findings[0].original.id == "fn:15");  // the marker, in the body
    CHECK(c.findings[1].original.where == "footnote 15");
    CHECK(c.findings[2].original.id == "CTOC/COP/WG.4/2013/5");
    CHECK(c.footnotes_original == 15);
    CHECK(c.footnotes_translation == 14);
}

TEST_CASE("compare: Ebd. in one version, the full citation in the other, is a note") {
    Comparison c = compare_with_example({full_for_ibid});
    REQUIRE(codes(c) == std::vector<std::string>{"ibid_vs_full"});
    CHECK(c.findings[0].severity == Severity::note);
    CHECK(c.findings[0].original.id == "UNTS:2237:39574");
    CHECK(c.findings[0].translation.id == "UNTS:2237:39574");
    CHECK(c.agree());
}

TEST_CASE("golden: every finding in text and JSON (derived from A/RES/68/192)") {
    Comparison c =
        compare_with_example({changed, dropped, added, full_for_ibid, no_marker_15, no_footnote_15, no_paragraph_59_156});
    CHECK(codes(c).size() == 8);
    test::check_golden("tests/golden/compare/A_RES_68_192.derived.txt", compare_text(c));
    test::check_golden("tests/golden/compare/A_RES_68_192.derived.json", compare_json(c));
}

TEST_CASE("golden: real translation differences in the UN Parallel Corpus") {
    // "ladite résolution" for the second "resolution 2140 (2014)": a real missing reference.
    Comparison fr = compare_files("tests/data/multilingual/S_2015_126.en.txt",
                                  "tests/data/multilingual/S_2015_126.fr.txt");
    REQUIRE(codes(fr) == std::vector<std::string>{"missing"});
    test::check_golden("tests/golden/compare/S_2015_126.en-fr.txt", compare_text(fr));
    test::check_golden("tests/golden/compare/S_2015_126.en-fr.json", compare_json(fr));
    // "the 1591 committee" spelled out as "resolución 1591 (2005)" in Spanish: an extra one.
    Comparison es = compare_files("tests/data/multilingual/S_RES_2200..2015..en.txt",
                                  "tests/data/multilingual/S_RES_2200..2015..es.txt");
    REQUIRE(codes(es) == std::vector<std::string>{"extra"});
    test::check_golden("tests/golden/compare/S_RES_2200.en-es.txt", compare_text(es));
    test::check_golden("tests/golden/compare/S_RES_2200.en-es.json", compare_json(es));
}

TEST_CASE("compare: Russian, Chinese and Arabic resolution numbers pair with the English ones") {
    // "резолюцией 1990 (2011)", "第1990(2011)号决议", "قرار مجلس الأمن 1990 (2011)", "قرار المجلس 2179 (2014)"
    for (std::string language : {"ru", "zh", "ar"}) {
        INFO(language);
        Comparison c = compare_files("tests/data/multilingual/S_2015_52.en.txt",
                                     "tests/data/multilingual/S_2015_52." + language + ".txt");
        CHECK(codes(c).empty());
        CHECK(c.references_translation == 2);
    }
}
