// circle/circle.hpp: Circle<T>{c, r} (r >= 0, 0: a point) and
// cut(), a line against a circle: the floor of circle/.
// cut(C, v, d): the line c + v + d s against C (v = p - c for
//   a point p of the line): {t, h} (a Point<real_t<T>>): the
//   foot of the perpendicular from c is at s = t, the common
//   points at s = t -+ h; h < 0: none, h = 0: tangent. Asserts
//   |d|^2 > 0; valid(C) is asserted by the callers
//   (intersect.hpp, area.hpp).
// valid(C, B = 1e9): the debug precondition of every circle
//   function: r >= 0; |x|,|y|,r <= B (long long); finite
//   (floating).
// Time: O(1) each.
// Precision: long long, in the coordinate range (docs/eps.md;
//   v, d within 2e9 per coordinate): the count is the exact
//   sign of r^2 |d|^2 - (d x v)^2 (in __int128); t and h are
//   exact integers rounded once, then a square root and a
//   division (relative error <= 3u, u = 2^-53). Floating: eps
//   is a LENGTH: h = 0 iff |dist(c, line) - r| <= eps on the
//   computed distance |d x v| / |d|, which errs by <= 8u |v|
//   (v as the caller rounded it): the exact answer outside the
//   band eps/2..2eps while |v| + r <= eps / (16u) (5.6e5 at
//   eps 1e-9).
// Degenerate: no NaN (the square of h is clamped at 0); r = 0
//   gives h = 0 for a line through c; v = 0 is fine.
// Source: cp-geo (vlecomte) 6.2 (circle-line via the foot).
// Tests: unit circle_circle_test; property circle_prop
//   (CircleLinePoints, CutFloatingContract); judge CGL_7_D,
//   CGL_7_H.
#pragma once
#include "../point.hpp"
#include <cassert>
#include <cmath>

namespace geo {

template <class T> struct Circle {
  Point<T> c;
  T r;
};
template <class T> bool valid(Circle<T> C, int B = 1e9) {
  return C.r >= 0 && in_range(C.c, B) && in_range<T>(C.r, B);
}
template <class T, class R = real_t<T>, class W = wide_t<T>>
auto cut(Circle<T> C, Point<T> v, Point<T> d) {
  W x = d.cross(v), n = d.norm2(), w = n * C.r * C.r - x * x;
  R m = R(n), l = std::abs(R(x)) / std::sqrt(m);
  int s = is_exact_v<T> ? (w < 0) - (w > 0) : sgn(l - R(C.r));
  R h = s > 0 ? -1 : s ? std::sqrt(w < 0 ? 0 : R(w)) / m : 0;
  return assert(n > 0), Point<R>(R(-d.dot(v)) / m, h);
}

}  // namespace geo
