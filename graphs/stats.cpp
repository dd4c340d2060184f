#include "stats.hpp"

#include <algorithm>

#include "components.hpp"
#include "pagerank.hpp"
#include "topological_order.hpp"

namespace unxref {
namespace {

// The `top` highest scores, ties broken by id so that the listing is reproducible.
std::vector<Ranked> top_of(const CitationGraph& graph, const std::vector<double>& score, std::size_t top) {
    std::vector<Ranked> all;
    for (Vertex v = 0; v < score.size(); ++v)
        if (score[v] > 0) all.push_back({v, score[v]});
    auto better = [&](const Ranked& a, const Ranked& b) {
        return a.score != b.score ? a.score > b.score : graph.node(a.vertex).id < graph.node(b.vertex).id;
    };
    std::size_t n = std::min(top, all.size());
    std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n), all.end(), better);
    all.resize(n);
    return all;
}

}  // namespace

GraphStats graph_stats(const CitationGraph& graph, std::size_t top) {
    GraphStats s;
    s.nodes = graph.node_count();
    s.edges = graph.edge_count();
    for (Vertex v = 0; v < s.nodes; ++v) {
        const Node& n = graph.node(v);
        auto& kind = s.by_kind[n.kind];
        ++kind.first;
        if (n.read) ++kind.second, ++s.read;
        ++s.by_organ[n.organ];
    }
    std::vector<double> cited(s.nodes, 0);
    for (Vertex v = 0; v < s.nodes; ++v) {
        auto [first, last] = graph.out_edges(v);
        for (EdgeIndex e = first; e < last; ++e) {
            ++s.by_relation[graph.relation(e)];
            s.evidence += graph.evidence(e).size();
            // out-edges are sorted by target: count each citing act once per cited act
            if (e == first || graph.target(e - 1) != graph.target(e)) ++cited[graph.target(e)];
        }
    }
    s.most_cited = top_of(graph, cited, top);
    s.page_rank = top_of(graph, page_rank(graph.topology()), top);

    Components weak = weak_components(graph.topology());
    s.weak_components = weak.count;
    std::vector<std::size_t> size(weak.count, 0);
    for (auto c : weak.of) s.largest_weak_component = std::max(s.largest_weak_component, ++size[c]);

    Components strong = strong_components(graph.topology());
    s.strong_components = strong.count;
    std::vector<std::vector<Vertex>> members(strong.count);
    for (Vertex v = 0; v < s.nodes; ++v) members[strong.of[v]].push_back(v);
    for (auto& m : members)
        if (m.size() > 1) s.cycles.push_back(std::move(m));

    // a chain is defined only without cycles, which the strong components have just told
    if (s.cycles.empty())
        if (auto order = topological_order(graph.topology())) s.longest_chain = longest_chain(graph.topology(), *order);
    return s;
}

}  // namespace unxref
