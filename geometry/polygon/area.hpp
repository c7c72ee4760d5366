// polygon/area.hpp: signed area, orientation, perimeter and centroid of a polygon
// (std::vector<Point<T>>, vertices in order, either orientation; closing edge implied).
// area2(P)      twice the signed area, > 0 counter-clockwise. Shoelace about P[0]. O(n).
//               long long: exact in wide_t (__int128) for |x|,|y| <= 1e9 and any n (each
//               term <= 8e18). Floating: rounding only (terms taken relative to P[0]).
// area(P)       area2 / 2 as real_t<T> (signed). Exact integral data: 2A is an integer,
//               so A prints exactly from area2 (CGL_3_A).
// orientation(P) +1 counter-clockwise, -1 clockwise, 0 zero area. Exact types: sign of
//               area2. Floating: 0 iff |area2| <= eps * perimeter, i.e. the polygon's mean
//               width (2 area / perimeter) is <= 2 eps: eps is a LENGTH, not an area.
// perimeter(P)  sum of edge lengths, real_t<T>. O(n).
// centroid(P)   centre of mass of the enclosed region, Point<real_t<T>>, O(n). long long:
//               sums exact in __int128 (|x|,|y| <= 1e9, n <= 4e9), one rounding per
//               coordinate at the end. Precondition: area2(P) != 0 (asserted; pitfall 9:
//               a zero-area polygon has no region centroid; use the vertex mean instead).
// n = 0, 1, 2 (and repeated or collinear vertices): area2 0, orientation 0, perimeter of
// the closed walk (2 |ab| for n = 2). Self-intersecting P: the signed sum (winding-weighted).
// Precondition of every function (asserted, O(n)): long long |x|,|y| <= 1e9; floating finite.
// Source: shoelace formula; centroid by triangle fan, e.g. Bourke, "Calculating the area
// and centroid of a polygon" (1988); cp-geo (vlecomte) 5.
#pragma once
#include "../point.hpp"
#include <cassert>
#include <cmath>
#include <vector>

namespace geo {

template <class T> wide_t<T> area2(const std::vector<Point<T>>& P) {
  for (const auto& q : P) assert(in_range(q, 1000000000) && "area2: vertex out of range");
  wide_t<T> s = 0;
  for (size_t i = 1; i + 1 < P.size(); i++) s += P[0].cross(P[i], P[i + 1]);
  return s;
}

template <class T> real_t<T> area(const std::vector<Point<T>>& P) {
  return static_cast<real_t<T>>(area2(P)) / 2;
}

template <class T> real_t<T> perimeter(const std::vector<Point<T>>& P) {
  for (const auto& q : P) assert(in_range(q, 1000000000) && "perimeter: vertex out of range");
  real_t<T> s = 0;
  for (size_t i = 0, n = P.size(); i < n; i++) s += dist(P[i], P[(i + 1) % n]);
  return s;
}

template <class T> int orientation(const std::vector<Point<T>>& P) {
  const wide_t<T> a = area2(P);
  if constexpr (!is_exact_v<T>)
    if (std::abs(a) <= eps<T> * perimeter(P)) return 0;
  return (a > 0) - (a < 0);
}

template <class T> Point<real_t<T>> centroid(const std::vector<Point<T>>& P) {
  using W = wide_t<T>;
  using R = real_t<T>;
  for (const auto& q : P) assert(in_range(q, 1000000000) && "centroid: vertex out of range");
  W a = 0, sx = 0, sy = 0;  // 2A and 6A times the centroid, relative to P[0]
  for (size_t i = 1; i + 1 < P.size(); i++) {
    const Point<T> u = P[i] - P[0], v = P[i + 1] - P[0];
    const W c = u.cross(v);
    a += c, sx += c * W(u.x + v.x), sy += c * W(u.y + v.y);
  }
  assert(a != 0 && "centroid of a zero-area polygon");
  const R d = 3 * static_cast<R>(a);
  return {static_cast<R>(P[0].x) + static_cast<R>(sx) / d,
          static_cast<R>(P[0].y) + static_cast<R>(sy) / d};
}

}  // namespace geo
