// circle/tangents.hpp: tangents from a point to a circle, and
// the common tangents of two circles.
// tangents(C, p): the touch points of the tangents from p:
//   none if p is inside C, {p} if p is on C (the tangent at
//   p), else two, c + v r^2/|v|^2 -+ perp(v) r sqrt(|v|^2 -
//   r^2)/|v|^2 (v = p - c), the clockwise one first. Radius 0
//   (C a point): {c} (the line pc) if p != c, none if p = c.
// tangents(A, B): each common tangent line once, as two
//   distinct points on it, {touch on A, touch on B}, external
//   lines first; a line tangent at a contact point q
//   (touching circles, a point on a circle) is
//   {q, q + perp(B.c - A.c)}. How many, by relation(A, B):
//   both r > 0: 4, 3, 2, 1, 0 for relation 4..0; concentric
//   (also equal): none; a point and a circle: 2 outside, 1 on
//   it, 0 inside; two points: 1 (the line through them) if
//   distinct, else none. The unit normal n of a line has
//   n . (B.c - A.c) = r1 - s r2 (s = +1 external, -1
//   internal); touch points A.c + r1 n, B.c + s r2 n.
// Time: O(1) each.
// Precision: decisions as contains/relation (relation.hpp):
//   exact for long long in the coordinate range (docs/eps.md;
//   squares in __int128), eps a distance for floating T (p
//   within eps of C gives {p}; | d - |r1 -+ r2| | <= eps gives
//   one line; r <= eps is a point). long long: |v|^2 - r^2 and
//   d^2 - (r1 -+ r2)^2 exact, rounded once; points err by <=
//   8u (|c| + r) (u = 2^-53). Floating: the residual (a touch
//   point's distance from its circle, the other centre's
//   distance from the line minus its radius) is <= 16u (|c| +
//   r + d).
// Degenerate: as listed; no NaN (square roots of |.|). Asserts
//   valid(A), valid(B), p in range.
// Source: cp-geo (vlecomte) 6.4 (n . v = r1 - s r2).
// Tests: unit circle_tangents_test; property circle_prop;
//   judge CGL_7_F, CGL_7_G.
#pragma once
#include "contains.hpp"
#include <cassert>
#include <cmath>
#include <utility>
#include <vector>

namespace geo {

template <class T> auto tangents(Circle<T> C, Point<T> p) {
  using R = real_t<T>;
  int s = contains(C, p), z = !sgn(C.r);  // s: 2 in, 1 on
  std::vector<Point<R>> o;
  if (s == 2 || (z && s)) return o;
  if (z || s) o.push_back(Point<R>(z ? C.c : p));
  wide_t<T> d = (p - C.c).norm2(), r = wide_t<T>(C.r) * C.r;
  R a = R(r) / R(d), h = R(C.r) / R(d);
  h *= std::sqrt(std::abs(R(d - r)));
  auto w = Point<R>(p - C.c), m = Point<R>(C.c) + w * a;
  if (o.empty()) o = {m - w.perp() * h, m + w.perp() * h};
  return o;
}
template <class T> auto tangents(Circle<T> A, Circle<T> B) {
  using R = real_t<T>;
  assert(valid(A) && valid(B));
  T d = dist2(A.c, B.c);
  std::vector<std::pair<Point<R>, Point<R>>> o;
  auto w = Point<R>(B.c - A.c), a = Point<R>(A.c), b = a + w;
  bool pa = !sgn(A.r), pb = !sgn(B.r);
  for (int s = 1; s > -2 && cmp_dist(d, T(0)); s -= 2) {
    if (s < 0 && (pa || pb)) break;  // a point: external only
    T l = A.r - s * B.r;  // n . (B.c - A.c), n the unit normal
    int k = cmp_dist(d, T(l < 0 ? -l : l));
    R h = std::sqrt(
        std::abs(R(wide_t<T>(d) - wide_t<T>(l) * l)));
    for (int i = 1; k >= 0 && i > -2; i -= 2) {
      auto n = (w * R(l) + w.perp() * (k ? h * i : 0)) / R(d);
      auto t = a + n * R(A.r);
      o.push_back({t, k ? b + n * R(s * B.r) : t + w.perp()});
      if (!k || (pa && pb)) break;
    }
  }
  return o;
}

}  // namespace geo
