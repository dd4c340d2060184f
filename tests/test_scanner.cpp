// Stage 2b, references in running text: real sentences from the corpus, en/fr/es/de.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "helpers.hpp"

using namespace unxref;

namespace {
// ids of resolution/decision/document/treaty references, in text order
std::vector<std::string> citations(const std::string& sentence) {
    return test::citation_ids(extract("sentence.txt", sentence));
}
}  // namespace

TEST_CASE("citations in real sentences, four languages") {
    struct Row {
        std::string sentence;
        std::vector<std::string> ids;
    };
    std::vector<Row> rows{
        // ga/A_RES_80_110.en.txt
        {"Recalling, in this regard, resolution 77/321 of 1 August 2023, resolution 78/272 \nof 24 April 2024, "
         "decision 78/560 of 13 August 2024 and resolution 79/271 of \n4 March 2025 on the Agreement",
         {"A/RES/77/321", "A/RES/78/272", "A/DEC/78/560", "A/RES/79/271"}},
        {"[without reference to a Main Committee (A/80/L.22)]", {"A/80/L.22"}},
        {"2 A/80/70 and A/80/364. ", {"A/80/70", "A/80/364"}},
        // General Debate speeches: "the Assembly" alone is the General Assembly
        {"grave difficulties involved in carrying out resolution 181 (II) of the Assembly and had", {"A/RES/181(II)"}},
        {"in the spirit of resolution 2131 (XX) adopted by the Assembly last year", {"A/RES/2131(XX)"}},
        {"resolution 35/2 of the Assembly and", {"A/RES/35/2"}},
        {"resolution 35/2 of the Assembly of States Parties,", {}},  // a named assembly is another body
        // one UN organ before a bracket adopted it; another body's name there is what it is about
        {"seats in the Economic and Social Council [resolution 1991 B (XVIII)] and", {"E/RES/1991(XVIII)"}},
        {"set up by the Collective Measures Committee [resolution 377 (V)] and", {"A/RES/377(V)"}},
        // two organs joined before a bracket may be what the citation is about (speeches of 1964,
        // 1965): the number's own form first, in four languages ...
        {"to increase the size of the Security Council and the Economic and Social Council [resolutions 1991 B "
         "(XVIII)], an",
         {"A/RES/1991(XVIII)"}},
        {"responsibilities between the General Assembly and the Security Council [resolution 377 (V)]. F",
         {"A/RES/377(V)"}},
        {"le nombre des si\xC3\xA8ges du Conseil de s\xC3\xA9" "curit\xC3\xA9 et du Conseil \xC3\xA9" "conomique et social "
         "[r\xC3\xA9solution 1991 B (XVIII)], et",
         {"A/RES/1991(XVIII)"}},
        {"los puestos del Consejo de Seguridad y el Consejo Econ\xC3\xB3mico y Social [resoluci\xC3\xB3n 1991 B (XVIII)], y",
         {"A/RES/1991(XVIII)"}},
        {"die Sitze des Sicherheitsrats und des Wirtschafts- und Sozialrats [Resolution 1991 B (XVIII)] zu",
         {"A/RES/1991(XVIII)"}},
        // ... and the last organ's id when the form gives none (the review's cases)
        {"The procedure established by the Commission on Human Rights and the Economic and Social Council "
         "[resolution 1503 (XLVIII)] was followed.",
         {"E/RES/1503(XLVIII)"}},
        {"The package endorsed by the General Assembly and the Human Rights Council [resolution 5/1] applies.",
         {"A/HRC/RES/5/1"}},
        // no symbol has a number of seven digits or more: "S/1287320" is S/12873 with a marker
        // glued to it (not split: missed rather than misread), and a run of 60 digits is garbage
        {"which appeared on 29 September in document S/1287320 gives an account", {}},
        {"and A/" + std::string(60, '8') + "/1 and", {}},
        // the organ's name broken by a PDF line, in French and Spanish
        {"Rappelant la r\xC3\xA9solution 68/192 de l'Assembl\xC3\xA9" "e\ng\xC3\xA9n\xC3\xA9rale, en date",
         {"A/RES/68/192"}},
        {"Recordando la resoluci\xC3\xB3n 68/192 de la Asamblea\nGeneral, de", {"A/RES/68/192"}},
        // ga/A_C.3_80_L.14 (the organ named here): markers glued to the years do not end the list
        {"Human Rights Council resolutions 37/5 of 22 March 2018,14 \n"
         "46/12 of 23 March 202115 and 55/18 of 4 April 202416 pertaining to the mandate of ",
         {"A/HRC/RES/37/5", "A/HRC/RES/46/12", "A/HRC/RES/55/18"}},
        // pdf/A_C.3_80_L.29 (poppler's text): the markers spaced after the years do not end it either
        {"Human Rights Council resolutions \n                   34/24 of 24 March 2017, 30 40/20 of 22 March 2019 31 and 46/17 of 23 March\n",
         {"A/HRC/RES/34/24", "A/HRC/RES/40/20", "A/HRC/RES/46/17"}},
        // "the General Assembly of the United Nations", broken by a line, is the GA (speeches)
        {"40. Four years have elapsed since the General Assembly of\nthe United Nations by its unanimously "
         "adopted resolution\n3212 (XXIX) demanded", {"A/RES/3212(XXIX)"}},
        // pdf/A_C.3_80_L.3: another body's name broken by an indented line is still another body's
        {"2021/25 of 22 July 2021 and Commission on Crime Prevention\n                   and Criminal Justice resolutions "
         "30/1 of 21 May 202125 and 34/3 of 23 May 2025,26", {}},
        // ga/A_RES_78_207: the organ before "including" adopted the list ...
        {"Human Rights Council, including resolutions 36/6 of 28 September 2017,3 45/3 of \n"
         "6 October 20204 and 54/14 of 11 October 2023,",
         {"A/HRC/RES/36/6", "A/HRC/RES/45/3", "A/HRC/RES/54/14"}},
        // ... ga/A_RES_79_329: another body before "in particular" is what the list is about
        {"the United Nations and the African Union, in particular resolutions 55/218 of \n21 December 2000, 56/48 of "
         "7 December 2001,",
         {"A/RES/55/218", "A/RES/56/48"}},
        // a no-break space after the keyword and after "and" (HTML's &nbsp;)
        {"Recalling its resolution\xC2\xA0" "70/1 and resolutions\xC2\xA0" "68/192 and\xC2\xA0" "68/193,",
         {"A/RES/70/1", "A/RES/68/192", "A/RES/68/193"}},
        // ... and the thin (U+2009) and narrow no-break (U+202F) spaces, which the grammar also takes
        {"recalling resolution\xE2\x80\x89 72/1, 62/1 and\xE2\x80\xAF" "63/1, 64/1 and\xE2\x80\x89 65/1",
         {"A/RES/72/1", "A/RES/62/1", "A/RES/63/1", "A/RES/64/1", "A/RES/65/1"}},
        // multilingual/ (UN Parallel Corpus): the Arabic comma between the numbers of a list
        {"في انتهاك مباشر لقرارات مجلس الأمن 2118 (2013)، و 2139 (2014)، و 2165 (2014)، و 2191 (2014).",
         {"S/RES/2118(2013)", "S/RES/2139(2014)", "S/RES/2165(2014)", "S/RES/2191(2014)"}},
        {"قرارا مجلس الأمن 1267 (1999) و 1989 (2011)\n", {"S/RES/1267(1999)", "S/RES/1989(2011)"}},  // the dual
        // Arabic writes the session "د-N": 973 (X), 1147 (XLI) of ECOSOC
        {"وفقا لأحكام قرارها 973 (د-10) المؤرخ 15 كانون الأول/ديسمبر 1955، من ا", {"A/RES/973(X)"}},
        {"بموجب أحكام قرار المجلس الاقتصادي والاجتماعي 1147 (د-41)، يتع", {"E/RES/1147(XLI)"}},
        // Russian names the organ between the keyword and the numbers
        {"в нарушение резолюций Совета Безопасности 822 (1993), 853 (1993), 874 (1993) и 884 (1993).",
         {"S/RES/822(1993)", "S/RES/853(1993)", "S/RES/874(1993)", "S/RES/884(1993)"}},
        // the organ named before the keyword, in Spanish and Russian (E/CN.7/2015/14)
        {"fue creada por el Consejo Económico y Social en virtud de su resolución 9 (I), de 16 de", {"E/RES/9(I)"}},
        {"была учреждена Экономическим и Социальным Советом в его резолюции 9 (I) от 16 фев", {"E/RES/9(I)"}},
        // the Chinese organ's full name, with a date before 第
        {"麻醉药品委员会是按经济及社会理事会1946年2月16日第9 (I)号决议设立的", {"E/RES/9(I)"}},
        // Chinese with a full-width bracket
        {"最近由2014年6月25日第2164（2014)号决议延长的", {"S/RES/2164(2014)"}},
        // sc/: a list broken across lines
        {"Recalling its resolutions 425 (1978), 426 (1978), 501\n(1982), 508 (1982), 509 (1982) and 520 (1982), as well",
         {"S/RES/425(1978)", "S/RES/426(1978)", "S/RES/501(1982)", "S/RES/508(1982)", "S/RES/509(1982)",
          "S/RES/520(1982)"}},
        // de/A_RES_68_192.de.md
        {"*unter Hinweis* auf ihre Resolutionen 61/180 vom 20. Dezember 2006, 64/178 vom 18. Dezember 2009 und "
         "67/190 vom 20. Dezember 2012 \xC3\xBC" "ber die Verbesserung",
         {"A/RES/61/180", "A/RES/64/178", "A/RES/67/190"}},
        {"*sowie unter Hinweis* auf die Resolution 2013/41 des Wirtschafts- und Sozialrats vom 25. Juli 2013",
         {"E/RES/2013/41"}},
        {"*ferner unter Hinweis* auf Resolution 23/5 des Menschenrechtsrats vom 13. Juni 2013", {"A/HRC/RES/23/5"}},
        {"<sup>4</sup> United Nations, *Treaty Series*, Vol. 2225, Nr. 39574. Amtliche deutschsprachige Fassungen: "
         "dBGBI. 2005 II S. 954, 956; LGBl. 2008 Nr. 72; \xC3\xB6" "BGBI. III Nr. 84/2005; AS 2006 5861.",
         {"UNTS:2225:39574"}},
        // multilingual/: fr and es
        {"que le Conseil de s\xC3\xA9" "curit\xC3\xA9 a cr\xC3\xA9\xC3\xA9" "e par sa r\xC3\xA9solution 1990 (2011) du "
         "27 juin 2011",
         {"S/RES/1990(2011)"}},
        {"conform\xC3\xA9ment aux dispositions de sa r\xC3\xA9solution 973 (X) du 15 d\xC3\xA9" "cembre 1955, il sera",
         {"A/RES/973(X)"}},
        {"de conformidad con lo dispuesto en su resoluci\xC3\xB3n 973 (X), de 15 de diciembre de 1955", {"A/RES/973(X)"}},
        {"En su resoluci\xC3\xB3n 2024 (2011), el Consejo de Seguridad ampli\xC3\xB3 el mandato", {"S/RES/2024(2011)"}},
        // letter parts, special sessions, Commission on Human Rights
        {"General Assembly resolution 78/250 B of 22 December 2023", {"A/RES/78/250B"}},
        {"its resolution 43/222 A to E", {"A/RES/43/222A-E"}},
        // two parts, then the list goes on (ga/A_C.1_80_L.1: 43 citations after "A and B" had been lost)
        {"Recalling its resolutions 36/87 A and B of 9 December 1981, 37/75 of 9 December 1982, 38/64 of",
         {"A/RES/36/87A-B", "A/RES/37/75", "A/RES/38/64"}},
        // a list goes on past a dated number's topic (ga/A_RES_79_58, A_C.3_80_L.48, A_RES_80_177);
        // not past a sentence end, another act, a paragraph end, a number without a date, or a
        // topic too long
        {"Recalling its resolutions 63/71 of 2 December 2008 on the Convention on \nCluster Munitions and 70/54 of "
         "7 December 2015, 71/45 of 5 December 2016,",
         {"A/RES/63/71", "A/RES/70/54", "A/RES/71/45"}},
        {"Security Council resolutions 1325 \n(2000) of 31 October 2000 on women and peace and security, 1738 (2006) "
         "of \n23 December 2006 and 2222 (2015) of 27 May 2015,",
         {"S/RES/1325(2000)", "S/RES/1738(2006)", "S/RES/2222(2015)"}},
        {"Human Rights Council resolutions 23/13 of 13 June 2013 on \nattacks and discrimination against persons with "
         "albinism11 and 24/33 of 27 September 2013 on technical cooperation",
         {"A/HRC/RES/23/13", "A/HRC/RES/24/33"}},
        // physical-layout PDF text breaks the line after "and" (pdf/A_RES_78_73.en.pdf)
        {"its resolutions 75/125 of 11 December 2020 on the safety and\n                   security of "
         "humanitarian personnel and\n                   75/127 of 11 December 2020 on the strengthening",
         {"A/RES/75/125", "A/RES/75/127"}},
        {"its resolution 70/1 of 25 September 2015 on the 2030 Agenda. In 2020, 75/1 of 21 September 2020 was",
         {"A/RES/70/1"}},
        {"its resolution 70/1 of 25 September 2015 on the follow-up to Security Council resolution 1325 (2000), "
         "75/1 of 21 September 2020",
         {"A/RES/70/1", "S/RES/1325(2000)"}},
        {"its resolution 70/1 of 25 September 2015 on the 2030 Agenda\n\nNotes, 75/1 of 21 September 2020 was",
         {"A/RES/70/1"}},
        {"its resolution 70/1 of 25 September 2015 on the 2030 Agenda, 75/1 and",
         {"A/RES/70/1"}},
        {"its resolution 70/1 of 25 September 2015 on " + std::string(300, 'x') + ", 75/1 of 21 September 2020",
         {"A/RES/70/1"}},
        // parts past L, then the list goes on (ga/A_RES_80_32: all but the first of 30 citations had been lost)
        {"Recalling its resolutions 50/70 M of 12 December 1995, 51/45 E of \n10 December 1996, 52/38 E of 9 "
         "December 1997, 53/77 J of 4 December 1998, \n54/54 S of 1 December 1999, 55/33 K of 20 November 2000, 56/24 "
         "F of 29 November \n2001, 57/64 of 22 November 2002,",
         {"A/RES/50/70M", "A/RES/51/45E", "A/RES/52/38E", "A/RES/53/77J", "A/RES/54/54S", "A/RES/55/33K",
          "A/RES/56/24F", "A/RES/57/64"}},
        {"General Assembly resolutions\n52/26; 55/7; 65/37 A and B; 67/78; 68/70 | Oceans and the law of the sea\n",
         {"A/RES/52/26", "A/RES/55/7", "A/RES/65/37A-B", "A/RES/67/78", "A/RES/68/70"}},
        {"resolution S-27/2 of 10 May 2002", {"A/RES/S-27/2"}},
        // an organ's name broken by a line or spaced out by the PDF's text (ga/A_C.3_80_L.39,
        // A_80_L.11, A_C.3_80_L.8); a name across a paragraph break is no name
        {"including resolution 79/168 of 17 December 2024, and Human \nRights Council resolutions 18/6 of 29 "
         "September 2011,1 33/3 of 29 September 2016,2",
         {"A/RES/79/168", "A/HRC/RES/18/6", "A/HRC/RES/33/3"}},
        {"on international years, and Economic and  Social Council resolution 1980/67 of 25 July 1980", {"E/RES/1980/67"}},
        {"(Economic \nand Social Council resolution 2002/12, annex)", {"E/RES/2002/12"}},
        {"the Commission on Narcotic Drugs\n\nWelcoming resolution 70/1,", {"A/RES/70/1"}},
        // speeches/PRT_37_1982: another body's name broken by lines is still another body's
        // (what was wrong before: "adopted" after a line break was not stripped)
        {"when the Sub-Commission on Prevention of \nDiscrimination and Protection of Minorities \nadopted resolution "
         "1982/201 on this question",
         {}},
        // the keyword repeated after the organ (ga/A_C.3_80_L.2)
        {"and relevant Human Rights Council \nresolutions, in particular resolutions 7/34 of 28 March 2008,6 18/15 of "
         "29 September \n20117 and 21/33 of 28 September 2012",
         {"A/HRC/RES/7/34", "A/HRC/RES/18/15", "A/HRC/RES/21/33"}},
        {"Commission on Human Rights resolution 2002/1", {"E/CN.4/RES/2002/1"}},
        // a wrapped line ending in "resolutions" is no table heading: each citation once
        {"Recalling its resolutions\n425 (1978) and 426 (1978), as well as", {"S/RES/425(1978)", "S/RES/426(1978)"}},
        // mandate tables (reports/A_81_6_(Sect.10), (Sect.24), (Sect.16)): the heading names organ and kind
        {"General Assembly resolutions\n56/227 | Third United Nations Conference on the Least Developed Countries\n"
         "78/322; 80/146 | Multidimensional Vulnerability Index\nHuman Rights Council resolutions\n"
         "49/32 | Strengthening the Voluntary Technical Assistance Trust Fund\nSecurity Council resolutions\n"
         "1540 (2004) | \n2370 (2017) | \nCommission on Narcotic Drugs resolutions\n47/5 | Illicit drug profiling\n"
         "Subprogramme 2\n",
         {"A/RES/56/227", "A/RES/78/322", "A/RES/80/146", "A/HRC/RES/49/32", "S/RES/1540(2004)", "S/RES/2370(2017)"}},
        // look-alikes that are not references
        {"in the 2023/24 period, page 2/56, job 25-20236 (E), barcode *2520236*", {}},
        {"the United Nations Environment Assembly resolution 4/6 on marine litter", {}},
        {"Executive Board decision 2014/7", {}},
        // ga/: functional commissions number their resolutions session/number too
        {"Welcoming Commission on Crime Prevention and Criminal Justice resolution 27/5 of 18 May 2018,", {}},
        {"Recalling also Commission on Population and Development resolutions 2006/2 of 10 May 2006", {}},
    };
    for (auto const& row : rows) {
        INFO(row.sentence);
        CHECK(citations(row.sentence) == row.ids);
    }
}

TEST_CASE("relations come from the clause verb") {
    struct Row {
        std::string sentence;
        Relation relation;
    };
    std::vector<Row> rows{
        {"Reaffirming its annual resolutions on the law of the sea, including resolution 79/144 of 12 December 2024,",
         Relation::reaffirms},
        {"Recalling its resolution 59/156 of 20 December 2004,", Relation::recalls},
        {"*unter Begr\xC3\xBC\xC3\x9Fung* der Verabschiedung, siehe Resolution 68/4", Relation::welcomes},
        {"Taking note of the report of the Secretary-General (A/80/70),", Relation::takes_note},
        {"[on the report of the Third Committee (A/78/481)]", Relation::based_on_report},
        {"Prenant note de la r\xC3\xA9solution 2133 (2014),", Relation::takes_note},
        {"Decides to include resolution 70/1 in the agenda,", Relation::other},
    };
    for (auto const& row : rows) {
        INFO(row.sentence);
        Extraction x = extract("sentence.txt", row.sentence);
        REQUIRE_FALSE(x.references.empty());
        CHECK(x.references.front().relation == row.relation);
    }
}

TEST_CASE("pinpoints after and before a citation") {
    auto first = [](const std::string& s) { return extract("sentence.txt", s).references.front(); };
    CHECK(first("as set out in resolution 69/283, annex II, and").pinpoint == "annex II");
    CHECK(first("(A/63/403, para. 14)").pinpoint == "para. 14");
    CHECK(first("Siehe CTOC/COP/2012/15, Abschn. I.A.").pinpoint == "Abschn. I.A");
    CHECK(first("im Einklang mit Ziffer 6 b) der Resolution 72/244 zur Annahme").pinpoint == "Ziffer 6 b)");
}

TEST_CASE("offsets, lines and columns point into the original bytes") {
    std::string text = "Gr\xC3\xBC\xC3\x9F" "e\n  unter Hinweis auf Resolution 55/2.";
    Extraction x = extract("t.md", text);
    REQUIRE(x.references.size() == 1);
    auto const& r = x.references.front();
    CHECK(text.substr(r.begin, r.end - r.begin) == "55/2");
    CHECK(r.line == 2);
    CHECK(r.column == 32);  // two spaces and "unter Hinweis auf Resolution " before it
}

// Mandate tables of the budget fascicles as poppler and pdftotext lay them out: two columns
// of "numbers   title" cells separated by wide gaps (A/81/6 (Sect.2) and (Sect.24), PDF).
TEST_CASE("mandate tables in physical-layout PDF text, across a page foot") {
    std::string sect2 =
        "General Assembly resolutions\n"
        "43/222 A\xE2\x80\x93" "E;           Pattern of conferences                       50/11; 78/330   Multilingualism\n"
        "80/234                                                             80/242          Questions relating to the proposed\n"
        "46/77; 79/327         Revitalization of the work of the General                    programme budget for 2026\n"
        "                      Assembly\n"
        "\n"
        "                Conference management, New York\n"
        "2.17   The Department received 12 requests.\n";
    CHECK(citations(sect2) == std::vector<std::string>{"A/RES/43/222A-E", "A/RES/50/11", "A/RES/78/330",
                                                        "A/RES/80/234", "A/RES/80/242", "A/RES/46/77",
                                                        "A/RES/79/327"});
    std::string sect24 =
        "Human Rights Council resolutions\n"
        "51/17; 57/30      Youth and human rights                                 of funds of illicit origin to the countries of\n"
        "60/16             concrete action against racism, racial                 and the importance of improving\n"
        "                  intolerance                                    58/8    Human rights, democracy and the rule of law\n"
        "\n\n\n"
        "10/47                                                                                                            26-04944\n"
        "\fSection 24       Human rights\n"
        "\n\n"
        "58/9               Question of the realization in all countries    59/19    The contribution of development to the\n";
    // the page counter 10/47 is no resolution; the table goes on after the running header
    CHECK(citations(sect24) == std::vector<std::string>{"A/HRC/RES/51/17", "A/HRC/RES/57/30", "A/HRC/RES/60/16",
                                                         "A/HRC/RES/58/8", "A/HRC/RES/58/9", "A/HRC/RES/59/19"});
}

// OCR in the speeches of the 1960s: "l" for the "1" of "Add.1" (General Debate corpus,
// session 16). The id says 1; the text stays as written.
TEST_CASE("an OCR l for 1 after Add. or Rev. does not cut the symbol") {
    CHECK(citations("In the introduction [A/4800/Add.l] to the annual report") ==
          std::vector<std::string>{"A/4800/Add.1"});
    CHECK(citations("see A/8723/Rev.l, para. 4") == std::vector<std::string>{"A/8723/Rev.1"});
    // a word after the dot is no OCR digit
    CHECK(citations("in document A/4800/Add. later") == std::vector<std::string>{"A/4800/Add"});
}

// General Debate, Azerbaijan 2018: the organ, an adverb and "adopted" before the keyword.
TEST_CASE("the organ that adopted a resolution is found across an adverb") {
    CHECK(citations("Earlier  this year, the Human Rights Council unanimously adopted resolution 37/7, on promoting "
                    "human rights") == std::vector<std::string>{"A/HRC/RES/37/7"});
}

// Resolution numbers in Russian, Chinese and Arabic text (UN Parallel Corpus fragments,
// ../shared/corpus/multilingual: S/2015/52, A/69/772 and the devset's Security Council letters).
TEST_CASE("resolutions in Russian, Chinese and Arabic sentences") {
    CHECK(citations("\xD0\xB2 \xD1\x81\xD0\xB2\xD0\xBE\xD0\xB5\xD0\xB9 \xD1\x80\xD0\xB5\xD0\xB7\xD0\xBE\xD0\xBB\xD1\x8E"
                    "\xD1\x86\xD0\xB8\xD0\xB8 2085 (2012), \xD0\xB2 \xD0\xBA") ==
          std::vector<std::string>{"S/RES/2085(2012)"});  // в своей резолюции 2085 (2012), в к
    CHECK(citations("\xD1\x80\xD0\xB5\xD0\xB7\xD0\xBE\xD0\xBB\xD1\x8E\xD1\x86\xD0\xB8\xD1\x8F\xD0\xBC\xD0\xB8 "
                    "2014 (2011), 2051 (2012) \xD0\xB8 2104 (2013)") ==
          std::vector<std::string>{"S/RES/2014(2011)", "S/RES/2051(2012)", "S/RES/2104(2013)"});  // резолюциями …, … и …
    CHECK(citations("\xE7\xAC\xAC" "874(1993)\xE5\x8F\xB7\xE5\x92\x8C\xE7\xAC\xAC" "884(1993)\xE5\x8F\xB7\xE5\x86\xB3"
                    "\xE8\xAE\xAE\xE7\x9A\x84") == std::vector<std::string>{"S/RES/874(1993)", "S/RES/884(1993)"});  // 第874(1993)号和第884(1993)号决议的
    CHECK(citations("\xE7\xAC\xAC" "1267(1999)\xE5\x92\x8C" "1989(2011)\xE5\x8F\xB7\xE5\x86\xB3\xE8\xAE\xAE") ==
          std::vector<std::string>{"S/RES/1267(1999)", "S/RES/1989(2011)"});  // 第1267(1999)和1989(2011)号决议
    CHECK(citations("\xD8\xA7\xD9\x84\xD9\x85\xD9\x86\xD8\xB4\xD8\xA3\xD8\xA9 \xD8\xB9\xD9\x85\xD9\x84\xD8\xA7 "
                    "\xD8\xA8\xD8\xA7\xD9\x84\xD9\x82\xD8\xB1\xD8\xA7\xD8\xB1 2127 (2013) \xD8\xA8\xD8\xB4\xD8\xA3\xD9\x86") ==
          std::vector<std::string>{"S/RES/2127(2013)"});  // المنشأة عملا بالقرار 2127 (2013) بشأن
    CHECK(citations("\xD9\x82\xD8\xB1\xD8\xA7\xD8\xB1 \xD9\x85\xD8\xAC\xD9\x84\xD8\xB3 \xD8\xA7\xD9\x84\xD8\xA3\xD9\x85"
                    "\xD9\x86 1990 (2011) \xD8\xA7\xD9\x84\xD9\x85\xD8\xA4\xD8\xB1\xD8\xAE") ==
          std::vector<std::string>{"S/RES/1990(2011)"});  // قرار مجلس الأمن 1990 (2011) المؤرخ
    // Russian after the numbers: a preposition starts the clause, no organ's name (the review's
    // cases); "Ассамблеи" alone is the General Assembly, with a name after it another assembly
    struct Row {
        std::string sentence;
        std::vector<std::string> ids;
    };
    for (Row const& row : std::vector<Row>{
             {"\xD1\x80\xD0\xB5\xD0\xB7\xD0\xBE\xD0\xBB\xD1\x8E\xD1\x86\xD0\xB8\xD1\x8E 60/180 \xD0\xBE "
              "\xD0\x9A\xD0\xBE\xD0\xBC\xD0\xB8\xD1\x81\xD1\x81\xD0\xB8\xD0\xB8 \xD0\xBF\xD0\xBE",  // резолюцию 60/180 о Комиссии по
              {"A/RES/60/180"}},
             {"\xD1\x80\xD0\xB5\xD0\xB7\xD0\xBE\xD0\xBB\xD1\x8E\xD1\x86\xD0\xB8\xD1\x8E 70/1 "
              "\xD0\x90\xD1\x81\xD1\x81\xD0\xB0\xD0\xBC\xD0\xB1\xD0\xBB\xD0\xB5\xD0\xB8,",  // резолюцию 70/1 Ассамблеи,
              {"A/RES/70/1"}},
             {"\xD1\x80\xD0\xB5\xD0\xB7\xD0\xBE\xD0\xBB\xD1\x8E\xD1\x86\xD0\xB8\xD1\x8E 5/3 "
              "\xD0\x90\xD1\x81\xD1\x81\xD0\xB0\xD0\xBC\xD0\xB1\xD0\xBB\xD0\xB5\xD0\xB8 "
              "\xD0\xB3\xD0\xBE\xD1\x81\xD1\x83\xD0\xB4\xD0\xB0\xD1\x80\xD1\x81\xD1\x82\xD0\xB2",  // резолюцию 5/3 Ассамблеи государств
              {}},
         }) {
        INFO(row.sentence);
        CHECK(citations(row.sentence) == row.ids);
    }
    // Spanish with the organ before the numbers (A/69/772)
    CHECK(citations("resoluciones del Consejo de Seguridad 822 (1993), 853 (1993) y 884 (1993)") ==
          std::vector<std::string>{"S/RES/822(1993)", "S/RES/853(1993)", "S/RES/884(1993)"});
}

// General Debate speeches: a note verbale's number and OCR debris look like symbols of an
// unknown two-letter series; other bodies' symbols with letters or longer series stay.
TEST_CASE("unknown series: two letters and numbers only is no symbol") {
    CHECK(citations("in its note verbale NV/78/74 of 3 October") == std::vector<std::string>{});
    CHECK(citations("see SR/CONF/45 and CAC/COSP/2021/17") == std::vector<std::string>{"SR/CONF/45", "CAC/COSP/2021/17"});
}

// Markdown links are checked like Word and HTML ones: the target's symbol is read by the
// same decoder (a view_doc.asp?symbol= link named a "mismatch" before, an external site too).
TEST_CASE("Markdown link targets: ok, mismatch, external") {
    Extraction x = extract("a.md", "Recalling its resolutions [70/1](http://www.un.org/ga/search/view_doc.asp?symbol=A/RES/70/1), "
                                   "[79/1](https://undocs.org/A/RES/79/2) and [80/1](https://example.org/x),\n");
    auto links = test::of_kind(x, Kind::link);
    REQUIRE(links.size() == 3);
    CHECK(links[0].status == "ok");
    CHECK(links[1].id == "A/RES/79/2");
    CHECK(links[1].status == "mismatch: text names A/RES/79/1, target is A/RES/79/2");
    CHECK(links[2].status == "external");
}

TEST_CASE("Markdown link targets with parentheses or a title are read whole") {
    // undocs.org addresses of Security Council resolutions carry the year in parentheses
    std::string text = "Recalling resolutions [2334 (2016)](https://undocs.org/S/RES/2334(2016)) and "
                       "[70/1](https://undocs.org/A/RES/70/1 \"Transforming our world\"), and [a](b c)\n";
    Extraction x = extract("a.md", text);
    auto links = test::of_kind(x, Kind::link);
    REQUIRE(links.size() == 2);
    CHECK(links[0].target == "https://undocs.org/S/RES/2334(2016)");
    CHECK(links[0].id == "S/RES/2334(2016)");
    CHECK(links[0].status == "ok");
    CHECK(text.substr(links[0].begin, links[0].end - links[0].begin) == "[2334 (2016)](https://undocs.org/S/RES/2334(2016))");
    CHECK(links[1].target == "https://undocs.org/A/RES/70/1");
    CHECK(links[1].status == "ok");
    CHECK(test::citation_ids(x) == std::vector<std::string>{"S/RES/2334(2016)", "A/RES/70/1"});
}

TEST_CASE("Ibid. in Russian, Chinese and Arabic, where an Ibid. stands") {
    struct Row {
        std::string sentence;
        std::string ibid;  // the phrase taken for Ibid., or "" for none
    };
    const Row rows[] = {
        // multilingual/ (UN Parallel Corpus): A/69/810, A/69/809, A/69/786
        {"ещения в здании Секретариата (там же, пункт 66).\nКомитет", "там же"},
        {"的工作人员(同上，第66段)。\n行预咨委会建议", "同上"},
        {"ستخدامها كتكنولوجيات معيارية (المرجع نفسه، الفقرات 375-377)، ", "المرجع نفسه"},
        {"رؤساء التنفيذيين في عام 2013 (المرجع السابق، الفقرتان 4 و 5).\n1", "المرجع السابق"},
        {"5 там же, пункт 3.\n", "там же"},  // first on a note's line
        // the same words in running text are no Ibid.
        {"и там же было сказано", ""},
        {"如同上文所述", ""},
        {"وفقا للمرجع نفسه في", ""},
    };
    for (auto const& row : rows) {
        INFO(row.sentence);
        Extraction x = extract("t.txt", row.sentence);
        auto ibids = test::of_kind(x, Kind::ibid);
        if (row.ibid.empty()) {
            CHECK(ibids.empty());
        } else {
            REQUIRE(ibids.size() == 1);
            CHECK(row.sentence.substr(ibids[0].begin, ibids[0].end - ibids[0].begin) == row.ibid);
        }
    }
}

TEST_CASE("a list whose date the page broke goes on past the page foot, in its clause") {
    // A/RES/79/160: "… 67/154 of 20 December 2012, 68/150 of" | footnotes, running header |
    // "18 December 2013, 69/160 of 18 December 2014, … 78/190 … on this issue"
    std::string path = "tests/data/A_RES_79_160.en.txt";
    Extraction x = extract(path, test::read_repo_file(path));
    std::vector<std::string> after_the_break{"A/RES/69/160", "A/RES/70/139", "A/RES/71/179", "A/RES/72/156", "A/RES/73/157",
                                             "A/RES/74/136", "A/RES/75/169", "A/RES/76/149", "A/RES/77/204", "A/RES/78/190"};
    for (auto const& id : after_the_break) {
        INFO(id);
        auto found = std::find_if(x.references.begin(), x.references.end(), [&](const Reference& r) { return r.id == id; });
        REQUIRE(found != x.references.end());
        CHECK(found->relation == Relation::recalls);  // the clause's verb, before the page foot
    }
    auto at_break = std::find_if(x.references.begin(), x.references.end(),
                                 [](const Reference& r) { return r.id == "A/RES/68/150"; });
    REQUIRE(at_break != x.references.end());
    CHECK(at_break->date == "2013-12-18");  // the date read across the page foot
}

TEST_CASE("'Council' alone in an Assembly document is the council named last before it") {
    struct Row {
        std::string path, sentence;
        std::vector<std::string> ids;
    };
    std::vector<Row> rows{
        // ga/A_RES_80_220.en.txt (a GA resolution): the Human Rights Council named, then "Council" alone
        {"A_RES_80_220.en.txt",
         "pursuant to Human Rights Council resolutions 34/24 \nof 24 March 2017,30 40/20 of 22 March 201931 and 46/17 of "
         "23 March 2021,32 and \nalso welcomes Council resolutions 52/28 of 4 April 2023,33 55/21 of 4 April 202434 \n"
         "and 58/17, which continue",
         {"A/HRC/RES/34/24", "A/HRC/RES/40/20", "A/HRC/RES/46/17", "A/HRC/RES/52/28", "A/HRC/RES/55/21", "A/HRC/RES/58/17"}},
        // ga/A_RES_78_210.en.txt: the name broken by a line read as a name, not as "Council" alone
        {"A_RES_78_210.en.txt", "resolution 76/169 of 16 December 2021, and Human Rights \nCouncil resolutions 34/8 of 23 March 2017,",
         {"A/RES/76/169", "A/HRC/RES/34/8"}},
        // ga/A_C.3_80_L.45.en.txt: sessions the Assembly never numbered so ("5/1") are the Council's too
        {"A_C.3_80_L.45.en.txt", "of the Human Rights Council, in accordance with Council resolutions 5/1 and 5/2 of 18 June 2007",
         {"A/HRC/RES/5/1", "A/HRC/RES/5/2"}},
        // ga/A_RES_80_217.en.txt: "Economic and Social\nCouncil" after the Security Council was named
        {"A_RES_80_217.en.txt",
         "Security Council resolutions 1325 \n(2000) of 31 October 2000, and Economic and Social \nCouncil resolution 2025/4 of 10 June",
         {"S/RES/1325(2000)", "E/RES/2025/4"}},
        // a council read back to whose numbers these cannot be: the number's form decides
        {"A_RES_1_1.en.txt", "Security Council resolution 2334 (2016) and Council resolution 2019/15", {"S/RES/2334(2016)", "E/RES/2019/15"}},
        // in a council's own document, "the Council" is that council, whatever was named before
        {"A_HRC_RES_58_1.en.txt", "Security Council resolution 2334 (2016), and Council resolution 52/28", {"S/RES/2334(2016)", "A/HRC/RES/52/28"}},
        // the organ named after the numbers comes first (the review's cases)
        {"A_RES_80_1.en.txt", "Security Council resolution 2250 (2015), and the Council resolution 52/5 of the Human Rights Council",
         {"S/RES/2250(2015)", "A/HRC/RES/52/5"}},
        // another body's council named last: "Council" alone is that council's, not ours to number
        {"A_RES_80_1.en.txt", "Human Rights Council resolution 52/5 and decisions of the Trusteeship\nCouncil, including Council resolution 2/3",
         {"A/HRC/RES/52/5"}},
        {"A_RES_80_1.en.txt", "the Special Rapporteur of the Human Rights Council, the Governing Council of the United Nations "
                              "Environment Programme and the Council, in its decision 27/2,",
         {}},
        {"A_RES_80_1.en.txt", "the African Union Peace and Security Council and Council resolution 31/2", {}},
        // a clause verb or a preposition before "Council" alone names no other body: in a council's
        // own document it is that council, in the Assembly's the one named last (HRC resolutions
        // open paragraphs so; no corpus document does)
        {"A_HRC_RES_55_1.en.txt", "Recalling Council resolutions 5/1 and 5/2 of 18 June 2007,\n\nReaffirming Council "
                                  "resolution 16/21 of 25 March 2011,\n\nRecalling Assembly resolution 60/251,",
         {"A/HRC/RES/5/1", "A/HRC/RES/5/2", "A/HRC/RES/16/21", "A/RES/60/251"}},
        {"A_RES_80_1.en.txt", "Human Rights Council resolution 52/5, and Recalling Council resolution 55/1,", {"A/HRC/RES/52/5", "A/HRC/RES/55/1"}},
        {"A_RES_80_1.en.txt", "Human Rights Council resolution 52/5.\n\n 3 See Council resolution 55/1.", {"A/HRC/RES/52/5", "A/HRC/RES/55/1"}},
        // reports/A_81_6_(Sect.14): a preposition before a bare "Assembly" (it had been dropped as another body's)
        {"A_81_6_(Sect.14).en.txt", "and 66/288 and 67/213, in 2012. In Assembly resolution 70/1, Member States", {"A/RES/70/1"}},
        // a list naming no organ, with a number the Assembly cannot have (24/14), goes on with the council
        // cited last in the sentence, the whole list (ga/A_RES_78_202.en.txt); one the Assembly can have
        // stays the Assembly's, and a sentence end stops the carry
        {"A_RES_78_202.en.txt",
         "was resolution 77/214 of 15 December 2022, and Human Rights Council decision \n18/120 of 30 September "
         "20111 and resolutions 24/14 of 27 September 2013,2 27/21 \nof 26 September 2014,3 36/10 of 28 September 2017,5",
         {"A/RES/77/214", "A/HRC/DEC/18/120", "A/HRC/RES/24/14", "A/HRC/RES/27/21", "A/HRC/RES/36/10"}},
        {"A_RES_80_1.en.txt", "Human Rights Council resolution 52/5 and resolution 78/190", {"A/HRC/RES/52/5", "A/RES/78/190"}},
        {"A_RES_80_1.en.txt", "Human Rights Council resolution 52/5. Recalls resolutions 24/14 and 36/10",
         {"A/HRC/RES/52/5", "A/RES/36/10"}},
        {"A_RES_80_1.en.txt", "Human Rights Council resolution 52/5,\n\nRecalling resolutions 24/14 and 36/10",
         {"A/HRC/RES/52/5", "A/RES/36/10"}},
        // the review's cases: a number no council session reaches stays the Assembly's; an
        // abbreviation's period ends no sentence; a mandate table's rows, read before the
        // keywords inside them, do not move the council back; the paragraph goes on across a
        // page foot; a footnote is not the body's sentence
        {"A_RES_80_1.en.txt", "Recalling Human Rights Council resolution 5/1, and resolutions 6/2 and 60/251,",
         {"A/HRC/RES/5/1", "A/HRC/RES/6/2", "A/RES/60/251"}},
        // no Human Rights Council session has reached 70: the carried council leaves "70/1" (the
        // Assembly's 2030 Agenda) its own form's id
        {"A_RES_80_1.en.txt", "Recalling Human Rights Council resolution 5/1, and resolutions 6/2 and 70/1,",
         {"A/HRC/RES/5/1", "A/HRC/RES/6/2", "A/RES/70/1"}},
        {"A_RES_80_1.en.txt", "Recalling Human Rights Council resolution 5/1, chap. IV, and resolutions 6/2 and 7/1,",
         {"A/HRC/RES/5/1", "A/HRC/RES/6/2", "A/HRC/RES/7/1"}},
        // ... but a short word is no abbreviation (the review's case: "vote." ends the sentence)
        {"A_RES_80_1.en.txt",
         "The Human Rights Council adopted resolution 48/13 after a vote. Resolution 5/14 on plastic pollution was "
         "then adopted.",
         {"A/HRC/RES/48/13"}},
        // a number the carried council cannot have keeps its own form's id (the review's case)
        {"A_RES_80_1.en.txt", "Recalling Economic and Social Council resolution 2013/41 and resolutions 24/14 and 70/1,",
         {"E/RES/2013/41", "A/RES/70/1"}},
        {"A_80_100.en.txt", "Human Rights Council resolutions\n24/14 | Mandate as set out in resolutions 60/251 and 5/1\n"
                            "27/21 | Another mandate\n",
         {"A/HRC/RES/24/14", "A/RES/60/251", "A/HRC/RES/5/1", "A/HRC/RES/27/21"}},
        {"A_80_100.en.txt", "A/80/100\n\nRecalling Human Rights Council decision 18/120 of 1 July 2011, the work\nof the "
                            "Council and its members,\n\n__________\n1 See the report of the Council.\n\n26-04944      "
                            "                                             2/10\n\nA/80/100\n\nand resolutions 24/14 and 27/21,\n",
         {"A/HRC/DEC/18/120", "A/HRC/RES/24/14", "A/HRC/RES/27/21"}},
        {"A_80_100.en.txt", "recalling also Human Rights Council resolutions 39/3 of 27 September 2018,1 and\n"
                            "__________\n1 See resolution 27/12 on the subject.\n",
         {"A/HRC/RES/39/3"}},
        // the carry's bounds: a sentence that ends right before the keyword (also with CRLF), an
        // act of another organ cited in between, a ';', more than 1,500 bytes
        {"A_RES_80_1.en.txt", "Human Rights Council resolution 52/5. Resolutions 24/14 and 36/10 were adopted.",
         {"A/HRC/RES/52/5", "A/RES/36/10"}},
        {"A_RES_80_1.en.txt", "Human Rights Council resolution 52/5.\r\nRecalls resolutions 24/14 and 36/10",
         {"A/HRC/RES/52/5", "A/RES/36/10"}},
        {"A_RES_80_1.en.txt", "Human Rights Council resolution 52/5 and General Assembly resolution 70/1, and resolutions "
                              "24/14 and 36/10",
         {"A/HRC/RES/52/5", "A/RES/70/1", "A/RES/36/10"}},
        {"A_RES_80_1.en.txt", "Human Rights Council resolution 52/5; and resolutions 24/14 and 36/10",
         {"A/HRC/RES/52/5", "A/RES/36/10"}},
        {"A_RES_80_1.en.txt", "Human Rights Council resolution 52/5, " + std::string(1500, 'x') + " and resolutions 24/14 and 36/10",
         {"A/HRC/RES/52/5", "A/RES/36/10"}},
        {"A_RES_80_1.en.txt", "Human Rights Council resolution 52/5, " + std::string(1400, 'x') + " and resolutions 24/14 and 36/10",
         {"A/HRC/RES/52/5", "A/HRC/RES/24/14", "A/HRC/RES/36/10"}},
        // ECOSOC, an acronym, is no council name read back to (the review's case)
        {"A_RES_80_1.en.txt", "Recalling Human Rights Council resolution 5/1.\n\nNoting the work of ECOSOC, and welcoming "
                              "Council resolution 6/2,",
         {"A/HRC/RES/5/1", "A/HRC/RES/6/2"}},
        // a no-break or thin space inside an organ's name is a space, as everywhere (the review's case)
        {"A_RES_80_1.en.txt", "Recalling Human Rights\xC2\xA0" "Council resolution 5/1,", {"A/HRC/RES/5/1"}},
        {"A_RES_80_1.en.txt", "Recalling Human\xE2\x80\x89Rights Council resolution 5/1,", {"A/HRC/RES/5/1"}},
        // a no-break space between the organ and the keyword is a space (the review's case)
        {"A_RES_80_1.en.txt", "Recalling Human Rights Council\xC2\xA0resolution 52/5 of 4 April 2023,", {"A/HRC/RES/52/5"}},
    };
    for (auto const& row : rows) {
        INFO(row.sentence);
        CHECK(test::citation_ids(extract(row.path, row.sentence)) == row.ids);
    }
}

TEST_CASE("another body's resolution cited in an ECOSOC resolution, in Russian and Chinese, is not ECOSOC's") {
    // E/RES/2014/33 (multilingual/): an ECLAC resolution; the English and Spanish give no id
    for (std::string sentence : {std::string("Экономический и Социальный Совет,\nпринимая к сведению резолюцию 683 (XXXV) "
                                             "Экономической комиссии для Латинской Америки и Ка"),
                                 std::string("经济及社会理事会，\n表示注意到拉丁美洲和加勒比经济委员会2014年5月9日第683(XXXV)号决议，"
                                             "委员会在该决议中")}) {
        INFO(sentence);
        Extraction x = extract("E_RES_2014_33.txt", sentence);  // an ECOSOC resolution: E/RES/… is what a bare number would get
        REQUIRE(x.document.symbol == "E/RES/2014/33");
        CHECK(test::citation_ids(x).empty());
    }
}

TEST_CASE("a resolution's own title line in Russian, Arabic and Chinese is no citation of itself") {
    // S/RES/2203 (2015) in multilingual/: line 7 of each version names the resolution itself
    for (std::string line : {std::string("Резолюция 2203 (2015),\nпринятая Советом Безопасности на его 7377-м заседании"),
                             std::string("القرار 2203 (2015)\nالذي اتخذه مجلس الأمن في جلسته 7377"),
                             std::string("第2203(2015)号决议\n2015年2月18日安全理事会第7377次会议通过")}) {
        INFO(line);
        Extraction x = extract("t.txt", "Совет Безопасности\n\n" + line + "\n");  // the symbol from the title line
        CHECK(x.document.symbol == "S/RES/2203(2015)");
        CHECK(test::citation_ids(x).empty());
    }
}
