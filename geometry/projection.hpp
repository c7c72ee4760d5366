// projection.hpp: project(r, l), the foot of the perpendicular from r to the line l, and
// reflect(r, l), the mirror image of r in l. O(1). Point<frac_t<T>> (point.hpp): double for
// integral T, never a truncated lattice point; exact for rationals.
// long long (|x|,|y| <= 1e9): the exact ratio t = (r - a).d / |d|^2 of two exact products,
//   then a + d t in double: error <= 5u (|x| + |a|), u = 2^-53.
// Floating: from the defining point a nearer r (pitfall 1 of docs/pitfalls.md), so a point next to b on a
//   long line keeps its digits: project errs by <= 8u (|r - a| + |x|), reflect (= 2x - r) by
//   <= 18u (|r - a| + |x|) + u |r|, x the foot, barring underflow. Reversing l changes
//   nothing, bit for bit.
// Preconditions (asserted): l's of line.hpp (a != b, in range); r: long long |x|,|y| <= 1e9,
//   floating finite.
// Source: cp-geo (vlecomte) ch. 2.
#pragma once
#include "line.hpp"
#include <cassert>
#include <utility>

namespace geo {

template <class T> Point<frac_t<T>> project(const Point<T>& r, const Line<T>& l) {
  using Q = frac_t<T>;
  assert(in_range(r, 1000000000) && "project: point out of range");
  Line<T> c = canonical(l);
  if (dist2(r, c.b) < dist2(r, c.a)) std::swap(c.a, c.b);  // start from the nearer point
  const Point<T> d = c.b - c.a;
  return point_cast<Q>(c.a) + point_cast<Q>(d) * (Q(d.dot(r - c.a)) / Q(d.norm2()));
}
template <class T> Point<frac_t<T>> reflect(const Point<T>& r, const Line<T>& l) {
  using Q = frac_t<T>;
  return project(r, l) * Q(2) - point_cast<Q>(r);
}

}  // namespace geo
