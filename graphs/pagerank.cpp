#include "pagerank.hpp"

#include <boost/graph/page_rank.hpp>

namespace unxref {

std::vector<double> page_rank(const Topology& topology, int iterations, double damping) {
    std::vector<double> rank(boost::num_vertices(topology));
    if (rank.empty()) return rank;
    boost::graph::page_rank(topology,
                            boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, topology)),
                            boost::graph::n_iterations(static_cast<std::size_t>(iterations)), damping);
    return rank;
}

}  // namespace unxref
