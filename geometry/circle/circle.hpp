// circle/circle.hpp: Circle<T>{c, r} (r >= 0, 0: a point) and
// cut(), a line against a circle: the floor of circle/.
// cut(C, p, d): the line p + d s against C: {t, h} (a
//   Point<real_t<T>>): the foot of the perpendicular from C.c
//   is at s = t, the common points at s = t -+ h; h < 0:
//   none, h = 0: tangent. Preconditions valid(C), |d|^2 > 0:
//   asserted by the callers (intersect.hpp, area.hpp).
// valid(C): the debug precondition of every circle function:
//   r >= 0; |x|,|y|,r <= 1e9 (long long); finite (floating).
// to_real(p): p as Point<real_t<T>> (double for long long).
// Time: O(1) each.
// Precision: long long (|x|,|y|,r <= 1e9; p, d, c - p within
//   2e9 per coordinate): the count is the exact sign of r^2
//   |d|^2 - (d x (c - p))^2 (in __int128); t and h are exact
//   integers rounded once, then a square root and a division
//   (relative error <= 3u, u = 2^-53). Floating: eps is a
//   LENGTH: h = 0 iff |dist(c, line) - r| <= eps on the
//   computed distance |d x (c - p)| / |d|, which errs by <= 8u
//   |c - p|: the exact answer outside the band eps/2..2eps
//   while |c - p| + r <= eps / (16u) (5.6e5 at eps 1e-9).
// Degenerate: no NaN (the square of h is clamped at 0); r = 0
//   gives h = 0 for a line through c; p = c is fine.
// Source: cp-geo (vlecomte) 6.2 (circle-line via the foot).
// Tests: unit circle_circle_test; property circle_prop
//   (CircleLinePoints, CutFloatingContract); judge CGL_7_D,
//   CGL_7_H.
#pragma once
#include "../point.hpp"
#include <cmath>

namespace geo {

template <class T> struct Circle {
  Point<T> c;
  T r;
};
template <class T> Point<real_t<T>> to_real(Point<T> p) {
  return {real_t<T>(p.x), real_t<T>(p.y)};
}
template <class T> bool valid(Circle<T> C) {
  return C.r >= 0 && in_range(C.c, 1e9) && in_range(C.r, 1e9);
}
template <class T, class R = real_t<T>>
auto cut(Circle<T> C, Point<T> p, Point<T> d) {
  T x = d.cross(C.c - p), n = d.norm2();
  wide_t<T> w = wide_t<T>(C.r) * C.r * n - wide_t<T>(x) * x;
  R m = R(n), l = std::abs(R(x)) / std::sqrt(m);
  int s = is_exact_v<T> ? (w < 0) - (w > 0) : sgn(l - R(C.r));
  R h = s > 0 ? -1 : s ? std::sqrt(w < 0 ? 0 : R(w)) / m : 0;
  return Point<R>(R(d.dot(C.c - p)) / m, h);
}

}  // namespace geo
