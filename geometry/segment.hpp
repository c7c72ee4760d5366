// segment.hpp: segment intersection (Segment, canonical, side
// and on_segment: on_segment.hpp).
// crosses(s, t, tol = eps): a proper crossing: the ends of
//   each on opposite sides of the other's line, each farther
//   than tol from it (never collinear, never touching).
// intersect(s, t): s and t share a point (closed: touching and
//   overlapping count); floating: dist(s, t) <= eps. A
//   crossing at tol = eps/2 or an end on the other segment
//   says yes; exact T says no at once when the ends of one lie
//   strictly on one side of the other's line.
// intersection<T, Q>(s, t): {} | {x} | {p, q} as Point<Q> (Q:
//   double for integers, never truncated, else T). The ends
//   of s and t lying on the other segment (on_segment), if
//   any: their least and greatest in (x, y) order, {p} if
//   within eps of each other (exact T: the overlap, or the
//   touching point). Else the crossing point x, built from the
//   end a of one segment nearer x and the end c of the other
//   nearer a. Returned ends are input points, exactly.
// All order the points first: swapping s and t or reversing
//   either changes nothing, bit for bit.
// Time: O(1).
// Precision: long long exact for |x|,|y| <= 1e9; a crossing
//   point within 5u (|x| + |a|) (u = 2^-53). Floating, eps a
//   distance: the exact answer outside the band eps/2..2 eps
//   while |x|,|y| <= eps / (23 u) (crosses: the least distance
//   from an end to the other's line), eps / (46 u) for
//   intersect (2.0e5 for double at eps 1e-9), as it decides a
//   crossing at eps/2. intersection: {} iff !intersect; every
//   point within 2 eps of both segments; an exact overlap's
//   end comes back exactly unless another end lies within 2
//   eps of it; a crossing point errs by <= 24u R / sin(angle)
//   + 2u |x|, R = max(|x - a|, |x - c|) (sin(angle) >= 64u).
//   Derivations: docs/segment.md.
// Degenerate: a == b is the point a everywhere. Preconditions:
//   on_segment.hpp's (asserted).
// Source: the orientation test (CLRS 33.1); cp-geo (vlecomte)
//   ch. 2.
// Tests: unit segment_test; property segment_prop; judge
//   CGL_2_B, CGL_2_C.
#pragma once
#include "on_segment.hpp"
#include <algorithm>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace geo {

template <class T>
bool crosses(Segment<T> s, Segment<T> t, T tol = eps<T>) {
  return side(s, t.a, tol) * side(s, t.b, tol) < 0 &&
         side(t, s.a, tol) * side(t, s.b, tol) < 0;
}

template <class T> bool intersect(Segment<T> s, Segment<T> t) {
  T z = eps<T> / 2;
  int p = side(s, t.a, z) * side(s, t.b, z),
      q = side(t, s.a, z) * side(t, s.b, z);
  if (p < 0 && q < 0) return true;  // crosses(s, t, z)
  if (is_exact_v<T> && (p > 0 || q > 0)) return false;
  return on_segment(s.a, t) || on_segment(s.b, t) ||
         on_segment(t.a, s) || on_segment(t.b, s);
}

template <class T, class Q = std::conditional_t<
                       std::is_integral_v<T>, double, T>>
std::vector<Point<Q>> intersection(Segment<T> s,
                                   Segment<T> t) {
  auto P = [](Point<T> p) { return Point<Q>(Q(p.x), Q(p.y)); };
  if (!intersect(s, t)) return {};
  s = canonical(s), t = canonical(t);
  if (std::tie(t.a, t.b) < std::tie(s.a, s.b)) std::swap(s, t);
  Point<T> a = s.a, b = s.b, c = t.a, d = t.b;
  std::vector<Point<T>> r;  // the ends on both segments
  for (auto p : {a, b, c, d})
    if (on_segment(p, s) && on_segment(p, t)) r.push_back(p);
  if (r.empty()) {  // a proper crossing x
    auto e = d - c;
    auto f = [&] {
      return Q((c - a).cross(e)) / Q((b - a).cross(e));
    };
    if (f() * 2 > 1) std::swap(a, b);  // a: the end nearer x
    if (dist2(a, d) < dist2(a, c)) c = d;  // c: nearer a
    return {P(a) + P(b - a) * f()};
  }
  auto [p, q] = std::minmax_element(r.begin(), r.end());
  if (dist2(*p, *q) > eps<T> * eps<T>) return {P(*p), P(*q)};
  return {P(*p)};
}

}  // namespace geo
