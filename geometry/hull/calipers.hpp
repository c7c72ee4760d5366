// hull/calipers.hpp: rotating calipers on a convex polygon.
// antipodal(poly, f): calls f(i, j) for each edge i (poly[i] -> poly[i+1]) and every vertex
//   j the caliper parallel to that edge passes; the last j of each i is a vertex farthest
//   from edge i's line, and every antipodal vertex pair appears as (i, j) or (i+1, j).
// diameter(poly) -> {i, j}: indices of a farthest pair of vertices ({0, 0} if n <= 1).
// width(poly) -> real_t<T>: the smallest distance between two parallel lines enclosing
//   poly, i.e. min over edges of the largest distance of a vertex from the edge's line
//   (0 if n <= 2 or all points collinear).
// poly: counter-clockwise, convex, no repeated points, collinear vertices allowed anywhere
//   (poly[0] too), any start (both outputs of convex_hull, rotated or not, including
//   <true>'s collinear list of a segment). Exact types: debug builds assert it in O(n), like
//   the calipers: that list, or is_convex (polygon/convex.hpp) and a left turn at a strict
//   vertex (not for floating types: their orient is eps-based and range-bound, the calipers
//   are not).
// Time O(n). Precision: long long exact for |x|,|y| <= 1e9 (squared distances and cross
//   products below 8e18; width is one rounding of cross / |edge|). Floating: decisions by
//   the exact sign of the cross product of edge vectors (orient.hpp cross_sign), no eps;
//   a pair whose distance is within rounding of the maximum may be returned instead.
// Source: M. I. Shamos (1978); G. T. Toussaint, "Solving geometric problems with the
//   rotating calipers" (1983).
#pragma once
#include "../orient.hpp"
#include "../polygon/convex.hpp"
#include "point_in_convex.hpp"
#include <cassert>
#include <utility>
#include <vector>

namespace geo {

template <class T, class F> void antipodal(const std::vector<Point<T>>& poly, F f) {
  const int n = static_cast<int>(poly.size());
  const Point<T>* p = poly.data();
  if (n < 2) return;
  assert((!is_exact_v<T> || n < 3 || strict_vertex(poly) == n || is_convex(poly)) && "antipodal: not convex CCW");
  for (int i = 0, j = 1; i < n; i++) {
    const Point<T> e = p[(i + 1) % n] - p[i];
    for (int steps = 0; steps < n; steps++) {
      f(i, j);
      const Point<T> g = p[(j + 1) % n] - p[j];
      const int turn = cross_sign(e, g);  // advance while the next edge turns left of e
      if (turn < 0 || (turn == 0 && e.dot(g) <= 0)) break;
      j = (j + 1) % n;
    }
  }
}

template <class T> std::pair<int, int> diameter(const std::vector<Point<T>>& poly) {
  const Point<T>* p = poly.data();
  std::pair<int, int> best{0, 0};
  T best_d2 = T(0);
  antipodal(poly, [&](int i, int j) {
    const T d2 = dist2(p[i], p[j]);
    if (d2 > best_d2) best_d2 = d2, best = {i, j};
  });
  return best;
}

template <class T> real_t<T> width(const std::vector<Point<T>>& poly) {
  const int n = static_cast<int>(poly.size());
  const Point<T>* p = poly.data();
  std::vector<real_t<T>> far(poly.size(), real_t<T>(0));  // per edge: the last (farthest) j
  antipodal(poly, [&](int i, int j) {
    const Point<T> e = p[(i + 1) % n] - p[i];
    far[static_cast<std::size_t>(i)] = static_cast<real_t<T>>(e.cross(p[j] - p[i])) / e.norm();
  });
  real_t<T> w = n >= 3 ? far[0] : real_t<T>(0);
  for (real_t<T> h : far) w = h < w ? h : w;
  return w;
}

}  // namespace geo
