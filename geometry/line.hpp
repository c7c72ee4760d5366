// line.hpp: predicates of Line<T>{a, b}, the infinite line
// through a != b (directed a -> b; Line, frac_t:
// line_base.hpp).
// side(l, r): +1 r left of a -> b, -1 right, 0 on it
//   (floating: within distance eps): the side of the segment
//   ab (on_segment.hpp), so lines and segments agree bit for
//   bit. on_line(r, l): side == 0.
// parallel(l, m), orthogonal(l, m); intersect(l, m): the
//   lines share a point (not parallel, or the same line).
// checked(l) asserts the preconditions; canonical(l) orders
//   a < b, canonical(l, m) also orders the two lines.
// Time: O(1) each.
// Precision: long long: exact in the coordinate range
//   (docs/eps.md). Floating: eps is a distance: side == 0 iff
//   dist(r, l) <= eps; parallel (orthogonal) iff |d1 x d2|
//   (|d1 . d2|) <= eps max(|d1|, |d2|), the tip of the shorter
//   direction within eps of the longer one's line (normal).
//   Exact outside the band eps/2..2eps while |x|,|y| <= eps /
//   (23 u) (docs/eps.md). Points are ordered canonically
//   first: reversing a line or swapping l and m changes
//   nothing, bit for bit, FMA or not.
// Degenerate: a == b asserted (also floating |b - a| < 1e-140,
//   any floating type: products underflow); long long in the
//   coordinate range and floating finite asserted (by
//   on_segment's canonical) for the lines and side's r.
// Source: cp-geo (vlecomte) ch. 2; eps rules: docs/eps.md.
// Tests: unit line_test; property line_prop; judge CGL_1_A,
//   CGL_1_B, CGL_2_A.
#pragma once
#include "line_base.hpp"
#include "on_segment.hpp"
#include <algorithm>
#include <cassert>
#include <utility>

namespace geo {

template <class T> const Line<T>& checked(const Line<T>& l) {
  assert(l.a != l.b);  // a line; canonical asserts the rest
  return canonical(Segment<T>{l.a, l.b}), l;
}
template <class T> Line<T> canonical(Line<T> l) {
  if (checked(l).b < l.a) std::swap(l.a, l.b);
  return l;
}
template <class T> void canonical(Line<T>& l, Line<T>& m) {
  l = canonical(l), m = canonical(m);
  if (m.a < l.a || (m.a == l.a && m.b < l.b)) std::swap(l, m);
}

template <class T> int side(const Line<T>& l, Point<T> r) {
  return side(Segment<T>{checked(l).a, l.b}, r, eps<T>);
}
template <class T> bool on_line(Point<T> r, const Line<T>& l) {
  return side(l, r) == 0;
}

// |x| <= eps max(|d|, |e|), x = d . e (dot) or d x e, d and e
// the directions of l and m
template <class T>
bool tip_within(Line<T> l, Line<T> m, bool dot) {
  canonical(l, m);
  Point<T> d = l.b - l.a, e = m.b - m.a;
  T x = dot ? d.dot(e) : d.cross(e);
  T L = std::max(d.norm2(), e.norm2());
  return is_exact_v<T> ? x == 0 : x * x <= eps<T> * eps<T> * L;
}
template <class T> bool parallel(Line<T> l, Line<T> m) {
  return tip_within(l, m, false);
}
template <class T> bool orthogonal(Line<T> l, Line<T> m) {
  return tip_within(l, m, true);
}
template <class T> bool intersect(Line<T> l, Line<T> m) {
  canonical(l, m);
  return !parallel(l, m) || side(l, m.a) == 0;
}

}  // namespace geo
