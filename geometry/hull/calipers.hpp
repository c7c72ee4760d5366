// hull/calipers.hpp: width of a convex polygon (rotating
// calipers); diameter and antipodal: hull/diameter.hpp.
// width(poly) -> real_t<T>: the smallest distance between two
//   parallel lines enclosing poly, i.e. min over edges of the
//   largest distance of a vertex from the edge's line (0 if
//   n <= 2 or all points collinear).
// convex_ccw(poly): poly is counter-clockwise, convex and
// winds
//   once (every turn left or straight, no reversal unless all
//   points are collinear), exact types; true for floating T.
// poly: as antipodal (counter-clockwise, convex, no repeated
//   points, collinear vertices anywhere, any start). Debug
//   builds assert convex_ccw, O(n).
// Time: O(n).
// Precision: long long exact for |x|,|y| <= 1e9 (width: one
//   rounding of cross / |edge|). Floating: as antipodal (no
//   eps).
// Degenerate: n <= 2 or collinear -> 0.
// Source: G. T. Toussaint, "Solving geometric problems with
//   the rotating calipers" (1983); a closed walk turning left
//   by one full turn is convex (O'Rourke, Computational
//   Geometry in C, 1.3).
// Tests: unit hull_calipers_test; property
//   hull_consumers_prop.
#pragma once
#include "diameter.hpp"
#include <algorithm>
#include <cassert>
#include <vector>

namespace geo {

template <class T>
bool convex_ccw(const std::vector<Point<T>>& v) {
  int n = int(v.size()), w = 0, flat = 1, back = 0;
  auto* p = v.data();
  auto half = [](Point<T> u) {
    return u.y < 0 || (u.y == 0 && u.x < 0);
  };
  for (int i = 0; i < n && is_exact_v<T>; i++) {
    auto e = p[(i + 1) % n] - p[i],
         g = p[(i + 2) % n] - p[(i + 1) % n];
    T c = e.cross(g);
    if (c < 0) return false;
    flat &= c == 0, back |= c == 0 && e.dot(g) < 0;
    w += half(e) && !half(g);
  }
  return !is_exact_v<T> || n < 3 || flat || (!back && w == 1);
}

template <class T>
real_t<T> width(const std::vector<Point<T>>& v) {
  int n = int(v.size());
  auto* p = v.data();
  assert(convex_ccw(v) && "width: not a convex ccw polygon");
  std::vector<real_t<T>> f(v.size() + 1);  // per edge: last j
  antipodal(v, [&](int i, int j) {
    auto e = p[(i + 1) % n] - p[i];
    f.data()[i] = real_t<T>(e.cross(p[j] - p[i])) / e.norm();
  });
  return n < 3 ? 0 : *std::min_element(f.begin(), f.end() - 1);
}

}  // namespace geo
