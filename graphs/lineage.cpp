#include "lineage.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <tuple>

#include <boost/range/iterator_range.hpp>

#include "reverse.hpp"
#include "refs/series.hpp"
#include "traversal.hpp"

namespace unxref {
namespace {

// (session, number, id): earlier resolutions of a series sort first. Security Council and
// early General Assembly resolutions ("S/RES/998(1995)", "A/RES/1514(XV)") have no session in
// their number: they sort by the number, which runs on (an id-string order put 1000 before 998).
std::tuple<int, int, std::string> series_position(const std::string& id) {
    auto session = prefix_and_session(id).second;
    int number = -1;
    std::size_t res = id.find("/RES/");
    if (res != std::string::npos) {
        std::size_t from = session ? id.find('/', res + 5) + 1 : res + 5;
        std::string_view rest = std::string_view(id).substr(from);
        std::from_chars(rest.data(), rest.data() + rest.size(), number);
    }
    return {session.value_or(0), number, id};
}

// Members of the root's series: linked by series edges (either way) or by equal titles.
std::vector<bool> series_members(const CitationGraph& graph, const ReverseTopology& reverse, Vertex root) {
    std::map<std::string, std::vector<Vertex>> by_title;  // organ prefix + series_key -> read resolutions
    auto prefix = [](const std::string& id) { return std::string(prefix_and_session(id).first); };
    for (Vertex v = 0; v < graph.node_count(); ++v) {
        const Node& n = graph.node(v);
        if (n.read && n.kind == Kind::resolution && !n.title.empty())
            by_title[prefix(n.id) + "\x1f" + series_key(n.title)].push_back(v);
    }
    std::vector<bool> member(graph.node_count(), false);
    std::vector<Vertex> pending{root};
    member[root] = true;
    auto add = [&](Vertex v) {
        if (!member[v]) member[v] = true, pending.push_back(v);
    };
    while (!pending.empty()) {
        Vertex v = pending.back();
        pending.pop_back();
        const Node& n = graph.node(v);
        if (n.read && !n.title.empty())
            for (Vertex w : by_title[prefix(n.id) + "\x1f" + series_key(n.title)]) add(w);
        // series edges either way; the work list follows them on (no search of the whole graph per member)
        for (auto e : boost::make_iterator_range(boost::out_edges(v, graph.topology())))
            if (graph.series(e.idx)) add(boost::target(e, graph.topology()));
        for (auto e : boost::make_iterator_range(boost::out_edges(v, reverse)))
            if (graph.series(reverse[e].index)) add(boost::target(e, reverse));
    }
    return member;
}

}  // namespace

bool earlier_in_series(const std::string& a, const std::string& b) {
    return series_position(a) < series_position(b);
}

Lineage lineage(const CitationGraph& graph, Vertex root, const LineageOptions& options) {
    Lineage out;
    out.root = root;
    std::size_t n = graph.node_count();
    out.ancestor.assign(n, unreached);
    out.descendant.assign(n, unreached);
    bool up = options.direction != Direction::descendants, down = options.direction != Direction::ancestors;
    std::optional<ReverseTopology> reverse;
    if (down || options.series) reverse = reverse_of(graph);

    if (options.series) {
        std::vector<bool> member = series_members(graph, *reverse, root);
        const std::string& id = graph.node(root).id;
        for (Vertex v = 0; v < n; ++v) {
            if (!member[v] || v == root) continue;
            bool earlier = earlier_in_series(graph.node(v).id, id);
            if (earlier && up) out.ancestor[v] = 1;
            if (!earlier && down) out.descendant[v] = 1;
        }
        out.ancestor[root] = out.descendant[root] = 0;
        auto in = [&](Vertex v) { return out.ancestor[v] != unreached || out.descendant[v] != unreached; };
        for (Vertex v = 0; v < n; ++v) {
            if (!in(v)) continue;
            auto [first, last] = graph.out_edges(v);
            for (EdgeIndex e = first; e < last; ++e)
                if (in(graph.target(e))) out.edges.push_back(e);
        }
        // read members next to each other in the series without a citation between them
        std::vector<Vertex> read;
        for (Vertex v = 0; v < n; ++v)
            if (in(v) && graph.node(v).read) read.push_back(v);
        std::sort(read.begin(), read.end(), NewerInSeries{graph});
        for (std::size_t i = 0; i + 1 < read.size(); ++i) {
            Vertex later = read[i], earlier = read[i + 1];
            auto [first, last] = graph.out_edges(later);
            bool cited = false;
            for (EdgeIndex e = first; e < last && !cited; ++e) cited = graph.target(e) == earlier;
            if (!cited) out.same_title.push_back({later, earlier, "same title"});
        }
    } else {
        if (up) out.ancestor = depths_from(graph.topology(), root, options.depth);
        if (down) out.descendant = depths_from(*reverse, root, options.depth);
        auto within = [&](int d) { return d != unreached && (options.depth <= 0 || d < options.depth); };
        for (Vertex v = 0; v < n; ++v) {
            auto [first, last] = graph.out_edges(v);
            for (EdgeIndex e = first; e < last; ++e) {
                Vertex w = graph.target(e);
                // an edge the walk followed: up from an ancestor, down into a descendant
                bool walked_up = within(out.ancestor[v]) && out.ancestor[w] != unreached;
                bool walked_down = within(out.descendant[w]) && out.descendant[v] != unreached;
                if (walked_up || walked_down) out.edges.push_back(e);
            }
        }
    }
    out.nodes.push_back(root);
    for (Vertex v = 0; v < n; ++v)
        if (v != root && (out.ancestor[v] != unreached || out.descendant[v] != unreached)) out.nodes.push_back(v);
    if (options.series) std::sort(out.nodes.begin() + 1, out.nodes.end(), NewerInSeries{graph});
    return out;
}

}  // namespace unxref
