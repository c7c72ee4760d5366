// hull/convex_intersection.hpp: intersection of two convex polygons.
// convex_intersection(a, b) -> the common part as a strict convex polygon of
//   Point<real_t<T>>, counter-clockwise from its lowest point (convex_hull's order): {} if
//   disjoint, one point if they touch at a point, two if they share only a segment.
// a, b: counter-clockwise, convex, no repeated points, collinear vertices allowed, positive
//   area if n >= 3 (convex_hull output except the collinear ones); 1 or 2 points work.
// Time O((n + m) log(n + m)): each edge of a is clipped to b by line_convex (O(log m));
//   the pieces' ends and b's vertices inside a (where_in_convex) are the candidate
//   vertices; their convex_hull is the answer.
// Precision: integral input: all decisions exact for |x|,|y| <= 1e9; vertices of a or b
//   are returned exactly, crossing points within a few ulps of the coordinates' magnitude.
//   The final hull runs in real_t<T> with orient's eps (a distance): candidates within
//   about eps of a line through others are dropped. Floating input: eps as in line_convex
//   and where_in_convex.
// Source: the vertex characterisation of a convex polygon intersection (vertices of either
//   polygon inside the other, and edge crossings); assembly is this library's.
#pragma once
#include "convex_hull.hpp"
#include "line_convex.hpp"
#include "point_in_convex.hpp"
#include <vector>

namespace geo {

template <class T>
std::vector<Point<real_t<T>>> convex_intersection(const std::vector<Point<T>>& a, const std::vector<Point<T>>& b) {
  using R = real_t<T>;
  using PR = Point<R>;
  std::vector<PR> cand;
  auto real = [](const Point<T>& v) { return PR(static_cast<R>(v.x), static_cast<R>(v.y)); };
  for (const Point<T>& v : b)
    if (where_in_convex(a, v) != OUTSIDE) cand.push_back(real(v));
  const std::size_t n = a.size();
  for (std::size_t i = 0; i < n && !b.empty(); i++) {
    const Point<T> u = a[i], w = a[(i + 1) % n];
    if (n == 1 || u == w) {
      if (where_in_convex(b, u) != OUTSIDE) cand.push_back(real(u));
      continue;
    }
    const std::vector<PR> chord = line_convex(b, u, w);  // ordered along u -> w
    if (chord.empty()) continue;
    const PR d = real(w - u);
    const R len2 = d.norm2();
    const R t0 = d.dot(chord.front() - real(u)) / len2, t1 = d.dot(chord.back() - real(u)) / len2;
    if (t1 < 0 || t0 > 1) continue;
    cand.push_back(t0 <= 0 ? real(u) : chord.front());
    cand.push_back(t1 >= 1 ? real(w) : chord.back());
  }
  return convex_hull(cand);
}

}  // namespace geo
