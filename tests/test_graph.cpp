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
    builder.add(extract("examples/A_RES_68_192.de.md", read_repo_file("examples/A_RES_68_192.de.md")));
    const Graph& g = builder.graph();
    // the document + 20 resolutions + 7 documents + 4 treaty instruments
    CHECK(boost::num_vertices(g) == 32);
    Vertex self = 0;
    CHECK(g[self].id == "A/RES/68/192");
    CHECK(g[self].read);
    CHECK(boost::out_degree(self, g) == 31);
    bool recalls_2013_41 = false;
    for (auto e : boost::make_iterator_range(boost::out_edges(self, g)))
        if (g[boost::target(e, g)].id == "E/RES/2013/41") recalls_2013_41 = g[e].relation == Relation::recalls;
    CHECK(recalls_2013_41);

    std::string path = std::tmpnam(nullptr);
    write_dot(g, path);
    std::ifstream in(path);
    std::stringstream dot;
    dot << in.rdbuf();
    CHECK_THAT(dot.str(), Catch::StartsWith("digraph citations {"));
    CHECK_THAT(dot.str(), Catch::Contains("\"A/RES/68/192\" -> \"E/RES/2013/41\""));
    std::remove(path.c_str());
}
