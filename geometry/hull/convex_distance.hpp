// hull/convex_distance.hpp: the distance from a point to a
// convex polygon (a region: 0 inside and on the boundary),
// O(log n). Two polygons: hull/polygons_distance.hpp.
// dist2(r, poly): Dist2 (dist2.hpp), 0 if
// where_in_convex(poly,
//   r) is not OUTSIDE; else the least squared distance from r
//   to the chain of vertices r sees (tangents.hpp): their
//   distances fall, then rise, so a binary search finds the
//   nearest vertex w; the nearest point is w or the foot of r
//   on one of the two edges at w.
// dist(r, poly): sqrt of the value (dist2.hpp).
// poly: not empty (asserted), counter-clockwise, convex, no
//   repeated points, positive area if n >= 3, collinear
//   vertices allowed, any start: tangents.hpp's input (a
//   segment or a point too).
// Time: O(log n).
// Precision: long long: exact in the coordinate range
//   (docs/eps.md): dist2 of points and the feet's dot and
//   cross products <= 8e18, a foot's squared cross <= 6.4e37
//   in
//   __int128; dist: relative error <= 3u (u = 2^-53).
//   Floating: r within about eps (a distance) of poly gives 0
//   (where_in_convex); beyond, rounding only, except
//   where_in_convex's known failure on close collinear
//   vertices (a point 50 off gives 0): pass the strict hull.
// Degenerate: a point or a segment polygon is that point or
//   segment (floating: a polygon of n >= 3 within eps of a
//   line fails tangents' assertion: pass its two ends).
// Source: the nearest point lies on the chain seen from r;
//   why the distances there are unimodal:
//   docs/hull/convex_distance.md.
// Tests: unit hull_convex_distance_test; property
//   hull_convex_distance_prop.
#pragma once
#include "../dist2.hpp"
#include "tangents.hpp"
#include <algorithm>
#include <cassert>
#include <vector>

namespace geo {

template <class T>
Dist2<T> dist2(Point<T> r, const std::vector<Point<T>>& p) {
  assert(!p.empty() && "dist2: empty polygon");
  if (where_in_convex(p, r)) return {0, 1};
  auto [a, b] = tangents(p, r);  // r sees vertices b .. a
  int n = int(p.size()), s = b + n, m = (a - b + n) % n;
  auto v = [&](int i) { return p.begin()[(s + i) % n]; };
  int k = last_true(0, m + 1, [&](int i) {
    return dist2(r, v(i)) < dist2(r, v(i - 1));
  });
  Dist2<T> d{dist2(r, v(k)), 1};
  for (int j : {k - 1, k}) {  // the feet on the edges at w
    auto x = v(j), e = v(j + 1) - x;
    T c = e.cross(r - x), t = e.dot(r - x), l = e.norm2();
    if (t > 0 && t < l) d = std::min(d, {wide_t<T>(c) * c, l});
  }
  return d;
}

}  // namespace geo
