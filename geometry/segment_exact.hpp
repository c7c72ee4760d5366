// segment_exact.hpp: the common points of two segments with
// integer ends, as exact rational points.
// intersection_exact(s, t): {} apart; {x} one common point (a
//   crossing, a touching or a shared end; a point segment a ==
//   b on the other); {p, q}, p < q in (x, y) order, the ends
//   of a collinear overlap of positive length. Each a RatPoint
//   (rational_point.hpp): x.lattice() says whether a crossing
//   is a lattice point; == and < compare exactly. The same
//   answer as segment.hpp's intersection, exact.
// Time: O(log C) (the reduction's gcd).
// Precision: exact for integer T (static_assert) with |x|,|y|
//   <= 1e9 (asserted): intersect is exact there
//   (segment.hpp), the crossing is cross_point_exact's.
// Degenerate: a == b is the point a (two points: equal or
//   apart); swapping s and t or reversing either changes
//   nothing.
// Source: the orientation test (CLRS 33.1); Cramer's rule.
// Tests: unit segment_exact_test; property
//   rational_point_prop.
#pragma once
#include "rational_point.hpp"
#include "segment.hpp"
#include <algorithm>
#include <type_traits>
#include <vector>

namespace geo {

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
  if (*p == *q) return {RatPoint(*p)};
  return {RatPoint(*p), RatPoint(*q)};
}

}  // namespace geo
