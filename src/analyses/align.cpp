#include "analyses/align.hpp"

#include <algorithm>

namespace unxref {
namespace {

// Pairs the unpaired runs between anchors when both runs have the same length.
std::vector<Pair> pair_equal_gaps(const std::vector<Pair>& path) {
    std::vector<Pair> out;
    std::vector<std::size_t> as, bs;
    auto flush = [&] {
        if (as.size() == bs.size()) {
            for (std::size_t k = 0; k < as.size(); ++k) out.push_back({as[k], bs[k]});
        } else {
            for (auto a : as) out.push_back({a, unpaired});
            for (auto b : bs) out.push_back({unpaired, b});
        }
        as.clear();
        bs.clear();
    };
    for (auto const& p : path) {
        if (p.a != unpaired && p.b != unpaired) {
            flush();
            out.push_back(p);
        } else if (p.a != unpaired) {
            as.push_back(p.a);
        } else {
            bs.push_back(p.b);
        }
    }
    flush();
    return out;
}

}  // namespace

std::vector<Pair> align(std::size_t n, std::size_t m, const std::function<int(std::size_t, std::size_t)>& score) {
    // best[i][j]: the highest total score pairing the first i with the first j elements.
    std::vector<int> best((n + 1) * (m + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> int& { return best[i * (m + 1) + j]; };
    for (std::size_t i = 1; i <= n; ++i)
        for (std::size_t j = 1; j <= m; ++j) {
            int s = score(i - 1, j - 1);
            int diagonal = s > 0 ? at(i - 1, j - 1) + s : 0;
            at(i, j) = std::max({diagonal, at(i - 1, j), at(i, j - 1)});
        }
    std::vector<Pair> path;
    std::size_t i = n, j = m;
    while (i > 0 || j > 0) {
        if (i > 0 && j > 0) {
            int s = score(i - 1, j - 1);
            if (s > 0 && at(i, j) == at(i - 1, j - 1) + s) {
                path.push_back({i - 1, j - 1});
                --i, --j;
                continue;
            }
        }
        if (i > 0 && (j == 0 || at(i, j) == at(i - 1, j))) {
            path.push_back({i - 1, unpaired});
            --i;
        } else {
            path.push_back({unpaired, j - 1});
            --j;
        }
    }
    std::reverse(path.begin(), path.end());
    return pair_equal_gaps(path);
}

}  // namespace unxref
