// Pairing two sequences in order (Needleman-Wunsch with free gaps), so that one
// inserted or dropped element does not shift the pairing of every later one.
#pragma once

#include <cstddef>
#include <functional>
#include <limits>
#include <vector>

namespace unxref {

inline constexpr std::size_t unpaired = std::numeric_limits<std::size_t>::max();

struct Pair {
    std::size_t a = unpaired;  // index into the first sequence, or unpaired
    std::size_t b = unpaired;  // index into the second sequence, or unpaired
};

// Every index of both sequences once, in order. Elements are paired where that raises
// the total score (`score(i, j)` > 0 means "alike"); between two such anchors, runs of
// equal length left unpaired are then paired one to one (the same places, changed).
std::vector<Pair> align(std::size_t n, std::size_t m, const std::function<int(std::size_t, std::size_t)>& score);

}  // namespace unxref
