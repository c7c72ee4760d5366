// mst/manhattan.hpp: minimum spanning tree under the L1
// (Manhattan) distance.
// manhattan_mst(p) -> {total weight, n - 1 edges {u, v}}
//   (indices into p). Ties: any MST. For each point and each
//   of the four closed octants {dy >= dx >= 0}, {dx >= dy >=
//   0}, {dx >= -dy >= 0}, {-dy >= dx >= 0} (d = q - p) keep
//   the edge to the L1-nearest point there (some MST uses only
//   these <= 4n edges), then Kruskal. Each octant is turned
//   into the first ((x, y), (y, x), (-y, x), (x, -y)) and
//   swept by y - x descending (ties: x descending); a Fenwick
//   tree (fenwick.hpp) over the points' ranks by x gives the
//   least (x + y, index) among those swept with x >= p.x.
// Time: O(n log n), memory O(n).
// Precision: long long: exact in the coordinate range
//   (docs/eps.md; asserted; sums <= 2e9, total <= 4e9 (n -
//   1)). Floating: sums and differences rounded; no eps.
// Degenerate: n <= 1 -> {0, {}}; duplicates are joined by
//   weight-0 edges.
// Source: H. Zhou, N. Shenoy, W. Nicholls, IPL 81(5), 2002
//   (the octant lemma).
// Tests: unit mst_manhattan_test; property mst_manhattan_prop;
//   judge manhattanmst.
#pragma once
#include "../fenwick.hpp"
#include "../point.hpp"
#include "kruskal.hpp"
#include <algorithm>
#include <array>
#include <cassert>
#include <limits>
#include <tuple>
#include <utility>
#include <vector>

namespace geo {

template <class T>
std::pair<T, std::vector<std::array<int, 2>>> manhattan_mst(
    std::vector<Point<T>> q) {
  typedef std::pair<T, int> V;  // (x + y, index)
  std::vector<std::pair<T, std::array<int, 2>>> cand;
  V no(std::numeric_limits<T>::max(), -1);
  auto mn = [](V a, V b) { return std::min(a, b); };
  for ([[maybe_unused]] auto a : q) assert(in_range(a, 1e9));
  for (int k = 0, i = 0; k < 4; k++, i = 0) {
    // ev: (x - y, -x, x + y, index); sorted: y - x falling,
    // then x falling. Octant k is turned into the first.
    std::vector<T> xs;
    std::vector<std::tuple<T, T, T, int>> ev;
    for (auto& a : q) {
      xs.push_back(-a.x);
      ev.emplace_back(a.x - a.y, -a.x, a.x + a.y, i++);
      a = k & 1 ? Point<T>(-a.x, a.y) : Point<T>(a.y, a.x);
    }
    auto b = xs.begin(), e = xs.end();
    std::sort(b, e), std::sort(ev.begin(), ev.end());
    Fenwick<V, decltype(mn)> f{std::vector<V>(q.size(), no),
                               mn};
    for (auto [d, nx, s, j] : ev) {
      // least x + y among the points swept with x >= -nx
      auto r = size_t(std::upper_bound(b, e, nx) - b);
      auto [w, o] = f.get(r, no);
      if (o >= 0) cand.push_back({w - s, {o, j}});
      f.add(r - 1, {s, j});
    }
  }
  std::pair<T, std::vector<std::array<int, 2>>> out{T(0), {}};
  for (auto [w, e] : kruskal(q.size(), cand))
    out.first += w, out.second.push_back(e);
  return out;
}

}  // namespace geo
