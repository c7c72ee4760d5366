// cpgeo mst/kruskal.hpp, hash a28323; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <algorithm>
#include <array>
#include <cassert>
#include <numeric>
#include <utility>
#include <vector>

namespace geo {

// mst/kruskal.hpp: Kruskal's minimum spanning forest over
// candidate edges.
// kruskal(n, cand) -> the edges of cand that Kruskal keeps, as
//   (weight, {u, v}) by increasing weight, vertices 0 .. n-1
//   (asserted); ties by {u, v}, so deterministic. If cand
//   holds a minimum spanning tree of the complete graph
//   (Delaunay edges, octant neighbours), the result is one.
// Time: O(m log m) for m candidates (sort), then union-find
//   with path halving.
// Precision: weight comparisons only: exact for integral
//   weights, as rounded for floating.
// Degenerate: n = 0 or no candidates -> {}; self-loops are
//   never kept.
// Source: J. B. Kruskal, Proc. AMS 7 (1956).
// Tests: unit mst_kruskal_test (and the MST tests below).
#ifndef GEO_MST_KRUSKAL_HPP
#define GEO_MST_KRUSKAL_HPP

template <class W>
std::vector<std::pair<W, std::array<int, 2>>> kruskal(
    size_t n,
    std::vector<std::pair<W, std::array<int, 2>>> c) {
  std::sort(c.begin(), c.end());
  std::vector<int> up(n);  // union-find parent
  std::iota(up.begin(), up.end(), 0);
  auto find = [&](int x) {
    for (int y; (y = up[size_t(x)]) != x; x = y)
      up[size_t(x)] = up[size_t(y)];
    return x;
  };
  size_t k = 0;
  for (auto& [w, e] : c) {
    for ([[maybe_unused]] int v : e)
      assert(v >= 0 && size_t(v) < n);
    int a = find(e[0]), b = find(e[1]);
    if (a != b) up[size_t(a)] = b, c[k++] = {w, e};
  }
  c.resize(k);
  return c;
}

#endif

}  // namespace geo
