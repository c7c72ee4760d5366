// oracle_polygon_bool.hpp: exact oracles for the boolean areas of simple polygons
// (geometry/union/polygons.hpp: polygon_cover_area, intersection, difference). Tests only.
// Independence (oracle.hpp's rule): no geo:: call; vertices enter through .x/.y as exact
// rationals (oracle::qp). Two methods, both different from the library's boundary walk:
//   cover_area(Ps, k)   the area covered by more than k of the polygons (any orientation),
//                       by vertical slabs: cut at every vertex x and every x where two edge
//                       lines cross; inside a slab each polygon is a set of y-intervals
//                       bounded by non-crossing edges, so the length covered more than k
//                       times is linear in x and slab area = width x that length at the
//                       slab's middle (counted by a +1/-1 sweep of the interval ends).
//                       Rationals throughout: exact.
//   clip_area(A, B)     |A ∩ B| for a CONVEX B (A any simple polygon): Sutherland-Hodgman,
//                       A clipped by the closed left side of each edge of B made ccw
//                       (oracle_polygon.hpp's clip_left, parametric crossings), then the
//                       trapezoid area. Exact.
#pragma once
#include "oracle_polygon.hpp"
#include <algorithm>
#include <utility>
#include <vector>

namespace oracle {

template <class P> Q cover_area(const std::vector<std::vector<P>>& polys, int k) {
  std::vector<QPoly> Ps;
  for (auto& p : polys) Ps.push_back(qpoly(p));
  std::vector<std::pair<QP, QP>> E;  // every edge
  for (auto& p : Ps)
    for (size_t i = 0; i < p.size(); i++) E.push_back({p[i], p[(i + 1) % p.size()]});
  std::vector<Q> xs;
  for (auto& e : E) xs.push_back(e.first.x);
  for (size_t i = 0; i < E.size(); i++)
    for (size_t j = i + 1; j < E.size(); j++) {
      const QP u = sub(E[i].second, E[i].first), v = sub(E[j].second, E[j].first);
      const Q den = cross(u, v);
      if (den != 0) xs.push_back(E[i].first.x + u.x * (cross(sub(E[j].first, E[i].first), v) / den));
    }
  std::sort(xs.begin(), xs.end());
  xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
  Q total = 0;
  for (size_t s = 0; s + 1 < xs.size(); s++) {
    const Q xm = (xs[s] + xs[s + 1]) / 2;
    std::vector<std::pair<Q, int>> ev;  // interval ends at x = xm: +1 opens, -1 closes
    for (auto& p : Ps) {
      std::vector<Q> ys;
      for (size_t i = 0; i < p.size(); i++) {
        const QP &a = p[i], &b = p[(i + 1) % p.size()];
        if ((a.x < xm) != (b.x < xm)) ys.push_back(a.y + (b.y - a.y) * (xm - a.x) / (b.x - a.x));
      }
      std::sort(ys.begin(), ys.end());  // even-odd: inside between ys[0], ys[1], ...
      for (size_t i = 0; i + 1 < ys.size(); i += 2) ev.push_back({ys[i], 1}), ev.push_back({ys[i + 1], -1});
    }
    std::sort(ev.begin(), ev.end());
    Q len = 0;
    int depth = 0;
    for (size_t i = 0; i < ev.size(); i++) {
      if (i > 0 && depth > k) len += ev[i].first - ev[i - 1].first;
      depth += ev[i].second;
    }
    total += len * (xs[s + 1] - xs[s]);
  }
  return total;
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
