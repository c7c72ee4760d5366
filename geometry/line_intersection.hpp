// line_intersection.hpp: the intersection point of two lines.
// intersection(l, m): {1, x} one point x; {0, _} parallel and
//   apart; {-1, _} the same line. Floating: "parallel" is
//   parallel(l, m) (line.hpp), then "the same line" iff m's
//   first canonical point is on l.
// line_abc(A, B, C): the line A x + B y = C, (A, B) != (0, 0)
//   (asserted): the foot of the perpendicular from the origin
//   and a second point, as Line<frac_t<T>>; exact for
//   rationals, a few ulps for long long and floating.
// cross_point(a, b, c, d): the point x of line ab on line cd,
//   as Point<frac_t<T>> (double for integral T, exact for
//   rationals), built from the one of a, b nearer x and the
//   one of c, d nearer that (pitfall 1). Precondition
//   (asserted): (b - a) x (d - c) != 0 as computed (exact
//   types: not parallel; floating lines in the parallel()
//   band may pass it and get an ill-conditioned point: call
//   intersection).
// Time: O(1).
// Precision: long long, in the coordinate range (docs/eps.md):
//   t = N / D with N, D exact products of differences, then a
//   + (b - a) t in double: error <= 5u (|x| + |a|), u = 2^-53;
//   directions (10000, 1) and (9999, 1) give their far point
//   to the last digit. Floating: error <= 24u R / sin(angle) +
//   2u |x|, R the larger, over l and m, of the distance from x
//   to the line's nearer defining point (1/sin is the
//   problem's condition), a first-order bound for sin(angle)
//   >= 64u. Lines that are not parallel() have |shorter d|
//   sin(angle) > eps/2, but near the edge of the range eps /
//   (23 u) that allows sin ~ 4u, where the far point's
//   relative error can reach O(1): use long double or integers
//   there. Swapping l and m or reversing either changes
//   nothing, bit for bit.
// Degenerate: l's and m's preconditions (line.hpp) asserted;
//   cross_point: long long in the coordinate range, floating
//   finite.
// Source: cp-geo (vlecomte) ch. 2 (intersection by cross
//   products).
// Tests: unit line_intersection_test; property line_prop;
//   judge CGL_2_B (segment.hpp), CGL_4_C (polygon/cut.hpp).
#pragma once
#include "line.hpp"
#include <cassert>
#include <cmath>
#include <utility>

namespace geo {

template <class T>
Point<frac_t<T>> cross_point(Point<T> a, Point<T> b,
                             Point<T> c, Point<T> d) {
  using Q = frac_t<T>;
  for ([[maybe_unused]] auto p : {a, b, c, d})
    assert(in_range(p, 1e9));
  Point<T> e = d - c;
  assert((b - a).cross(e) != 0 && "parallel lines");
  // x = a + (b - a) t, from a the end nearer x
  if (Q((c - a).cross(e)) / Q((b - a).cross(e)) * 2 > 1)
    std::swap(a, b);
  Point<T> o = dist2(a, d) < dist2(a, c) ? d : c;
  Q t = Q((o - a).cross(e)) / Q((b - a).cross(e));
  return Point<Q>(a) + Point<Q>(b - a) * t;
}

template <class T> Line<frac_t<T>> line_abc(T A, T B, T C) {
  using Q = frac_t<T>;
  using std::abs;
  assert((A != 0 || B != 0) && "A = B = 0");
  Q a = Q(A), b = Q(B), n = a * a + b * b;
  Point<Q> p(a * Q(C) / n, b * Q(C) / n);  // foot from origin
  Q k = (abs(p.x) + abs(p.y) + 1) / (abs(a) + abs(b));
  return {p, p + Point<Q>(b * k, -a * k)};
}

template <class T>
std::pair<int, Point<frac_t<T>>> intersection(Line<T> l,
                                              Line<T> m) {
  canonical(l, m);
  if (parallel(l, m)) return {side(l, m.a) ? 0 : -1, {}};
  return {1, cross_point(l.a, l.b, m.a, m.b)};
}

}  // namespace geo
