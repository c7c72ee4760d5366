// distance.hpp: distances between points, lines and segments,
// and a line against a segment.
// Dist2<T>{num, den}: a squared distance num / den, den > 0,
//   in wide_t<T>: exact for exact T. .value(): as real_t<T>;
//   .zero(): <= eps (exact T: == 0); <: exact comparison
//   (long long: quotients, then remainders: no overflow).
// dist2(r, s), dist2(r, l), dist2(s, t), dist2(l, m): point-
//   segment, point-line, segment-segment, line-line; dist(x,
//   y) = sqrt(dist2(x, y).value()) for each.
// dist2(s, t) is 0 if crosses(s, t, eps/2), else the least
//   endpoint-segment distance, so dist2(s, t).zero() ==
//   intersect(s, t) and dist2(r, s).zero() == on_segment(r,
//   s).
// dist2(l, m): 0 unless parallel(l, m), then from m's first
//   canonical point to l.
// intersect(l, s), crosses(l, s): the ends of s on both sides
//   of l or on it (side(l, .) of line.hpp) / strictly.
// Time: O(1). Precision: long long (|x|,|y| <= 1e9): dist2
//   exact (num <= 6.4e37 in __int128), dist relative error <=
//   3u (u = 2^-53). Floating: measured from the nearer
//   defining point, dist errs by <= 6u |r - a| + 2u dist (a
//   that point), barring underflow. docs/distance.md.
// Degenerate: a point segment is its point. Preconditions:
//   line.hpp's and on_segment.hpp's (asserted), r included.
// Source: cp-geo (vlecomte) ch. 2. Tests: unit segment_test,
//   line_test; property segment_prop, line_prop; judge
//   CGL_2_D.
#pragma once
#include "line.hpp"
#include "on_segment.hpp"
#include <algorithm>
#include <cassert>
#include <cmath>
#include <tuple>
#include <type_traits>
#include <utility>

namespace geo {

template <class T> struct Dist2 {
  wide_t<T> num, den;
  real_t<T> value() const {
    return real_t<T>(num) / real_t<T>(den);
  }
  bool zero() const {
    return num <= wide_t<T>(eps<T>) * eps<T> * den;
  }
  bool operator<(const Dist2& o) const {
    if constexpr (std::is_integral_v<T>) {  // no overflow
      auto q = num / den, p = o.num / o.den;
      if (q != p) return q < p;
      return num % den * o.den < o.num % o.den * den;
    }
    return num * o.den < o.num * den;
  }
};

template <class T> Dist2<T> dist2(Point<T> r, Segment<T> s) {
  auto [a, b] = canonical(s);
  assert(in_range(r, 1e9));
  if ((b - a).dot(r - a) <= 0) return {dist2(r, a), 1};
  if ((b - a).dot(r - b) >= 0) return {dist2(r, b), 1};
  wide_t<T> c = cross_at(a, b, r);  // as side(s, r, tol)
  return {c * c, dist2(a, b)};
}
template <class T> Dist2<T> dist2(Point<T> r, Line<T> l) {
  auto [a, b] = canonical(l);
  assert(in_range(r, 1e9));
  wide_t<T> c = cross_at(a, b, r);
  return {c * c, dist2(a, b)};
}
template <class T> Dist2<T> dist2(Segment<T> s, Segment<T> t) {
  s = canonical(s), t = canonical(t);
  if (std::tie(t.a, t.b) < std::tie(s.a, s.b)) std::swap(s, t);
  if (crosses(s, t, T(eps<T> / 2))) return {0, 1};
  return std::min({dist2(s.a, t), dist2(s.b, t), dist2(t.a, s),
                   dist2(t.b, s)});
}
template <class T> Dist2<T> dist2(Line<T> l, Line<T> m) {
  canonical(l, m);
  if (!parallel(l, m)) return {0, 1};
  return dist2(m.a, l);
}
template <class A, class B> auto dist(A x, B y) {
  return std::sqrt(dist2(x, y).value());
}

template <class T> bool intersect(Line<T> l, Segment<T> s) {
  return side(l, s.a) * side(l, s.b) <= 0;
}
template <class T> bool crosses(Line<T> l, Segment<T> s) {
  return side(l, s.a) * side(l, s.b) < 0;
}

}  // namespace geo
