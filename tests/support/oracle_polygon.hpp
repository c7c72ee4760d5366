// oracle_polygon.hpp: exact oracles for geometry/polygon/*, in rationals (oracle.hpp's Q).
// Independence: nothing here calls geo:: code; points enter as oracle::QP (oracle::qp).
// Each oracle is written from the definition, in a different form from the library:
//   twice_area(P)        trapezoid sum  -sum (x[i+1] - x[i]) (y[i+1] + y[i])
//                        (the library: shoelace fan about P[0]).
//   centroid(P)          area-weighted mean of the fan triangles' centroids about the
//                        ORIGIN, each triangle by oracle::det3 (library: Bourke's sums).
//   on_segment(a, b, p)  det3 == 0 and the line parameter in [0, 1] (a == b: p == a).
//   boundary_dist2(P, p) min over edges of oracle.hpp's seg_dist2 (P nonempty).
//   winding(P, p)        exact winding number (Sunday's signed crossings of the upward /
//                        downward ray, with det3); precondition: p not on the boundary.
//   where(P, p)          0 / 1 / 2: boundary by on_segment, else winding != 0 (simple P).
//   is_simple(P)         no two non-adjacent edges meet; adjacent edges meet only at their
//                        shared vertex; no zero-length edge; n >= 3. O(n^2).
//   is_convex(P)         drop consecutive duplicates; then n >= 3, simple, area != 0 and
//                        every vertex on the closed inner side of every edge's line.
//   clip_left(P, a, b)   the part of P on or left of a->b, by clipping with rational
//                        line intersections (parametric solve, not the library's form).
//   lattice_brute(P)     {interior, boundary} lattice counts of an integer polygon by testing
//                        every lattice point of the bounding box (exact integers, vertical
//                        ray parity: a third form); small polygons only.
#pragma once
#include "oracle.hpp"
#include <algorithm>
#include <utility>
#include <vector>

namespace oracle {

using QPoly = std::vector<QP>;

template <class P> QPoly qpoly(const std::vector<P>& v) {
  QPoly r;
  for (const P& p : v) r.push_back(qp(p));
  return r;
}

inline Q twice_area(const QPoly& P) {
  Q s = 0;
  for (size_t i = 0, n = P.size(); i < n; i++) {
    const QP &a = P[i], &b = P[(i + 1) % n];
    s -= (b.x - a.x) * (b.y + a.y);
  }
  return s;
}

inline QP centroid(const QPoly& P) {
  const QP o{Q(0), Q(0)};
  Q a = 0, sx = 0, sy = 0;
  for (size_t i = 0, n = P.size(); i < n; i++) {
    const QP &p = P[i], &r = P[(i + 1) % n];
    const Q t = det3(o, p, r);  // twice the triangle's signed area
    a += t;
    sx += t * (p.x + r.x) / 3;  // origin + p + r over 3
    sy += t * (p.y + r.y) / 3;
  }
  assert(a != 0);
  return QP{sx / a, sy / a};
}

inline bool on_segment(const QP& a, const QP& b, const QP& p) {
  if (same(a, b)) return same(a, p);
  if (det3(a, b, p) != 0) return false;
  const Q t = line_param(a, b, p);
  return t >= 0 && t <= 1;
}

inline Q boundary_dist2(const QPoly& P, const QP& p) {
  assert(!P.empty());
  Q best = seg_dist2(P[0], P[P.size() > 1 ? 1 : 0], p);
  for (size_t i = 0, n = P.size(); i < n; i++) best = std::min(best, seg_dist2(P[i], P[(i + 1) % n], p));
  return best;
}

inline int winding(const QPoly& P, const QP& p) {
  int w = 0;
  for (size_t i = 0, n = P.size(); i < n; i++) {
    const QP &a = P[i], &b = P[(i + 1) % n];
    if (a.y <= p.y) {
      if (b.y > p.y && det3(a, b, p) > 0) w++;  // upward, p strictly left
    } else {
      if (b.y <= p.y && det3(a, b, p) < 0) w--;  // downward, p strictly right
    }
  }
  return w;
}

inline int where(const QPoly& P, const QP& p) {
  for (size_t i = 0, n = P.size(); i < n; i++)
    if (on_segment(P[i], P[(i + 1) % n], p)) return 1;
  return winding(P, p) != 0 ? 2 : 0;
}

// Do closed segments ab and cd share a point?
inline bool segments_meet(const QP& a, const QP& b, const QP& c, const QP& d) {
  const int o1 = orientation(a, b, c), o2 = orientation(a, b, d);
  const int o3 = orientation(c, d, a), o4 = orientation(c, d, b);
  if (o1 * o2 < 0 && o3 * o4 < 0) return true;
  return on_segment(a, b, c) || on_segment(a, b, d) || on_segment(c, d, a) || on_segment(c, d, b);
}

inline bool is_simple(const QPoly& P) {
  const size_t n = P.size();
  if (n < 3) return false;
  for (size_t i = 0; i < n; i++)
    if (same(P[i], P[(i + 1) % n])) return false;
  for (size_t i = 0; i < n; i++)
    for (size_t j = i + 1; j < n; j++) {
      const QP &a = P[i], &b = P[(i + 1) % n], &c = P[j], &d = P[(j + 1) % n];
      if (j == i + 1 || (i == 0 && j == n - 1)) {
        // adjacent: they share one vertex; they must not overlap beyond it
        const QP& shared = (j == i + 1) ? b : a;
        const QP& other1 = (j == i + 1) ? a : b;
        const QP& other2 = (j == i + 1) ? d : c;
        if (orientation(other1, shared, other2) == 0 &&
            dot(sub(other1, shared), sub(other2, shared)) > 0)
          return false;  // fold back onto itself
      } else if (segments_meet(a, b, c, d)) {
        return false;
      }
    }
  return true;
}

inline bool is_convex(const QPoly& P0) {
  QPoly P;
  for (const QP& p : P0)
    if (P.empty() || !same(P.back(), p)) P.push_back(p);
  while (P.size() > 1 && same(P.back(), P[0])) P.pop_back();
  if (P.size() < 3 || !is_simple(P)) return false;
  const int s = sign(twice_area(P));
  if (s == 0) return false;
  for (size_t i = 0, n = P.size(); i < n; i++)
    for (size_t k = 0; k < n; k++)
      if (orientation(P[i], P[(i + 1) % n], P[k]) * s < 0) return false;
  return true;
}

// Intersection of line ab with line pq, where p, q are strictly on opposite sides of ab:
// solve p + s (q - p) = a + t (b - a) by Cramer's rule.
inline QP line_cross(const QP& a, const QP& b, const QP& p, const QP& q) {
  const Q dx1 = q.x - p.x, dy1 = q.y - p.y, dx2 = b.x - a.x, dy2 = b.y - a.y;
  const Q rx = a.x - p.x, ry = a.y - p.y;
  const Q den = dx1 * (-dy2) - (-dx2) * dy1;
  const Q s = (rx * (-dy2) - (-dx2) * ry) / den;
  return QP{p.x + s * dx1, p.y + s * dy1};
}

inline QPoly clip_left(const QPoly& P, const QP& a, const QP& b) {
  QPoly out;
  for (size_t i = 0, n = P.size(); i < n; i++) {
    const QP &p = P[i], &q = P[(i + 1) % n];
    const int sp = orientation(a, b, p), sq = orientation(a, b, q);
    if (sp >= 0) out.push_back(p);
    if ((sp > 0 && sq < 0) || (sp < 0 && sq > 0)) out.push_back(line_cross(a, b, p, q));
  }
  return out;
}

// {strictly inside, on the boundary} for integer vertices: every lattice point of the
// bounding box, classified with exact __int128 arithmetic (on-segment by collinearity and
// box; inside by the crossing count of the upward ray x = px, y > py, half-open in x).
// Small boxes only.
template <class P> std::pair<long long, long long> lattice_brute(const std::vector<P>& v) {
  assert(!v.empty());
  __extension__ typedef __int128 W;
  long long x0 = v[0].x, x1 = v[0].x, y0 = v[0].y, y1 = v[0].y;
  for (const P& p : v) x0 = std::min<long long>(x0, p.x), x1 = std::max<long long>(x1, p.x),
                       y0 = std::min<long long>(y0, p.y), y1 = std::max<long long>(y1, p.y);
  long long in = 0, on = 0;
  const size_t n = v.size();
  for (long long x = x0; x <= x1; x++)
    for (long long y = y0; y <= y1; y++) {
      bool boundary = false, odd = false;
      for (size_t i = 0; i < n && !boundary; i++) {
        const long long ax = v[i].x, ay = v[i].y, bx = v[(i + 1) % n].x, by = v[(i + 1) % n].y;
        const W c = W(bx - ax) * (y - ay) - W(by - ay) * (x - ax);
        if (c == 0 && std::min(ax, bx) <= x && x <= std::max(ax, bx) && std::min(ay, by) <= y &&
            y <= std::max(ay, by))
          boundary = true;
        else if ((ax > x) != (bx > x)) {  // edge spans the vertical line through the point
          // height of the edge at x, compared with y: (y_edge - y) * (bx - ax) sign
          const W num = W(ay) * (bx - ax) + W(by - ay) * (x - ax) - W(y) * (bx - ax);
          if ((num > 0) == (bx > ax)) odd = !odd;  // edge above the point
        }
      }
      on += boundary, in += !boundary && odd;
    }
  return {in, on};
}

}  // namespace oracle
