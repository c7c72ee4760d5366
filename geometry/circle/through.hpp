// circle/through.hpp: the circles of radius r through two
// points.
// through(a, b, r): the centres (Point<real_t<T>>) of the
//   circles of radius r through a and b (a != b): two when
//   |b - a| < 2r, the one left of a -> b first; one (the
//   midpoint) when |b - a| = 2r; none when |b - a| > 2r.
// How: c = m -+ perp(b - a) sqrt(4r^2 - d^2) / (2d), m the
//   midpoint, d = |b - a|.
// Time: O(1).
// Precision: long long: the count is exact in the coordinate
//   range, r <= 1e9 (docs/eps.md): relation.hpp's cmp_dist,
//   |b - a|^2 against (2r)^2 in __int128 (a pair 2r apart by a
//   hair gives two centres); 4r^2 - d^2 and d^2 exact, rounded
//   once: each centre errs by <= 8u (|m| + r) (u = 2^-53).
//   Floating: eps is a LENGTH: one centre iff ||b - a| - 2r|
//   <= eps (cmp_dist), the exact count outside the band
//   eps/2..2eps while |x|,|y|,r <= eps / (24u) (3.7e5 at eps
//   1e-9); each centre is at r from a and b within 8u (|m| +
//   r) (the midpoint of a tangency decided within eps: eps/2
//   more), but near tangency its position moves by up to
//   sqrt(u) r (d^2 is rounded: the problem's condition).
// Degenerate: a == b (every circle through a) is asserted
//   (floating: |b - a| >= 1e-140; closer, |b - a|^2 underflows
//   and the centres were NaN or inf); r = 0: none (floating:
//   the midpoint if |b - a| <= eps); no NaN
//   (4r^2 - d^2 clamped at 0). Asserts a, b in range, r >= 0.
// Source: the isosceles triangle a, b, c: c on the bisector at
//   height sqrt(r^2 - d^2/4) (e.g. cp-algorithms, circle
//   through two points).
// Tests: unit circle_through_test; property
//   circle_through_prop.
#pragma once
#include "relation.hpp"
#include <cassert>
#include <cmath>
#include <vector>

namespace geo {

template <class T, class R = real_t<T>>
auto through(Point<T> a, Point<T> b, T r) {
  assert((is_exact_v<T> ? a != b : dist(a, b) >= 1e-140) &&
         valid(Circle<T>{a, r}) && in_range(b, 1e9));
  auto v = b - a;
  wide_t<T> D = v.norm2(), w = 4 * wide_t<T>(r) * r - D;
  int k = 1 - cmp_dist(v.norm2(), T(2 * r));  // 2, 1, 0
  R h = k > 1 ? std::sqrt(R(w < 0 ? 0 : w) / R(D)) / 2 : 0;
  auto m = Point<R>(a + b) / 2, e = Point<R>(v.perp()) * h;
  std::vector<Point<R>> c{m + e, m - e};
  return c.resize(size_t(k)), c;
}

}  // namespace geo
