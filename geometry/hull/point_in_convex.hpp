// hull/point_in_convex.hpp: where a point lies against a convex polygon, in O(log n).
// where_in_convex(poly, q) -> INSIDE, BOUNDARY or OUTSIDE (base.hpp Where).
//   poly: counter-clockwise, convex, no repeated points, collinear vertices allowed anywhere
//   (poly[0] too), any start: both outputs of convex_hull, rotated or not. Degenerate
//   polygons as convex_hull gives them: {} -> OUTSIDE; {p}: BOUNDARY iff q == p (floating:
//   within eps); a segment (two points, or <true>'s collinear list, ends first and last):
//   BOUNDARY on it, else OUTSIDE. Debug builds assert counter-clockwise and, for n >= 3
//   other than that list, positive area (at one strict vertex, O(1)).
// strict_vertex(poly): for n >= 3, the index of a strict vertex (its neighbours not
//   collinear with it): 0 if poly[0] is one, else the far end of the run of vertices ahead of
//   poly[0] on its edge's line (a prefix poly[1..s]: binary search); n if every vertex is on
//   that line (the zero-area list). 0 for n <= 2. Used by every hull/ function on a convex
//   polygon, so that each may start at a strict vertex.
// Time O(log n): strict_vertex (O(1) if poly[0] is strict), then binary search of the fan of
//   triangles at that vertex, then one edge test.
// Precision: long long exact for |x|,|y| <= 4e18 (orient's bound, so the 2e9 of a Minkowski
//   sum of 1e9 polygons is fine; dot products in wide_t). Floating: orient's eps, a
//   distance: q within about eps of the boundary answers BOUNDARY.
// Source: the fan binary search, e.g. F. P. Preparata, M. I. Shamos, Computational
//   Geometry (1985), 2.2.
#pragma once
#include "../ccw.hpp"
#include <cassert>
#include <vector>

namespace geo {

template <class T> int strict_vertex(const std::vector<Point<T>>& poly) {
  const int n = static_cast<int>(poly.size());
  const Point<T>* p = poly.data();
  if (n < 3) return 0;
  auto ahead = [&](int k) {  // p[k] on the line p[n-1] p[0], ahead of p[0] (towards p[1])
    const Point<T> u = p[1] - p[0], v = p[k] - p[0];
    return orient(p[n - 1], p[0], p[k]) == 0 && wide_t<T>(u.x) * v.x + wide_t<T>(u.y) * v.y > 0;
  };
  int s = 0;
  if (orient(p[n - 1], p[0], p[1]) == 0) {
    if (ahead(n - 1)) return n;
    int hi = n - 1;  // ahead(s), !ahead(hi)
    for (s = 1; hi - s > 1;) {
      const int mid = (s + hi) / 2;
      (ahead(mid) ? s : hi) = mid;
    }
  }
  assert(orient(p[(s + n - 1) % n], p[s], p[(s + 1) % n]) > 0 && "convex polygon: clockwise or zero area");
  return s;
}

template <class T> Where where_in_convex(const std::vector<Point<T>>& poly, const Point<T>& q) {
  const int n = static_cast<int>(poly.size());
  const Point<T>* p = poly.data();
  if (n == 0) return OUTSIDE;
  if (n == 1) {  // exact types: ==, as dist2 overflows past 1e9
    if constexpr (is_exact_v<T>) return p[0] == q ? BOUNDARY : OUTSIDE;
    else return dist2(p[0], q) <= eps<T> * eps<T> ? BOUNDARY : OUTSIDE;
  }
  const int s = strict_vertex(poly);
  if (n == 2 || s == n)  // a segment poly[0] .. poly[n-1]
    return ccw(p[0], p[n - 1], q) == 0 ? BOUNDARY : OUTSIDE;
  auto v = [&](int k) -> const Point<T>& { return p[s + k < n ? s + k : s + k - n]; };  // from s
  const Point<T>& a = v(0);
  const int first_side = orient(a, v(1), q), last_side = orient(a, v(n - 1), q);
  if (first_side < 0 || last_side > 0) return OUTSIDE;
  // Find the fan triangle (a, v(lo), v(lo+1)) holding q. On the last edge's ray the
  // search stops before the collinear run there, so the triangle is never degenerate.
  const int least = last_side == 0 ? 1 : 0;
  int lo = 1, hi = n - 1;
  while (hi - lo > 1) {
    const int mid = (lo + hi) / 2;
    (orient(a, v(mid), q) >= least ? lo : hi) = mid;
  }
  const int side = orient(v(lo), v(hi), q);
  if (side < 0) return OUTSIDE;
  if (side == 0 || first_side == 0 || last_side == 0) return BOUNDARY;
  return INSIDE;
}

}  // namespace geo
