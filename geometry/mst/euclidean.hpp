// mst/euclidean.hpp: Euclidean minimum spanning tree.
// euclidean_mst(p) -> n - 1 edges {u, v} (indices into p,
//   u < v) of a spanning tree of minimum total length: Kruskal
//   on the Delaunay edges (each MST edge is one: its diameter
//   circle holds no point). Duplicates are joined to their
//   first copy by length-0 edges. Ties: any MST (all have the
//   same sorted list of lengths).
// Time: O(n log n).
// Precision: as delaunay.hpp; edges compared by squared
//   length: long long exact in the coordinate range
//   (docs/eps.md); floating: rounded.
// Degenerate: n <= 1 -> {}; all collinear -> the chain along
//   the line.
// Source: M. I. Shamos, D. Hoey, FOCS 1975 (MST in Delaunay).
// Tests: unit mst_euclidean_test; property mst_euclidean_prop;
//   judge euclidean_mst.
#pragma once
#include "../delaunay.hpp"
#include "kruskal.hpp"
#include <array>
#include <utility>
#include <vector>

namespace geo {

template <class T>
std::vector<std::array<int, 2>> euclidean_mst(
    const std::vector<Point<T>>& p) {
  Triangulation t = delaunay(p);
  std::vector<std::array<int, 2>> out;
  std::vector<std::pair<T, std::array<int, 2>>> c;
  for (int i = 0; i < int(p.size()); i++)
    if (t.rep[size_t(i)] != i)
      out.push_back({t.rep[size_t(i)], i});
  for (auto e : t.edges)
    c.push_back({dist2(p[size_t(e[0])], p[size_t(e[1])]), e});
  for (auto& k : kruskal(p.size(), c)) out.push_back(k.second);
  return out;
}

}  // namespace geo
