#include "components.hpp"

#include <boost/graph/incremental_components.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/pending/disjoint_sets.hpp>

#include <unordered_map>

namespace unxref {

Components strong_components(const Topology& topology) {
    Components c;
    c.of.resize(boost::num_vertices(topology));
    c.count = static_cast<std::uint32_t>(boost::strong_components(
        topology, boost::make_iterator_property_map(c.of.begin(), boost::get(boost::vertex_index, topology))));
    return c;
}

Components weak_components(const Topology& topology) {
    std::size_t n = boost::num_vertices(topology);
    std::vector<std::uint32_t> rank(n), parent(n);
    // property maps (not raw pointers): their get/put are found by ADL next to the CSR's own
    auto rank_map = boost::make_iterator_property_map(rank.begin(), boost::identity_property_map());
    auto parent_map = boost::make_iterator_property_map(parent.begin(), boost::identity_property_map());
    boost::disjoint_sets<decltype(rank_map), decltype(parent_map)> sets(rank_map, parent_map);
    boost::initialize_incremental_components(topology, sets);
    boost::incremental_components(topology, sets);
    Components c;
    c.of.resize(n);
    std::unordered_map<std::uint32_t, std::uint32_t> numbers;  // representative -> 0, 1, … in vertex order
    for (std::uint32_t v = 0; v < n; ++v)
        c.of[v] = numbers.try_emplace(sets.find_set(v), static_cast<std::uint32_t>(numbers.size())).first->second;
    c.count = static_cast<std::uint32_t>(numbers.size());
    return c;
}

}  // namespace unxref
