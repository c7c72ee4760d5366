// oracle_hull.hpp: exact brute-force oracles for geometry/hull/ (tests only).
// Independent of the library: points enter through .x/.y, are converted exactly with
// oracle::qp and every decision is oracle::orientation (a 3x3 determinant in rationals).
//
//   hull_set(pts, keep)        the hull's boundary points (keep) or its vertices (!keep),
//                              distinct, sorted by (x, y). O(n^3): p is on the boundary iff
//                              it lies on a line through two input points with every input
//                              point on one closed side; a vertex iff moreover it is an end
//                              (extreme along the line) of every such line it lies on.
//   check_hull(in, out, keep)  "" if out is exactly the documented convex_hull result for
//                              in, else what is wrong (set, start, order, turns).
//   where_in(poly, q)          0 outside, 1 boundary, 2 inside a (possibly degenerate) CCW
//                              convex polygon, by exact on-segment tests and the winding
//                              number (crossings of a ray, rationals).
//   worst_outside(in, out, eps)  the largest exact distance of a point of in outside the
//                              polygon out (where_in 0; oracle_polygon's boundary_dist2), in
//                              units of eps; 0 when none is outside.
//   max_dist2(pts)             the largest squared distance over all pairs, exact.
//   width2(hull)               squared width of a strict CCW hull: min over edges of the
//                              largest squared distance of a vertex from the edge's line.
//   chord(poly, a, b, lo, hi)  false if the line a + t (b - a) misses the CCW convex polygon
//                              (positive area), else the exact parameter interval [lo, hi],
//                              intersecting the closed half-planes of its edges.
//   clip(a, b)                 Sutherland-Hodgman: polygon a clipped to every closed left
//                              half-plane of b's edges, in rationals (b: CCW, positive area).
//   area2(poly)                twice the signed area (shoelace), exact.
//   layers(pts)                convex layer (1-based) of each point by repeated hull_set
//                              (boundary points, collinear included) of the points left.
//   strictly_inside(a, b, c, p) p strictly inside triangle abc (false if degenerate).
//   minkowski_where(a, b, qs)  for each q: 0 outside, 1 boundary, 2 inside the Minkowski sum
//                              of two CCW convex polygons of positive area, without building
//                              it: the sum is the intersection of u.x <= h_a(u) + h_b(u) over
//                              the outward normals u of the edges of a and b (h: support
//                              function, max over the vertices); boundary iff one is tight.
#pragma once
#include "oracle.hpp"
#include "oracle_polygon.hpp"
#include <cmath>
#include <algorithm>
#include <string>
#include <vector>

namespace oracle_hull {

using oracle::Q;
using oracle::QP;
using oracle::qp;

template <class P> std::vector<P> distinct(std::vector<P> v) {
  auto less = [](const P& a, const P& b) { return a.x < b.x || (a.x == b.x && a.y < b.y); };
  auto same = [](const P& a, const P& b) { return a.x == b.x && a.y == b.y; };
  std::sort(v.begin(), v.end(), less);
  v.erase(std::unique(v.begin(), v.end(), same), v.end());
  return v;
}

template <class P> std::vector<P> hull_set(const std::vector<P>& pts, bool keep) {
  const std::vector<P> p = distinct(pts);
  const int n = static_cast<int>(p.size());
  if (n <= 2) return p;
  std::vector<QP> e;
  for (auto& a : p) e.push_back(qp(a));
  std::vector<char> boundary(n, 0), inner(n, 0);  // inner: strictly between two on a line
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) {
      if (i == j) continue;
      std::vector<int> on;
      bool supporting = true;
      for (int k = 0; k < n && supporting; k++) {
        const int o = oracle::orientation(e[i], e[j], e[k]);
        if (o < 0) supporting = false;
        if (o == 0) on.push_back(k);
      }
      if (!supporting) continue;
      const QP d = oracle::sub(e[j], e[i]);
      Q lo = oracle::dot(d, e[on[0]]), hi = lo;
      for (int k : on) lo = std::min(lo, oracle::dot(d, e[k])), hi = std::max(hi, oracle::dot(d, e[k]));
      for (int k : on) {
        boundary[k] = 1;
        const Q t = oracle::dot(d, e[k]);
        if (t != lo && t != hi) inner[k] = 1;
      }
    }
  std::vector<P> out;
  for (int k = 0; k < n; k++)
    if (boundary[k] && (keep || !inner[k])) out.push_back(p[k]);
  return out;
}

template <class P>
std::string check_hull(const std::vector<P>& in, const std::vector<P>& out, bool keep) {
  const std::vector<P> want = hull_set(in, keep);
  if (distinct(out) != want || distinct(out).size() != out.size()) return "wrong point set";
  if (out.size() <= 1) return "";
  std::vector<QP> h;
  for (auto& a : out) h.push_back(qp(a));
  const int n = static_cast<int>(h.size());
  // The start: the lowest input point (smallest y, then smallest x).
  for (auto& a : in)
    if (a.y < out[0].y || (a.y == out[0].y && a.x < out[0].x)) return "start is not the lowest point";
  bool all_collinear = true;
  for (int i = 2; i < n; i++) all_collinear = all_collinear && oracle::orientation(h[0], h[1], h[i]) == 0;
  if (all_collinear) {  // documented: in order along the line, each once
    const QP d = oracle::sub(h[1], h[0]);
    for (int i = 1; i + 1 < n; i++)
      if (oracle::dot(d, h[i + 1]) <= oracle::dot(d, h[i])) return "collinear result out of order";
    if (!keep && n != 2) return "collinear strict result must be the two ends";
    return "";
  }
  for (int i = 0; i < n; i++) {
    const QP& a = h[i];
    const QP& b = h[(i + 1) % n];
    const QP& c = h[(i + 2) % n];
    const int o = oracle::orientation(a, b, c);
    if (o < 0 || (o == 0 && !keep)) return "not a left turn at " + std::to_string((i + 1) % n);
    if (o == 0 && oracle::dot(oracle::sub(b, a), oracle::sub(c, b)) <= 0) return "turns back";
    if (i >= 1 && i + 1 < n && oracle::orientation(h[0], h[i], h[i + 1]) < 0) return "winds twice";
  }
  return "";
}

template <class P> int where_in(const std::vector<P>& poly, const P& query) {
  const int n = static_cast<int>(poly.size());
  const QP q = qp(query);
  if (n == 0) return 0;
  std::vector<QP> v;
  for (auto& a : poly) v.push_back(qp(a));
  for (int i = 0; i < n; i++) {  // on an edge (or the single point)
    const QP& a = v[i];
    const QP& b = v[(i + 1) % n];
    if (oracle::orientation(a, b, q) == 0 && std::min(a.x, b.x) <= q.x && q.x <= std::max(a.x, b.x) &&
        std::min(a.y, b.y) <= q.y && q.y <= std::max(a.y, b.y))
      return 1;
  }
  int winding = 0;  // crossings of the ray to +x, half-open rule on y
  for (int i = 0; i < n; i++) {
    const QP& a = v[i];
    const QP& b = v[(i + 1) % n];
    if (a.y <= q.y && b.y > q.y && oracle::orientation(a, b, q) > 0) winding++;
    if (b.y <= q.y && a.y > q.y && oracle::orientation(a, b, q) < 0) winding--;
  }
  return winding != 0 ? 2 : 0;
}

template <class P> double worst_outside(const std::vector<P>& in, const std::vector<P>& out, double eps) {
  std::vector<QP> poly;
  for (const auto& x : out) poly.push_back(qp(x));
  double worst = 0;
  for (const auto& p : in)
    if (where_in(out, p) == 0)
      worst = std::max(worst, std::sqrt(oracle::boundary_dist2(poly, qp(p)).template convert_to<double>()) / eps);
  return worst;
}

template <class P> Q max_dist2(const std::vector<P>& pts) {
  Q best = 0;
  for (std::size_t i = 0; i < pts.size(); i++)
    for (std::size_t j = i + 1; j < pts.size(); j++) best = std::max(best, oracle::dist2(qp(pts[i]), qp(pts[j])));
  return best;
}

template <class P> Q width2(const std::vector<P>& hull) {
  const int n = static_cast<int>(hull.size());
  if (n < 3) return 0;
  Q best = -1;
  for (int i = 0; i < n; i++) {
    const QP a = qp(hull[i]), b = qp(hull[(i + 1) % n]);
    Q far = 0;
    for (auto& c : hull) {
      const Q d = oracle::det3(a, b, qp(c));
      far = std::max(far, Q(d * d / oracle::dist2(a, b)));
    }
    if (best < 0 || far < best) best = far;
  }
  return best;
}

template <class P> bool chord(const std::vector<P>& poly, const P& pa, const P& pb, Q& lo, Q& hi) {
  const QP a = qp(pa), d = oracle::sub(qp(pb), a);
  bool bounded_lo = false, bounded_hi = false;
  const std::size_t n = poly.size();
  for (std::size_t i = 0; i < n; i++) {  // cross(w - u, a + t d - u) >= 0: c0 + t c1 >= 0
    const QP u = qp(poly[i]), w = qp(poly[(i + 1) % n]);
    const QP e = oracle::sub(w, u);
    const Q c0 = oracle::cross(e, oracle::sub(a, u)), c1 = oracle::cross(e, d);
    if (c1 == 0) {
      if (c0 < 0) return false;
    } else if (c1 > 0) {
      const Q t = -c0 / c1;
      if (!bounded_lo || t > lo) lo = t, bounded_lo = true;
    } else {
      const Q t = -c0 / c1;
      if (!bounded_hi || t < hi) hi = t, bounded_hi = true;
    }
  }
  return bounded_lo && bounded_hi && lo <= hi;
}

template <class P> std::vector<QP> clip(const std::vector<P>& a, const std::vector<P>& b) {
  std::vector<QP> cur;
  for (auto& p : a) cur.push_back(qp(p));
  const std::size_t m = b.size();
  for (std::size_t j = 0; j < m && !cur.empty(); j++) {
    const QP u = qp(b[j]), w = qp(b[(j + 1) % m]);
    std::vector<QP> next;
    const std::size_t k = cur.size();
    for (std::size_t i = 0; i < k; i++) {
      const QP& s = cur[i];
      const QP& e = cur[(i + 1) % k];
      const Q ds = oracle::det3(u, w, s), de = oracle::det3(u, w, e);
      if (ds >= 0) next.push_back(s);
      if ((ds > 0 && de < 0) || (ds < 0 && de > 0)) {
        const Q t = ds / (ds - de);
        next.push_back(QP{s.x + (e.x - s.x) * t, s.y + (e.y - s.y) * t});
      }
    }
    cur = next;
  }
  return cur;
}

inline Q area2(const std::vector<QP>& v) {
  Q s = 0;
  for (std::size_t i = 0; i < v.size(); i++) s += oracle::cross(v[i], v[(i + 1) % v.size()]);
  return s;
}

template <class P> std::vector<int> layers(const std::vector<P>& pts) {
  std::vector<int> out(pts.size(), 0);
  for (int round = 1;; round++) {
    std::vector<P> left;
    for (std::size_t i = 0; i < pts.size(); i++)
      if (out[i] == 0) left.push_back(pts[i]);
    if (left.empty()) return out;
    const std::vector<P> b = hull_set(left, true);
    for (std::size_t i = 0; i < pts.size(); i++)
      if (out[i] == 0 && std::find(b.begin(), b.end(), pts[i]) != b.end()) out[i] = round;
  }
}

template <class P> bool strictly_inside(const P& a, const P& b, const P& c, const P& p) {
  const int o = oracle::orientation(qp(a), qp(b), qp(c));
  return o != 0 && oracle::orientation(qp(a), qp(b), qp(p)) == o && oracle::orientation(qp(b), qp(c), qp(p)) == o &&
         oracle::orientation(qp(c), qp(a), qp(p)) == o;
}

template <class P> std::vector<int> minkowski_where(const std::vector<P>& a, const std::vector<P>& b,
                                                    const std::vector<P>& qs) {
  std::vector<QP> A, B, normal;
  std::vector<Q> level;  // q is inside normal[k]'s half-plane iff normal[k] . q <= level[k]
  for (auto& p : a) A.push_back(qp(p));
  for (auto& p : b) B.push_back(qp(p));
  auto support = [](const std::vector<QP>& v, const QP& u) {
    Q m = oracle::dot(v[0], u);
    for (auto& p : v) m = std::max(m, Q(oracle::dot(p, u)));
    return m;
  };
  for (const std::vector<QP>* v : {&A, &B})
    for (std::size_t i = 0; i < v->size(); i++) {
      const QP e = oracle::sub((*v)[(i + 1) % v->size()], (*v)[i]), u{e.y, Q(-e.x)};  // right of e
      normal.push_back(u), level.push_back(support(A, u) + support(B, u));
    }
  std::vector<int> out;
  for (auto& q : qs) {
    int where = 2;
    for (std::size_t k = 0; k < normal.size() && where > 0; k++) {
      const int s = oracle::sign(Q(oracle::dot(qp(q), normal[k]) - level[k]));
      if (s > 0) where = 0;
      if (s == 0) where = 1;
    }
    out.push_back(where);
  }
  return out;
}

}  // namespace oracle_hull
