// hull/line_convex.hpp: extreme vertex and line intersection
// of a convex polygon, O(log n).
// extreme_vertex(poly, dir, last = false): the index of a
//   vertex maximising dir.dot(v); of a tied edge (one
//   perpendicular to dir) the first counter-clockwise, or the
//   last one if last. Asserted: n >= 1, dir != 0.
// line_convex(poly, a, b): the line through a != b meets the
//   polygon in {} (missed), {p} (a vertex touched, a 2-vertex
//   polygon crossed, or a chord no longer than eps) or {p, q}
//   (a chord, or an edge on the line), as Point<real_t<T>>,
//   ordered along a -> b. a != b asserted (if n >= 1).
// poly: counter-clockwise, convex, no repeated points,
//   collinear vertices allowed anywhere, any start, positive
//   area if n >= 3 (asserted at one strict vertex).
// Time: O(log n): from a strict vertex (strict_vertex.hpp) the
//   edge angles are sorted, so a binary search finds the
//   extreme vertices across the line; the side of the line is
//   monotone on each chain between them, so a binary search
//   finds each crossed edge.
// Precision: extreme_vertex exact for long long |x|,|y| <=
//   4e18 (cross_sign of edge vectors, no products in T).
//   line_convex: long long decisions exact in the coordinate
//   range (docs/eps.md); each crossing is interpolated from
//   the edge end nearer the line (one division; error a few
//   ulps of the coordinates' magnitude). Floating: orient's
//   eps, a distance: a vertex within about eps of the line
//   counts as on it; extreme_vertex decides on the edge
//   vectors as rounded.
// Degenerate: line_convex: {} -> {}; n = 1: {p} if on the
//   line; a segment along the line: its two ends.
// Source: binary search on edge angles, D. Dobkin, D.
//   Kirkpatrick (1983), extreme-point query; the chain
//   searches are this library's.
// Tests: unit hull_line_convex_test; property
//   hull_consumers_prop.
#pragma once
#include "strict_vertex.hpp"
#include <cassert>
#include <cmath>
#include <utility>
#include <vector>

namespace geo {

template <class P>
int extreme_vertex(const std::vector<P>& p, P d, bool l = 0) {
  int n = int(p.size()), s = strict_vertex(p);
  assert(s < n && d != P());
  auto v = [&](int k) { return p.begin()[(s + k) % n]; };
  P z = v(1) - v(0), t = d.perp();
  auto half = [&](P u) {  // angle from z in [pi, 2 pi)
    return P(cross_sign(z, u), cross_sign(u, z.perp())) < P();
  };
  auto before = [&](int k) {  // edge k turned less than t
    P u = v(k + 1) - v(k);
    return half(u) != half(t) ? half(t) : cross_sign(t, u) < l;
  };
  return (s + 1 + last_true(-1, n, before)) % n;
}

template <class T> std::vector<Point<real_t<T>>> line_convex(
    const std::vector<Point<T>>& p, Point<T> a, Point<T> b) {
  using R = real_t<T>;
  int n = int(p.size());
  auto e = p.begin();
  Point<T> d = b - a, up = d.perp(), dn = up * -1;
  auto side = [&](int i) { return orient(a, b, e[i]); };
  if (!n) return {};  // extreme_vertex asserts a != b
  int lo = extreme_vertex(p, dn), hi = extreme_vertex(p, up);
  if (side(hi) < 0 || side(lo) > 0) return {};
  // the crossing on the chain f -> t: sg = 1, from side < 0
  // to >= 0; sg = -1, from > 0 to <= 0
  auto cut = [&](int f, int t, int sg) {
    auto g = [&](int m) { return side((f + m) % n) * sg < 0; };
    int k = (t - f + n) % n, l = last_true(0, k, g);
    auto x = e[(f + l) % n], y = e[(f + l + (l < k)) % n];
    R fx = R(d.cross(x - a)), fy = R(d.cross(y - a));
    // from the end nearer the line; a tie: from its left end
    if (std::abs(fx) > std::abs(fy) || (fx == -fy && fx > 0))
      std::swap(x, y), std::swap(fx, fy);
    Point<R> X(x), D(y - x);
    return !k ? X : X + D * (fx / (fx - fy));
  };
  // the chain lo -> hi crosses the line later along a -> b
  auto in = cut(extreme_vertex(p, dn, true), hi, 1),
       out = cut(extreme_vertex(p, up, true), lo, -1);
  if (dist(in, out) <= R(eps<T>)) return {in};
  return {out, in};
}

}  // namespace geo
