// polar.hpp: exact ordering of vectors by argument (polar angle). No atan2, no eps.
// arg_less(a, b): arg(a) < arg(b) with arguments in (-pi, pi] and the origin counted as
//   argument 0 (tied with (1, 0)). A strict weak ordering: half-plane class first, then
//   cross_sign (orient.hpp) inside an open half-plane. O(1). Sort around a centre o:
//   compare a - o, b - o.
// sort_by_arg(points): std::sort by arg_less, O(n log n).
// Preconditions (asserted by cross_sign and arg_less): long long |x|,|y| <= 4e18, floating
//   finite (a NaN breaks the strict weak ordering). Floating over/underflow: not checked.
#pragma once
#include "orient.hpp"
#include <algorithm>
#include <cassert>
#include <vector>

namespace geo {

// 0: arg in (-pi, 0); 1: arg 0, origin included; 2: (0, pi); 3: arg pi.
template <class T> int arg_class(const Point<T>& p) {
  if (p.y < 0) return 0;
  if (p.y > 0) return 2;
  return p.x < 0 ? 3 : 1;
}

template <class T> bool arg_less(const Point<T>& a, const Point<T>& b) {
  assert(in_range(a, 4000000000000000000) && in_range(b, 4000000000000000000) &&
         "arg_less: out of range");  // 4e18
  const int ca = arg_class(a), cb = arg_class(b);
  if (ca != cb) return ca < cb;
  return (ca == 0 || ca == 2) && cross_sign(a, b) > 0;
}

template <class T> void sort_by_arg(std::vector<Point<T>>& points) {
  std::sort(points.begin(), points.end(),
            [](const Point<T>& a, const Point<T>& b) { return arg_less(a, b); });
}

}  // namespace geo
