// The citation-graph model (CSR topology + side tables) beside a plain
// boost::compressed_sparse_row_graph<directedS> on the same synthetic citation graph:
// 1,000,000 nodes, 10,000,000 citations (each node cites 10 earlier ones, skewed towards
// recent and early ones, as resolutions do). Time: Google Benchmark, 5 repetitions, median.
// Memory: every allocation is counted (operator new/delete below): the bytes a structure
// holds once built, and the peak of extra bytes while an analysis runs.
#include <benchmark/benchmark.h>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/page_rank.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/graph/topological_sort.hpp>

#include <atomic>
#include <cstdlib>
#include <fmt/format.h>
#include <new>
#include <random>
#include <vector>

#include "citation_graph.hpp"
#include "components.hpp"
#include "pagerank.hpp"
#include "topological_order.hpp"
#include "traversal.hpp"

// --- counting allocator: live and peak bytes of the whole process ----------------------
namespace {
std::atomic<std::size_t> live{0}, peak{0};
void count(std::size_t n) {
    std::size_t now = live.fetch_add(n) + n;
    std::size_t p = peak.load();
    while (now > p && !peak.compare_exchange_weak(p, now)) {
    }
}
}  // namespace

void* operator new(std::size_t n) {
    void* p = std::malloc(n + 16);
    if (!p) throw std::bad_alloc();
    *static_cast<std::size_t*>(p) = n;
    count(n);
    return static_cast<char*>(p) + 16;
}
// GCC inlines this into callers that delete a node from `new`, then sees p - 16 before that
// object and a free() of memory it thinks `new` returned: both hold for this pair of
// replacements (the 16 bytes are ours, the block is malloc's), so its two warnings are off here.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Warray-bounds"
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
void operator delete(void* p) noexcept {
    if (!p) return;
    void* base = static_cast<char*>(p) - 16;
    live.fetch_sub(*static_cast<std::size_t*>(base));
    std::free(base);
}
#pragma GCC diagnostic pop
void operator delete(void* p, std::size_t) noexcept { operator delete(p); }

namespace {

using Plain = boost::compressed_sparse_row_graph<boost::directedS>;  // the baseline, as is
constexpr std::size_t nodes = 1'000'000, cites_per_node = 10;

struct Synthetic {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;  // (citing, cited)
    std::vector<unxref::Relation> relations;
};

// Deterministic: node i (adopted later than every j < i) cites 10 earlier nodes.
const Synthetic& synthetic() {
    static const Synthetic s = [] {
        Synthetic s;
        s.edges.reserve(nodes * cites_per_node);
        std::mt19937_64 random(2025);
        std::uniform_real_distribution<double> u(0, 1);
        for (std::uint32_t i = 1; i < nodes; ++i)
            for (std::size_t k = 0; k < cites_per_node && s.edges.size() < nodes * cites_per_node; ++k) {
                double x = u(random);
                // half recent (the previous sessions), half anywhere earlier, skewed to the oldest
                auto back = static_cast<std::uint32_t>(k % 2 ? x * x * x * i : x * std::min<double>(i, 2000));
                std::uint32_t j = i - 1 - std::min(back, i - 1);
                s.edges.emplace_back(i, j);
                s.relations.push_back(static_cast<unxref::Relation>(1 + random() % 6));
            }
        // the first nodes cite fewer: top up from the last node so that the total is exact
        for (std::uint32_t k = 0; s.edges.size() < nodes * cites_per_node; ++k) {
            s.edges.emplace_back(nodes - 1, k);
            s.relations.push_back(unxref::Relation::recalls);
        }
        return s;
    }();
    return s;
}

struct BuiltModel {
    unxref::CitationGraph graph;
    std::size_t bytes = 0;  // counted allocations held once built (side tables included)
};
struct BuiltPlain {
    Plain graph;
    std::size_t bytes = 0;
};

// Each structure is built on first use only, so that a process running one variant
// (--benchmark_filter) holds only that one (its peak RSS is then comparable).
const BuiltModel& model() {
    static const BuiltModel b = [] {
        const Synthetic& s = synthetic();  // generated before counting starts
        BuiltModel b;
        std::size_t before = live.load();
        unxref::CitationGraphBuilder builder;
        builder.reserve(nodes, s.edges.size());
        std::uint32_t path = builder.intern("synthetic.txt");
        for (std::uint32_t v = 0; v < nodes; ++v)
            builder.node(fmt::format("A/RES/{}/{}", v / 1000, v % 1000), unxref::Kind::resolution,
                         unxref::Organ::general_assembly);
        for (std::size_t e = 0; e < s.edges.size(); ++e) {
            unxref::Evidence ev;
            ev.path = path;
            ev.begin = e * 7;
            ev.end = e * 7 + 6;
            ev.line = static_cast<std::uint32_t>(e % 500);
            builder.cite(s.edges[e].first, s.edges[e].second, s.relations[e], ev);
        }
        b.graph = builder.build();
        b.bytes = live.load() - before;
        return b;
    }();
    return b;
}

const BuiltPlain& plain() {
    static const BuiltPlain b = [] {
        const Synthetic& s = synthetic();
        BuiltPlain b;
        std::size_t before = live.load();
        b.graph = Plain(boost::edges_are_unsorted_multi_pass, s.edges.begin(), s.edges.end(), nodes);
        b.bytes = live.load() - before;
        return b;
    }();
    return b;
}

// Runs `analysis` once per iteration; reports the structure's bytes and the analysis's peak.
template <class Analysis>
void measure(benchmark::State& state, std::size_t structure_bytes, std::size_t topology_bytes, Analysis analysis) {
    std::size_t extra = 0;
    for (auto _ : state) {
        std::size_t before = live.load();
        peak.store(before);
        analysis();
        extra = std::max(extra, peak.load() - before);
    }
    state.counters["structure_MiB"] = static_cast<double>(structure_bytes) / (1 << 20);
    state.counters["topology_MiB"] = static_cast<double>(topology_bytes) / (1 << 20);
    state.counters["analysis_peak_MiB"] = static_cast<double>(extra) / (1 << 20);
    state.counters["memory_MiB"] = static_cast<double>(topology_bytes + extra) / (1 << 20);
}

void BM_PageRank_Model(benchmark::State& state) {
    const BuiltModel& b = model();
    measure(state, b.bytes, b.graph.topology_bytes(),
            [&] { benchmark::DoNotOptimize(unxref::page_rank(b.graph.topology(), 20)); });
    state.counters["edges"] = static_cast<double>(b.graph.edge_count());  // after merging (citing, cited, relation)
}

void BM_PageRank_PlainCSR(benchmark::State& state) {
    const BuiltPlain& b = plain();
    measure(state, b.bytes, b.bytes, [&] {
        std::vector<double> rank(boost::num_vertices(b.graph));
        boost::graph::page_rank(b.graph, boost::make_iterator_property_map(rank.begin(), get(boost::vertex_index, b.graph)),
                                boost::graph::n_iterations(20));
        benchmark::DoNotOptimize(rank.data());
    });
}

void BM_StrongComponents_Model(benchmark::State& state) {
    const BuiltModel& b = model();
    measure(state, b.bytes, b.graph.topology_bytes(),
            [&] { benchmark::DoNotOptimize(unxref::strong_components(b.graph.topology()).count); });
}

void BM_StrongComponents_PlainCSR(benchmark::State& state) {
    const BuiltPlain& b = plain();
    measure(state, b.bytes, b.bytes, [&] {
        std::vector<std::size_t> component(boost::num_vertices(b.graph));
        benchmark::DoNotOptimize(boost::strong_components(
            b.graph, boost::make_iterator_property_map(component.begin(), get(boost::vertex_index, b.graph))));
    });
}

void BM_BFS_Model(benchmark::State& state) {
    const BuiltModel& b = model();
    measure(state, b.bytes, b.graph.topology_bytes(),
            [&] { benchmark::DoNotOptimize(unxref::depths_from(b.graph.topology(), nodes - 1, 0).data()); });
}

void BM_BFS_PlainCSR(benchmark::State& state) {
    const BuiltPlain& b = plain();
    measure(state, b.bytes, b.bytes, [&] {
        std::vector<std::size_t> depth(boost::num_vertices(b.graph), 0);
        boost::breadth_first_search(b.graph, nodes - 1,
                                    boost::visitor(boost::make_bfs_visitor(boost::record_distances(
                                        boost::make_iterator_property_map(depth.begin(), get(boost::vertex_index, b.graph)),
                                        boost::on_tree_edge()))));
        benchmark::DoNotOptimize(depth.data());
    });
}

void BM_TopologicalOrder_Model(benchmark::State& state) {
    const BuiltModel& b = model();
    measure(state, b.bytes, b.graph.topology_bytes(),
            [&] { benchmark::DoNotOptimize(unxref::topological_order(b.graph.topology())->size()); });
}

void BM_TopologicalOrder_PlainCSR(benchmark::State& state) {
    const BuiltPlain& b = plain();
    measure(state, b.bytes, b.bytes, [&] {
        std::vector<std::size_t> order;
        order.reserve(boost::num_vertices(b.graph));
        boost::topological_sort(b.graph, std::back_inserter(order));
        benchmark::DoNotOptimize(order.data());
    });
}

#define UNXREF_GRAPH_BENCH(name) \
    BENCHMARK(name)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(5)->ReportAggregatesOnly(true)
UNXREF_GRAPH_BENCH(BM_PageRank_Model);
UNXREF_GRAPH_BENCH(BM_PageRank_PlainCSR);
UNXREF_GRAPH_BENCH(BM_StrongComponents_Model);
UNXREF_GRAPH_BENCH(BM_StrongComponents_PlainCSR);
UNXREF_GRAPH_BENCH(BM_BFS_Model);
UNXREF_GRAPH_BENCH(BM_BFS_PlainCSR);
UNXREF_GRAPH_BENCH(BM_TopologicalOrder_Model);
UNXREF_GRAPH_BENCH(BM_TopologicalOrder_PlainCSR);

}  // namespace

BENCHMARK_MAIN();
