// hull/convex_intersection.hpp: intersection of two convex polygons.
// convex_intersection(a, b) -> the common part as a strict convex polygon of
//   Point<frac_t<T>> (double for integral T), counter-clockwise from its lowest point
//   (smallest y, then x: convex_hull's order): {} if disjoint, one point if they touch at
//   a point, two (the ends) if they share only a segment.
// a, b: counter-clockwise, convex, no repeated points, collinear vertices allowed, positive
//   area if n >= 3 (convex_hull output); a segment (2 points) or a point (1) works too.
//   Debug builds assert it (O(n)): in range (long long |x|,|y| <= 1e9; floating: finite),
//   two distinct points, or is_convex and a left turn at the lowest vertex.
// Time O((n + m) log(n + m)): the half-plane intersection of every edge's left side (a
//   segment: both sides of its line plus one axis-parallel cap at each end; a point: four
//   caps).
// Precision: as halfplane.hpp. Integral input: every decision exact for |x|,|y| <= 1e9,
//   touching and shared boundaries found exactly; vertices are crossings of two edge lines
//   (cross_point, one rounding of the exact quotient's parts). Floating: a vertex within
//   eps (a distance) of an edge's line counts as on it.
// Source: a convex polygon is the intersection of its edges' half-planes (textbook fact);
//   the segment and point caps are this library's.
#pragma once
#include "../halfplane.hpp"
#include "../polygon/convex.hpp"
#include <algorithm>
#include <cassert>
#include <cmath>
#include <vector>

namespace geo {

// convex_intersection's precondition on one input. O(n).
template <class T> bool convex_input_ok(const std::vector<Point<T>>& v) {
  for (const Point<T>& p : v)
    if (!in_range(p, 1000000000)) return false;
  const std::size_t n = v.size();
  if (n < 3) return n < 2 || v[0] != v[1];
  std::size_t i = 0;  // the lowest vertex: a strict one
  for (std::size_t j = 1; j < n; j++)
    if (v[j].y < v[i].y || (v[j].y == v[i].y && v[j].x < v[i].x)) i = j;
  return orient(v[(i + n - 1) % n], v[i], v[(i + 1) % n]) >= 0 && is_convex(v);
}

// Half-planes whose intersection is the convex polygon, segment or point p.
template <class T> void convex_halfplanes(const std::vector<Point<T>>& p, std::vector<Line<T>>& H) {
  const std::size_t n = p.size();
  if (n >= 3) {
    for (std::size_t i = 0; i < n; i++) H.push_back({p[i], p[(i + 1) % n]});
    return;
  }
  auto cap = [&H](const Point<T>& u, const Point<T>& dir) {  // the line through u along dir
    const bool toward_origin = dir.dot(u) <= T(0);  // so integral points stay in range
    H.push_back(toward_origin ? Line<T>{u, u + dir} : Line<T>{u - dir, u});
  };
  const T o(0), i(1);
  const Point<T> up(o, i), left(-i, o);  // a line along up keeps x <= its x; along left, y <= its y
  if (n == 2) {
    H.push_back({p[0], p[1]});
    H.push_back({p[1], p[0]});
    using std::abs;
    const Point<T> d = p[1] - p[0];
    const Point<T> c = abs(d.x) >= abs(d.y) ? (d.x > o ? -up : up) : (d.y > o ? -left : left);
    cap(p[0], c);   // keeps the side of p[0] towards p[1]
    cap(p[1], -c);  // keeps the side of p[1] towards p[0]
  } else if (n == 1) {
    for (const Point<T>& dir : {up, left, -up, -left}) cap(p[0], dir);
  }
}

template <class T>
std::vector<Point<frac_t<T>>> convex_intersection(const std::vector<Point<T>>& a, const std::vector<Point<T>>& b) {
  assert(convex_input_ok(a) && convex_input_ok(b) && "convex_intersection: not a ccw convex polygon in range");
  if (a.empty() || b.empty()) return {};
  std::vector<Line<T>> H;
  convex_halfplanes(a, H);
  convex_halfplanes(b, H);
  std::vector<Point<frac_t<T>>> r = halfplane_intersection(H);
  auto lowest = std::min_element(r.begin(), r.end(), [](const Point<frac_t<T>>& s, const Point<frac_t<T>>& t) {
    return s.y < t.y || (s.y == t.y && s.x < t.x);
  });
  std::rotate(r.begin(), lowest, r.end());
  return r;
}

}  // namespace geo
