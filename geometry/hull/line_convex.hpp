// hull/line_convex.hpp: extreme vertex and line intersection of a convex polygon, O(log n).
// extreme_vertex(poly, dir, last = false): index of a vertex maximising dir.dot(v); of
//   several (an edge perpendicular to dir) the first counter-clockwise, or the last one if
//   last = true. Precondition: n >= 1, dir != 0 (asserted).
// line_convex(poly, a, b): the intersection of the line through a and b (a != b, asserted)
//   with the polygon as Point<real_t<T>>: {} (missed), {p} (one point: a vertex touched, a
//   segment polygon crossed, or two crossing points equal after rounding, floating: within
//   eps) or {p, q} (a chord, or an edge the line runs along), ordered along a -> b.
// poly: counter-clockwise, convex, no repeated points, collinear vertices allowed anywhere
//   (poly[0] too), any start, positive area if n >= 3 (asserted at one strict vertex, with
//   the orientation); n = 1 or 2 work.
// Time O(log n): from a strict vertex s (point_in_convex.hpp strict_vertex), edge directions
//   are sorted by angle from edge s, so binary search finds the extreme vertices hi, lo
//   across the line; the side of the line is monotone on each chain between them, so
//   binary search finds the two crossed edges.
// Precision: long long exact decisions for |x|,|y| <= 1e9 (orient; cross products of
//   vectors <= 2e9 by orient.hpp cross_sign, edge vectors asserted); each crossing point is
//   built from the edge end nearer the line (one division; error a few ulps of the
//   coordinates' magnitude, ~1e-7 at 1e9). Floating: orient's eps, a distance: a vertex
//   within about eps of the line counts as on it; the strict start vertex is found with
//   orient too, so both functions need orient's floating range; decisions on edge vectors
//   as rounded (exact for integer-valued coordinates).
// Source: binary search on edge angles, e.g. D. Dobkin, D. Kirkpatrick (1983) for the
//   O(log n) extreme-point query; the chain searches are this library's.
#pragma once
#include "../orient.hpp"
#include "point_in_convex.hpp"
#include <cassert>
#include <cmath>
#include <utility>
#include <vector>

namespace geo {

template <class T> int extreme_vertex(const std::vector<Point<T>>& poly, const Point<T>& dir, bool last = false) {
  const int n = static_cast<int>(poly.size()), s = strict_vertex(poly);
  assert(n >= 1 && dir != Point<T>() && in_range(dir, 2000000000) && s < n);
  auto p = [&, v = poly.data()](int k) -> const Point<T>& { return v[(s + k) % n]; };  // from a strict vertex
  const Point<T> e0 = p(1) - p(0), t = dir.perp();  // edges turn past t at the extreme
  auto half = [&](const Point<T>& v) {  // 0: angle from e0 in [0, pi), 1: [pi, 2 pi)
    const int c = cross_sign(e0, v);
    return c < 0 || (c == 0 && e0.dot(v) < 0);
  };
  auto past = [&](int k) {  // angle(edge k) >= angle(t), or > if last
    const Point<T> e = p(k + 1) - p(k);
    assert(in_range(e, 2000000000));
    if (half(e) != half(t)) return half(e) > half(t);
    const int c = cross_sign(t, e);
    return last ? c > 0 : c >= 0;
  };
  int lo = -1, hi = n;  // past(lo) false, past(hi) true (virtual ends)
  while (hi - lo > 1) {
    const int mid = (lo + hi) / 2;
    (past(mid) ? hi : lo) = mid;
  }
  return (s + hi) % n;
}

template <class T>
std::vector<Point<real_t<T>>> line_convex(const std::vector<Point<T>>& poly, const Point<T>& a, const Point<T>& b) {
  using R = real_t<T>;
  using PR = Point<R>;
  const int n = static_cast<int>(poly.size());
  const Point<T>* p = poly.data();
  const Point<T> d = b - a;
  assert(a != b);
  auto real = [](const Point<T>& v) { return PR(static_cast<R>(v.x), static_cast<R>(v.y)); };
  auto side = [&](int i) { return orient(a, b, p[i % n]); };
  if (n == 0) return {};
  if (n == 1) return side(0) == 0 ? std::vector<PR>{real(p[0])} : std::vector<PR>{};
  auto ordered = [&](int i, int j) {  // vertices i, j as the answer, along a -> b
    if (i == j) return std::vector<PR>{real(p[i])};
    if (d.dot(p[j]) < d.dot(p[i])) std::swap(i, j);
    return std::vector<PR>{real(p[i]), real(p[j])};
  };
  const int hi = extreme_vertex(poly, d.perp()), lo = extreme_vertex(poly, d.perp_cw());
  if (side(hi) < 0 || side(lo) > 0) return {};
  if (side(hi) == 0) return ordered(hi, extreme_vertex(poly, d.perp(), true));
  if (side(lo) == 0) return ordered(lo, extreme_vertex(poly, d.perp_cw(), true));
  auto cut = [&](int from, int len, int sign) {  // the crossed edge on a monotone chain
    int l = 0, h = len;  // side(from + l) * sign < 0 <= side(from + h) * sign
    while (h - l > 1) {
      const int mid = (l + h) / 2;
      (side(from + mid) * sign >= 0 ? h : l) = mid;
    }
    const Point<T> u = p[(from + l) % n], w = p[(from + h) % n];
    if (side(from + h) == 0) return real(w);
    const R fu = static_cast<R>(d.cross(u - a)), fw = static_cast<R>(d.cross(w - a));
    return std::abs(fu) <= std::abs(fw) ? real(u) + real(w - u) * (fu / (fu - fw))
                                        : real(w) + real(u - w) * (fw / (fw - fu));
  };
  const PR in = cut(lo, (hi - lo + n) % n, 1), out = cut(hi, (lo - hi + n) % n, -1);
  if (n == 2 || dist(in, out) <= static_cast<R>(eps<T>)) return {in};  // one point
  return {out, in};  // the chain lo -> hi crosses from right to left: later along a -> b
}

}  // namespace geo
