// mst/manhattan.hpp: minimum spanning tree under the L1
// (Manhattan) distance.
// manhattan_mst(p) -> {total weight, n - 1 edges {u, v}}
//   (indices into p). Ties: any MST. For each point and each
//   of the four closed octants {dy >= dx >= 0}, {dx >= dy >=
//   0}, {dx >= -dy >= 0}, {-dy >= dx >= 0} (d = q - p) keep
//   the edge to the L1-nearest point there (some MST uses only
//   these <= 4n edges), then Kruskal. Each octant is turned
//   into the first ((x, y), (y, x), (-y, x), (x, -y)) and
//   swept by y - x descending, with a Fenwick tree of the
//   minimum x + y over x >= p.x.
// Time: O(n log n), memory O(n).
// Precision: long long exact for |x|,|y| <= 1e9 (asserted;
//   sums <= 2e9, total <= 4e9 (n - 1)). Floating: sums and
//   differences rounded; no eps.
// Degenerate: n <= 1 -> {0, {}}; duplicates are joined by
//   weight-0 edges.
// Source: H. Zhou, N. Shenoy, W. Nicholls, IPL 81(5), 2002
//   (the octant lemma).
// Tests: unit mst_manhattan_test; property mst_manhattan_prop;
//   judge manhattanmst.
#pragma once
#include "../point.hpp"
#include "kruskal.hpp"
#include <algorithm>
#include <array>
#include <cassert>
#include <numeric>
#include <utility>
#include <vector>

namespace geo {

template <class T>
std::pair<T, std::vector<std::array<int, 2>>> manhattan_mst(
    const std::vector<Point<T>>& p) {
  const int n = static_cast<int>(p.size());
  std::vector<std::pair<T, std::array<int, 2>>> cand;
  std::vector<Point<T>> q(p.size());
  std::vector<int> ord(p.size()), rank(p.size());
  std::vector<std::pair<T, int>> fen(
      p.size() +
      1);  // (min x + y, index) over a prefix of ranks
  for (int pass = 0; pass < 4; pass++) {
    for (int i = 0; i < n; i++) {
      const Point<T>& a = p[size_t(i)];
      assert(in_range(a, 1000000000) &&
             "manhattan_mst: coordinate out of range or NaN");
      q[size_t(i)] = pass == 0   ? a
                     : pass == 1 ? Point<T>(a.y, a.x)
                     : pass == 2 ? Point<T>(-a.y, a.x)
                                 : Point<T>(a.x, -a.y);
    }
    std::iota(ord.begin(), ord.end(), 0);
    std::sort(ord.begin(), ord.end(),
              [&](int i, int j) {  // by x descending: ranks
                return q[size_t(i)].x > q[size_t(j)].x;
              });
    for (int k = 0; k < n; k++)
      rank[size_t(ord[size_t(k)])] =
          k > 0 && q[size_t(ord[size_t(k)])].x ==
                       q[size_t(ord[size_t(k - 1)])].x
              ? rank[size_t(ord[size_t(k - 1)])]
              : k + 1;
    std::sort(
        ord.begin(), ord.end(),
        [&](int i,
            int j) {  // y - x descending, then x descending
          const T ki = q[size_t(i)].y - q[size_t(i)].x,
                  kj = q[size_t(j)].y - q[size_t(j)].x;
          return ki > kj ||
                 (ki == kj && q[size_t(i)].x > q[size_t(j)].x);
        });
    std::fill(fen.begin(), fen.end(),
              std::make_pair(T(0), -1));
    for (int i : ord) {
      const T s = q[size_t(i)].x + q[size_t(i)].y;
      std::pair<T, int> best(
          T(0), -1);  // nearest so far with x >= q[i].x
      for (int r = rank[size_t(i)]; r > 0; r -= r & -r)
        if (fen[size_t(r)].second >= 0 &&
            (best.second < 0 ||
             fen[size_t(r)].first < best.first))
          best = fen[size_t(r)];
      if (best.second >= 0)
        cand.push_back({best.first - s, {best.second, i}});
      for (int r = rank[size_t(i)]; r <= n; r += r & -r)
        if (fen[size_t(r)].second < 0 ||
            s < fen[size_t(r)].first)
          fen[size_t(r)] = {s, i};
    }
  }
  std::pair<T, std::vector<std::array<int, 2>>> out{T(0), {}};
  for (const auto& [w, e] : kruskal(p.size(), std::move(cand)))
    out.first += w, out.second.push_back(e);
  return out;
}

}  // namespace geo
