// polygon/area.hpp: signed area of a polygon P (vector of
// Point<T>, vertices in order, either orientation, closing
// edge implied).
// area2(P): twice the signed area, > 0 counter-clockwise, as
//   wide_t<T>: the shoelace fan about P[0].
// area(P): area2 / 2 as real_t<T> (signed). Integral data: 2A
//   is an integer, so A prints exactly from area2 (CGL_3_A).
// Perimeter, orientation, centroid: polygon/centroid.hpp.
// Time: O(n).
// Precision: long long: exact in the coordinate range
//   (docs/eps.md) for any n (the sum in wide_t). Floating:
//   rounding only, terms relative to P[0].
// Degenerate: n = 0, 1, 2, repeated or collinear vertices:
//   area2 0 where the region is empty; self-intersecting P:
//   the winding-weighted sum. Asserted (O(n)): long long in
//   the coordinate range, floating finite.
// Source: the shoelace formula; cp-geo (vlecomte) 5.
// Tests: unit polygon_area_test; property polygon_area_prop;
//   judge CGL_3_A, CGL_4_C.
#pragma once
#include "../point.hpp"
#include <cassert>
#include <vector>

namespace geo {

template <class T> auto area2(const std::vector<Point<T>>& P) {
  for ([[maybe_unused]] auto& q : P) assert(in_range(q, 1e9));
  wide_t<T> s = 0;
  for (size_t i = 2; i < P.size(); i++)
    s += P[0].cross(P[i - 1], P[i]);
  return s;
}
template <class T> auto area(const std::vector<Point<T>>& P) {
  return real_t<T>(area2(P)) / 2;
}

}  // namespace geo
