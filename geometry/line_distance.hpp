// line_distance.hpp: the distance from a point to a line and
// between two lines (segments: distance.hpp).
// dist2(r, l): Dist2 (dist2.hpp), exact for exact T, the cross
//   product taken from the point of l nearer r (cross_at).
// dist2(l, m): 0 unless parallel(l, m) (line.hpp), then the
//   distance from m's first canonical point to l; swapping l
//   and m or reversing either changes nothing, bit for bit.
// dist(r, l), dist(l, m): sqrt of the value (dist2.hpp).
// A line l against a segment s: side(l, s.a) * side(l, s.b)
//   <= 0 (they meet) or < 0 (s crosses l), with line.hpp.
// Time: O(1).
// Precision: long long, in the coordinate range (docs/eps.md):
//   dist2 exact, dist relative error <= 3u (u = 2^-53).
//   Floating: dist(r, l) errs by <= 6u |r - a| + 2u dist (a
//   the nearer defining point), barring underflow; nearly
//   parallel lines inside the parallel band report the
//   distance at m.a.
// Degenerate: none; preconditions: line.hpp's (asserted), r
//   included.
// Source: cp-geo (vlecomte) ch. 2.
// Tests: unit line_distance_test; property line_prop.
#pragma once
#include "dist2.hpp"
#include "line.hpp"

namespace geo {

template <class T> Dist2<T> dist2(Point<T> r, Line<T> l) {
  auto [a, b] = canonical(l);
  wide_t<T> c = cross_at(Segment<T>{a, b}, r);
  return {c * c, dist2(a, b)};
}
template <class T> Dist2<T> dist2(Line<T> l, Line<T> m) {
  canonical(l, m);
  if (!parallel(l, m)) return {0, 1};
  return dist2(m.a, l);
}

}  // namespace geo
