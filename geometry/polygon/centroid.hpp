// polygon/centroid.hpp: perimeter, orientation and centroid of
// a polygon P (as polygon/area.hpp: vertices in order, either
// orientation, closing edge implied).
// perimeter(P): the length of the closed walk, real_t<T>.
// orientation(P): +1 counter-clockwise, -1 clockwise, 0 zero
//   area. Exact types: the sign of area2. Floating: 0 iff
//   |area2| <= eps * perimeter, i.e. the mean width
//   2 area / perimeter is <= 2 eps: eps is a LENGTH.
// centroid(P): centre of mass of the enclosed region, as
//   Point<real_t<T>>. Precondition: area2(P) != 0 (asserted;
//   pitfall 9: use the vertex mean for a zero-area polygon).
// Time: O(n).
// Precision: centroid for long long: sums exact in __int128
//   (in the coordinate range, docs/eps.md, and n <= 4e9), one
//   rounding per coordinate at the end. Floating: rounding
//   only, relative to P[0].
// Degenerate: n = 0, 1, 2, collinear: orientation 0, perimeter
//   of the closed walk (2 |ab| for n = 2), centroid asserts.
//   Self-intersecting P: winding-weighted. Asserted (O(n)):
//   long long in the coordinate range, floating finite.
// Source: the centroid by triangle fan, e.g. Bourke,
//   "Calculating the area and centroid of a polygon" (1988).
// Tests: unit polygon_centroid_test; property
//   polygon_area_prop.
#pragma once
#include "area.hpp"
#include <cassert>
#include <cmath>
#include <vector>

namespace geo {

template <class T>
real_t<T> perimeter(const std::vector<Point<T>>& P) {
  real_t<T> s = 0;
  for ([[maybe_unused]] auto& q : P) assert(in_range(q, 1e9));
  for (size_t i = 0, n = P.size(); i < n; i++)
    s += dist(P[i], P[(i + 1) % n]);
  return s;
}
template <class T>
int orientation(const std::vector<Point<T>>& P) {
  wide_t<T> a = area2(P);
  if constexpr (!is_exact_v<T>)
    if (std::abs(a) <= eps<T> * perimeter(P)) return 0;
  return (a > 0) - (a < 0);
}
template <class T>
Point<real_t<T>> centroid(const std::vector<Point<T>>& P) {
  using W = wide_t<T>;
  using R = real_t<T>;
  W a = 0, x = 0, y = 0;  // 2A, 6A times (centroid - P[0])
  for ([[maybe_unused]] auto& q : P) assert(in_range(q, 1e9));
  for (size_t i = 2; i < P.size(); i++) {
    Point<T> u = P[i - 1] - P[0], v = P[i] - P[0];
    W c = u.cross(v);
    a += c, x += c * W(u.x + v.x), y += c * W(u.y + v.y);
  }
  assert(a != 0 && "zero-area");
  R d = 3 * R(a);
  return {R(P[0].x) + R(x) / d, R(P[0].y) + R(y) / d};
}

}  // namespace geo
