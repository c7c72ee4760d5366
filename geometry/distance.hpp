// distance.hpp: distances between points, lines and segments. All O(1).
// dist2(r, l), dist2(s, t), dist2(l, m): squared distance point-line, segment-segment,
//   line-line as Dist2{num, den} (segment.hpp; with dist2(r, s) point-segment there);
//   exact for exact T: long long |x|,|y| <= 1e9, num <= 6.4e37 in __int128.
// dist(r, l), dist(r, s), dist(s, t), dist(l, m): the distance, real_t<T> = sqrt(value).
//   long long: relative error <= 3u (u = 2^-53). Floating: measured from the nearer
//   defining point, absolute error <= 6u |r - a| (a that point) plus 2u of the result,
//   barring underflow (squared lengths below the smallest normal number).
// Floating segments: dist(s, t) is 0 when they cross with every endpoint farther than
//   eps/2 from the other's line, else the smallest endpoint-to-segment distance, so a
//   crossing within eps/2 of an endpoint may report up to ~eps instead of 0, and
//   dist2(s, t).zero() == intersect(s, t). Floating lines: parallel(l, m) (line.hpp)
//   decides; parallel lines give the distance of m's first point to l.
// Preconditions (asserted): those of line.hpp and segment.hpp (a != b for a line; long long
//   |x|,|y| <= 1e9, the point r included; floating: finite).
// Source: cp-geo (vlecomte) ch. 2.
#pragma once
#include "segment.hpp"
#include <algorithm>
#include <cassert>
#include <cmath>

namespace geo {

template <class T> Dist2<T> dist2(const Point<T>& r, const Line<T>& l) {
  assert(in_range(r, 1000000000) && "dist2: point out of range");
  const Line<T> c = canonical(l);
  const wide_t<T> x = cross_at(c.a, c.b, r);
  return {x * x, (c.b - c.a).norm2()};
}

template <class T> Dist2<T> dist2(Segment<T> s, Segment<T> t) {
  canonical(s, t);
  if (cross_tol(s, t, T(eps<T> / 2))) return {0, 1};
  return std::min({dist2(s.a, t), dist2(s.b, t), dist2(t.a, s), dist2(t.b, s)});
}

template <class T> Dist2<T> dist2(Line<T> l, Line<T> m) {
  canonical(l, m);
  if (!parallel(l, m)) return {0, 1};
  return dist2(m.a, l);
}

template <class T> real_t<T> dist(const Point<T>& r, const Line<T>& l) {
  return std::sqrt(dist2(r, l).value());
}
template <class T> real_t<T> dist(const Point<T>& r, const Segment<T>& s) {
  return std::sqrt(dist2(r, s).value());
}
template <class T> real_t<T> dist(const Segment<T>& s, const Segment<T>& t) {
  return std::sqrt(dist2(s, t).value());
}
template <class T> real_t<T> dist(const Line<T>& l, const Line<T>& m) {
  return std::sqrt(dist2(l, m).value());
}

}  // namespace geo
