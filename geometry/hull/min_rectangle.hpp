// hull/min_rectangle.hpp: the smallest enclosing rectangle of
// a point set, any orientation (rotating calipers).
// min_rectangle(pts, perim = false) -> MinRect<T>{value, c}:
//   the rectangle of least area (perim: least perimeter)
//   containing every point; value its area (perimeter), c its
//   corners counter-clockwise as Point<real_t<T>>. One side
//   lies on an edge of the strict convex_hull; of equal
//   values the first edge from the hull's lowest point wins.
//   pts: at least one point (asserted).
// Time: O(n log n) (convex_hull), then O(n): per hull edge e
//   from a, three calipers: the largest and least e.(p - a)
//   (width W = e.(p_r - p_l)) and the largest e x (p - a)
//   (height H); area W H / |e|^2, perimeter 2 (W + H) / |e|.
// Precision: long long: in the coordinate range (docs/eps.md;
//   asserted by convex_hull): W, H, |e|^2 <= 8e18 exact; the
//   area's edge chosen exactly (W H <= 6.4e37 as a Dist2
//   fraction, compared by quotient and remainder); its value
//   has relative error <= 3u (u = 2^-53); the perimeter's
//   edge is chosen by the rounded values, so the value is
//   within 5u (relative) of the least. Corners: a + e (t /
//   |e|^2) (t = e.(p - a)) and so on, rounded. Floating:
//   convex_hull's eps (a distance) decides the hull; the rest
//   is rounding (no eps).
// Degenerate: one point (or all equal): value 0, the four
//   corners that point; collinear: the segment ab between the
//   extreme points, area 0, perimeter 2 |ab|, corners a, b, b,
//   a; duplicates are merged by convex_hull. No points:
//   asserted.
// Source: H. Freeman, R. Shapira (1975), a side on a hull
//   edge; G. T. Toussaint, "Solving geometric problems with
//   the rotating calipers" (1983).
// Tests: unit hull_min_rectangle_test; property
//   hull_min_rectangle_prop; judge min_area_rectangle.
#pragma once
#include "../dist2.hpp"
#include "convex_hull.hpp"
#include <array>
#include <cassert>
#include <cmath>
#include <vector>

namespace geo {

template <class T> struct MinRect {
  real_t<T> value;
  std::array<Point<real_t<T>>, 4> c;  // counter-clockwise
};

template <class T>
MinRect<T> min_rectangle(const std::vector<Point<T>>& pts,
                         bool perim = false) {
  typedef real_t<T> R;
  typedef Point<R> Q;
  auto h = convex_hull(pts);
  int n = int(h.size());
  assert(n && "min_rectangle: no points");
  MinRect<T> b{0, {Q(h[0]), Q(h[0]), Q(h[0]), Q(h[0])}};
  Dist2<T> ba{0, 1};
  auto p = [&, d = h.data()](int k) { return d[k % n]; };
  for (int i = 0, r = 1, t = 1, l = 1; i < n && n > 1; i++) {
    auto a = p(i), e = p(i + 1) - a;
    auto d = [&](int k) { return e.dot(p(k) - a); };
    auto c = [&](int k) { return e.cross(p(k) - a); };
    while (d(r + 1) > d(r)) r++;
    while (c(t + 1) > c(t)) t++;
    if (!i) l = t;
    while (d(l + 1) < d(l)) l++;
    T W = e.dot(p(r) - p(l)), D = e.norm2(),
      H = n > 2 ? c(t) : 0;  // FMA: e x e may not be 0
    Dist2<T> A{wide_t<T>(W) * H, D};
    R v = perim ? 2 * (R(W) + R(H)) / std::sqrt(R(D))
                : A.value();
    if (i && (perim ? v >= b.value : !(A < ba))) continue;
    Q u = Q(e) / R(D), x = Q(a) + u * R(d(l)),
      y = Q(a) + u * R(d(r)), z = u.perp() * R(H);
    b = {v, {x, y, y + z, x + z}}, ba = A;
  }
  return b;
}

}  // namespace geo
