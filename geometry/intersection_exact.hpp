// intersection_exact.hpp: the crossing of two lines and the
// common points of two segments through integer points, as
// exact rational points (RatPoint, rational_point.hpp).
// cross_point_exact(a, b, c, d): the point of line ab on line
//   cd, (b - a) x (d - c) != 0 (asserted: not parallel), as a
//   RatPoint: a + (b - a) N / D, N = (c - a) x (d - c), D =
//   (b - a) x (d - c), signs made so that d = |D|. Integer
//   coordinates (static_assert).
// intersection_exact(s, t): {} apart; {x} one common point (a
//   crossing, a touching or a shared end; a point segment a ==
//   b on the other); {p, q}, p < q in (x, y) order, the ends
//   of a collinear overlap of positive length. x.lattice()
//   says whether a crossing is a lattice point; == and <
//   compare exactly. segment.hpp's intersection, exact.
// Time: O(1).
// Precision: exact for integer T (static_assert) with |x|,|y|
//   <= 1e9 (asserted): |D|, |N| <= 8e18 < 2^63, numerators |a
//   D + (b - a) N| <= 2.4e28 < 1.7e38; intersect and
//   on_segment are exact there (segment.hpp).
// Degenerate: cross_point_exact: parallel or equal lines, a
//   == b or c == d asserted (D = 0). intersection_exact: a ==
//   b is the point a; swapping s and t or reversing either
//   changes nothing.
// Source: the orientation test (CLRS 33.1); Cramer's rule.
// Tests: unit intersection_exact_test; property
//   rational_point_prop.
#pragma once
#include "rational_point.hpp"
#include "segment.hpp"
#include <algorithm>
#include <cassert>
#include <type_traits>
#include <vector>

namespace geo {

template <class T>
RatPoint cross_point_exact(Point<T> a, Point<T> b, Point<T> c,
                           Point<T> d) {
  static_assert(std::is_integral_v<T>, "integer points");
  assert(in_range(a, 1000000000) && in_range(b, 1000000000) &&
         in_range(c, 1000000000) && in_range(d, 1000000000));
  using W = RatPoint::W;
  Point<W> u(b - a), e(d - c);
  W D = u.cross(e), N = Point<W>(c - a).cross(e);
  assert(D != 0 && "parallel lines");
  if (D < 0) D = -D, N = -N;
  return {a.x * D + u.x * N, a.y * D + u.y * N, D};
}

template <class T>
std::vector<RatPoint> intersection_exact(Segment<T> s,
                                         Segment<T> t) {
  static_assert(std::is_integral_v<T>, "integer points");
  if (!intersect(s, t)) return {};
  if ((s.b - s.a).cross(t.b - t.a))
    return {cross_point_exact(s.a, s.b, t.a, t.b)};
  std::vector<Point<T>> r;  // collinear: the ends on both
  for (auto p : {s.a, s.b, t.a, t.b})
    if (on_segment(p, s) && on_segment(p, t)) r.push_back(p);
  auto [p, q] = std::minmax_element(r.begin(), r.end());
  if (*p == *q) return {{p->x, p->y, 1}};
  return {{p->x, p->y, 1}, {q->x, q->y, 1}};
}

}  // namespace geo
