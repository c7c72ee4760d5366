// segment.hpp: Segment<T>, the closed segment ab; a == b is allowed (a point). All O(1).
// dist2(r, s): squared distance from r to s as Dist2{num, den} = num/den, den > 0, exact
//   for exact T; .value() as real_t, .zero() "<= eps" (== 0 exactly for exact T), and <
//   compares exactly (long long: quotient then remainders, no overflow).
// on_segment(r, s): dist2(r, s).zero(): r on s, endpoints included.
// intersect(s, t): s and t share a point (closed: touching and overlapping count).
// crosses(s, t): a proper crossing, one point interior to both (never collinear).
// intersect(l, s), crosses(l, s): the same for a line l and a segment s.
// intersection(s, t): {} | {x} | {p, q}, the overlap sub-segment p..q; Point<frac_t<T>>.
//   Overlap ends and touching endpoints are input points, so they come back exactly;
//   a crossing point is built from the nearer endpoints (line_intersection.hpp).
// long long: exact for |x|,|y| <= 1e9 (products <= 8e18; dist2 in __int128 <= 6.4e37).
// Floating, eps a distance: on_segment iff dist(r, s) <= eps; intersect iff dist(s, t)
//   <= eps; crosses iff the sides are opposite and each endpoint is farther than eps from
//   the other's line. Contract: exact answer outside the band eps/2..2eps while |x|,|y|
//   <= eps / (23 u) (intersect: eps / (46 u), as it decides a crossing at eps/2: 2.0e5 for
//   double at eps 1e-9). intersection: {} iff !intersect; "overlap" iff the shorter one's
//   endpoints are within eps of the longer one's line; a one-point overlap if its ends are
//   within eps. Every function orders the points canonically first: swapping s and t or
//   reversing either changes nothing, bit for bit. A nonzero length must be >= 1e-140
//   (double; long double 1e-2400), as for lines.
// Preconditions, asserted by every function (canonical(), and dist2 for r): long long
//   |x|,|y| <= 1e9; floating: finite, and a == b or |b - a| >= 1e-140 as above.
// Source: the classic orientation test (CLRS 33.1); cp-geo (vlecomte) ch. 2.
#pragma once
#include "line_intersection.hpp"
#include <algorithm>
#include <cassert>
#include <limits>
#include <utility>
#include <vector>

namespace geo {

template <class T> struct Segment { Point<T> a, b; };

template <class T> struct Dist2 {
  wide_t<T> num, den;
  real_t<T> value() const { return real_t<T>(num) / real_t<T>(den); }
  bool zero() const {
    if constexpr (is_exact_v<T>) return num == 0;
    else return num <= eps<T> * eps<T> * den;
  }
  bool operator<(const Dist2& o) const {
    if constexpr (!std::numeric_limits<T>::is_integer) return num * o.den < o.num * den;
    else {  // num >= 0, den > 0: quotients, then remainders (< den <= 8e18: no overflow)
      const wide_t<T> q = num / den, oq = o.num / o.den;
      return q != oq ? q < oq : num % den * o.den < o.num % o.den * den;
    }
  }
};

template <class T> Segment<T> canonical(Segment<T> s) {
  assert(in_range(s.a, 1000000000) && in_range(s.b, 1000000000) && "segment out of range");
  assert(not_tiny(s.b - s.a) && "segment shorter than 1e-140");
  lex_order(s.a, s.b);
  return s;
}
template <class T> void canonical(Segment<T>& s, Segment<T>& t) {
  s = canonical(s), t = canonical(t);
  if (t.a < s.a || (t.a == s.a && t.b < s.b)) std::swap(s, t);
}

template <class T> Dist2<T> dist2(const Point<T>& r, Segment<T> s) {
  assert(in_range(r, 1000000000) && "dist2: point out of range");
  s = canonical(s);
  const Point<T> d = s.b - s.a;
  if (d.dot(r - s.a) <= 0) return {dist2(r, s.a), 1};
  if (d.dot(r - s.b) >= 0) return {dist2(r, s.b), 1};
  const wide_t<T> c = cross_at(s.a, s.b, r);
  return {c * c, d.norm2()};
}
template <class T> bool on_segment(const Point<T>& r, const Segment<T>& s) {
  return dist2(r, s).zero();
}

// Opposite sides both ways, each endpoint farther than tol from the other's line.
template <class T> bool cross_tol(const Segment<T>& s, const Segment<T>& t, const T& tol) {
  return side_of(s.a, s.b, t.a, tol) * side_of(s.a, s.b, t.b, tol) < 0 &&
         side_of(t.a, t.b, s.a, tol) * side_of(t.a, t.b, s.b, tol) < 0;
}
template <class T> bool crosses(const Segment<T>& s, const Segment<T>& t) {
  return cross_tol(canonical(s), canonical(t), eps<T>);
}

template <class T> bool intersect(Segment<T> s, Segment<T> t) {
  canonical(s, t);
  if constexpr (is_exact_v<T>) {
    const Point<T> d = s.b - s.a, e = t.b - t.a;
    const int o1 = sgn(d.cross(t.a - s.a)), o2 = sgn(d.cross(t.b - s.a));
    const int o3 = sgn(e.cross(s.a - t.a)), o4 = sgn(e.cross(s.b - t.a));
    if (o1 * o2 > 0 || o3 * o4 > 0) return false;
    return o1 || o2 || !(s.b < t.a || t.b < s.a);  // collinear: lexicographic overlap
  } else {  // boxes apart by more than eps: no; a crossing beyond eps/2 (sure under
            // rounding), or an endpoint within eps of the other: yes
    const T e = eps<T>;
    const auto [slo, shi] = std::minmax(s.a.y, s.b.y);
    const auto [tlo, thi] = std::minmax(t.a.y, t.b.y);
    if (s.b.x + e < t.a.x || t.b.x + e < s.a.x || shi + e < tlo || thi + e < slo) return false;
    return cross_tol(s, t, T(e / 2)) || on_segment(s.a, t) || on_segment(s.b, t) ||
           on_segment(t.a, s) || on_segment(t.b, s);
  }
}

template <class T> bool intersect(const Line<T>& l, const Segment<T>& s) {
  return side(l, s.a) * side(l, s.b) <= 0;
}
template <class T> bool crosses(const Line<T>& l, const Segment<T>& s) {
  return side(l, s.a) * side(l, s.b) < 0;
}

template <class T> std::vector<Point<frac_t<T>>> intersection(Segment<T> s, Segment<T> t) {
  using Q = frac_t<T>;
  canonical(s, t);
  if (!intersect(s, t)) return {};
  if ((s.b - s.a).norm2() < (t.b - t.a).norm2()) std::swap(s, t);  // t is the shorter
  if (t.a == t.b) return {point_cast<Q>(t.a)};
  if (side_of(s.a, s.b, t.a) == 0 && side_of(s.a, s.b, t.b) == 0) {  // collinear
    const Point<T> d = s.b - s.a;
    Point<T> lo = t.a, hi = t.b;
    if (d.dot(hi - lo) < 0) std::swap(lo, hi);
    if (d.dot(lo - s.a) < 0) lo = s.a;
    if (d.dot(hi - s.b) > 0) hi = s.b;
    if (d.dot(hi - lo) <= 0 || dist2(lo, hi) <= eps<T> * eps<T>) return {point_cast<Q>(lo)};
    return {point_cast<Q>(lo), point_cast<Q>(hi)};
  }
  for (const Point<T>& p : {t.a, t.b})
    if (on_segment(p, s)) return {point_cast<Q>(p)};
  for (const Point<T>& p : {s.a, s.b})
    if (on_segment(p, t)) return {point_cast<Q>(p)};
  return {cross_point(s.a, s.b, t.a, t.b)};
}

}  // namespace geo
