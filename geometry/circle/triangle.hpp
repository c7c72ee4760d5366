// circle/triangle.hpp: the circumcircle and the incircle of a
// triangle, as Circle<real_t<T>>.
// circum(a, b, c): {n, k}: the circumcentre is a + n / (2k),
//   k = (b - a) x (c - a) (0: collinear), n = (v.y |u|^2 -
//   u.y |v|^2, u.x |v|^2 - v.x |u|^2), u = b - a, v = c - a;
//   exact in wide_t (also used by enclosing.hpp).
// circumcircle(a, b, c): radius |u| |v| |b - c| / |2k|;
//   precondition k != 0 (asserted).
// incircle(a, b, c): centre (la a + lb b + lc c) / (la + lb +
//   lc), la = |b - c| etc.; radius |u x v| / (la + lb + lc).
//   Collinear points give r = 0 and a centre on the segment.
// Time: O(1) each.
// Precision: u = 2^-53. long long, in the coordinate range
//   (docs/eps.md): n (degree 3) and k exact in __int128,
//   rounded once: circumcentre error <= 3u (|a| + r), radius
//   relative <= 6u; incircle lengths rounded once each, error
//   <= 8u (|a| + longest side). Floating: circumcentre error
//   <= 16u (|a| + r) (longest side)^2 / |2k|; incircle as
//   above. Nearly collinear points give a huge circle
//   (condition ~ 1 / sin(smallest angle)).
// Degenerate: circumcircle of collinear points and incircle of
//   three equal points are asserted; points in range too.
// Source: Coxeter, "Introduction to Geometry", 1.4-1.5.
// Tests: unit circle_triangle_test; property circle_prop
//   (Circumcircle); judge CGL_7_B, CGL_7_C.
#pragma once
#include "circle.hpp"
#include <cassert>
#include <cmath>
#include <utility>

namespace geo {

template <class T>
auto circum(Point<T> a, Point<T> b, Point<T> c) {
  using W = wide_t<T>;
  Point<T> u = b - a, v = c - a;
  W s = u.norm2(), t = v.norm2();
  return std::pair(
      Point<W>(v.y * s - u.y * t, u.x * t - v.x * s),
      W(u.cross(v)));
}
template <class T, class R = real_t<T>>
Circle<R> circumcircle(Point<T> a, Point<T> b, Point<T> c) {
  assert(in_range(a, 1e9) && in_range(b, 1e9) &&
         in_range(c, 1e9));
  auto [n, k] = circum(a, b, c);
  assert(k != 0 && "circumcircle of collinear points");
  R D = 2 * R(k);
  return {Point<R>(a) + Point<R>(n) / D,
          dist(a, b) * dist(a, c) * dist(b, c) / std::abs(D)};
}
template <class T> Circle<real_t<T>> incircle(Point<T> a,
                                              Point<T> b,
                                              Point<T> c) {
  using R = real_t<T>;
  assert(in_range(a, 1e9) && in_range(b, 1e9) &&
         in_range(c, 1e9));
  R x = dist(b, c), y = dist(a, c), z = dist(a, b),
    s = x + y + z;
  assert(s > 0 && "incircle of three equal points");
  return {Point<R>(a) +
              (Point<R>(b - a) * y + Point<R>(c - a) * z) / s,
          std::abs(R(a.cross(b, c))) / s};
}

}  // namespace geo
