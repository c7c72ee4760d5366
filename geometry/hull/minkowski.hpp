// hull/minkowski.hpp: Minkowski sum of two convex polygons.
// minkowski(a, b) -> {x + y : x in a, y in b} as a convex
//   polygon, counter-clockwise from its lowest point (lower:
//   hull/drop_near_collinear.hpp). Parallel edges of a and b
//   merge into one edge, so strict inputs give a strict
//   output; collinear vertices of the inputs stay. Either
//   input empty -> {}. A point translates the other polygon;
//   two segments give a parallelogram (or one segment if
//   parallel).
// a, b: counter-clockwise, convex, no repeated points, any
//   start, collinear vertices allowed (convex_hull output of
//   either mode, degenerate ones too). Debug builds assert the
//   coordinate range (finite) and that the edges, from the
//   lowest vertex, turn by angles in [0, 2 pi) in order (a
//   clockwise or non-convex input would give a walk that is
//   not convex).
// Time: O(n + m): the two edge sequences merged by angle in
//   [0, 2 pi) (half plane, then the cross product), both from
//   the lowest vertex.
// Precision: exact for integral input (sums; the output's
//   |x|,|y| reach 2e9, which orient and where_in_convex
//   accept). Edge directions are compared by the exact sign of
//   their cross product (orient.hpp cross_sign): no eps, also
//   for floating input.
// Degenerate: see above; a collinear list of convex_hull<true>
//   is a polygon of zero area.
// Source: the edge-merge construction, e.g. M. de Berg et al.,
//   Computational Geometry (3rd ed. 2008), 13.3.
// Tests: unit hull_minkowski_test; property
//   hull_convex_ops_prop.
#pragma once
#include "../orient.hpp"
#include "drop_near_collinear.hpp"
#include <algorithm>
#include <cassert>
#include <vector>

namespace geo {

template <class T>
std::vector<Point<T>> minkowski(std::vector<Point<T>> a,
                                std::vector<Point<T>> b) {
  typedef Point<T> P;
  if (a.empty() || b.empty()) return {};
  auto up = [](P v) { return !lower(v, P()); };  // angle < pi
  auto turn = [&](P u, P v) {  // 1: u's angle first, -1: v's
    return up(u) != up(v) ? up(u) - up(v) : cross_sign(u, v);
  };
  std::size_t n = a.size(), m = b.size();
  for (auto* v : {&a, &b}) {
    std::rotate(v->begin(),
                std::min_element(v->begin(), v->end(), lower),
                v->end());
    for (std::size_t i = 0, k = v->size(); i < k; i++) {
      [[maybe_unused]] auto e = [&](std::size_t j) {
        return (*v)[(j + 1) % k] - (*v)[j % k];
      };
      assert(in_range((*v)[i], 1000000000) &&
             (i + 2 > k || turn(e(i), e(i + 1)) >= 0) &&
             "minkowski: not a ccw convex polygon in range");
    }
  }
  std::vector<P> s;
  for (std::size_t i = 0, j = 0; i < n || j < m;) {
    s.push_back(a[i % n] + b[j % m]);
    P ea = a[(i + 1) % n] - a[i % n],
      eb = b[(j + 1) % m] - b[j % m];
    int t = i == n ? -1 : j == m ? 1 : turn(ea, eb);
    i += t >= 0, j += t <= 0;
  }
  return s;
}

}  // namespace geo
