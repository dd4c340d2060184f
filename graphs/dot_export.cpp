#include "dot_export.hpp"

#include <fmt/format.h>

#include <map>
#include <numeric>
#include <stdexcept>
#include <string_view>

#include "output/output_to.hpp"
#include "text/utf8.hpp"

namespace unxref {
namespace {

const char* colour_of(const Node& n) {
    if (n.kind == Kind::treaty) return "#f2d7a6";
    switch (n.organ) {
        case Organ::general_assembly: return "#a6c8f2";
        case Organ::security_council: return "#f2a6a6";
        case Organ::ecosoc: return "#b8e0b0";
        case Organ::human_rights_council: return "#d9b8f0";
        case Organ::commission_on_human_rights: return "#e8d0f5";
        case Organ::unknown: return "#e0e0e0";
    }
    return "#e0e0e0";
}

const char* style_of(Relation r) {
    switch (r) {
        case Relation::recalls: return "solid";
        case Relation::reaffirms: return "bold";
        case Relation::welcomes: return "dashed";
        case Relation::takes_note: return "dotted";
        case Relation::based_on_report: return "bold";
        default: return "solid";
    }
}

const char* edge_colour_of(Relation r) {
    switch (r) {
        case Relation::based_on_report: return "#1f5fa8";
        case Relation::other: return "#777777";
        default: return "#000000";
    }
}

// cgraph takes char* for names and values it copies; these wrappers keep the casts in one place.
void declare(Agraph_t* g, int kind, const char* name, const char* fallback) {
    agattr(g, kind, const_cast<char*>(name), const_cast<char*>(fallback));
}
// A name or value DOT can parse: cgraph quotes it and escapes its quotes, but not a backslash,
// so one that ends a value ("…gamma\\") escaped the closing quote (DOT has no escape for a
// backslash: one read back is doubled); and DOT files are UTF-8, where a file name need not
// be (its invalid bytes become U+FFFD, so two names can meet: the second gets its vertex number).
std::string dot_safe(std::string_view value) {
    std::string safe;
    for (char c : valid_utf8(value)) {
        if (c == '\\') safe += '\\';
        safe += c;
    }
    return safe;
}
void set(void* object, const char* name, const std::string& value) {
    agset(object, const_cast<char*>(name), const_cast<char*>(dot_safe(value).c_str()));
}

void style_node(Agnode_t* node, const Node& n) {
    set(node, "label", n.id);
    set(node, "kind", std::string(to_string(n.kind)));
    if (n.organ != Organ::unknown) set(node, "organ", std::string(to_string(n.organ)));
    set(node, "read", n.read ? "true" : "false");
    if (!n.path.empty()) set(node, "path", n.path);
    if (!n.title.empty()) set(node, "tooltip", n.title);
    set(node, "shape", n.kind == Kind::treaty ? "box" : n.read ? "doubleoctagon" : "ellipse");
    set(node, "style", "filled");
    set(node, "fillcolor", colour_of(n));
}

// One table node: organ colours, node shapes and relation line styles. A table keeps the
// legend small beside any layout (a cluster of sample edges is stretched by dot's ranks).
void add_legend(Agraph_t* g) {
    std::string rows;
    for (Organ organ : {Organ::general_assembly, Organ::security_council, Organ::ecosoc,
                        Organ::human_rights_council, Organ::commission_on_human_rights, Organ::unknown}) {
        Node n;
        n.organ = organ;
        static const std::map<Organ, const char*> names = {
            {Organ::general_assembly, "General Assembly"}, {Organ::security_council, "Security Council"},
            {Organ::ecosoc, "Economic and Social Council"}, {Organ::human_rights_council, "Human Rights Council"},
            {Organ::commission_on_human_rights, "Commission on Human Rights"}, {Organ::unknown, "other, unknown"}};
        rows += fmt::format(R"(<TR><TD BGCOLOR="{}">{}</TD><TD ALIGN="LEFT">{}</TD></TR>)", colour_of(n),
                            organ == Organ::unknown ? "other" : to_string(organ), names.at(organ));
    }
    Node treaty;
    treaty.kind = Kind::treaty;
    rows += fmt::format(R"(<TR><TD BGCOLOR="{}">treaty</TD><TD ALIGN="LEFT">box</TD></TR>)", colour_of(treaty));
    rows += R"(<TR><TD>read</TD><TD ALIGN="LEFT">double octagon</TD></TR>)";
    for (Relation r : {Relation::recalls, Relation::reaffirms, Relation::welcomes, Relation::takes_note,
                       Relation::based_on_report, Relation::other})
        rows += fmt::format(R"(<TR><TD><FONT COLOR="{}">{}</FONT></TD><TD ALIGN="LEFT">{} line</TD></TR>)",
                            edge_colour_of(r), to_string(r), style_of(r));
    rows += R"(<TR><TD><FONT COLOR="#888888">same title</FONT></TD><TD ALIGN="LEFT">dashed grey</TD></TR>)";
    std::string html = R"(<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="3">)"
                       R"(<TR><TD COLSPAN="2"><B>legend</B></TD></TR>)" + rows + "</TABLE>";
    // a name no citation can have (a document whose path is "legend" would have taken its place)
    Agnode_t* legend = agnode(g, const_cast<char*>("unxref:legend"), 1);
    set(legend, "shape", "plaintext");
    set(legend, "style", "");
    char* label = agstrdup_html(g, html.data());
    agset(legend, const_cast<char*>("label"), label);
    agstrfree(g, label);
}

}  // namespace

AgraphHandle to_agraph(const CitationGraph& graph, const DotOptions& options) {
    Agdesc_t directed = Agdirected;
    AgraphHandle g(agopen(const_cast<char*>("citations"), directed, nullptr));
    if (!g) throw std::runtime_error("cgraph could not create a graph");
    declare(g.get(), AGRAPH, "rankdir", "");
    declare(g.get(), AGRAPH, "label", "");
    set(g.get(), "rankdir", "LR");
    for (const char* attr :
         {"label", "kind", "organ", "read", "path", "tooltip", "fillcolor", "style", "shape", "penwidth"})
        declare(g.get(), AGNODE, attr, "");
    for (const char* attr : {"relation", "count", "style", "evidence", "series", "label", "penwidth", "color"})
        declare(g.get(), AGEDGE, attr, "");

    std::vector<Vertex> vertices = options.nodes;
    std::vector<EdgeIndex> edges = options.edges;
    if (vertices.empty()) {
        vertices.resize(graph.node_count());
        std::iota(vertices.begin(), vertices.end(), Vertex{0});
        edges.resize(graph.edge_count());
        std::iota(edges.begin(), edges.end(), EdgeIndex{0});
    }
    std::vector<Agnode_t*> nodes(graph.node_count(), nullptr);
    for (Vertex v : vertices) {
        const Node& n = graph.node(v);
        std::string name = dot_safe(n.id);
        // two ids that only invalid bytes told apart (paths of unnamed documents): one node each
        if (agnode(g.get(), name.data(), 0)) name += fmt::format(" #{}", v);
        Agnode_t* node = agnode(g.get(), name.data(), 1);
        nodes[v] = node;
        style_node(node, n);
        if (n.id == options.highlight) set(node, "penwidth", "3");
    }
    for (EdgeIndex e : edges) {
        Agnode_t *from = nodes[graph.source(e)], *to = nodes[graph.target(e)];
        if (!from || !to) throw std::logic_error("an edge drawn without its nodes");
        // several relations between the same pair are one edge each: the relation is the edge's key
        std::string key(to_string(graph.relation(e)));
        Agedge_t* ag = agedge(g.get(), from, to, key.data(), 1);
        if (!ag) throw std::runtime_error("cgraph could not add an edge");
        auto evidence = graph.evidence(e);
        set(ag, "relation", key);
        set(ag, "count", std::to_string(evidence.size()));
        set(ag, "style", style_of(graph.relation(e)));
        set(ag, "color", edge_colour_of(graph.relation(e)));
        if (graph.series(e)) set(ag, "series", "true");
        auto const& first = evidence.front();
        set(ag, "evidence", fmt::format("{}:{}:{} [{},{})", graph.text(first.path), first.line, first.column,
                                        first.begin, first.end));
    }
    for (auto const& extra : options.extra) {
        Agedge_t* ag = agedge(g.get(), nodes.at(extra.from), nodes.at(extra.to), const_cast<char*>("extra"), 1);
        set(ag, "style", "dashed");
        set(ag, "color", "#888888");
        set(ag, "label", extra.label);
    }
    if (!options.label.empty()) set(g.get(), "label", options.label);
    if (options.legend) add_legend(g.get());
    return g;
}

void write_dot(const CitationGraph& graph, const std::string& path, const DotOptions& options) {
    AgraphHandle g = to_agraph(graph, options);
    output_to(path, [&](std::FILE* out) {
        if (agwrite(g.get(), out) != 0) throw std::runtime_error(fmt::format("cannot write {}", path));
    });
}

}  // namespace unxref
