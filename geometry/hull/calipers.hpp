// hull/calipers.hpp: width of a convex polygon (rotating
// calipers); diameter and antipodal: hull/diameter.hpp.
// width(poly) -> real_t<T>: the smallest distance between two
//   parallel lines enclosing poly, i.e. min over edges of the
//   largest distance of a vertex from the edge's line (0 if
//   n <= 2 or all points collinear).
// convex_ccw(poly): exact types: all points collinear (a
//   segment, or convex_hull<true>'s collinear list), or
//   is_convex (polygon/convex.hpp) and a left turn at the
//   lowest vertex; true for floating T.
// poly: as antipodal (counter-clockwise, convex, no repeated
//   points, collinear vertices anywhere, any start). Debug
//   builds assert convex_ccw, O(n).
// Time: O(n).
// Precision: long long: exact in the coordinate range
//   (docs/eps.md; width: one rounding of cross / |edge|).
//   Floating: as antipodal (no eps).
// Degenerate: n <= 2 or collinear -> 0.
// Source: G. T. Toussaint, "Solving geometric problems with
//   the rotating calipers" (1983).
// Tests: unit hull_calipers_test; property
//   hull_consumers_prop.
#pragma once
#include "../polygon/convex.hpp"
#include "diameter.hpp"
#include <algorithm>
#include <cassert>
#include <vector>

namespace geo {

template <class T>
bool convex_ccw(const std::vector<Point<T>>& v) {
  size_t n = v.size(), i = 0, flat = 1;  // i: the lowest
  for (size_t j = 0; j < n; j++) {
    if (v[j] < v[i]) i = j;
    flat &= n < 3 || orient(v[0], v[1], v[j]) == 0;
  }
  if (!is_exact_v<T> || flat) return true;
  return is_convex(v) && orient(v[i ? i - 1 : n - 1], v[i],
                                v[(i + 1) % n]) > 0;
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
