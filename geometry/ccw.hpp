// ccw.hpp: where c lies against the directed segment a -> b,
// the AOJ CGL_1_C classification.
// ccw(a, b, c): +1 counter-clockwise, -1 clockwise, +2 online
//   back (behind a), -2 online front (past b), 0 on the
//   segment (endpoints included). The turn is orient's; along
//   the line, floating eps is a distance beyond an end.
// Time: O(1).
// Precision: long long exact for |x|,|y| <= 4e18 (dot products
//   in wide_t); floating as orient.
// Degenerate: a == b is a precondition (asserted). Floating: a
//   segment with |b - a| <= eps is degenerate at that scale
//   (orient uses abc's smallest altitude, so even a far c may
//   give 0): test dist(a, b) > eps first where it can happen.
// Source: the AOJ CGL_1_C statement.
// Tests: unit ccw_test; property orient_prop; judge CGL_1_C.
#pragma once
#include "orient.hpp"
#include <cassert>
#include <cmath>

namespace geo {

template <class T>
int ccw(Point<T> a, Point<T> b, Point<T> c) {
  assert(a != b && "ccw: degenerate segment");
  if (int turn = orient(a, b, c)) return turn;
  Point<T> d = b - a;
  if constexpr (is_exact_v<T>) {  // the products need wide_t
    auto dot = [&](Point<T> v) {
      return wide_t<T>(d.x) * v.x + wide_t<T>(d.y) * v.y;
    };
    return dot(c - a) < 0 ? 2 : dot(c - b) > 0 ? -2 : 0;
  } else {  // hypot: |d|^2 would underflow below ~1e-162
    d = d / std::hypot(d.x, d.y);
    return d.dot(c - a) < -eps<T>  ? 2
           : d.dot(c - b) > eps<T> ? -2
                                   : 0;
  }
}

}  // namespace geo
