#include "analyses/align.hpp"

#include <algorithm>
#include <limits>

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

// The table of best totals, kept to a band around the diagonal from (0, 0) to (n, m) when the
// whole table would be large: two versions of one document keep their order, so the pairing
// runs near the diagonal. (The whole table was quadratic in time and memory: two versions of
// 8,000 paragraphs took 26.7 s and 273 MB (BENCHMARKS.md), and a large report could exhaust memory.)
class Band {
public:
    static constexpr std::size_t most_cells = std::size_t{1} << 21;  // 8 MiB of totals, a band of +-130 at 8,000
    static constexpr int outside = std::numeric_limits<int>::min() / 2;

    // The band follows the line from (0, 0) to (n, m), at least 64 to either side and no
    // narrower than a row's step along it, so that the rows' bands overlap: every cell inside
    // has a neighbour above or to the left inside, and (0, 0) and (n, m) are inside.
    Band(std::size_t n, std::size_t m) {
        std::size_t step = n ? (m + n - 1) / n : m;
        half_ = std::max(most_cells / (2 * (n + 1)), step + 64);
        if (half_ >= m) half_ = m;  // the whole table: every row holds every column
        for (std::size_t i = 0; i <= n; ++i) {
            std::size_t centre = n ? (i * m + n / 2) / n : 0;
            lo_.push_back(centre > half_ ? centre - half_ : 0);
            hi_.push_back(std::min(m, centre + half_));
            start_.push_back(cells_);
            cells_ += hi_.back() - lo_.back() + 1;
        }
        totals_.assign(cells_, 0);
    }
    bool inside(std::size_t i, std::size_t j) const { return j >= lo_[i] && j <= hi_[i]; }
    std::size_t first(std::size_t i) const { return lo_[i]; }
    std::size_t last(std::size_t i) const { return hi_[i]; }
    int get(std::size_t i, std::size_t j) const { return inside(i, j) ? totals_[start_[i] + j - lo_[i]] : outside; }
    void set(std::size_t i, std::size_t j, int total) { totals_[start_[i] + j - lo_[i]] = total; }

private:
    std::size_t half_ = 0, cells_ = 0;
    std::vector<std::size_t> lo_, hi_, start_;
    std::vector<int> totals_;
};

}  // namespace

std::vector<Pair> align(std::size_t n, std::size_t m, const std::function<int(std::size_t, std::size_t)>& score) {
    // best(i, j): the highest total score pairing the first i with the first j elements.
    Band best(n, m);
    for (std::size_t i = 1; i <= n; ++i)
        for (std::size_t j = std::max<std::size_t>(best.first(i), 1); j <= best.last(i); ++j) {
            int s = score(i - 1, j - 1);
            int diagonal = s > 0 ? best.get(i - 1, j - 1) + s : Band::outside;
            best.set(i, j, std::max({diagonal, best.get(i - 1, j), best.get(i, j - 1)}));
        }
    std::vector<Pair> path;
    std::size_t i = n, j = m;
    while (i > 0 || j > 0) {
        if (i > 0 && j > 0) {
            int s = score(i - 1, j - 1);
            if (s > 0 && best.get(i, j) == best.get(i - 1, j - 1) + s) {
                path.push_back({i - 1, j - 1});
                --i, --j;
                continue;
            }
        }
        if (i > 0 && (j == 0 || best.get(i, j) == best.get(i - 1, j))) {
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
