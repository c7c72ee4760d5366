// mst/euclidean.hpp: Euclidean minimum spanning tree through the Delaunay edges.
// euclidean_mst(p) -> n - 1 edges {u, v} (indices into p, u < v; {} for n <= 1) of a
//   spanning tree of minimum total length. Duplicates are joined to their first copy by
//   length-0 edges; collinear input gives the chain of neighbours along the line.
// Why Delaunay: every MST edge is a Delaunay edge (its diameter circle holds no point), so
// Kruskal on the O(n) Delaunay edges suffices. Ties: any MST (all have the same sorted
// list of edge lengths).
// Time O(n log n). Precision as delaunay.hpp; edges are compared by squared length,
// exactly for long long with |x|,|y| <= 1e9 (<= 8e18), rounded for floating.
// Source: M. I. Shamos, D. Hoey, "Closest-point problems", FOCS 1975 (MST within Delaunay).
#pragma once
#include "../delaunay.hpp"
#include "kruskal.hpp"
#include <array>
#include <utility>
#include <vector>

namespace geo {

template <class T> std::vector<std::array<int, 2>> euclidean_mst(const std::vector<Point<T>>& p) {
  const Triangulation t = delaunay(p);
  std::vector<std::array<int, 2>> out;
  for (int i = 0; i < int(p.size()); i++)
    if (t.rep[size_t(i)] != i) out.push_back({t.rep[size_t(i)], i});
  std::vector<std::pair<T, std::array<int, 2>>> cand;  // (squared length, Delaunay edge)
  for (const std::array<int, 2>& e : t.edges) cand.push_back({dist2(p[size_t(e[0])], p[size_t(e[1])]), e});
  for (const auto& kept : kruskal(p.size(), std::move(cand))) out.push_back(kept.second);
  return out;
}

}  // namespace geo
