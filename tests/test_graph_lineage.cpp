// Lineage, series and stats on real documents: three resolutions of one annual series
// (A/RES/78/190, 79/160, 80/192, copied from ga/) and the German examples. Golden files
// under tests/golden/graph/; regenerate with UNXREF_UPDATE_GOLDEN=1 and review the diff.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "dot_export.hpp"
#include "helpers.hpp"
#include "lineage_output.hpp"
#include "render.hpp"
#include "refs/series.hpp"
#include "stats.hpp"

using namespace unxref;
using namespace unxref::test;

namespace {

CitationGraph graph_of(std::initializer_list<const char*> files) {
    CitationGraphBuilder builder;
    for (const char* file : files) {
        std::string text = read_repo_file(file);
        builder.add(extract(file, text));
    }
    return builder.build();
}

const CitationGraph& series_graph() {
    static const CitationGraph g = graph_of({"tests/data/A_RES_78_190.en.txt", "tests/data/A_RES_79_160.en.txt",
                                             "tests/data/A_RES_80_192.en.txt"});
    return g;
}

template <class Write>
std::string written(Write&& write) {
    char* buffer = nullptr;
    std::size_t size = 0;
    std::FILE* out = open_memstream(&buffer, &size);
    write(out);
    std::fclose(out);
    std::string s(buffer, size);
    std::free(buffer);
    return s;
}

std::string file_contents(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void check_graph_golden(const std::string& name, const std::string& actual) {
    test::check_golden("tests/golden/graph/" + name, actual);
}

std::string tree(const CitationGraph& g, const char* id, LineageOptions o) {
    Lineage l = lineage(g, *g.find(id), o);
    return written([&](std::FILE* out) { write_lineage_tree(out, g, l, o); });
}

}  // namespace

TEST_CASE("the title line gives the title, wrapped lines joined") {
    std::string text = read_repo_file("tests/data/A_RES_80_192.en.txt");
    Extraction x = extract("A_RES_80_192.en.txt", text);
    CHECK(x.document.title ==
          "Combating glorification of Nazism, neo-Nazism and other practices that contribute to fuelling "
          "contemporary forms of racism, racial discrimination, xenophobia and related intolerance");
    CHECK(series_key("Combating  glorification, of NAZISM") == "combating glorification of nazism");
}

TEST_CASE("series citations of A/RES/80/192: the list said to be 'on this issue', not the one 'entitled' otherwise") {
    std::string text = read_repo_file("tests/data/A_RES_80_192.en.txt");
    Extraction x = extract("A_RES_80_192.en.txt", text);
    std::vector<std::string> named;
    for (auto const& r : x.references)
        if (r.series) named.push_back(r.id);
    // 68/150 … 79/160 follow a page break: the list runs on past the page foot
    CHECK(named == std::vector<std::string>{"A/RES/60/143", "A/RES/61/147", "A/RES/62/142", "A/RES/63/162",
                                            "A/RES/64/147", "A/RES/65/199", "A/RES/66/143", "A/RES/67/154",
                                            "A/RES/68/150", "A/RES/69/160", "A/RES/70/139", "A/RES/71/179",
                                            "A/RES/72/156", "A/RES/73/157", "A/RES/74/136", "A/RES/75/169",
                                            "A/RES/76/149", "A/RES/77/204", "A/RES/78/190", "A/RES/79/160"});
}

TEST_CASE("each series phrase names a list as the document's own series") {
    auto series_ids = [](const std::string& clause) {
        std::string text = "80/192. Some title\n\nThe General Assembly,\n\nRecalling its resolution 50/1,\n\n" + clause +
                           "\n\n1. Decides to continue,\n";
        Extraction x = extract("A_RES_80_192.en.txt", text);
        std::vector<std::string> named;
        for (auto const& r : x.references)
            if (r.series) named.push_back(r.id);
        return named;
    };
    const std::vector<std::string> both{"A/RES/60/143", "A/RES/61/147"};
    CHECK(series_ids("Recalling also its resolutions 60/143 and 61/147,").empty());
    for (std::string phrase : {"on this issue", "on the issue", "on this subject", "on the subject",
                               "on the same subject", "on this question", "on the question", "on this matter",
                               "on the matter", "on this topic", "all its previous", "all previous",
                               "all relevant resol", "its previous resol", "subsequent resol", "most recent of which",
                               "latest of which", "zu dieser frage", "zu diesem thema", "fr\xC3\xBCheren resol",
                               "sur la question", "ant\xC3\xA9rieures", "sobre la cuesti\xC3\xB3n", "anteriores"}) {
        INFO(phrase);
        CHECK(series_ids("Recalling also " + phrase + " resolutions 60/143 and 61/147,") == both);
    }
}

TEST_CASE("lineage --series of A/RES/80/192: earlier members by title and by the text") {
    const CitationGraph& g = series_graph();
    LineageOptions o;
    o.series = true;
    Lineage l = lineage(g, *g.find("A/RES/80/192"), o);
    std::vector<std::string> ids;
    for (Vertex v : l.nodes) ids.push_back(g.node(v).id);
    REQUIRE(ids.size() >= 3);
    CHECK(ids[0] == "A/RES/80/192");
    CHECK(ids[1] == "A/RES/79/160");  // read, same title
    CHECK(ids[2] == "A/RES/78/190");
    CHECK(std::find(ids.begin(), ids.end(), "A/RES/60/143") != ids.end());      // named in the text
    CHECK(std::find(ids.begin(), ids.end(), "A/RES/61/149") == ids.end());      // "entitled “A global call …”"
    check_graph_golden("series_80_192.tree.txt", tree(g, "A/RES/80/192", o));
    o.direction = Direction::descendants;
    check_graph_golden("series_78_190_descendants.tree.txt", tree(g, "A/RES/78/190", o));
}

TEST_CASE("lineage modes as trees: ancestors, descendants, both") {
    const CitationGraph& g = series_graph();
    LineageOptions o;
    o.direction = Direction::ancestors;
    o.depth = 1;
    check_graph_golden("lineage_80_192_ancestors.tree.txt", tree(g, "A/RES/80/192", o));
    o.direction = Direction::descendants;
    o.depth = 2;
    check_graph_golden("lineage_78_190_descendants.tree.txt", tree(g, "A/RES/78/190", o));
    o.direction = Direction::both;
    o.depth = 1;
    check_graph_golden("lineage_79_160_both.tree.txt", tree(g, "A/RES/79/160", o));
}

TEST_CASE("lineage as JSON, DOT and SVG") {
    const CitationGraph& g = series_graph();
    LineageOptions o;
    o.series = true;
    Lineage l = lineage(g, *g.find("A/RES/80/192"), o);
    check_graph_golden("series_80_192.json", written([&](std::FILE* out) { write_lineage_json(out, g, l, o); }));

    std::string dot = unxref::test::temp_path();
    write_dot(g, dot, lineage_dot_options(g, l, o, false));
    check_graph_golden("series_80_192.dot", file_contents(dot));
    std::remove(dot.c_str());

    AgraphHandle drawn = to_agraph(g, lineage_dot_options(g, l, o, true));
    std::string svg = unxref::test::temp_path();
    render(drawn.get(), layout_engine(l.nodes.size()), "svg", svg);
    check_graph_golden("series_80_192.svg", file_contents(svg));
    std::remove(svg.c_str());

    AgraphHandle again = to_agraph(g, lineage_dot_options(g, l, o, true));
    std::string png = unxref::test::temp_path();
    render(again.get(), "dot", "png", png);
    CHECK(file_contents(png).starts_with("\x89PNG\r\n\x1a\n"));
    std::remove(png.c_str());
}

TEST_CASE("too large a graph for dot gets sfdp, then nothing") {
    CHECK(std::string(layout_engine(dot_limit)) == "dot");
    CHECK(std::string(layout_engine(dot_limit + 1)) == "sfdp");
    CHECK(std::string(layout_engine(draw_limit + 1)).empty());
}

TEST_CASE("lineage and stats of the German examples") {
    CitationGraph g = graph_of({"examples/A_CONF.231_3.de.md", "examples/A_RES_68_192.de.md"});
    LineageOptions o;
    o.direction = Direction::ancestors;
    check_graph_golden("lineage_68_192_de_ancestors.tree.txt", tree(g, "A/RES/68/192", o));
    GraphStats s = graph_stats(g, 5);
    CHECK(s.read == 2);
    CHECK(s.cycles.empty());
    REQUIRE(s.longest_chain);
    CHECK(*s.longest_chain == 1);  // two documents that do not cite each other: one step each
    CHECK(s.most_cited.size() == 5);
    CHECK(s.page_rank.size() == 5);
}

TEST_CASE("series order: by session and number, and by number where the id has no session") {
    CHECK(earlier_in_series("A/RES/79/160", "A/RES/80/192"));
    CHECK(earlier_in_series("A/RES/80/9", "A/RES/80/10"));  // numbers, not strings
    // Security Council and early General Assembly numbers run on without sessions
    CHECK(earlier_in_series("S/RES/998(1995)", "S/RES/1001(1995)"));
    CHECK(earlier_in_series("S/RES/999(1995)", "S/RES/1000(1995)"));
    CHECK_FALSE(earlier_in_series("S/RES/1001(1995)", "S/RES/998(1995)"));
    CHECK(earlier_in_series("A/RES/1514(XV)", "A/RES/2625(XXV)"));
    CHECK(earlier_in_series("A/RES/95(I)", "A/RES/181(II)"));  // as strings "181" comes first
    CHECK(earlier_in_series("A/RES/2625(XXV)", "A/RES/31/1"));  // numbering by session began with the 31st
}
