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
#include <algorithm>
#include <array>
#include <numeric>
#include <utility>
#include <vector>

namespace geo {

template <class T> std::vector<std::array<int, 2>> euclidean_mst(const std::vector<Point<T>>& p) {
  const Triangulation t = delaunay(p);
  std::vector<std::array<int, 2>> out;
  for (int i = 0; i < int(p.size()); i++)
    if (t.rep[size_t(i)] != i) out.push_back({t.rep[size_t(i)], i});
  std::vector<std::pair<T, int>> order;  // (squared length, Delaunay edge)
  for (int i = 0; i < int(t.edges.size()); i++)
    order.push_back({dist2(p[size_t(t.edges[size_t(i)][0])], p[size_t(t.edges[size_t(i)][1])]), i});
  std::sort(order.begin(), order.end());
  std::vector<int> up(p.size());
  std::iota(up.begin(), up.end(), 0);
  auto find = [&](int x) {
    while (up[size_t(x)] != x) x = up[size_t(x)] = up[size_t(up[size_t(x)])];
    return x;
  };
  for (const auto& [len2, i] : order) {
    const int a = find(t.edges[size_t(i)][0]), b = find(t.edges[size_t(i)][1]);
    if (a != b) up[size_t(a)] = b, out.push_back(t.edges[size_t(i)]);
  }
  return out;
}

}  // namespace geo
