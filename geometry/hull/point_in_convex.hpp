// hull/point_in_convex.hpp: a point against a convex polygon,
// O(log n).
// where_in_convex(poly, q) -> INSIDE, BOUNDARY or OUTSIDE.
//   poly: a random-access container (std::vector) of points,
//   counter-clockwise, convex, no repeated points, collinear
//   vertices allowed anywhere (poly[0] too), any start: both
//   outputs of convex_hull, rotated or not.
// Time: O(log n): strict_vertex (strict_vertex.hpp), a binary
//   search of the fan of triangles there, one edge test.
// Precision: long long exact for |x|,|y| <= 4e18 (orient's
//   bound; a dot product's sign by cross_sign). Floating:
//   orient's eps, a distance: q within about eps of the
//   boundary is BOUNDARY. Known failure (not fixed): orient's
//   eps is the triangle's least altitude, so with collinear
//   vertices close together (an edge of length e) a q far
//   away (at L) is "on" that edge's line if within eps L / e
//   of it (50 off a 1e5 square with 2^-20 edges: BOUNDARY);
//   pass the strict hull, or long long.
// Degenerate: {} -> OUTSIDE; a segment ab (2 points, or
//   convex_hull<true>'s collinear list, ends first and last):
//   BOUNDARY iff orient(a, b, q) == 0 and q projects inside ab
//   (floating: or lies within eps of an end), else OUTSIDE; a
//   point is the segment aa (floating: within eps). Debug
//   builds assert counter-clockwise and, for n >= 3 other than
//   that list, positive area (at one strict vertex).
// Source: the fan binary search, F. P. Preparata, M. I.
//   Shamos, Computational Geometry (1985), 2.2.
// Tests: unit hull_point_in_convex_test; property
//   hull_consumers_prop, hull_convex_ops_prop.
#pragma once
#include "../where.hpp"
#include "strict_vertex.hpp"
#include <algorithm>

namespace geo {

template <class V, class P>
Where where_in_convex(const V& p, P q) {
  int n = int(p.size()), s = strict_vertex(p), h = n - 1;
  if (!n) return OUTSIDE;
  if (n < 3 || s == n) {  // a point or a segment
    auto u = p[0] - q, w = p.back() - q;
    // floating: q may pass an end by eps
    auto e2 = eps<decltype(q.x)> * eps<decltype(q.x)>;
    bool on = cross_sign(u.perp(), w) >= 0 ||
              (e2 > 0 && std::min(u.norm2(), w.norm2()) <= e2);
    return Where(on && !orient(p[0], p.back(), q));
  }
  auto v = [&](int k) { return p.begin()[(s + k) % n]; };
  int a = orient(v(0), v(1), q), b = orient(v(0), v(h), q);
  // the fan triangle v(0) v(l) v(l + 1) holding q; if q is on
  // the last edge's line, the one before its collinear run
  auto f = [&](int m) { return orient(v(0), v(m), q) >= !b; };
  int l = last_true(1, h, f), o = orient(v(l), v(l + 1), q);
  return Where(1 + std::min({o, a, -b}));
}

}  // namespace geo
