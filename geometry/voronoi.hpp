// voronoi.hpp: the Voronoi diagram of a point set, each cell
// clipped to a box.
// voronoi(p, lo, hi) -> C, C[i]: the part of the box [lo.x,
//   hi.x] x [lo.y, hi.y] at least as close to p[i] as to any
//   other site, a convex polygon: its vertices counter-
//   clockwise from some vertex, each coordinate the exact one
//   rounded to nearest, as Point<real_t<T>> (double for long
//   long), consecutive equal ones merged; {} when fewer than 3
//   remain or all share one x or one y (no area: the cell
//   misses the box or touches it only along a side, or is an
//   axis-parallel sliver thinner than the rounding). Equal
//   sites share the cell. Preconditions (asserted): lo.x <
//   hi.x, lo.y < hi.y; sites and box in range (long long: the
//   coordinate range; no NaN).
// round_div(n, d): n / d rounded to the nearest double (ties
//   to even) for __int128 n, d: 0 < d < 2^70, |n| < 2^126
//   (round to odd on a quotient of >= 55 bits, then one
//   rounding); for floating a, b: a / b.
// Method: a cell is the fan of the site's Delaunay neighbours
//   in angular order: two consecutive ones less than 180
//   degrees apart give a circumcentre, the others two rays to
//   far points (a third one if only one neighbour); then
//   Sutherland-Hodgman on the sides x >= lo.x, x <= hi.x,
//   y >= lo.y, y <= hi.y. Every vertex is the meet of two
//   lines (bisectors, box sides), by Cramer's rule.
// Time: O(n log n): Delaunay, then O(d log d) for a site of
//   degree d.
// Precision: long long, in the coordinate range (docs/eps.md):
//   exact vertices (X / D, Y / D) in __int128, each coordinate
//   rounded once (error <= 2^-53 |x|), so a vertex shared by
//   several cells, even the centre of 4+ cocircular sites, is
//   the same double in each; the inside/outside tests are
//   exact. Bisector of a, b: 2 (b - a) . x = |b|^2 - |a|^2; D
//   < 3.2e19 < 2^65, |X|, |Y| < 1.6e28 < 2^94. Floating: the
//   same formulas in T: the same guarantee for integers
//   |x|,|y| <= 2500 times one power of two (every intermediate
//   exact), else rounded, no bound.
// Degenerate: n = 0 -> {}; one distinct site: the whole box
//   (even if the site is outside it); all collinear: parallel
//   slabs (half-planes at the ends).
// Source: Voronoi-Delaunay duality: de Berg et al.,
//   "Computational Geometry", 3rd ed., ch. 7, 9; round to odd:
//   S. Boldo, G. Melquiond, "Emulation of FMA and correctly
//   rounded sums", 2008.
// Tests: unit voronoi_test; property voronoi_prop (against
//   exact GMP cells, to the bit).
#pragma once
#include "delaunay.hpp"
#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <vector>

namespace geo {

__extension__ inline double round_div(__int128 n, __int128 d) {
  if (n < 0) return -round_div(-n, d);
  int s = 0;
  for (; n && n >> 125 == 0; s++) n <<= 1;
  return std::ldexp(double(n / d | (n % d > 0)), -s);
}
template <class F> F round_div(F a, F b) { return a / b; }

template <class T, class P = Point<T>, class W = wide_t<T>>
auto voronoi(const std::vector<Point<T>>& p, Point<T> lo,
             Point<T> hi) {
  assert(in_range(lo, 1e9) && in_range(hi, 1e9) &&
         lo.x < hi.x && lo.y < hi.y);
  Triangulation t = delaunay(p);
  std::vector<std::vector<int>> G(p.size());
  for (auto [u, v] : t.edges)
    G[size_t(u)].push_back(v), G[size_t(v)].push_back(u);
  W S[5] = {lo.x, hi.x, lo.y, hi.y, 0}, K = W(1e27);
  auto cut = [&](auto x, int s) {  // outside side s
    return (x[s > 1] - S[s] * x[2]) * (1 - s % 2 * 2) < 0;
  };
  std::vector<std::vector<Point<real_t<T>>>> C(p.size());
  for (size_t i = 0; i < p.size(); i++) {
    const P a = p[i], *q = p.data();
    std::vector<std::array<W, 4>> g, h;  // (X, Y) / D, D, line
    auto L = [&](int j) -> std::array<W, 3> {  // A x + B y = C
      if (j < 0) return {W(~j % 4 < 2), W(~j > 1), S[~j]};
      return {W(q[j].x - a.x) * 2, W(q[j].y - a.y) * 2,
              W(q[j].norm2()) - W(a.norm2())};
    };
    auto meet = [&](int i1, int i2, bool o) {
      auto [a1, b1, c1] = L(i1);
      auto [a2, b2, c2] = L(i2);
      W D = a1 * b2 - a2 * b1, k = D < 0 ? -1 : 1;
      return std::array{(c1 * b2 - c2 * b1) * k,
                        (a1 * c2 - a2 * c1) * k, D * k,
                        W(o ? i1 : i2)};
    };
    auto ray = [&](int j, int r, int l) {
      P u = r == 2 ? a - q[j] : (q[j] - a).perp() * T(2 - r);
      return std::array{a.x + q[j].x + K * u.x,
                        a.y + q[j].y + K * u.y, W(2), W(l)};
    };
    std::sort(G[i].begin(), G[i].end(), [&](int j, int k) {
      P u = q[j] - a, w = q[k] - a;
      return (u < P()) != (w < P()) ? w < P() : u.cross(w) > 0;
    });
    for (size_t k = 0; k < G[i].size(); k++) {
      int b = G[i][k], c = G[i][(k + 1) % G[i].size()];
      if (a.cross(q[b], q[c]) > 0) g.push_back(meet(b, c, 0));
      else
        for (int r : {1, b == c ? 2 : 1, 3})
          g.push_back(ray(r < 3 ? b : c, r, r < 3 ? -5 : c));
    }
    for (P z(-1, -1); G[i].empty() && g.size() < 4;)
      g.push_back({K * z.x, K * z.y, 1, -5}), z = z.perp();
    for (int s = 0; s < 4; s++, g.swap(h), h.clear()) {
      for (size_t k = 0, o; k < g.size(); k++) {
        auto x = g[k], y = g[(k ? k : g.size()) - 1];
        S[4] = (o = cut(y, s)) == (s % 3 == 0) ? -K : K;
        if (o != cut(x, s))
          h.push_back(meet(int(y[3]), ~s, o));
        if (!cut(x, s)) h.push_back(x);
      }
    }
    auto& c = C[i];
    for (auto [X, Y, D, l] : g)
      c.push_back({round_div(X, D), round_div(Y, D)});
    c.erase(std::unique(c.begin(), c.end()), c.end());
    while (c.size() > 1 && c.back() == c[0]) c.pop_back();
    // all on one vertical (fx) or horizontal (fy) line
    bool fx = 1, fy = 1;
    for (auto v : c) fx &= v.x == c[0].x, fy &= v.y == c[0].y;
    if (c.size() < 3 || fx || fy) c.clear();
  }
  for (size_t i = p.size(); i--;) C[i] = C[size_t(t.rep[i])];
  return C;
}

}  // namespace geo
