// circle/triangle.hpp: the circumcircle and the incircle of a
// triangle. O(1). Circle<real_t<T>>. circumcircle(a, b, c):
// centre a + N / D, N = (v.y |u|^2 - u.y |v|^2, u.x |v|^2 -
// v.x |u|^2),
//   D = 2 u x v (u = b - a, v = c - a); radius |u| |v| |b - c|
//   / |D|. Precondition: D != 0, i.e. not exactly collinear
//   (asserted: pitfall 9). Nearly collinear points give a
//   huge, ill-conditioned circle (condition ~ 1 / sin(smallest
//   angle)).
// incircle(a, b, c): centre (la a + lb b + lc c) / (la + lb +
// lc), la = |b - c| etc.; radius
//   |u x v| / (la + lb + lc) (twice the area over the
//   perimeter). Collinear points give r = 0 and a centre on
//   the segment; precondition: not all three equal (asserted).
// Precision (u = 2^-53). long long: N (degree 3) and D exact
// in __int128 for |x|,|y| <= 1e9,
//   each rounded once: circumcentre error <= 3u (|a| + r),
//   radius relative error <= 6u. incircle: lengths rounded
//   once each, error <= 8u (|a| + longest side). Floating:
//   circumcircle error <= 16u (|a| + r) times (longest side)^2
//   / |D|, incircle as above.
// Source: Coxeter, "Introduction to Geometry", 1.5 and 1.4
// (circumcentre, incentre).
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
template <class T> Circle<real_t<T>> circumcircle(Point<T> a,
                                                  Point<T> b,
                                                  Point<T> c) {
  assert(in_range(a, 1e9) && in_range(b, 1e9) &&
         in_range(c, 1e9));
  auto [n, k] = circum(a, b, c);
  assert(k != 0 && "circumcircle of collinear points");
  real_t<T> D = 2 * real_t<T>(k);
  return {to_real(a) + to_real(n) / D,
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
  return {to_real(a) +
              (to_real(b - a) * y + to_real(c - a) * z) / s,
          std::abs(R(a.cross(b, c))) / s};
}

}  // namespace geo
