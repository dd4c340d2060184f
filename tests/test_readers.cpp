// Stage 1, input formats: PDF (poppler), Word .docx (libzip + libxml2) and HTML read into
// their visible text; explicit links checked; bad files refused with their reason.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <variant>

#include <fmt/format.h>

#include "helpers.hpp"
#include "refs/explicit_links.hpp"
#include "text/layout.hpp"
#include "text/source.hpp"

using namespace unxref;
using unxref::test::of_kind;
using unxref::test::read_repo_file;

namespace {

Source read_ok(const std::string& name, std::string bytes) {
    auto read = read_source(name, std::move(bytes));
    if (auto* error = std::get_if<LoadError>(&read)) FAIL(error->path << ": " << error->message);
    return std::get<Source>(std::move(read));
}

std::string reason(const std::string& name, std::string bytes) {
    auto read = read_source(name, std::move(bytes));
    REQUIRE(std::holds_alternative<LoadError>(read));
    return std::get<LoadError>(read).message;
}

std::set<std::string> citation_ids(const Extraction& x) {
    auto ids = test::citation_ids(x);
    return {ids.begin(), ids.end()};
}

}  // namespace

TEST_CASE("a PDF read through poppler gives the references of its two other renditions") {
    // the same resolution as text from the UN pipeline (.en.txt) and from `pdftotext -layout`
    Source pdf = read_ok("A_RES_80_6.en.pdf", read_repo_file("tests/data/A_RES_80_6.en.pdf"));
    CHECK(pdf.format == SourceFormat::pdf);
    Extraction from_pdf = extract(pdf);
    Extraction from_txt = extract("A_RES_80_6.en.txt", read_repo_file("tests/data/A_RES_80_6.en.txt"));
    Extraction from_pdftotext =
        extract("A_RES_80_6.en.pdftotext.txt", read_repo_file("tests/data/A_RES_80_6.en.pdftotext.txt"));

    CHECK(from_pdf.document.symbol == "A/RES/80/6");
    CHECK(citation_ids(from_pdf).size() == 13);
    CHECK(citation_ids(from_pdf) == citation_ids(from_txt));
    CHECK(citation_ids(from_pdf) == citation_ids(from_pdftotext));
    // footnotes stay on their page, label alone on its line: as many as the UN text has
    CHECK(of_kind(from_pdf, Kind::footnote).size() == of_kind(from_txt, Kind::footnote).size());
    CHECK(of_kind(from_pdf, Kind::footnote).size() == 10);
    for (auto const& r : from_pdf.references)
        CHECK(pdf.bytes.substr(r.begin, r.end - r.begin).find('\f') == std::string::npos);
}

TEST_CASE("PDF pages start with a form feed and their furniture is recognised") {
    Source pdf = read_ok("A_RES_80_6.en.pdf", read_repo_file("tests/data/A_RES_80_6.en.pdf"));
    std::size_t pages = std::count(pdf.bytes.begin(), pdf.bytes.end(), '\f') + 1;
    CHECK(pages == 5);
    CHECK(pdf.bytes.find("\n\f") != std::string::npos);  // each page after the first starts a line with \f
    Layout layout = analyse_layout(pdf.bytes, "A/RES/80/6");
    // physical layout puts furniture side by side: "2/5      25-18301", "A/RES/80/6     Report of …"
    std::size_t job_lines = 0, header_lines = 0, barcodes = 0;
    for (std::size_t line = 0; line < layout.line_count(); ++line) {
        std::string_view t = trimmed_line(pdf.bytes, layout, line);
        bool job = t.find("25-18301") != std::string_view::npos, header = t.starts_with("A/RES/80/6  "),
             barcode = t == "*2518301*";
        job_lines += job;
        header_lines += header;
        barcodes += barcode;
        if (job || header || barcode) CHECK(layout.furniture[line]);
    }
    CHECK(job_lines == 5);
    CHECK(header_lines == 2);
    CHECK(barcodes == 1);
}

TEST_CASE("a Word .docx made from a UN report: links with their targets, one deliberately wrong") {
    // tests/data/make_docx.py made it from A_80_604_Add.6.en.txt and the UN's own links
    Source docx = read_ok("A_80_604_Add.6.en.docx", read_repo_file("tests/data/A_80_604_Add.6.en.docx"));
    CHECK(docx.format == SourceFormat::docx);
    REQUIRE(docx.links.size() == 24);
    for (auto const& link : docx.links) {
        CHECK(link.target.starts_with("https://docs.un.org/en/"));
        CHECK(link.end > link.begin);
    }
    Extraction x = extract(docx);
    auto links = of_kind(x, Kind::link);
    REQUIRE(links.size() == 24);
    std::size_t ok = 0;
    std::vector<Reference> mismatched;
    for (auto const& r : links) {
        CHECK(!r.target.empty());
        if (r.status == "ok") ++ok;
        else mismatched.push_back(r);
    }
    CHECK(ok == 23);
    REQUIRE(mismatched.size() == 1);
    CHECK(mismatched[0].status == "mismatch: text names A/RES/78/302, target is A/RES/78/303");
    CHECK(docx.bytes.substr(mismatched[0].begin, mismatched[0].end - mismatched[0].begin) == "78/302");
    // the HYPERLINK field gives a link like w:hyperlink does
    auto field = std::find_if(links.begin(), links.end(), [](auto const& r) { return r.id == "S/RES/1244(1999)"; });
    REQUIRE(field != links.end());
    CHECK(field->target == "https://docs.un.org/en/S/RES/1244(1999)");

    // the same references as the text rendition, and both footnotes found with their markers
    Extraction from_txt = extract("A_80_604_Add.6.en.txt", read_repo_file("tests/data/A_80_604_Add.6.en.txt"));
    CHECK(citation_ids(x) == citation_ids(from_txt));
    auto notes = of_kind(x, Kind::footnote);
    REQUIRE(notes.size() == 2);
    for (auto const& n : notes) CHECK(n.status == "paired");
    CHECK(docx.bytes.find("\n__________________\n1  Detailed and updated information") != std::string::npos);
    // tables: a row per line, cells joined by " | "
    CHECK(docx.bytes.find("\nAllotment for 2024/25 | $43,684,700\n") != std::string::npos);
}

TEST_CASE("HTML: visible text only, <a href> as explicit links with their status") {
    std::string html =
        "<!DOCTYPE html><html><head><title>A/RES/1/1</title><style>p{}</style></head><body>"
        "<p>Recalling its resolution <a href=\"https://undocs.org/A/RES/78/250\">78/250</a> and the report\n"
        "   (<a href=\"https://undocs.org/en/A/80/5/Add.1\">A/80/5/Add.1</a>),</p>"
        "<script>var s = \"A/RES/2/2\";</script>"
        "<p>resolutions <a href=\"#\">79/1</a> and <a "
        "href=\"http://www.un.org/ga/search/view_doc.asp?symbol=A/RES/70/1\">70/2</a>, "
        "<a href=\"https://www.ohchr.org/\">OHCHR</a>, <a href=\"#fn1\">1</a></p>"
        "<table><tr><td>A/79/1 </td><td> text</td></tr><tr><td></td><td>B</td></tr></table></body></html>";
    Source source = read_ok("page.html", html);
    CHECK(source.format == SourceFormat::html);
    CHECK(source.bytes ==
          "Recalling its resolution 78/250 and the report (A/80/5/Add.1),\n\n"
          "resolutions 79/1 and 70/2, OHCHR, 1\n\n"
          "A/79/1 | text\n| B\n");  // one space around each separator; an empty cell keeps its column
    Extraction x = extract(source);
    std::vector<std::pair<std::string, std::string>> got;
    for (auto const& r : of_kind(x, Kind::link))
        got.emplace_back(source.bytes.substr(r.begin, r.end - r.begin), r.status);
    std::vector<std::pair<std::string, std::string>> expected{
        {"78/250", "ok"},
        {"A/80/5/Add.1", "ok"},
        {"79/1", "placeholder"},
        {"70/2", "mismatch: text names A/RES/70/2, target is A/RES/70/1"},
        {"OHCHR", "external"},
    };  // "#fn1" is navigation inside the page: no record
    CHECK(got == expected);
    // the type comes from the bytes, not the name
    CHECK(read_ok("page.txt", html).format == SourceFormat::html);
}

TEST_CASE("HTML nested deeper than libxml2's default 256 levels loses nothing, and absurd depth is refused") {
    // legacy HTML: every line opens a <font> that is never closed
    auto nested = [](int lines) {
        std::string html = "<html><body>";
        for (int i = 1; i <= lines; ++i) html += fmt::format("<font size=2>Recalling resolution {}/1<br>\n", 31 + i % 40);
        return html + "</body></html>";
    };
    Source source = read_ok("legacy.html", nested(400));
    CHECK(std::count(source.bytes.begin(), source.bytes.end(), '\n') == 400);
    CHECK(source.bytes.find("Recalling resolution 31/1") != std::string::npos);  // line 400, 400 levels down
    CHECK(of_kind(extract(source), Kind::resolution).size() == 400);
    CHECK(reason("deep.html", nested(6000)) == "unreadable HTML: elements nested more than 5000 deep");
}

TEST_CASE("UN link targets name their symbol") {
    struct Row {
        std::string target, symbol;
    };
    std::vector<Row> rows{
        {"https://undocs.org/A/RES/78/250", "A/RES/78/250"},
        {"https://undocs.org/en/A/80/5/Add.1", "A/80/5/Add.1"},
        {"https://docs.un.org/en/S/RES/2690(2023)", "S/RES/2690(2023)"},
        {"https://docs.un.org/en/A/80/5(Vol.II)", "A/80/5(Vol.II)"},
        {"https://docs.un.org/en/a/81/50", "A/81/50"},  // typed in lower case in a real report
        {"https://docs.un.org/en/e/RES/36(IV)", "E/RES/36(IV)"},
        {"http://www.un.org/ga/search/view_doc.asp?symbol=A/RES/70/1", "A/RES/70/1"},
        {"https://undocs.org/Home/Mobile?FinalSymbol=A%2FHRC%2F55%2F1&Language=E", "A/HRC/55/1"},
        {"https://shop.un.org/", ""},
        {"http://www.un.org/en/delegate", ""},
        {"https://example.org/A/RES/1/1", ""},
    };
    for (auto const& row : rows) CHECK(un_link_symbol(row.target) == row.symbol);
}

TEST_CASE("bad PDF, Word and ZIP files are refused with their reason") {
    CHECK(reason("x.pdf", "%PDF-1.7\nnot a PDF at all") == "damaged PDF: poppler cannot read its structure");
    std::string pdf = read_repo_file("tests/data/A_RES_80_6.en.pdf");
    CHECK_THAT(reason("cut.pdf", pdf.substr(0, pdf.size() / 3)), Catch::StartsWith("damaged PDF"));
    // damage poppler repairs without complaint to the caller: one byte in 997 inverted in the
    // middle third (it read 21,107 bytes of text before, with its fonts' Unicode maps broken)
    std::string flipped = pdf;
    for (std::size_t i = pdf.size() / 3; i < 2 * pdf.size() / 3; i += 997) flipped[i] = static_cast<char>(~flipped[i]);
    CHECK_THAT(reason("flipped.pdf", flipped),
               Catch::StartsWith("damaged PDF: poppler reported 20 problems (first: Illegal entry in bfrange block"));
    // an /Encrypt dictionary whose password check fails for the empty password
    std::string encrypted =
        "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
        "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n"
        "4 0 obj\n<< /Filter /Standard /V 1 /R 2 /O <" + std::string(64, '0') + "> /U <" + std::string(64, '1') +
        "> /P -4 >>\nendobj\ntrailer\n<< /Size 5 /Root 1 0 R /Encrypt 4 0 R "
        "/ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] >>\n%%EOF\n";
    CHECK(reason("locked.pdf", encrypted) == "encrypted PDF: it needs a password to be read");

    CHECK(reason("a.docx", read_repo_file("tests/data/not_a_docx.zip")) ==
          "binary file: ZIP archive that is not a Word .docx (no word/document.xml member)");
    std::string docx = read_repo_file("tests/data/A_80_604_Add.6.en.docx");
    CHECK_THAT(reason("cut.docx", docx.substr(0, docx.size() / 2)),
               Catch::StartsWith("damaged or truncated Word .docx"));
    CHECK_THAT(reason("old.doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(100, 'x')),
               Catch::Contains("old Word .doc") && Catch::Contains("save it as .docx"));
    CHECK_THAT(reason("x.txt", std::string("abc\0def", 7)), Catch::StartsWith("binary file: NUL byte"));
}
