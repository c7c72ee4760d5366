// voronoi.hpp: the Voronoi diagram of a point set, each cell clipped to a box.
// voronoi(p, lo, hi) -> cells, cells[i] = the points of the box [lo.x, hi.x] x [lo.y, hi.y]
//   at least as close to p[i] as to every other input point: that convex polygon's vertices,
//   counter-clockwise, rounded (below), as Point<real_t<T>> (double for long long), no vertex
//   repeated; {} when it has no area (the cell misses the box or meets it only on one box
//   side; also when every rounded vertex lies on one box side). Duplicates get the same cell;
//   n = 1 gives the whole box; all collinear gives parallel slabs. Preconditions (asserted):
//   lo.x < hi.x, lo.y < hi.y; sites and box in range (|x|,|y| <= 1e9 for long long; no NaN).
// round_div(num, den) -> num / den rounded to the nearest double, den > 0, |num| < 2^100,
//   den < 2^70 (__int128).
// Method: each Voronoi vertex is the circumcentre of a Delaunay triangle (delaunay.hpp),
//   computed once. The cell of p[i] is the fan of its triangles' vertices, closed by two
//   rays (vertices at infinity) for a hull site, then clipped to the box side by side
//   (Sutherland-Hodgman) only where it leaves the box. A clipped vertex is a box corner or
//   the crossing of a box side with the bisector of p[i] and a neighbour.
// Time O(n log n): Delaunay, then O(n) (O(d) for a site of degree d).
// Precision. long long: each vertex is an exact rational rounded once, each coordinate to
//   the nearest double (error <= half an ulp, i.e. <= 2^-53 |coordinate|); so a vertex shared
//   by several cells, even the common centre of cocircular sites, is the same double in each.
//   Circumcentre x = (a.x D + Nx) / D, D = 2 (b - a) x (c - a), Nx = v.y |u|^2 - u.y |v|^2 (u = b - a,
//   v = c - a): |numerator| < 5e28, 0 < D < 1.7e19, in __int128; bisector-box crossing:
//   (|b|^2 - |a|^2 - 2 (b.x - a.x) c) / (2 (b.y - a.y)) < 1e19. Inside/outside the box: exact.
//   Floating: the same formulas in T; the same guarantee when sites and box are integers
//   times one power of two, |x|,|y| <= 2500 units (every intermediate is then exact, as in
//   delaunay.hpp); otherwise rounded, with no stated bound (scale to integers).
// Source: Voronoi-Delaunay duality, de Berg et al., "Computational Geometry", 3rd ed., ch. 7, 9;
// round to odd: S. Boldo, G. Melquiond, "Emulation of FMA and correctly rounded sums", 2008.
#pragma once
#include "delaunay.hpp"
#include <cassert>
#include <cmath>
#include <type_traits>
#include <vector>

namespace geo {

// num / den rounded to the nearest double (den > 0): the quotient scaled to 55..57 bits, its
// last bit set if inexact (round to odd), then converted with a single rounding.
inline double round_div(wide_t<long long> num, wide_t<long long> den) {
  __extension__ typedef unsigned __int128 U;
  if (num == 0) return 0;
  U n = num < 0 ? U(-num) : U(num), d = U(den);  // |num| < 2^100, den < 2^70
  auto bits = [](U x) {
    const auto h = static_cast<unsigned long long>(x >> 64);
    return h ? 128 - __builtin_clzll(h) : 64 - __builtin_clzll(static_cast<unsigned long long>(x));
  };
  const int s = bits(d) + 56 - bits(n);  // n 2^s / d in [2^55, 2^57)
  if (s >= 0) n <<= s;
  else d <<= -s;
  const unsigned long long q = static_cast<unsigned long long>(n / d) | (n % d != 0 ? 1ULL : 0ULL);
  const double r = std::ldexp(static_cast<double>(q), -s);
  return num < 0 ? -r : r;
}

template <class T>
std::vector<std::vector<Point<real_t<T>>>> voronoi(const std::vector<Point<T>>& p, const Point<T>& lo,
                                                   const Point<T>& hi) {
  using R = real_t<T>;
  using W = wide_t<T>;
  assert(in_range(lo, 1000000000) && in_range(hi, 1000000000) && "voronoi: box out of range or NaN");
  assert(lo.x < hi.x && lo.y < hi.y && "voronoi: empty box");
  auto div = [](const W& a, const W& b) -> R {
    if constexpr (std::is_same<W, wide_t<long long>>::value) return round_div(a, b);
    else return static_cast<R>(a / b);
  };
  const W side[4] = {W(lo.x), W(hi.x), W(lo.y), W(hi.y)};  // side s: x >= lo.x, x <= hi.x, ...
  // Bit s of an outcode: the point is strictly outside side s (exact for long long).
  auto code = [&](const W& X, const W& Y, const W& D) {  // the point (X / D, Y / D), D > 0
    return int(X < side[0] * D) | int(X > side[1] * D) << 1 | int(Y < side[2] * D) << 2 |
           int(Y > side[3] * D) << 3;
  };
  // A polygon vertex; line = the line of the edge to the next vertex: the bisector of the
  // site and p[line] (line >= 0), box side s (-1 - s), or the line at infinity (ARC).
  struct V { Point<R> q; int out, line; };
  const int ARC = -5;
  auto ideal = [](const Point<T>& d, int base, int line) {  // at infinity in direction d; a zero
    int o = d.x < 0 ? 1 : d.x > 0 ? 2 : base & 3;            // component keeps base's code
    o |= d.y < 0 ? 4 : d.y > 0 ? 8 : base & 12;
    return V{{}, o, line};
  };
  const Triangulation t = delaunay(p);
  const size_t n = p.size(), nt = t.triangles.size();
  std::vector<V> tv(nt);  // the circumcentres
  std::vector<int> start(n + 1, 0), fan(3 * nt);  // fan[start[i] ..]: 3 k + r, p[i] corner r of k
  for (size_t k = 0; k < nt; k++) {
    const auto& tr = t.triangles[k];
    const Point<T>& a = p[size_t(tr[0])];
    const Point<T> u = p[size_t(tr[1])] - a, v = p[size_t(tr[2])] - a;
    const W D = W(u.cross(v)) * 2, uu = W(u.norm2()), vv = W(v.norm2());
    const W X = W(a.x) * D + W(v.y) * uu - W(u.y) * vv, Y = W(a.y) * D + W(u.x) * vv - W(v.x) * uu;
    tv[k] = {{div(X, D), div(Y, D)}, code(X, Y, D), 0};
    for (int r = 0; r < 3; r++) start[size_t(tr[size_t(r)]) + 1]++;
  }
  for (size_t i = 0; i < n; i++) start[i + 1] += start[i];
  {
    std::vector<int> at(start.begin(), start.end() - 1);
    for (size_t k = 0; k < nt; k++)
      for (int r = 0; r < 3; r++) fan[size_t(at[size_t(t.triangles[k][size_t(r)])]++)] = int(3 * k) + r;
  }
  auto nb = [&](int e, int step) { return t.triangles[size_t(e / 3)][size_t((e % 3 + step) % 3)]; };
  std::vector<std::vector<int>> chain(nt == 0 ? n : 0);  // all collinear: neighbours on the line
  for (const auto& e : t.edges)
    if (nt == 0) chain[size_t(e[0])].push_back(e[1]), chain[size_t(e[1])].push_back(e[0]);
  std::vector<int> slot(n), has_b(n, -1), has_c(n, -1);
  std::vector<V> poly, buf;
  std::vector<std::vector<Point<R>>> cells(n);
  for (size_t i = 0; i < n; i++) {
    if (t.rep[i] != int(i)) {
      cells[i] = cells[size_t(t.rep[i])];
      continue;
    }
    const Point<T>& a = p[i];
    const int I = int(i);
    poly.clear();
    auto mid = [&](int j) { return code(W(a.x) + W(p[size_t(j)].x), W(a.y) + W(p[size_t(j)].y), W(2)); };
    if (nt == 0) {  // a slab or a half-plane: the bisectors' ends are vertices at infinity
      for (int j : chain[i]) {
        const Point<T> d = (p[size_t(j)] - a).perp();
        poly.push_back(ideal(-d, mid(j), j)), poly.push_back(ideal(d, mid(j), ARC));
      }
      if (chain[i].size() == 1) poly.push_back(ideal(a - p[size_t(chain[i][0])], 0, ARC));  // arcs < 180 deg
      if (chain[i].empty())
        for (int k = 0; k < 4; k++)  // the box
          poly.push_back({{R(k == 1 || k == 2 ? hi.x : lo.x), R(k < 2 ? lo.y : hi.y)}, 0, 0});
    } else {  // the fan of triangles around p[i], counter-clockwise
      const int f0 = start[i], f1 = start[i + 1];
      int e = fan[size_t(f0)];
      for (int f = f0; f < f1; f++) {  // triangle fan[f] spans the angle b -> c at p[i]
        const int b = nb(fan[size_t(f)], 1), c = nb(fan[size_t(f)], 2);
        slot[size_t(b)] = fan[size_t(f)], has_b[size_t(b)] = I, has_c[size_t(c)] = I;
      }
      for (int f = f0; f < f1; f++)
        if (has_c[size_t(nb(fan[size_t(f)], 1))] != I) e = fan[size_t(f)];  // a hull site's first
      const int first = e;
      for (int f = f0; f < f1; f++) {
        const V& c = tv[size_t(e / 3)];
        poly.push_back({c.q, c.out, nb(e, 2)});
        if (f + 1 == f1 || has_b[size_t(nb(e, 2))] != I) break;  // (a valid fan never breaks early)
        e = slot[size_t(nb(e, 2))];
      }
      if (has_b[size_t(nb(e, 2))] != I) {  // hull site: a ray out of the last vertex, one into the first
        poly.push_back(ideal((p[size_t(nb(e, 2))] - a).perp(), poly.back().out, ARC));
        poly.push_back(ideal((a - p[size_t(nb(first, 1))]).perp(), poly[0].out, nb(first, 1)));
      }
    }
    // Sutherland-Hodgman on the exact outcodes; a new vertex is computed from the two lines
    // that meet there (never from rounded vertices), so each cell gets the same double.
    auto crossing = [&](const V& P, int s, bool pin) {  // P's edge with side s
      const int line = P.line, ax = s / 2, to = pin ? -1 - s : line;
      if (line == ARC) {  // at infinity, along side s, in the direction of the arc
        const T one = pin == (s == 0 || s == 3) ? T(1) : T(-1);
        return ideal(ax == 0 ? Point<T>(0, one) : Point<T>(one, 0), 0, to);
      }
      if (line < 0) {  // a box corner
        const W& c = side[-1 - line];
        return V{ax == 0 ? Point<R>(R(side[s]), R(c)) : Point<R>(R(c), R(side[s])), 0, to};
      }
      const Point<T>& b = p[size_t(line)];
      const W pa = ax == 0 ? W(a.y) : W(a.x), pb = ax == 0 ? W(b.y) : W(b.x);  // along the side
      const W qa = ax == 0 ? W(a.x) : W(a.y), qb = ax == 0 ? W(b.x) : W(b.y);
      W num = W(b.norm2()) - W(a.norm2()) - 2 * (qb - qa) * side[s], den = 2 * (pb - pa);
      if (den < 0) num = -num, den = -den;
      assert(den != 0);
      const R z = div(num, den);
      const int o = int(num < side[2 - 2 * ax] * den) | int(num > side[3 - 2 * ax] * den) << 1;
      return ax == 0 ? V{{R(side[s]), z}, o << 2, to} : V{{z, R(side[s])}, o, to};
    };
    for (int s = 0; s < 4; s++) {
      bool cut = false;
      for (const V& v : poly) cut |= (v.out >> s & 1) != 0;
      if (!cut) continue;
      buf.clear();
      for (size_t k = 0; k < poly.size(); k++) {
        const bool pin = !(poly[k].out >> s & 1), qin = !(poly[(k + 1) % poly.size()].out >> s & 1);
        if (pin) buf.push_back(poly[k]);
        if (pin != qin) buf.push_back(crossing(poly[k], s, pin));
      }
      poly.swap(buf);
    }
    std::vector<Point<R>>& c = cells[i];
    for (const V& v : poly)
      if (c.empty() || !(v.q == c.back())) c.push_back(v.q);
    while (c.size() > 1 && c.back() == c[0]) c.pop_back();
    bool flat = c.size() < 3;  // no area: within one side of the box
    for (int s = 0; s < 4; s++) {
      bool on = true;
      for (const Point<R>& q : c) on = on && (s < 2 ? q.x : q.y) == R(side[s]);
      flat = flat || on;
    }
    if (flat) c.clear();
  }
  return cells;
}

}  // namespace geo
