// oracle_planar.hpp: exact brute-force oracles for closest_pair, halfplane, sweep/ and
// union/ (tests only). Independence (oracle.hpp's rule): no geo:: algorithm is called; points
// enter through .x/.y and are converted exactly (oracle::qp); decisions use oracle.hpp.
//
//   closest_d2(P)             smallest squared distance over all pairs (exact; P.size() >= 2)
//   hpi(lines, box)           the closed intersection of the half-planes left of each a -> b
//                             (plus |x|,|y| <= box if box > 0) as its vertex list: every
//                             pairwise line intersection satisfying all half-planes, then
//                             the strict hull of those points (CCW from the lowest-leftmost;
//                             1 point, 2 ends of a segment, or {}). O(n^3).
//   axis_count(S)             pairs of segments (x1 y1 x2 y2) sharing a point, all pairs,
//                             counted only for one horizontal and one vertical segment
//   seg_meet(a, b, c, d)      closed segments ab and cd share a point (exact, by parameters)
//   any_meet(S)               some pair of segments shares a point (all pairs)
//   seg_common(a, b, c, d)    the common part of closed segments ab and cd: {} (apart), {p}
//                             (one point), {p, q} (an overlap of positive length: its ends,
//                             p < q in (x, y) order): the ends on both, else the crossing
//   rect_union(R)             area of the union of rectangles {x1, y1, x2, y2}: coordinate
//                             compression, every grid cell tested against every rectangle
//   poly_union(Ps)            area of the union of simple polygons (any orientation), exact:
//                             slabs between all vertex x's and edge-crossing x's; within a
//                             slab the covered length is linear in x, so slab area = width x
//                             covered length at the middle (rationals throughout)
//   slab_sum(Ps, f)           those slabs: the sum of width x f(the y-intervals inside each
//                             polygon on the slab's middle line, sorted); cover_area too
#pragma once
#include "oracle.hpp"
#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace oracle {

template <class P> Q closest_d2(const std::vector<P>& pts) {
  Q best = -1;
  for (size_t i = 0; i < pts.size(); i++)
    for (size_t j = i + 1; j < pts.size(); j++) {
      const Q d = dist2(qp(pts[i]), qp(pts[j]));
      if (best < 0 || d < best) best = d;
    }
  return best;
}

inline bool qless(const QP& p, const QP& r) { return p.x < r.x || (p.x == r.x && p.y < r.y); }
inline bool qsame(const QP& p, const QP& r) { return p.x == r.x && p.y == r.y; }

// Strict convex hull, CCW, starting at the lowest (y, then x) point.
inline std::vector<QP> strict_hull(std::vector<QP> v) {
  std::sort(v.begin(), v.end(), qless);
  v.erase(std::unique(v.begin(), v.end(), qsame), v.end());
  if (v.size() <= 2) return v;
  std::vector<QP> h;
  for (int pass = 0; pass < 2; pass++) {
    const size_t base = h.size();
    for (const QP& p : v) {
      while (h.size() >= base + 2 && orientation(h[h.size() - 2], h.back(), p) <= 0) h.pop_back();
      h.push_back(p);
    }
    h.pop_back();
    std::reverse(v.begin(), v.end());
  }
  if (h.size() == 2 && qsame(h[0], h[1])) h.pop_back();
  size_t lo = 0;
  for (size_t i = 1; i < h.size(); i++)
    if (h[i].y < h[lo].y || (h[i].y == h[lo].y && h[i].x < h[lo].x)) lo = i;
  std::rotate(h.begin(), h.begin() + static_cast<long>(lo), h.end());
  return h;
}

// Each line as {a, b}; keeps the closed left side.
template <class P> std::vector<QP> hpi(const std::vector<std::array<P, 2>>& lines, long long box) {
  std::vector<std::array<QP, 2>> L;
  for (auto& l : lines) L.push_back({qp(l[0]), qp(l[1])});
  if (box > 0) {
    const Q B(box);
    const QP c[4] = {{-B, -B}, {B, -B}, {B, B}, {-B, B}};
    for (int k = 0; k < 4; k++) L.push_back({c[k], c[(k + 1) % 4]});
  }
  std::vector<QP> cand;
  for (size_t i = 0; i < L.size(); i++)
    for (size_t j = i + 1; j < L.size(); j++) {
      // Cramer on  n.X = n.a  with n = (-(b-a).y, (b-a).x) for both lines
      const QP d1 = sub(L[i][1], L[i][0]), d2 = sub(L[j][1], L[j][0]);
      const Q A1 = -d1.y, B1 = d1.x, C1 = A1 * L[i][0].x + B1 * L[i][0].y;
      const Q A2 = -d2.y, B2 = d2.x, C2 = A2 * L[j][0].x + B2 * L[j][0].y;
      const Q det = A1 * B2 - A2 * B1;
      if (det == 0) continue;
      const QP x{(C1 * B2 - C2 * B1) / det, (A1 * C2 - A2 * C1) / det};
      bool ok = true;
      for (auto& l : L) ok = ok && orientation(l[0], l[1], x) >= 0;
      if (ok) cand.push_back(x);
    }
  return strict_hull(cand);
}

// t with c = a + t (b - a), for c on line ab (a != b).
inline Q param(const QP& a, const QP& b, const QP& c) {
  const QP d = sub(b, a);
  return dot(sub(c, a), d) / dot(d, d);
}

inline bool on_seg(const QP& a, const QP& b, const QP& c) {
  if (qsame(a, b)) return qsame(a, c);
  if (orientation(a, b, c) != 0) return false;
  const Q t = param(a, b, c);
  return t >= 0 && t <= 1;
}

inline bool seg_meet(const QP& a, const QP& b, const QP& c, const QP& d) {
  if (on_seg(a, b, c) || on_seg(a, b, d) || on_seg(c, d, a) || on_seg(c, d, b)) return true;
  const QP u = sub(b, a), v = sub(d, c);
  const Q den = cross(u, v);
  if (den == 0) return false;  // parallel, no endpoint on the other: apart
  const Q t = cross(sub(c, a), v) / den, s = cross(sub(c, a), u) / den;
  return t > 0 && t < 1 && s > 0 && s < 1;
}

inline std::vector<QP> seg_common(const QP& a, const QP& b, const QP& c, const QP& d) {
  if (!seg_meet(a, b, c, d)) return {};
  std::vector<QP> on;  // the common part is convex: its ends, if more than a point, are input ends
  for (const QP* p : {&a, &b, &c, &d})
    if (on_seg(a, b, *p) && on_seg(c, d, *p)) on.push_back(*p);
  if (on.empty()) {  // a proper crossing
    const QP u = sub(b, a), v = sub(d, c);
    const Q t = cross(sub(c, a), v) / cross(u, v);
    return {QP{a.x + t * u.x, a.y + t * u.y}};
  }
  auto lo = std::min_element(on.begin(), on.end(), qless);
  auto hi = std::max_element(on.begin(), on.end(), qless);
  if (qsame(*lo, *hi)) return {*lo};
  return {*lo, *hi};
}

template <class S> QP end0(const S& s) { return QP{q(s[0]), q(s[1])}; }
template <class S> QP end1(const S& s) { return QP{q(s[2]), q(s[3])}; }

// Segments as {x1, y1, x2, y2}.
template <class S> long long axis_count(const std::vector<S>& segs) {
  long long n = 0;
  for (size_t i = 0; i < segs.size(); i++)
    for (size_t j = 0; j < segs.size(); j++) {
      const S& h = segs[i];
      const S& v = segs[j];
      const bool hor = h[1] == h[3] && h[0] != h[2], ver = v[0] == v[2];
      if (hor && ver && seg_meet(end0(h), end1(h), end0(v), end1(v))) n++;
    }
  return n;
}

template <class S> bool any_meet(const std::vector<S>& segs) {
  for (size_t i = 0; i < segs.size(); i++)
    for (size_t j = i + 1; j < segs.size(); j++)
      if (seg_meet(end0(segs[i]), end1(segs[i]), end0(segs[j]), end1(segs[j]))) return true;
  return false;
}

// Rectangles as {x1, y1, x2, y2}, x1 <= x2, y1 <= y2.
template <class R> Q rect_union(const std::vector<R>& rs) {
  std::vector<Q> xs, ys;
  for (auto& r : rs) xs.push_back(q(r[0])), xs.push_back(q(r[2])), ys.push_back(q(r[1])), ys.push_back(q(r[3]));
  std::sort(xs.begin(), xs.end());
  xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
  std::sort(ys.begin(), ys.end());
  ys.erase(std::unique(ys.begin(), ys.end()), ys.end());
  Q total = 0;
  for (size_t i = 0; i + 1 < xs.size(); i++)
    for (size_t j = 0; j + 1 < ys.size(); j++) {
      bool in = false;
      for (auto& r : rs)
        in = in || (q(r[0]) <= xs[i] && xs[i + 1] <= q(r[2]) && q(r[1]) <= ys[j] && ys[j + 1] <= q(r[3]));
      if (in) total += (xs[i + 1] - xs[i]) * (ys[j + 1] - ys[j]);
    }
  return total;
}

// The slab setup of poly_union and cover_area (oracle_polygon_bool.hpp): cut at every vertex
// x and every x where two edge lines cross; within a slab no edges cross, so each polygon is a
// set of y-intervals whose lengths are linear in x. Returns the sum over the slabs of width x
// f(iv), iv: the even-odd y-intervals {lo, hi} of every polygon on the slab's middle line,
// sorted.
template <class P, class F> Q slab_sum(const std::vector<std::vector<P>>& polys, F f) {
  std::vector<std::vector<QP>> Ps;
  for (auto& p : polys) {
    std::vector<QP> v;
    for (auto& x : p) v.push_back(qp(x));
    Ps.push_back(v);
  }
  std::vector<std::array<QP, 2>> E;  // every edge
  for (auto& p : Ps)
    for (size_t i = 0; i < p.size(); i++) E.push_back({p[i], p[(i + 1) % p.size()]});
  std::vector<Q> xs;
  for (auto& e : E) xs.push_back(e[0].x);
  for (size_t i = 0; i < E.size(); i++)
    for (size_t j = i + 1; j < E.size(); j++) {
      const QP u = sub(E[i][1], E[i][0]), v = sub(E[j][1], E[j][0]);
      const Q den = cross(u, v);
      if (den == 0) continue;
      const Q t = cross(sub(E[j][0], E[i][0]), v) / den;
      xs.push_back(E[i][0].x + u.x * t);  // crossing of the two lines (clipped below)
    }
  std::sort(xs.begin(), xs.end());
  xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
  Q total = 0;
  for (size_t k = 0; k + 1 < xs.size(); k++) {
    const Q xm = (xs[k] + xs[k + 1]) / 2;
    std::vector<std::pair<Q, Q>> iv;  // y-intervals inside some polygon at x = xm
    for (auto& p : Ps) {
      std::vector<Q> ys;
      for (size_t i = 0; i < p.size(); i++) {
        const QP& a = p[i];
        const QP& b = p[(i + 1) % p.size()];
        if ((a.x < xm) != (b.x < xm)) ys.push_back(a.y + (b.y - a.y) * (xm - a.x) / (b.x - a.x));
      }
      std::sort(ys.begin(), ys.end());  // even-odd: inside between ys[0], ys[1], ...
      for (size_t i = 0; i + 1 < ys.size(); i += 2) iv.push_back({ys[i], ys[i + 1]});
    }
    std::sort(iv.begin(), iv.end());
    total += f(iv) * (xs[k + 1] - xs[k]);
  }
  return total;
}

template <class P> Q poly_union(const std::vector<std::vector<P>>& polys) {
  return slab_sum(polys, [](const std::vector<std::pair<Q, Q>>& iv) {
    Q len = 0, hi;
    bool open = false;
    for (auto& in : iv) {
      if (open && in.first <= hi) {
        if (in.second > hi) len += in.second - hi, hi = in.second;
      } else {
        len += in.second - in.first, hi = in.second, open = true;
      }
    }
    return len;
  });
}

}  // namespace oracle
