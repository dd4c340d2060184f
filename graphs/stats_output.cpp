#include "stats_output.hpp"

#include "pagerank.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace unxref {

void write_stats_text(std::FILE* out, const CitationGraph& graph, const GraphStats& s) {
    fmt::print(out, "nodes {} ({} read), edges {} (one per citing, cited, relation), citations {}\n", s.nodes,
               s.read, s.edges, s.evidence);
    fmt::print(out, "\nby kind:\n");
    for (auto [kind, count] : s.by_kind)
        fmt::print(out, "  {:<12}{:>8}  ({} read)\n", to_string(kind), count.first, count.second);
    fmt::print(out, "\nby organ:\n");
    for (auto [organ, count] : s.by_organ)
        fmt::print(out, "  {:<12}{:>8}\n", organ == Organ::unknown ? "other" : to_string(organ), count);
    fmt::print(out, "\nedges by relation:\n");
    for (auto [relation, count] : s.by_relation) fmt::print(out, "  {:<16}{:>8}\n", to_string(relation), count);
    fmt::print(out, "\nmost cited (by distinct citing acts):\n");
    for (std::size_t i = 0; i < s.most_cited.size(); ++i)
        fmt::print(out, "  {:>3}. {:<28}{:>6}\n", i + 1, graph.node(s.most_cited[i].vertex).id, s.most_cited[i].score);
    fmt::print(out, "\nPageRank ({} iterations, damping {}):\n", pagerank_iterations, pagerank_damping);
    for (std::size_t i = 0; i < s.page_rank.size(); ++i)
        fmt::print(out, "  {:>3}. {:<28}{:>10.5f}\n", i + 1, graph.node(s.page_rank[i].vertex).id, s.page_rank[i].score);
    fmt::print(out, "\nweakly connected components: {} (largest {} nodes)\n", s.weak_components,
               s.largest_weak_component);
    fmt::print(out, "strong components: {}; cycles (strong components of more than one node): {}\n",
               s.strong_components, s.cycles.size());
    for (auto const& cycle : s.cycles) {
        std::vector<std::string> ids;
        for (Vertex v : cycle) ids.push_back(graph.node(v).id);
        fmt::print(out, "  {}\n", fmt::join(ids, " ↔ "));
    }
    if (s.longest_chain) fmt::print(out, "longest citation chain: {} edges\n", *s.longest_chain);
    else fmt::print(out, "longest citation chain: not defined (the graph has cycles)\n");
}

void write_stats_json(std::FILE* out, const CitationGraph& graph, const GraphStats& s) {
    using json = nlohmann::ordered_json;
    auto ranked = [&](const std::vector<Ranked>& list, const char* score) {
        json array = json::array();
        for (auto const& r : list) array.push_back({{"id", graph.node(r.vertex).id}, {score, r.score}});
        return array;
    };
    json by_kind = json::object(), by_organ = json::object(), by_relation = json::object();
    for (auto [kind, count] : s.by_kind)
        by_kind[std::string(to_string(kind))] = {{"nodes", count.first}, {"read", count.second}};
    for (auto [organ, count] : s.by_organ)
        by_organ[organ == Organ::unknown ? "other" : std::string(to_string(organ))] = count;
    for (auto [relation, count] : s.by_relation) by_relation[std::string(to_string(relation))] = count;
    json most_cited = json::array();
    for (auto const& r : s.most_cited)
        most_cited.push_back({{"id", graph.node(r.vertex).id}, {"citing_acts", static_cast<std::size_t>(r.score)}});
    json cycles = json::array();
    for (auto const& cycle : s.cycles) {
        json ids = json::array();
        for (Vertex v : cycle) ids.push_back(graph.node(v).id);
        cycles.push_back(std::move(ids));
    }
    json doc = {{"nodes", s.nodes},
                {"read", s.read},
                {"edges", s.edges},
                {"citations", s.evidence},
                {"by_kind", std::move(by_kind)},
                {"by_organ", std::move(by_organ)},
                {"edges_by_relation", std::move(by_relation)},
                {"most_cited", std::move(most_cited)},
                {"pagerank", {{"iterations", pagerank_iterations}, {"damping", pagerank_damping}, {"top", ranked(s.page_rank, "score")}}},
                {"weak_components", s.weak_components},
                {"largest_weak_component", s.largest_weak_component},
                {"strong_components", s.strong_components},
                {"cycles", std::move(cycles)},
                {"longest_chain", s.longest_chain ? json(*s.longest_chain) : json(nullptr)}};
    std::string text = doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
    std::fwrite(text.data(), 1, text.size(), out);
}

}  // namespace unxref
