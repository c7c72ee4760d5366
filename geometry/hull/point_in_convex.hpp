// hull/point_in_convex.hpp: where a point lies against a convex polygon, in O(log n).
// where_in_convex(poly, q) -> INSIDE, BOUNDARY or OUTSIDE (base.hpp Where).
//   poly: counter-clockwise, convex, no repeated points, collinear vertices allowed, and
//   poly[0] a strict vertex (its neighbours not collinear with it): exactly what
//   convex_hull and convex_hull<true> return. Degenerate polygons as convex_hull gives them:
//   {} -> OUTSIDE; {p}: BOUNDARY iff q == p (floating: within eps); a segment (two points,
//   or <true>'s collinear list, ends first and last): BOUNDARY on it, else OUTSIDE.
// Time O(log n): binary search of the fan of triangles at poly[0], then one edge test.
// Precision: long long exact for |x|,|y| <= 1e9 (orient only). Floating: orient's eps, a
//   distance: q within about eps of the boundary answers BOUNDARY.
// Source: the fan binary search, e.g. F. P. Preparata, M. I. Shamos, Computational
//   Geometry (1985), 2.2.
#pragma once
#include "../orient.hpp"
#include <vector>

namespace geo {

template <class T> Where where_in_convex(const std::vector<Point<T>>& polygon, const Point<T>& q) {
  const int n = static_cast<int>(polygon.size());
  const Point<T>* poly = polygon.data();
  if (n == 0) return OUTSIDE;
  const Point<T>& a = poly[0];
  if (n == 1) return dist2(a, q) <= eps<T> * eps<T> ? BOUNDARY : OUTSIDE;
  const Point<T>& last = poly[n - 1];
  if (n == 2 || orient(a, poly[1], last) == 0)  // a segment a .. last
    return ccw(a, last, q) == 0 ? BOUNDARY : OUTSIDE;
  const int first_side = orient(a, poly[1], q), last_side = orient(a, last, q);
  if (first_side < 0 || last_side > 0) return OUTSIDE;
  // Find the fan triangle (a, poly[lo], poly[lo+1]) holding q. On the last edge's ray the
  // search stops before the collinear run there, so the triangle is never degenerate.
  const int least = last_side == 0 ? 1 : 0;
  int lo = 1, hi = n - 1;
  while (hi - lo > 1) {
    const int mid = (lo + hi) / 2;
    (orient(a, poly[mid], q) >= least ? lo : hi) = mid;
  }
  const int side = orient(poly[lo], poly[hi], q);
  if (side < 0) return OUTSIDE;
  if (side == 0 || first_side == 0 || last_side == 0) return BOUNDARY;
  return INSIDE;
}

}  // namespace geo
