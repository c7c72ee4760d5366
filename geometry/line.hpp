// line.hpp: Line<T>, the infinite line through a and b (directed a -> b), and its
// predicates. All O(1). Constructions: projection.hpp, line_intersection.hpp.
// frac_t<T>: type of constructed coordinates: double for integral T (never a truncated
//   lattice point), T otherwise. point_cast<Q>(p): p in Q.
// lex_order(a, b): sorts a, b lexicographically; -1 if it swapped them, else +1.
// cross_at(a, b, r): (b - a) x (r - o), o the one of a, b nearer r (floating: keeps the
//   digits of r - o); exact types: o = a. long long: exact for |x|,|y| <= 1e9.
// Line{a, b}: precondition a != b. line_abc(A, B, C): the line A x + B y = C
//   (Line<frac_t<T>>: the foot of the perpendicular from the origin, and a second point);
//   (A, B) != (0, 0) asserted.
// side(l, r): +1 r left of a -> b, -1 right, 0 on l.  on_line(r, l): side(l, r) == 0.
// parallel(l, m), orthogonal(l, m); intersect(l, m): the lines share a point.
// long long: exact for |x|,|y| <= 1e9 (products of differences <= 8e18).
// Preconditions, asserted by every function (checked(), canonical()) and by side for r:
//   a != b; long long |x|,|y| <= 1e9; floating: finite, |b - a| >= 1e-140 (see below).
// Floating: eps is a distance. side == 0 iff dist(r, l) <= eps; parallel (orthogonal) iff
//   the tip of the shorter direction d = b - a lies within eps of the longer one's line
//   (normal): |d1 x d2| (|d1 . d2|) <= eps max(|d1|, |d2|). Contract as orient's: the
//   exact answer outside the band eps/2..2eps while |coordinates| <= eps / (23 u). Points
//   are put in a canonical order first: reversing a line or swapping l and m changes
//   nothing (side flips sign), bit for bit, FMA or not. Needs |b - a| >= 1e-140 (double;
//   long double 1e-2400; asserted): products of shorter differences underflow.
// Source: cp-geo (vlecomte) ch. 2 for the formulas; the eps rules are cpgeo's (docs/eps.md).
#pragma once
#include "point.hpp"
#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>
#include <type_traits>
#include <utility>

namespace geo {

template <class T>
using frac_t = std::conditional_t<std::numeric_limits<T>::is_integer, double, T>;
template <class Q, class T> Point<Q> point_cast(Point<T> p) { return {Q(p.x), Q(p.y)}; }

template <class T> int lex_order(Point<T>& a, Point<T>& b) {
  if (!(b < a)) return 1;
  std::swap(a, b);
  return -1;
}

template <class T> T cross_at(Point<T> a, Point<T> b, Point<T> r) {
  if constexpr (!is_exact_v<T>)
    if (dist2(r, b) < dist2(r, a)) return (b - a).cross(r - b);
  return (b - a).cross(r - a);
}

template <class T> struct Line { Point<T> a, b; };

template <class T> Line<frac_t<T>> line_abc(const T& A, const T& B, const T& C) {
  using Q = frac_t<T>;
  using std::abs;
  assert((A != 0 || B != 0) && "line_abc: A = B = 0");
  const Q a = Q(A), b = Q(B), n = a * a + b * b;
  const Point<Q> p(a * Q(C) / n, b * Q(C) / n);  // the foot from the origin
  const Q k = (abs(p.x) + abs(p.y) + 1) / (abs(a) + abs(b));  // |direction| ~ |p| + 1
  return {p, p + Point<Q>(b * k, -a * k)};
}

// Side of r against a -> b; floating: 0 if r is within tol of the line. a == b gives 0.
template <class T> int side_of(Point<T> a, Point<T> b, const Point<T>& r, const T& tol = eps<T>) {
  const int parity = lex_order(a, b);
  const T c = cross_at(a, b, r);
  if constexpr (!is_exact_v<T>)
    if (c * c <= tol * tol * (b - a).norm2()) return 0;
  return c > 0 ? parity : c < 0 ? -parity : 0;
}

// Debug check: a floating direction d != 0 shorter than 1e-140 (double; long double
// 1e-2400) underflows in products.
template <class T> bool not_tiny(const Point<T>& d) {
  if constexpr (is_exact_v<T>) return true;
  else return (d.x == 0 && d.y == 0) ||
              std::hypot(d.x, d.y) >= (std::is_same<T, double>::value ? T(1e-140) : T(1e-2400L));
}

template <class T> const Line<T>& checked(const Line<T>& l) {
  assert(l.a != l.b && "degenerate line");
  assert(in_range(l.a, 1000000000) && in_range(l.b, 1000000000) && "line out of range");
  assert(not_tiny(l.b - l.a) && "line shorter than 1e-140");
  return l;
}
template <class T> Line<T> canonical(Line<T> l) {
  checked(l);
  lex_order(l.a, l.b);
  return l;
}

template <class T> int side(const Line<T>& l, const Point<T>& r) {
  assert(in_range(r, 1000000000) && "side: point out of range");
  return side_of(checked(l).a, l.b, r);
}
template <class T> bool on_line(const Point<T>& r, const Line<T>& l) { return side(l, r) == 0; }

// Both lines canonical, l before m: the fixed order behind the bitwise symmetry.
template <class T> void canonical(Line<T>& l, Line<T>& m) {
  l = canonical(l), m = canonical(m);
  if (m.a < l.a || (m.a == l.a && m.b < l.b)) std::swap(l, m);
}

// |x| <= eps max(|d|, |e|), x = d x e (parallel) or d . e (orthogonal).
template <class T> bool tip_within(const T& x, const Point<T>& d, const Point<T>& e) {
  if constexpr (is_exact_v<T>) return x == 0;
  else return x * x <= eps<T> * eps<T> * std::max(d.norm2(), e.norm2());
}
template <class T> bool parallel(Line<T> l, Line<T> m) {
  canonical(l, m);
  const Point<T> d = l.b - l.a, e = m.b - m.a;
  return tip_within(d.cross(e), d, e);
}
template <class T> bool orthogonal(Line<T> l, Line<T> m) {
  canonical(l, m);
  const Point<T> d = l.b - l.a, e = m.b - m.a;
  return tip_within(d.dot(e), d, e);
}
template <class T> bool intersect(Line<T> l, Line<T> m) {
  canonical(l, m);
  return !parallel(l, m) || side_of(l.a, l.b, m.a) == 0;
}

}  // namespace geo
