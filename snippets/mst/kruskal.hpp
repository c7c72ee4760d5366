// cpgeo mst/kruskal.hpp, hash 9e6493; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <algorithm>
#include <array>
#include <cassert>
#include <numeric>
#include <utility>
#include <vector>

// mst/kruskal.hpp: Kruskal's minimum spanning forest over a list of candidate edges.
// kruskal(n, cand) -> the edges of cand kept by Kruskal, as (weight, {u, v}) in increasing
//   weight: each joins two different components of the vertices 0 .. n-1. If the candidates
//   contain a minimum spanning tree of the complete graph (Delaunay edges, octant
//   neighbours), the result is one. Ties by {u, v}, so the result is deterministic.
// Time O(m log m) for m candidates (sort), then near-linear union-find (path halving).
// Precision: only weight comparisons: exact for integral weights, as rounded for floating.
// Source: J. B. Kruskal, "On the shortest spanning subtree of a graph", Proc. AMS 7 (1956).
#ifndef GEO_MST_KRUSKAL_HPP
#define GEO_MST_KRUSKAL_HPP

namespace geo {

template <class W>
std::vector<std::pair<W, std::array<int, 2>>> kruskal(std::size_t n, std::vector<std::pair<W, std::array<int, 2>>> cand) {
  std::sort(cand.begin(), cand.end());
  std::vector<int> up(n);  // union-find parent
  std::iota(up.begin(), up.end(), 0);
  auto find = [&up](int x) {
    while (up[std::size_t(x)] != x) x = up[std::size_t(x)] = up[std::size_t(up[std::size_t(x)])];
    return x;
  };
  std::size_t kept = 0;
  for (const auto& c : cand) {
    assert(c.second[0] >= 0 && std::size_t(c.second[0]) < n && c.second[1] >= 0 && std::size_t(c.second[1]) < n);
    const int a = find(c.second[0]), b = find(c.second[1]);
    if (a != b) up[std::size_t(a)] = b, cand[kept++] = c;
  }
  cand.resize(kept);
  return cand;
}

}  // namespace geo
#endif
