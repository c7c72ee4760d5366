// 3d/line3.hpp: Line3<T>{a, b}, the line through a != b
// (directed a -> b), and Segment3<T>{a, b}, a Line3 whose a
// == b is allowed (it converts to Line3: a segment passes
// where a line is asked, e.g. parallel(s, t)): the floor of
// the 3-D line headers (projection onto a line: plane.hpp).
// dir(l): b - a; asserts l's preconditions (a != b, long long
//   in the coordinate range, floating finite).
// in_range(l, bound): both points of a line or segment.
// parallel(l, m): exact T: (b - a) x (d - c) == 0. Floating:
//   |d1 x d2| <= eps max(|d1|, |d2|), d1, d2 the directions:
//   the tip of the shorter direction, put at the base of the
//   longer, lies within eps of the longer one's line (a
//   length, no angle), as 2-D parallel (line.hpp).
// Time: O(1) each.
// Precision: long long in the coordinate range (docs/eps.md;
//   |x|,|y|,|z| <= 1e9, asserted by dir): |d1 x d2|^2 <=
//   |d1|^2 |d2|^2 <= 1.44e38 (Lagrange) in __int128, exact.
//   Floating: the rule above up to the rounding of the cross
//   product (<= 4u |d1| |d2|, u = 2^-53).
// Degenerate: a == b of a line is asserted (by dir); a
//   segment may be one point. NaN asserted (in_range).
// Source: cp-geo (vlecomte), "Handbook of geometry for
//   competitive programmers", 3-D chapter (line3d).
// Tests: unit 3d_line3_test; property 3d_distance_prop.
#pragma once
#include "point3.hpp"
#include <algorithm>
#include <cassert>

namespace geo {

template <class T> struct Line3 { Point3<T> a, b; };
template <class T> struct Segment3 : Line3<T> {};
template <class T> bool in_range(Line3<T> l, long long b) {
  return in_range(l.a, b) && in_range(l.b, b);
}
template <class T> Point3<T> dir(Line3<T> l) {
  assert(l.a != l.b && in_range(l, 1000000000));
  return l.b - l.a;
}
template <class T> bool parallel(Line3<T> l, Line3<T> m) {
  auto u = dir(l), v = dir(m);
  return u.cross(v).norm2() <=
         std::max(u.norm2(), v.norm2()) * eps<T> * eps<T>;
}

}  // namespace geo
