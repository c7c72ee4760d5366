// hull/convex_distance.hpp: the distance from a point to a
// convex polygon, and between two convex polygons (as
// regions: 0 inside, on the boundary or when they meet).
// dist2(r, poly): Dist2 (dist2.hpp), 0 if
// where_in_convex(poly,
//   r) is not OUTSIDE; else the least distance to an edge r
//   sees (from tangents(poly, r)): along those edges it falls,
//   then rises, so a binary search finds it.
// dist2(p, q): 0 if the polygons meet, else the least distance
//   between them: dist2(origin, minkowski(p, -q)).
// dist(r, poly), dist(p, q): sqrt of the value (dist2.hpp).
// poly, p, q: not empty (asserted), counter-clockwise, convex,
//   no repeated points, positive area if n >= 3, collinear
//   vertices allowed, any start (tangents.hpp's input; a
//   segment or a point too).
// Time: dist2(r, poly) O(log n); dist2(p, q) O(n + m).
// Precision: long long: exact; r, poly in the coordinate range
//   (docs/eps.md); p, q in |x|,|y| <= 5e8 (asserted), so that
//   their Minkowski sum is in the coordinate range. dist: a
//   relative error <= 3u (u = 2^-53). Floating: r within about
//   eps (a distance) of poly gives 0 (where_in_convex); so do
//   p and q within about eps of each other.
// Degenerate: a point or segment polygon is that point or
//   segment (distance.hpp).
// Source: the Minkowski difference, e.g. M. de Berg et al.,
//   Computational Geometry (3rd ed. 2008), 13.3; the visible
//   chain's unimodal distance: docs/hull/convex_distance.md.
// Tests: unit hull_convex_distance_test; property
//   hull_convex_distance_prop.
#pragma once
#include "../distance.hpp"
#include "minkowski.hpp"
#include "tangents.hpp"
#include <cassert>
#include <vector>

namespace geo {

template <class T>
Dist2<T> dist2(Point<T> r, const std::vector<Point<T>>& p) {
  int n = int(p.size());
  assert(n && "dist2: empty polygon");
  if (where_in_convex(p, r)) return {0, 1};
  auto [a, b] = tangents(p, r);  // r sees edges b .. a - 1
  auto d = [&, b = b](int k) {
    return dist2(
        r, Segment<T>{p[(b + k) % n], p[(b + k + 1) % n]});
  };
  auto f = [&](int k) { return d(k) < d(k - 1); };
  return d(last_true(0, (a - b + n) % n, f));
}

template <class T> Dist2<T> dist2(std::vector<Point<T>> p,
                                  std::vector<Point<T>> q) {
  assert(!p.empty() && !q.empty());
  for (auto* v : {&p, &q})
    for ([[maybe_unused]] auto x : *v)
      assert(in_range(x, 500000000));
  for (auto& x : q) x = x * T(-1);
  return dist2(Point<T>(), minkowski(p, q));
}

}  // namespace geo
