// hull/minkowski.hpp: Minkowski sum of two convex polygons, O(n + m).
// minkowski(a, b) -> {x + y : x in a, y in b} as a convex polygon, counter-clockwise from
//   its lowest point (smallest y, then smallest x). Parallel edges of a and b merge into
//   one edge, so strict inputs give a strict output; collinear vertices of the inputs stay.
//   Either input empty -> {}. A single point translates the other polygon; two segments
//   give a parallelogram (or one segment if parallel).
// a, b: counter-clockwise, convex, no repeated points, any start, collinear vertices
//   allowed (convex_hull output of either mode, including degenerate ones); long long:
//   |x|,|y| <= 1e9. Debug builds assert the range and, for n >= 3 not all collinear,
//   is_convex and a left turn at the lowest vertex (a clockwise input would give a walk
//   that is not convex).
// Time O(n + m): merge the edge sequences by angle in [0, 2 pi) (half plane, then the
//   cross product), both starting at the lowest vertex.
// Precision: exact for integral input (sums; the output's |x|,|y| reach 2e9, which orient
//   and where_in_convex accept). The merge compares edge directions by the exact sign of
//   their cross product (orient.hpp cross_sign), so floating input needs no eps.
// Source: the edge-merge construction, e.g. M. de Berg et al., Computational Geometry
//   (3rd ed. 2008), 13.3.
#pragma once
#include "../orient.hpp"
#include "../polygon/convex.hpp"
#include <algorithm>
#include <cassert>
#include <vector>

namespace geo {

// minkowski's precondition on v (lowest vertex first). O(n).
template <class T> bool minkowski_input_ok(const std::vector<Point<T>>& v) {
  for (const Point<T>& p : v)
    if (!in_range(p, 1000000000)) return false;
  const std::size_t n = v.size();
  if (n < 3 || std::all_of(v.begin(), v.end(), [&](const Point<T>& p) { return orient(v[0], v.back(), p) == 0; }))
    return true;  // a point, a segment, convex_hull<true>'s collinear list
  return orient(v[n - 1], v[0], v[1]) >= 0 && is_convex(v);
}

template <class T> std::vector<Point<T>> minkowski(std::vector<Point<T>> a, std::vector<Point<T>> b) {
  if (a.empty() || b.empty()) return {};
  auto lowest_first = [](std::vector<Point<T>>& v) {
    std::rotate(v.begin(), std::min_element(v.begin(), v.end(), [](const Point<T>& p, const Point<T>& q) {
      return p.y < q.y || (p.y == q.y && p.x < q.x);
    }), v.end());
  };
  lowest_first(a);
  lowest_first(b);
  assert(minkowski_input_ok(a) && minkowski_input_ok(b) && "minkowski: not a ccw convex polygon in range");
  const std::size_t n = a.size(), m = b.size();
  std::vector<Point<T>> s;
  s.reserve(n + m);
  for (std::size_t i = 0, j = 0; i < n || j < m;) {
    s.push_back(a[i % n] + b[j % m]);
    const Point<T> ea = a[(i + 1) % n] - a[i % n], eb = b[(j + 1) % m] - b[j % m];
    const bool ha = ea.y < 0 || (ea.y == 0 && ea.x < 0), hb = eb.y < 0 || (eb.y == 0 && eb.x < 0);
    const int turn = i == n ? -1 : j == m ? 1 : ha != hb ? (hb ? 1 : -1) : cross_sign(ea, eb);  // > 0: ea first
    if (turn >= 0) i++;
    if (turn <= 0) j++;
  }
  return s;
}

}  // namespace geo
