// orient.hpp: the turn a -> b -> c, and where c lies against the directed segment a -> b.
// orient(a, b, c): +1 counter-clockwise, -1 clockwise, 0 collinear. O(1).
//   Exact types: the sign of one cross product. long long: exact for |x|,|y| <= 4e18
//   (asserted): differences fit in long long, products in wide_t (__int128, < 1.3e38), so
//   the library's own outputs (a Minkowski sum of 1e9 inputs reaches 2e9) are accepted.
//   Floating: 0 iff the triangle's smallest altitude |cross| / (longest side) is <= eps.
//   Evaluated on the points sorted lexicographically, so orient(a,b,c) == orient(b,c,a)
//   == -orient(b,a,c) bit for bit, with or without FMA contraction, and exactly 0 when two
//   points coincide (a contracted u.cross(u) is not 0 at any range). Contract: altitude
//   <= eps/2 gives 0 and altitude >= 2 eps the exact sign, while every |coordinate|
//   <= eps / (23 u), u = unit roundoff: 3.9e5 for double, 8.0e8 for x87 long double at
//   eps = 1e-9 (the cross product errs by <= 4u |b-a| |c-a|; docs/eps.md).
// ccw(a, b, c): the AOJ CGL_1_C classification. +1 counter-clockwise, -1 clockwise,
//   +2 online back (behind a), -2 online front (past b), 0 on the segment (endpoints
//   included). Turn as orient; along the line, floating eps is a distance beyond an end.
//   long long: exact for |x|,|y| <= 4e18 (dot products in wide_t, like orient).
//   Precondition a != b (asserted). O(1). Floating: a segment with |b - a| <= eps is
//   degenerate at that scale (the turn uses abc's smallest altitude, so even a far c
//   may come back 0); test dist(a, b) > eps first where that can happen.
// cross_sign(a, b): the exact sign of a.cross(b), no eps. O(1). Exact types: wide_cross
//   (long long: |x|,|y| <= 4e18, asserted). Floating: Kahan's FMA difference of products,
//   whose relative error is <= 2u (Jeannerod, Louvet, Muller 2013), so the sign is exact
//   for every finite input (asserted) unless a product overflows or underflows (|x*y|
//   outside ~1e-290..1e300; not checked). A plain evaluation with an error bound answers
//   first; FMA only when in doubt.
#pragma once
#include "point.hpp"
#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>
#include <utility>

namespace geo {

// wide_cross(u, v), wide_dot(u, v): u.cross(v), u.dot(v) in wide_t<T>. long long: exact
//   for |x|,|y| < 2^63 (each product < 2^126, their sum < 2^127). For exact types.
template <class T> wide_t<T> wide_cross(const Point<T>& u, const Point<T>& v) {
  return wide_t<T>(u.x) * v.y - wide_t<T>(u.y) * v.x;
}
template <class T> wide_t<T> wide_dot(const Point<T>& u, const Point<T>& v) {
  return wide_t<T>(u.x) * v.x + wide_t<T>(u.y) * v.y;
}

template <class T> int cross_sign(const Point<T>& a, const Point<T>& b) {
  assert(in_range(a, 4000000000000000000) && in_range(b, 4000000000000000000) &&
         "cross_sign: out of range");  // 4e18
  if constexpr (is_exact_v<T>) {
    const wide_t<T> w = wide_cross(a, b);
    return (w > 0) - (w < 0);
  } else {
    const T l = a.x * b.y, r = a.y * b.x, d = l - r;  // |d - exact| <= 2u(|l|+|r|+|d|)
    if (std::abs(d) > 4 * std::numeric_limits<T>::epsilon() * (std::abs(l) + std::abs(r)))
      return d > 0 ? 1 : -1;  // sign certain: skip the slower exact step
    const T rounding = std::fma(a.y, b.x, -r);  // a.y*b.x == r + rounding exactly
    const T e = std::fma(a.x, b.y, -r) - rounding;
    return (e > 0) - (e < 0);
  }
}

template <class T> int orient(Point<T> a, Point<T> b, Point<T> c) {
  assert(in_range(a, 4000000000000000000) && in_range(b, 4000000000000000000) &&
         in_range(c, 4000000000000000000));  // 4e18
  if constexpr (is_exact_v<T>) {
    const wide_t<T> w = wide_cross(b - a, c - a);
    return (w > 0) - (w < 0);
  } else {
    int parity = 1;
    if (b < a) std::swap(a, b), parity = -parity;
    if (c < b) std::swap(b, c), parity = -parity;
    if (b < a) std::swap(a, b), parity = -parity;
    if (a == b || b == c) return 0;
    const Point<T> u = b - a, v = c - a;
    const T area2 = u.cross(v);
    const T longest2 = std::max({u.norm2(), v.norm2(), (c - b).norm2()});
    if (area2 * area2 <= eps<T> * eps<T> * longest2) return 0;
    return area2 > 0 ? parity : -parity;
  }
}

template <class T> int ccw(const Point<T>& a, const Point<T>& b, const Point<T>& c) {
  assert(a != b && "ccw: degenerate segment");
  if (int turn = orient(a, b, c)) return turn;
  if constexpr (is_exact_v<T>) {
    const Point<T> d = b - a;
    if (wide_dot(d, c - a) < 0) return 2;
    if (wide_dot(d, c - b) > 0) return -2;
  } else {  // unit direction via hypot: |b - a|^2 would underflow below ~1e-162
    const Point<T> d = (b - a) / std::hypot(b.x - a.x, b.y - a.y);
    if (d.dot(c - a) < -eps<T>) return 2;
    if (d.dot(c - b) > eps<T>) return -2;
  }
  return 0;
}

}  // namespace geo
