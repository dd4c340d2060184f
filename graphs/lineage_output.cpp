#include "lineage_output.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "output/write.hpp"
#include "traversal.hpp"

namespace unxref {
namespace {

std::string describe(const Node& n, bool with_title = false) {
    std::vector<std::string> parts;
    if (n.organ != Organ::unknown) parts.emplace_back(to_string(n.organ));
    if (n.kind == Kind::treaty) parts.emplace_back("treaty");
    if (n.read) parts.emplace_back("read");
    std::string out = parts.empty() ? "" : fmt::format(" ({})", fmt::join(parts, ", "));
    if (with_title && !n.title.empty()) out += fmt::format(" {}", n.title);
    return out;
}

const char* direction_name(const LineageOptions& o) {
    switch (o.direction) {
        case Direction::ancestors: return "ancestors";
        case Direction::descendants: return "descendants";
        case Direction::both: return "both";
    }
    return "both";
}

// One side of the lineage as a tree: `up` follows edges to what is cited, else to citing
// acts. A node is expanded once; its later appearances say "(see above)".
void print_side(std::FILE* out, const CitationGraph& graph, const Lineage& l, bool up) {
    std::vector<std::vector<EdgeIndex>> next(graph.node_count());
    for (EdgeIndex e : l.edges) {
        Vertex from = up ? graph.source(e) : graph.target(e), to = up ? graph.target(e) : graph.source(e);
        const std::vector<int>& depth = up ? l.ancestor : l.descendant;
        if (depth[from] != unreached && depth[to] != unreached) next[from].push_back(e);
    }
    std::set<Vertex> expanded{l.root};
    auto walk = [&](auto&& self, Vertex v, int indent) -> void {
        for (EdgeIndex e : next[v]) {
            Vertex w = up ? graph.target(e) : graph.source(e);
            bool repeat = !expanded.insert(w).second;
            fmt::print(out, "{:{}}{:<16}{}{}{}\n", "", indent, to_string(graph.relation(e)), graph.node(w).id,
                       repeat ? "" : describe(graph.node(w)), repeat ? " (see above)" : "");
            if (!repeat) self(self, w, indent + 2);
        }
    };
    walk(walk, l.root, 2);
}

void print_series(std::FILE* out, const CitationGraph& graph, const Lineage& l, bool earlier) {
    const std::vector<int>& side = earlier ? l.ancestor : l.descendant;
    std::vector<Vertex> members;  // newest first: lineage() sorts a series' nodes so
    for (Vertex v : l.nodes)
        if (v != l.root && side[v] != unreached) members.push_back(v);
    fmt::print(out, "{} in its series ({}):\n", earlier ? "earlier" : "later", members.size());
    for (Vertex v : members) {
        std::vector<std::string> named_by;  // the members whose text names it as their series
        for (EdgeIndex e : l.edges)
            if (graph.target(e) == v && graph.series(e)) named_by.push_back(graph.node(graph.source(e)).id);
        std::sort(named_by.begin(), named_by.end());
        named_by.erase(std::unique(named_by.begin(), named_by.end()), named_by.end());
        std::string how = named_by.empty() ? "same title" : fmt::format("named by {}", fmt::join(named_by, ", "));
        if (!named_by.empty() && graph.node(v).read && graph.node(v).title == graph.node(l.root).title)
            how += "; same title";
        fmt::print(out, "  {}{} [{}]\n", graph.node(v).id, describe(graph.node(v)), how);
    }
}

}  // namespace

void write_lineage_tree(std::FILE* out, const CitationGraph& graph, const Lineage& l, const LineageOptions& o) {
    fmt::print(out, "{}{}\n", graph.node(l.root).id, describe(graph.node(l.root), true));
    bool up = o.direction != Direction::descendants, down = o.direction != Direction::ancestors;
    if (o.series) {
        // lineage() gives the members newest first after the root: the root goes in its place
        std::vector<Vertex> chain(l.nodes.begin() + 1, l.nodes.end());
        chain.insert(std::upper_bound(chain.begin(), chain.end(), l.root, NewerInSeries{graph}), l.root);
        std::vector<std::string> ids;
        for (Vertex v : chain) ids.push_back(graph.node(v).id);
        fmt::print(out, "series: {}\n", fmt::join(ids, " ← "));
        if (down) print_series(out, graph, l, false);
        if (up) print_series(out, graph, l, true);
        return;
    }
    std::string depth = o.depth > 0 ? fmt::format("depth {}", o.depth) : "all depths";
    if (up) {
        fmt::print(out, "builds on ({}):\n", depth);
        print_side(out, graph, l, true);
    }
    if (down) {
        fmt::print(out, "built on by ({}):\n", depth);
        print_side(out, graph, l, false);
    }
}

void write_lineage_json(std::FILE* out, const CitationGraph& graph, const Lineage& l, const LineageOptions& o) {
    auto distance = [](int d) { return d == unreached ? std::string("null") : std::to_string(d); };
    fmt::print(out, "{{\"root\":{},\"direction\":\"{}\",\"depth\":{},\"series\":{},\"nodes\":[", json_string(graph.node(l.root).id),
               direction_name(o), o.depth, o.series ? "true" : "false");
    for (std::size_t i = 0; i < l.nodes.size(); ++i) {
        const Node& n = graph.node(l.nodes[i]);
        fmt::print(out, "{}\n{{\"id\":{},\"kind\":\"{}\",\"organ\":{},\"read\":{}", i ? "," : "", json_string(n.id),
                   to_string(n.kind), n.organ == Organ::unknown ? "null" : json_string(to_string(n.organ)),
                   n.read ? "true" : "false");
        if (!n.path.empty()) fmt::print(out, ",\"path\":{}", json_string(n.path));
        if (!n.title.empty()) fmt::print(out, ",\"title\":{}", json_string(n.title));
        fmt::print(out, ",\"ancestor\":{},\"descendant\":{}}}", distance(l.ancestor[l.nodes[i]]),
                   distance(l.descendant[l.nodes[i]]));
    }
    fmt::print(out, "],\"edges\":[");
    for (std::size_t i = 0; i < l.edges.size(); ++i) {
        EdgeIndex e = l.edges[i];
        fmt::print(out, "{}\n{{\"from\":{},\"to\":{},\"relation\":\"{}\",\"series\":{},\"evidence\":[", i ? "," : "",
                   json_string(graph.node(graph.source(e)).id), json_string(graph.node(graph.target(e)).id),
                   to_string(graph.relation(e)), graph.series(e) ? "true" : "false");
        bool first = true;
        for (const Evidence& x : graph.evidence(e)) {
            fmt::print(out, "{}{{\"path\":{},\"begin\":{},\"end\":{},\"line\":{},\"column\":{},\"footnote\":{},\"pinpoint\":{},\"series\":{}}}",
                       first ? "" : ",", json_string(graph.text(x.path)), x.begin, x.end, x.line, x.column,
                       x.footnote ? json_string(graph.text(x.footnote)) : "null",
                       x.pinpoint ? json_string(graph.text(x.pinpoint)) : "null", x.series ? "true" : "false");
            first = false;
        }
        fmt::print(out, "]}}");
    }
    fmt::print(out, "],\"same_title\":[");
    for (std::size_t i = 0; i < l.same_title.size(); ++i)
        fmt::print(out, "{}{{\"from\":{},\"to\":{}}}", i ? "," : "", json_string(graph.node(l.same_title[i].from).id),
                   json_string(graph.node(l.same_title[i].to).id));
    fmt::print(out, "]}}\n");
}

DotOptions lineage_dot_options(const CitationGraph& graph, const Lineage& l, const LineageOptions& o, bool legend) {
    DotOptions options;
    options.nodes = l.nodes;
    options.edges = l.edges;
    options.extra = l.same_title;
    options.highlight = graph.node(l.root).id;
    options.legend = legend;
    const Node& root = graph.node(l.root);
    std::string what = o.series ? fmt::format("series of {} ({})", root.id, direction_name(o))
                                : fmt::format("lineage of {} ({}, {})", root.id, direction_name(o),
                                              o.depth > 0 ? fmt::format("depth {}", o.depth) : "all depths");
    options.label = root.title.empty() ? what : fmt::format("{}\n{}", what, root.title);
    return options;
}

}  // namespace unxref
