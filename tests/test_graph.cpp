// Stage 3, the graph: nodes per identified thing, one edge per (citing, cited, relation).
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "citation_graph.hpp"
#include "dot_export.hpp"
#include "helpers.hpp"

using namespace unxref;
using namespace unxref::test;

TEST_CASE("citation graph of A/RES/68/192") {
    CitationGraphBuilder builder;
    std::string text = read_repo_file("examples/A_RES_68_192.de.md");
    builder.add(extract("examples/A_RES_68_192.de.md", text));
    CitationGraph g = builder.build();
    // the document + 20 resolutions + 7 documents + 4 treaty instruments
    CHECK(g.node_count() == 32);
    Vertex self = *g.find("A/RES/68/192");
    CHECK(g.node(self).read);
    CHECK(g.node(self).organ == Organ::general_assembly);
    CHECK(g.node(self).title == "Verbesserung der Koordinierung des Vorgehens gegen den Menschenhandel");
    CHECK(boost::out_degree(self, g.topology()) == 31);
    bool recalls_2013_41 = false;
    auto [first, last] = g.out_edges(self);
    for (EdgeIndex e = first; e < last; ++e) {
        CHECK(g.source(e) == self);
        if (g.node(g.target(e)).id == "E/RES/2013/41") recalls_2013_41 = g.relation(e) == Relation::recalls;
    }
    CHECK(recalls_2013_41);

    std::string path = unxref::test::temp_path();
    write_dot(g, path);
    std::ifstream in(path);
    std::stringstream dot;
    dot << in.rdbuf();
    CHECK_THAT(dot.str(), Catch::StartsWith("digraph citations {"));
    CHECK_THAT(dot.str(), Catch::Contains("\"A/RES/68/192\" -> \"E/RES/2013/41\""));
    std::remove(path.c_str());
}

TEST_CASE("one edge per (citing, cited, relation) carrying every piece of evidence") {
    CitationGraphBuilder builder;
    Vertex a = builder.node("A/RES/80/1", Kind::resolution, Organ::general_assembly);
    Vertex b = builder.node("A/RES/79/1", Kind::resolution, Organ::general_assembly);
    Evidence e1, e2, e3;
    e1.begin = 10, e2.begin = 20, e3.begin = 30;
    e1.path = e2.path = e3.path = builder.intern("x.txt");
    builder.cite(a, b, Relation::recalls, e1);
    builder.cite(a, b, Relation::welcomes, e2);
    builder.cite(a, b, Relation::recalls, e3);
    CitationGraph g = builder.build();
    REQUIRE(g.edge_count() == 2);
    CHECK(g.relation(0) == Relation::recalls);
    REQUIRE(g.evidence(0).size() == 2);
    CHECK(g.evidence(0)[0].begin == 10);
    CHECK(g.evidence(0)[1].begin == 30);
    CHECK(g.text(g.evidence(0)[1].path) == "x.txt");
    CHECK(g.relation(1) == Relation::welcomes);
    CHECK(g.source(1) == a);
    CHECK(g.target(1) == b);
}

TEST_CASE("DOT output reads back: a backslash ending a title or a path, a file name that is not UTF-8") {
    // A/RES/68/192 read under a name that ends in a backslash and holds a Latin-1 byte, with
    // its title ending in one too (cgraph escapes quotes but not backslashes)
    std::string text = read_repo_file("examples/A_RES_68_192.de.md");
    Extraction x = extract("examples/r\xE9sum\xE9\\", text);
    x.document.symbol.clear();  // so that the node is named by its path
    x.document.title += " \\";
    CitationGraphBuilder builder;
    builder.add(x);
    CitationGraph g = builder.build();
    std::string path = temp_path();
    write_dot(g, path);
    std::ifstream in(path);
    std::stringstream dot;
    dot << in.rdbuf();
    std::remove(path.c_str());
    Agraph_t* back = agmemread(dot.str().c_str());
    REQUIRE(back != nullptr);  // it parses
    CHECK(agnnodes(back) == static_cast<int>(g.node_count()));
    Agnode_t* doc = agnode(back, const_cast<char*>("examples/r\xEF\xBF\xBDsum\xEF\xBF\xBD\\\\"), 0);
    CHECK(doc != nullptr);  // U+FFFD for the invalid bytes, the backslash doubled
    agclose(back);
}

TEST_CASE("DOT output: two paths that only invalid bytes tell apart stay two nodes") {
    // the review's case: note\xE9.txt and note\xE8.txt, both without a symbol, citing 70/1 and 71/1
    CitationGraphBuilder builder;
    builder.add(extract("note\xE9.txt", "Recalling its resolution 70/1,\n"));
    builder.add(extract("note\xE8.txt", "Recalling its resolution 71/1,\n"));
    CitationGraph g = builder.build();
    REQUIRE(g.node_count() == 4);
    AgraphHandle drawn = to_agraph(g, {});
    CHECK(agnnodes(drawn.get()) == 4);
    CHECK(agnedges(drawn.get()) == 2);
}
