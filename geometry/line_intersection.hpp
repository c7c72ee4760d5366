// line_intersection.hpp: the intersection point of two lines. O(1).
// intersection(l, m): {1, x} one point x; {0, _} parallel and apart; {-1, _} the same line.
//   Floating: "parallel" is parallel(l, m) (line.hpp), then "the same line" iff m's first
//   canonical point is on l.
// cross_point(a, b, c, d): the point of line ab on line cd, built from the one of a, b
//   nearer to it and the one of c, d nearer to that (pitfall 1). Preconditions (asserted):
//   (b - a) x (d - c) != 0 as computed (exact types: not parallel; floating lines in the
//   parallel() band may pass it and get an ill-conditioned point: call intersection);
//   long long |x|,|y| <= 1e9, floating finite.
// Point<frac_t<T>>: double for integral T, exact for rationals.
// long long (|x|,|y| <= 1e9): t = N / D with N, D exact products of differences, then
//   a + (b - a) t in double: error <= 5u (|x| + |a|), u = 2^-53. Directions (10000, 1) and
//   (9999, 1) give their far point to the last digit.
// Floating: error <= 24u R / sin(angle) + 2u |x|, R the larger, over l and m, of the
//   distance from x to the line's nearer defining point (1/sin is the problem's condition).
//   A first-order bound, valid for sin(angle) >= 64u. Lines that are not parallel() have
//   |shorter d| sin(angle) > eps/2, so the denominator is never ~0; but near the edge of
//   the coordinate range eps / (23 u) that allows sin ~ 4u, where the far point's relative
//   error can reach O(1): use long double or integers there. Swapping l and m or reversing
//   either changes nothing, bit for bit.
// Source: cp-geo (vlecomte) ch. 2 (intersection by cross products).
#pragma once
#include "line.hpp"
#include <cassert>
#include <utility>

namespace geo {

// The point of line ab on line cd (not parallel), from the one of a, b nearer to it.
template <class T>
Point<frac_t<T>> cross_point(const Point<T>& a, const Point<T>& b, const Point<T>& c,
                             const Point<T>& d) {
  using Q = frac_t<T>;
  assert(in_range(a, 1000000000) && in_range(b, 1000000000) && in_range(c, 1000000000) &&
         in_range(d, 1000000000) && "cross_point: point out of range");
  const Point<T> e = d - c;
  const T den = (b - a).cross(e);
  assert(den != 0 && "cross_point: parallel lines");
  auto from = [&](const Point<T>& p, const Point<T>& q) {  // x = p + (q - p) t
    const Point<T>& o = dist2(p, d) < dist2(p, c) ? d : c;
    return point_cast<Q>(p) + point_cast<Q>(q - p) * (Q((o - p).cross(e)) / Q((q - p).cross(e)));
  };
  const Q t = Q((c - a).cross(e)) / Q(den);
  return t * 2 > 1 ? from(b, a) : from(a, b);
}

template <class T> std::pair<int, Point<frac_t<T>>> intersection(Line<T> l, Line<T> m) {
  canonical(l, m);
  if (parallel(l, m)) return {side_of(l.a, l.b, m.a) == 0 ? -1 : 0, {}};
  return {1, cross_point(l.a, l.b, m.a, m.b)};
}

}  // namespace geo
