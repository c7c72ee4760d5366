// hull/layers.hpp: convex layers (onion peeling).
// convex_layers(pts) -> for each input point, in input order,
//   the 1-based round in which peeling removes it: round k
//   removes every point on the boundary of the convex hull of
//   the points left (collinear boundary points and all copies
//   of a point included).
// Time: O(n L log(n / L)) for L layers, O(n^2) worst case:
//   sorted once by lower, each round is convex_hull<true> of
//   the points left (already sorted: no sort) and a binary
//   search of each in it. Same contract, O(n log^2 n):
//   convex_layers_fast (hull/layers_fast.hpp), for n above a
//   few thousand with many layers (docs/hull/layers.md).
// Precision: as convex_hull<true>. long long: exact in the
//   coordinate range (docs/eps.md); debug builds assert that
//   range, and finiteness for floating T (NaN breaks the
//   sort). Floating: a point on a layer's edge by the rounded
//   sign belongs to it (convex_hull<true>: no eps band).
// Degenerate: n = 0 -> {}; one distinct point (any copies) is
//   layer 1; collinear points are all layer 1.
// Source: B. Chazelle (1985): the problem; A. M. Andrew, IPL 9
//   (1979): each round's hull.
// Tests: unit hull_layers_test (both variants); property
//   hull_point_sets_prop (both variants); judge convex_layers
//   (the fast variant).
#pragma once
#include "convex_hull.hpp"
#include <algorithm>
#include <cassert>
#include <numeric>
#include <vector>

namespace geo {

template <class T> std::vector<int> convex_layers(
    const std::vector<Point<T>>& pts) {
  for ([[maybe_unused]] auto q : pts) assert(in_range(q, 1e9));
  std::vector<int> out(pts.size());
  std::vector<std::size_t> id(pts.size()), rest;
  std::iota(id.begin(), id.end(), std::size_t(0));
  std::sort(id.begin(), id.end(), [&](auto a, auto b) {
    return lower(pts[a], pts[b]);
  });
  for (int r = 1; !id.empty(); r++, id.swap(rest)) {
    std::vector<Point<T>> p;
    for (auto i : id) p.push_back(pts[i]);
    auto h = convex_hull<true>(p);
    std::sort(h.begin(), h.end(), lower);
    rest.clear();
    for (auto i : id)
      if (std::binary_search(h.begin(), h.end(), pts[i],
                             lower))
        out[i] = r;
      else rest.push_back(i);
  }
  return out;
}

}  // namespace geo
