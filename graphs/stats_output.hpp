// Graph figures (stats.hpp) as a report for the terminal or as one JSON document.
#pragma once

#include <cstdio>

#include "stats.hpp"

namespace unxref {

void write_stats_text(std::FILE* out, const CitationGraph& graph, const GraphStats& stats);
void write_stats_json(std::FILE* out, const CitationGraph& graph, const GraphStats& stats);

}  // namespace unxref
