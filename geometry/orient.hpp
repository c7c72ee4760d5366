// orient.hpp: the turn a -> b -> c, and the exact sign of a
// cross product.
// cross_sign(a, b): the exact sign of a.cross(b), no eps.
//   Exact T: compared in wide_t. Floating: a plain product
//   when its error bound allows, else Kahan's FMA difference
//   of products (relative error <= 2u), exact unless a
//   product overflows or underflows.
// orient(a, b, c): +1 counter-clockwise, -1 clockwise, 0
//   collinear. Exact T: cross_sign(b - a, c - a). Floating:
//   0 iff the triangle's smallest altitude |cross| / longest
//   side is <= eps (a length); evaluated on the points
//   sorted, so every order of a, b, c gives the same answer
//   bit for bit, and exactly 0 when two points coincide.
// Time: O(1).
// Precision: cross_sign exact for every long long; orient for
//   |x|,|y| <= 4e18 (asserted); floating: docs/eps.md (|x|,|y|
//   <= 3.9e5 for double at eps = 1e-9).
// Degenerate: a == b etc. gives 0.
// Source: Kahan's difference of products; Jeannerod, Louvet,
//   Muller, Math. Comp. 82 (2013) for its error bound.
// Tests: unit orient_test; property orient_prop.
#pragma once
#include "point.hpp"
#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

namespace geo {

template <class T> int cross_sign(Point<T> a, Point<T> b) {
  wide_t<T> l = wide_t<T>(a.x) * b.y, r = wide_t<T>(a.y) * b.x;
  assert(l - l == 0 && r - r == 0);  // finite products
  if constexpr (!is_exact_v<T>)  // error of l - r: 2u(|l|+|r|)
    if (std::abs(l - r) <=
        4 * std::numeric_limits<T>::epsilon() *
            (std::abs(l) + std::abs(r)))
      l = std::fma(a.x, b.y, -r), r = std::fma(a.y, b.x, -r);
  return (l > r) - (l < r);
}

template <class T>
int orient(Point<T> a, Point<T> b, Point<T> c) {
  assert(in_range(a, 4e18) && in_range(b, 4e18) &&
         in_range(c, 4e18));  // the differences fit in T
  if constexpr (is_exact_v<T>) return cross_sign(b - a, c - a);
  else {
    if (b < a) return -orient(b, a, c);  // sort a <= b <= c
    if (c < b) return -orient(a, c, b);
    if (a == b || b == c) return 0;
    T A = a.cross(b, c),
      L = std::max({dist2(a, b), dist2(a, c), dist2(b, c)});
    return A * A <= eps<T> * eps<T> * L ? 0 : A > 0 ? 1 : -1;
  }
}

}  // namespace geo
