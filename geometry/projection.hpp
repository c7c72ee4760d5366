// projection.hpp: project(r, l), the foot of the perpendicular
// from r to the line l, and reflect(r, l), the mirror image of
// r in l, as Point<frac_t<T>> (double for integral T, never a
// truncated lattice point; exact for rationals).
// Time: O(1).
// Precision: long long, in the coordinate range (docs/eps.md):
//   the exact ratio t = (r - a).d / |d|^2 of two exact
//   products, then a + d t in double: error <= 5u (|x| + |a|),
//   u = 2^-53. Floating: from the defining point a nearer r
//   (pitfall 1 of docs/pitfalls.md): project errs by <= 8u (|r
//   - a| + |x|), reflect (= 2x - r) by <= 18u (|r - a| + |x|)
//   + u |r|, x the foot, barring underflow. Reversing l
//   changes nothing, bit for bit.
// Degenerate: l's preconditions (line.hpp: a != b, in range)
//   and r's (long long in the coordinate range, floating
//   finite) are asserted. r on l: r itself.
// Source: cp-geo (vlecomte) ch. 2.
// Tests: unit projection_test; property line_prop; judge
//   CGL_1_A, CGL_1_B.
#pragma once
#include "line.hpp"
#include <cassert>
#include <utility>

namespace geo {

template <class T>
Point<frac_t<T>> project(Point<T> r, Line<T> l) {
  using Q = frac_t<T>;
  assert(in_range(r, 1000000000));
  l = canonical(l);
  if (dist2(r, l.b) < dist2(r, l.a)) std::swap(l.a, l.b);
  Point<T> d = l.b - l.a;
  Q t = Q(d.dot(r - l.a)) / Q(d.norm2());
  return Point<Q>(l.a) + Point<Q>(d) * t;
}
template <class T>
Point<frac_t<T>> reflect(Point<T> r, Line<T> l) {
  return project(r, l) * 2 - Point<frac_t<T>>(r);
}

}  // namespace geo
