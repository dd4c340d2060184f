// The graph analyses on small graphs whose answers are known by hand.
#include <catch2/catch.hpp>

#include <boost/range/iterator_range.hpp>

#include <algorithm>

#include "citation_graph.hpp"
#include "components.hpp"
#include "pagerank.hpp"
#include "reverse.hpp"
#include "topological_order.hpp"
#include "traversal.hpp"

using namespace unxref;

namespace {

// a -> b -> c -> d, a -> c, e -> c; with `cycle`, d -> b as well; f alone.
CitationGraph small(bool cycle) {
    CitationGraphBuilder builder;
    Vertex v[6];
    for (int i = 0; i < 6; ++i)
        v[i] = builder.node(std::string(1, static_cast<char>('a' + i)), Kind::resolution, Organ::general_assembly);
    Evidence e;
    builder.cite(v[0], v[1], Relation::recalls, e);
    builder.cite(v[1], v[2], Relation::recalls, e);
    builder.cite(v[2], v[3], Relation::recalls, e);
    builder.cite(v[0], v[2], Relation::reaffirms, e);
    builder.cite(v[4], v[2], Relation::recalls, e);
    if (cycle) builder.cite(v[3], v[1], Relation::other, e);
    return builder.build();
}

}  // namespace

TEST_CASE("PageRank ranks the act everything leads to highest") {
    CitationGraph g = small(false);
    auto rank = page_rank(g.topology(), 20);
    REQUIRE(rank.size() == 6);
    // d is cited by c, which every other act cites: it collects the most rank
    CHECK(std::max_element(rank.begin(), rank.end()) - rank.begin() == *g.find("d"));
    CHECK(rank[*g.find("c")] > rank[*g.find("b")]);
}

TEST_CASE("strong components: a cycle is one component") {
    CHECK(strong_components(small(false).topology()).count == 6);
    CitationGraph g = small(true);
    Components c = strong_components(g.topology());
    CHECK(c.count == 4);  // {b, c, d}, a, e, f
    CHECK(c.of[*g.find("b")] == c.of[*g.find("d")]);
    CHECK(c.of[*g.find("a")] != c.of[*g.find("b")]);
}

TEST_CASE("weak components ignore the direction") {
    Components c = weak_components(small(false).topology());
    CHECK(c.count == 2);  // {a, b, c, d, e} and {f}
}

TEST_CASE("topological order: cited before citing, none with a cycle") {
    CitationGraph g = small(false);
    auto order = topological_order(g.topology());
    REQUIRE(order);
    auto at = [&](const char* id) { return std::find(order->begin(), order->end(), *g.find(id)) - order->begin(); };
    CHECK(at("d") < at("c"));
    CHECK(at("c") < at("b"));
    CHECK(at("b") < at("a"));
    CHECK(longest_chain(g.topology(), *order) == 3);  // a -> b -> c -> d
    CHECK_FALSE(topological_order(small(true).topology()));
}

TEST_CASE("breadth-first depths stop at the depth limit, both ways") {
    CitationGraph g = small(false);
    auto all = depths_from(g.topology(), *g.find("a"), 0);
    CHECK(all[*g.find("c")] == 1);  // a cites c directly
    CHECK(all[*g.find("d")] == 2);
    CHECK(all[*g.find("e")] == unreached);
    auto one = depths_from(g.topology(), *g.find("a"), 1);
    CHECK(one[*g.find("d")] == unreached);
    ReverseTopology reverse = reverse_of(g);
    auto citing = depths_from(reverse, *g.find("c"), 0);
    CHECK(citing[*g.find("e")] == 1);
    CHECK(citing[*g.find("a")] == 1);
    CHECK(citing[*g.find("d")] == unreached);
    // a reversed edge keeps the original's index
    for (auto e : boost::make_iterator_range(boost::edges(reverse)))
        CHECK(g.target(reverse[e].index) == boost::source(e, reverse));
}
