// polar.hpp: exact ordering of vectors by argument (polar angle). No atan2, no eps.
// cross_sign(a, b): the exact sign of a.cross(b). Exact types: direct (long long needs
//   |x|,|y| <= 2e9). Floating: Kahan's FMA difference of products, whose relative error
//   is <= 2u (Jeannerod, Louvet, Muller 2013), so the sign is exact for every finite
//   input unless a product overflows or underflows (|x*y| outside ~1e-290..1e300).
//   A plain evaluation with an error bound answers first; FMA only when in doubt.
// arg_less(a, b): arg(a) < arg(b) with arguments in (-pi, pi] and the origin counted as
//   argument 0 (tied with (1, 0)). A strict weak ordering: half-plane class first, then
//   cross_sign inside an open half-plane. O(1). Sort around a centre o: compare a-o, b-o.
// sort_by_arg(points): std::sort by arg_less, O(n log n).
// Preconditions (asserted by cross_sign and arg_less): long long |x|,|y| <= 2e9, floating
//   finite (a NaN breaks the strict weak ordering). Floating over/underflow: not checked.
#pragma once
#include "point.hpp"
#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>
#include <vector>

namespace geo {

template <class T> int cross_sign(const Point<T>& a, const Point<T>& b) {
  assert(in_range(a, 2000000000) && in_range(b, 2000000000) && "cross_sign: out of range");
  if constexpr (is_exact_v<T>) {
    return sgn(a.cross(b));
  } else {
    const T l = a.x * b.y, r = a.y * b.x, d = l - r;  // |d - exact| <= 2u(|l|+|r|+|d|)
    if (std::abs(d) > 4 * std::numeric_limits<T>::epsilon() * (std::abs(l) + std::abs(r)))
      return d > 0 ? 1 : -1;  // sign certain: skip the slower exact step
    const T rounding = std::fma(a.y, b.x, -r);  // a.y*b.x == r + rounding exactly
    const T e = std::fma(a.x, b.y, -r) - rounding;
    return (e > 0) - (e < 0);
  }
}

// 0: arg in (-pi, 0); 1: arg 0, origin included; 2: (0, pi); 3: arg pi.
template <class T> int arg_class(const Point<T>& p) {
  if (p.y < 0) return 0;
  if (p.y > 0) return 2;
  return p.x < 0 ? 3 : 1;
}

template <class T> bool arg_less(const Point<T>& a, const Point<T>& b) {
  assert(in_range(a, 2000000000) && in_range(b, 2000000000) && "arg_less: out of range");
  const int ca = arg_class(a), cb = arg_class(b);
  if (ca != cb) return ca < cb;
  return (ca == 0 || ca == 2) && cross_sign(a, b) > 0;
}

template <class T> void sort_by_arg(std::vector<Point<T>>& points) {
  std::sort(points.begin(), points.end(),
            [](const Point<T>& a, const Point<T>& b) { return arg_less(a, b); });
}

}  // namespace geo
