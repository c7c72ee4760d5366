// oracle_polygon_bool.hpp: exact oracles for the boolean areas of simple polygons
// (geometry/union/polygons.hpp: polygon_cover_area, intersection, difference). Tests only.
// Independence (oracle.hpp's rule): no geo:: call; vertices enter through .x/.y as exact
// rationals (oracle::qp). Two methods, both different from the library's boundary walk:
//   cover_area(Ps, k)   the area covered by more than k of the polygons (any orientation),
//                       by vertical slabs (oracle_planar.hpp's slab_sum, as poly_union):
//                       cut at every vertex x and every x where two edge lines cross;
//                       inside a slab each polygon is a set of y-intervals bounded by
//                       non-crossing edges, so the length covered more than k times is
//                       linear in x and slab area = width x that length at the slab's
//                       middle (counted by a +1/-1 sweep of the interval ends).
//                       Rationals throughout: exact.
//   clip_area(A, B)     |A ∩ B| for a CONVEX B (A any simple polygon): Sutherland-Hodgman,
//                       A clipped by the closed left side of each edge of B made ccw
//                       (oracle_polygon.hpp's clip_left, parametric crossings), then the
//                       trapezoid area. Exact.
#pragma once
#include "oracle_planar.hpp"
#include "oracle_polygon.hpp"
#include <algorithm>
#include <utility>
#include <vector>

namespace oracle {

template <class P> Q cover_area(const std::vector<std::vector<P>>& polys, int k) {
  return slab_sum(polys, [k](const std::vector<std::pair<Q, Q>>& iv) {
    std::vector<std::pair<Q, int>> ev;  // interval ends: +1 opens, -1 closes
    for (auto& [lo, hi] : iv) ev.push_back({lo, 1}), ev.push_back({hi, -1});
    std::sort(ev.begin(), ev.end());
    Q len = 0;
    int depth = 0;
    for (size_t i = 0; i < ev.size(); i++) {
      if (i > 0 && depth > k) len += ev[i].first - ev[i - 1].first;
      depth += ev[i].second;
    }
    return len;
  });
}

template <class P> Q clip_area(const std::vector<P>& a, const std::vector<P>& b) {
  QPoly A = qpoly(a), B = qpoly(b);
  if (twice_area(A) < 0) std::reverse(A.begin(), A.end());
  if (twice_area(B) < 0) std::reverse(B.begin(), B.end());
  if (twice_area(A) == 0 || twice_area(B) == 0) return 0;
  for (size_t i = 0; i < B.size() && !A.empty(); i++) A = clip_left(A, B[i], B[(i + 1) % B.size()]);
  return A.empty() ? Q(0) : Q(twice_area(A) / 2);
}

}  // namespace oracle
