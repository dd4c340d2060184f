#include "topological_order.hpp"

#include <boost/graph/topological_sort.hpp>
#include <boost/range/iterator_range.hpp>

#include <algorithm>
#include <iterator>

namespace unxref {

std::optional<std::vector<Vertex>> topological_order(const Topology& topology) {
    std::vector<Vertex> order;
    order.reserve(boost::num_vertices(topology));
    std::vector<boost::default_color_type> colours(boost::num_vertices(topology));
    try {
        // topological_sort writes in reverse order: targets (cited) first
        boost::topological_sort(topology, std::back_inserter(order),
                                boost::color_map(boost::make_iterator_property_map(
                                    colours.begin(), boost::get(boost::vertex_index, topology))));
    } catch (const boost::not_a_dag&) {
        return std::nullopt;
    }
    return order;
}

std::size_t longest_chain(const Topology& topology, const std::vector<Vertex>& order) {
    std::vector<std::size_t> chain(boost::num_vertices(topology), 0);  // longest path starting at v
    std::size_t longest = 0;
    for (Vertex v : order) {  // every target comes before its sources
        for (auto w : boost::make_iterator_range(boost::adjacent_vertices(v, topology)))
            chain[v] = std::max(chain[v], chain[w] + 1);
        longest = std::max(longest, chain[v]);
    }
    return longest;
}

}  // namespace unxref
