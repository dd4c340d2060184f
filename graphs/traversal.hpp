// Breadth-first reach from one node (Boost.Graph breadth_first_search), limited in depth:
// what a resolution builds on (forward edges) or what builds on it (reverse edges).
#pragma once

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/visitors.hpp>

#include <functional>
#include <vector>

#include "citation_graph.hpp"

namespace unxref {

inline constexpr int unreached = -1;

// Per vertex: its distance from `root` in edges, or `unreached`. max_depth <= 0: no limit.
// `keep(e)` can leave edges out (e.g. all but series edges).
template <class G>
std::vector<int> depths_from(const G& g, Vertex root, int max_depth,
                             std::function<bool(typename boost::graph_traits<G>::edge_descriptor)> keep = {}) {
    using Edge = typename boost::graph_traits<G>::edge_descriptor;
    std::vector<int> depth(boost::num_vertices(g), unreached);
    depth[root] = 0;
    // an edge is followed only from a vertex above the depth limit: the BFS stops there
    auto distances = boost::make_iterator_property_map(depth.begin(), boost::get(boost::vertex_index, g));
    std::vector<boost::default_color_type> colours(boost::num_vertices(g));
    auto colour_map = boost::make_iterator_property_map(colours.begin(), boost::get(boost::vertex_index, g));
    auto visitor = boost::make_bfs_visitor(boost::record_distances(distances, boost::on_tree_edge()));
    if (max_depth <= 0 && !keep) {  // the whole reach: no filter to pay for on every edge
        boost::breadth_first_search(g, root, boost::visitor(visitor).color_map(colour_map));
        return depth;
    }
    std::function<bool(Edge)> follow = [&](Edge e) {
        return (max_depth <= 0 || depth[boost::source(e, g)] < max_depth) && (!keep || keep(e));
    };
    boost::filtered_graph<G, std::function<bool(Edge)>> limited(g, follow);
    boost::breadth_first_search(limited, root, boost::visitor(visitor).color_map(colour_map));
    return depth;
}

}  // namespace unxref
