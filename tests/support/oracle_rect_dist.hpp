// oracle_rect_dist.hpp: exact brute-force oracles for geometry/hull/min_rectangle.hpp and
// geometry/hull/convex_distance.hpp (tests only).
// Independence (oracle.hpp's rule): no geo:: calls, no Point members; points enter through
// .x/.y as exact rationals (oracle::qp); no hull is taken from the library.
//
//   min_rect(pts)          {least area, least perimeter SQUARED} of an enclosing rectangle,
//                          exact. O(n^3): every ordered pair (a, b) of distinct input points
//                          with every point on the closed left of the line a -> b (a
//                          supporting line, so a hull edge's line) is a candidate side
//                          direction d = b - a; over all points, W = max d.p - min d.p and
//                          H = max det3(a, b, p) (>= 0); area W H / |d|^2, perimeter^2
//                          4 (W + H)^2 / |d|^2 (W + H >= 0, so squares compare as the
//                          perimeters). One distinct point (or none): {0, 0}. The optimum has
//                          a side on a hull edge (Freeman and Shapira 1975).
//   point_poly_dist2(poly, r)  0 if oracle_hull::where_in(poly, r) != 0 (inside or on), else
//                          the least exact point-segment distance over all edges (a point
//                          polygon: its point).
//   poly_poly_dist2(p, q)  0 if a vertex of either lies in or on the other (where_in), else
//                          the least exact segment-segment distance (0 if they cross) over
//                          all edge pairs: every vertex-edge pair is among them.
#pragma once
#include "oracle.hpp"
#include "oracle_hull.hpp"
#include "oracle_lines.hpp"
#include <algorithm>
#include <utility>
#include <vector>

namespace oracle_rect {

using oracle::Q;
using oracle::QP;

template <class P> std::pair<Q, Q> min_rect(const std::vector<P>& pts) {
  std::vector<QP> v;
  for (const auto& p : pts) v.push_back(oracle::qp(p));
  bool found = false;
  Q area = 0, per2 = 0;
  for (const QP& a : v)
    for (const QP& b : v) {
      if (a.x == b.x && a.y == b.y) continue;
      bool supporting = true;
      for (const QP& c : v) supporting = supporting && oracle::orientation(a, b, c) >= 0;
      if (!supporting) continue;
      const QP d = oracle::sub(b, a);
      Q lo = oracle::dot(d, v[0]), hi = lo, h = 0;
      for (const QP& c : v) {
        const Q t = oracle::dot(d, c);
        lo = std::min(lo, t), hi = std::max(hi, t);
        h = std::max(h, oracle::det3(a, b, c));
      }
      const Q dd = oracle::dot(d, d), w = hi - lo;
      const Q ar = w * h / dd, p2 = 4 * (w + h) * (w + h) / dd;
      if (!found || ar < area) area = ar;
      if (!found || p2 < per2) per2 = p2;
      found = true;
    }
  return {area, per2};
}

template <class P> Q point_poly_dist2(const std::vector<P>& poly, const P& r) {
  if (oracle_hull::where_in(poly, r) != 0) return 0;
  const QP x = oracle::qp(r);
  const std::size_t n = poly.size();
  Q best = oracle::dist2(oracle::qp(poly[0]), x);
  for (std::size_t i = 0; i < n; i++)
    best = std::min(best, oracle_lines::seg_dist2(oracle::qp(poly[i]), oracle::qp(poly[(i + 1) % n]), x));
  return best;
}

template <class P> Q poly_poly_dist2(const std::vector<P>& p, const std::vector<P>& q) {
  for (const auto& a : p)
    if (oracle_hull::where_in(q, a) != 0) return 0;
  for (const auto& b : q)
    if (oracle_hull::where_in(p, b) != 0) return 0;
  const std::size_t n = p.size(), m = q.size();
  Q best = oracle::dist2(oracle::qp(p[0]), oracle::qp(q[0]));
  for (std::size_t i = 0; i < n; i++)
    for (std::size_t j = 0; j < m; j++)
      best = std::min(best, oracle_lines::segseg_dist2(oracle::qp(p[i]), oracle::qp(p[(i + 1) % n]),
                                                       oracle::qp(q[j]), oracle::qp(q[(j + 1) % m])));
  return best;
}

}  // namespace oracle_rect
