// polar.hpp: exact ordering of vectors by argument (polar
// angle). No atan2, no eps.
// arg_class(p): 0 for arg in (-pi, 0), 1 for arg 0 (and the
//   origin), 2 for (0, pi), 3 for arg pi.
// arg_less(a, b): arg(a) < arg(b) with arguments in (-pi, pi]
//   and the origin counted as argument 0 (tied with (1, 0)). A
//   strict weak ordering: arg_class first, then cross_sign
//   (orient.hpp) inside an open half-plane. Sort around a
//   centre o: compare a - o, b - o.
// sort_by_arg(points): std::sort by arg_less.
// angle(p): atan2(y, x) in (-pi, pi] (y = -0.0 gives pi or 0,
//   never -pi); floating T; not for sorting (rounded).
// rotate(p, a): p turned counter-clockwise by a radians.
// Time: O(1); sort_by_arg O(n log n).
// Precision: exact (cross_sign): long long |x|,|y| <= 4e18,
//   floating finite (asserted; a NaN would break the strict
//   weak ordering). Floating over/underflow: not checked.
// Degenerate: the origin sorts with argument 0; equal
//   arguments are ties (keep std::stable_sort's order);
//   angle of the origin is 0.
// Source: the half-plane split of the angular sort, e.g.
//   cp-algorithms "sorting points by polar angle"; Library
//   Checker sort_points_by_argument's order.
// Tests: unit polar_test; property polar_prop; judge
//   sort_points_by_argument.
#pragma once
#include "orient.hpp"
#include <algorithm>
#include <cassert>
#include <cmath>
#include <vector>

namespace geo {

template <class T> int arg_class(const Point<T>& p) {
  return p.y < 0 ? 0 : p.y > 0 ? 2 : p.x < 0 ? 3 : 1;
}

template <class T>
bool arg_less(const Point<T>& a, const Point<T>& b) {
  assert(in_range(a, 4000000000000000000) &&
         in_range(b, 4000000000000000000) &&
         "arg_less: out of range");  // 4e18
  const int ca = arg_class(a), cb = arg_class(b);
  if (ca != cb) return ca < cb;
  return (ca == 0 || ca == 2) && cross_sign(a, b) > 0;
}

template <class T> void sort_by_arg(std::vector<Point<T>>& v) {
  std::sort(v.begin(), v.end(),
            [](auto& a, auto& b) { return arg_less(a, b); });
}

template <class T> T angle(Point<T> p) {
  return std::atan2(p.y + T(0), p.x);  // -0.0 + 0 = +0.0
}
template <class T> Point<T> rotate(Point<T> p, real_t<T> a) {
  return p * std::cos(a) + p.perp() * std::sin(a);
}

}  // namespace geo
