// circle/segment.hpp: the common points of a segment and a
// circle.
// segment_intersection(C, a, b): those of the closed segment
//   ab (0, 1 or 2, ordered along a -> b; a == b: {a} if a is
//   on C): the line's points kept by exact tests (contains()
//   of a and b, and whether the foot of c is on ab).
// Points are Point<real_t<T>> (double for long long): the
//   line's points of intersect.hpp, bit for bit.
// Time: O(1).
// Precision: decisions exact for long long in the coordinate
//   range (docs/eps.md; squares in __int128): the line's
//   count, contains() of a and b, the foot test (two dot
//   products <= 8e18). Floating: the line's count (as
//   circle.hpp's cut), then |a - c| and |b - c| against r
//   within eps (contains), the foot test on rounded dot
//   products. Constructions: the line's, long long: <= 6u
//   (|x| + r + D), D the distance from x to the nearer of a,
//   b; floating: ||x - c| - r| <= 16u (|x| + |c| + r + D).
// Degenerate: no NaN; a segment inside C gives none, a tangent
//   one its touching point if on it; zero radius: a point; an
//   end on C comes back as the line's (rounded) point. Asserts
//   valid(C), a and b in range.
// Source: cp-geo (vlecomte) 6.2 (circle-line via the foot);
//   the filter's proof (the power along ab is a convex
//   quadratic) in docs/circle/segment.md.
// Tests: unit circle_segment_test; property circle_prop
//   (CircleSegmentPoints).
#pragma once
#include "intersect.hpp"
#include "contains.hpp"
#include <vector>

namespace geo {

template <class T, class R = real_t<T>>
auto segment_intersection(Circle<T> C, Point<T> a,
                          Point<T> b) {
  int f = contains(C, a), g = contains(C, b);  // Where
  if (a == b)
    return std::vector<Point<R>>(f == 1, Point<R>(a));
  auto v = intersection(C, a, b);
  bool m = (b - a).dot(C.c - a) >= 0 &&
           (b - a).dot(C.c - b) <= 0,
       k[] = {f < 2 && (g || m), g < 2 && (f || m)};
  for (int i = int(v.size()); i--;)
    if (!k[i]) v.erase(v.begin() + i);
  return v;
}

}  // namespace geo
