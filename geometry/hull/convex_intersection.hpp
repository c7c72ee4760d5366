// hull/convex_intersection.hpp: the intersection of two convex
// polygons.
// convex_intersection(a, b) -> the common part as a strict
//   convex polygon of Point<real_t<T>>, counter-clockwise from
//   its lowest point (smallest y, then x, as convex_hull):
//   {} if disjoint, one point if they touch at a point, two
//   (the ends, lowest first) if they share only a segment.
// a, b: counter-clockwise, convex, no repeated points,
//   collinear vertices allowed, positive area if n >= 3, any
//   start; a segment (2 points) or a point (1) works too.
//   Debug builds assert it (convex_ok, O(n)): in range (long
//   long: the coordinate range; floating: finite), two
//   distinct points, or is_convex and a left turn at the
//   leftmost vertex.
// Time: O(nm): each edge is clipped to the other polygon
//   (Cyrus-Beck: one interval of the edge's parameter), then
//   the parts of positive length are sorted by direction.
// Precision: integral input in the coordinate range
//   (docs/eps.md): every decision exact (the parameters are
//   fractions of cross products, compared in wide_t), so
//   touching and shared boundaries are found exactly; a vertex
//   is an edge end or a crossing rounded once (exact if a
//   lattice point). Floating: a vertex within eps (a distance)
//   of an edge's line counts as on it.
// Degenerate: a segment is clipped to as its two sides and two
//   perpendicular end caps, a point as a segment along x.
// Source: the boundary of the intersection is made of the
//   edges' parts inside the other polygon; M. Cyrus, J. Beck
//   (1978) for the parameter clipping.
// Tests: unit hull_convex_intersection_test; property
//   hull_convex_ops_prop.
#pragma once
#include "../polygon/convex.hpp"
#include <algorithm>
#include <cassert>
#include <utility>
#include <vector>

namespace geo {

// convex_intersection's precondition on one input. O(n).
template <class V> bool convex_ok(const V& v) {
  size_t n = v.size(), i = 0;  // i: the leftmost vertex
  for (size_t j = 0; j < n; j++) {
    if (!in_range(v[j], 1000000000)) return false;
    if (v[j] < v[i]) i = j;
  }
  if (n < 3) return n < 2 || v[0] != v[1];
  return is_convex(v) && orient(v[i ? i - 1 : n - 1], v[i],
                                v[(i + 1) % n]) >= 0;
}

template <class T>
auto convex_intersection(const std::vector<Point<T>>& A,
                         const std::vector<Point<T>>& B) {
  using P = Point<T>;
  using W = wide_t<T>;
  using R = real_t<T>;
  assert(convex_ok(A) && convex_ok(B) &&
         "not a ccw convex polygon in range");
  // pc: (direction, start) of the parts of positive length;
  // r: every point found, then the answer
  std::vector<std::pair<P, Point<R>>> pc;
  std::vector<Point<R>> r;
  // x = g.cross(p - f); floating: p within eps of the line is
  // on it
  auto z = [](T x, P g) {
    return W(x) * (W(x) * x > eps<T> * eps<T> * g.norm2());
  };
  // Every edge of v clipped to w: the left sides of its edges
  // (a segment or point also: its two sides and end caps).
  auto clip = [&](auto& v, auto& w) {
    size_t n = v.size(), m = w.size();
    P u = w.back() - w[0], o;
    std::vector<std::pair<P, P>> L;  // (point, direction)
    for (size_t j = 0; j < m; j++)
      L.push_back({w[j], w[(j + 1) % m] - w[j]});
    if (u == o) u = P(1, 0);
    for (P x : {u, u.perp() * -1})
      if (m < 3)
        L.push_back({w[0], x}),
            L.push_back({w.back(), x * -1});
    for (size_t i = 0; i < n; i++) {
      P a = v[i], d = v[(i + 1) % n] - a;
      // t in [lp / lq, hp / hq]: c + t k >= 0 on every line
      W lp = 0, lq = 1, hp = d != o, hq = 1;
      for (auto [f, g] : L) {
        W c = z(g.cross(a - f), g),
          k = z(g.cross(a + d - f), g) - c;
        if (k > 0 && -c * lq > lp * k) lp = -c, lq = k;
        if (k < 0 && c * hq < hp * -k) hp = c, hq = -k;
        if (k == 0 && c < 0) hp = -1, hq = 1;
      }
      if (lp * hq > hp * lq) continue;
      // x + y lp / lq, rounded once: exact if an integer
      auto at = [&](T x, T y) {
        W e = W(x) * lq + W(y) * lp, k = e / lq;
        return R(k) + R(e - k * lq) / R(lq);
      };
      r.push_back({at(a.x, d.x), at(a.y, d.y)});
      if (lp * hq < hp * lq) pc.push_back({d, r.back()});
    }
  };
  clip(A, B), clip(B, A);
  // The pieces by direction from angle 0; each direction's
  // first start is a vertex, the lowest first (a segment's
  // pieces run both ways: its two ends).
  // up(d): the angle of d is in [pi, 2 pi)
  auto up = [](P d) { return P(d.y, d.x) < P(); };
  std::sort(pc.begin(), pc.end(), [&](auto& p, auto& q) {
    P d = p.first, e = q.first;
    return up(d) != up(e) ? up(e) : cross_sign(d, e) > 0;
  });
  r.resize(pc.empty() && !r.empty());
  for (size_t i = 0; i < pc.size(); i++) {
    auto [d, s] = pc[i];
    P e = pc[i - !!i].first;  // the previous direction
    if (!i || cross_sign(e, d) || up(e) != up(d))
      r.push_back(s);
    else if ((s - r.back()).dot({R(d.x), R(d.y)}) < 0)
      r.back() = s;
  }
  return r;
}

}  // namespace geo
