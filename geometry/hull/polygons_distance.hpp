// hull/polygons_distance.hpp: the distance between two convex
// polygons (as regions: 0 when they meet), O(n + m).
// dist2(p, q): Dist2 (dist2.hpp): the distance from the origin
//   to s = minkowski(p, -q) (hull/minkowski.hpp): 0 if s has
//   positive area and the origin is left of or on every edge,
//   else the least of |s_i|^2 and, on each edge whose foot
//   from the origin falls strictly inside it, cross^2 /
//   |edge|^2.
// dist(p, q): sqrt of the value (dist2.hpp).
// p, q: not empty (asserted), counter-clockwise, convex, no
//   repeated points, positive area if n >= 3, collinear
//   vertices allowed, any start (minkowski's input; a segment
//   or a point too).
// Time: O(n + m).
// Precision: long long: exact for |x|,|y| <= 5e8 (asserted),
//   so that s is in the coordinate range (docs/eps.md): dot
//   and cross products <= 4e18, a squared cross <= 1.6e37 in
//   __int128; dist: relative error <= 3u (u = 2^-53).
//   Floating: no eps, rounding only (polygons that touch give
//   0 only if the rounded cross products say so). Known
//   failure (not fixed): a collinear or nearly collinear
//   vertex makes a short edge of the Minkowski difference far
//   from the origin whose rounded cross product can flip, so
//   overlapping polygons get a positive distance (up to the
//   overlap's depth: 2.6e-5 seen); pass strict polygons.
// Degenerate: a point or a segment polygon is that point or
//   segment; two points: their distance.
// Source: the Minkowski difference, e.g. M. de Berg et al.,
//   Computational Geometry (3rd ed. 2008), 13.3.
// Tests: unit hull_polygons_distance_test; property
//   hull_convex_distance_prop.
#pragma once
#include "../dist2.hpp"
#include "minkowski.hpp"
#include <algorithm>
#include <cassert>
#include <vector>

namespace geo {

template <class T> Dist2<T> dist2(std::vector<Point<T>> p,
                                  std::vector<Point<T>> q) {
  assert(!p.empty() && !q.empty());
  for (auto* v : {&p, &q})
    for ([[maybe_unused]] auto x : *v)
      assert(in_range(x, 500000000));
  for (auto& x : q) x = x * T(-1);
  auto s = minkowski(p, q);
  size_t n = s.size();
  bool in = n > 2;
  Dist2<T> d{s[0].norm2(), 1};
  for (size_t i = 0; i < n; i++) {
    auto a = s[i], b = s[(i + 1) % n], e = b - a;
    wide_t<T> c = a.cross(b);  // > 0: the origin is left
    in &= c >= 0;
    d = std::min(d, {a.norm2(), 1});
    if (e.dot(a) < 0 && e.dot(b) > 0)
      d = std::min(d, {c * c, e.norm2()});
  }
  return in ? Dist2<T>{0, 1} : d;
}

}  // namespace geo
