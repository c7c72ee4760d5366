// halfplane.hpp: halfplane_intersection(H, box): the
// intersection of the closed half-planes on or left of each
// directed line a -> b in H, as a convex polygon,
// counter-clockwise, vertices Point<frac_t<T>> (double for
// long long). box > 0 adds the square [-box, box]^2. Without a
// box the directions must leave no angular gap >= pi (else the
// region is unbounded or empty, and {} is returned).
// Result: size 0 empty, 1 a point, 2 a segment (two distinct
//   ends; floating T: more than eps apart), >= 3 a polygon
//   whose every consecutive triple has orient > 0, no repeated
//   vertices.
// halfplane_intersection<T, N>: the same sweep deciding by the
//   sign (hp_sg) of each expression in N<coordinate> for a
//   floating coordinate (an exact one: its cross products,
//   then wide_t), vertices from N too (halfplane_exact.hpp
//   passes a filter that throws when unsure, then expansions).
// Time: O(n log n): sort by direction, keep the innermost of
//   each direction, the deque sweep (Zhu's S&I scheme); the
//   cleaning of the rounded output: stack passes of O(n),
//   until three in a row drop nothing.
// Precision: every decision is the sign of a degree-2 or
//   degree-4 expression in cross products (b - a) x (d - c),
//   made for the half-planes pushed outward by an
//   infinitesimal (each line moved along an axis to its
//   outside: no degenerate case). Exact T (long long in the
//   coordinate range, docs/eps.md, box too: in __int128 <
//   1.3e38; rationals):
//   every decision exact; vertices that coincide are merged. A
//   long long vertex is t = N / D of exact N, D, then a + (b -
//   a) t in double: within 5u (|v| + M) per coordinate (u =
//   2^-53, M the largest |input coordinate|). Floating:
//   directions compared exactly (cross_sign of the rounded
//   b - a), the degree-4 signs rounded: exact when no
//   expression is within its rounding error of 0 (e.g. small
//   integers), else the answer of a nearby input. Rounded
//   vertices that coincide or turn straight: of such a triple
//   the point opposite its longest side is dropped (stack
//   passes, each starting mid-way so the seam is checked)
//   until every turn is left by orient and by the rounded
//   cross product; within orient's range (|x| <= 3.9e5 for
//   double at eps 1e-9) they are then exactly left. Exact
//   decisions on doubles and exact turns at every scale:
//   halfplane_exact.hpp.
// Degenerate: parallel lines: the inner one; opposite lines: a
//   strip, the line itself (segment or point with more lines),
//   or empty. Asserted: a != b; long long in the coordinate
//   range (box too), floating finite; box >= 0.
// Source: Zhu Zeyuan's S&I half-plane intersection (2006);
//   symbolic perturbation as in Edelsbrunner and Muecke,
//   "Simulation of Simplicity" (1990).
// Tests: unit halfplane_test (the cases both variants run);
//   property halfplane_prop (both headers); bench
//   planar_bench.
#pragma once
#include "line_base.hpp"
#include "orient.hpp"
#include <algorithm>
#include <cassert>
#include <type_traits>
#include <vector>

namespace geo {

template <class N> int hp_sg(N x) { return (x > 0) - (x < 0); }

// decisions: hp_sg of an expression in M: N<coordinate> for
// floating coordinates (wide_t: the coordinate type), else
// wide_t (__int128 for long long)
template <class T, template <class> class N = wide_t>
std::vector<Point<frac_t<T>>> halfplane_intersection(
    std::vector<Line<T>> q, T box = T(0)) {
  using P = Point<T>;
  using R = frac_t<T>;
  assert(box >= 0 && in_range(P(box), 1e9));  // before -box
  P o(-box, -box), z(box, 0);                 // the box, ccw
  for (int i = 0; box > 0 && i < 4; i++, z = z.perp())
    q.push_back({o, o = o + z + z});
  for ([[maybe_unused]] auto& l : q)
    assert(l.a != l.b && in_range(l.a, 1e9) &&
           in_range(l.b, 1e9));
  auto x = [](auto a, auto b, auto c, auto d) {
    using Q = decltype(a.x);  // (b - a) x (d - c): exact Q in
    using V =                 // Q, else in N<Q>
        Point<std::conditional_t<is_exact_v<Q>, Q, N<Q>>>;
    return (V(b) - V(a)).cross(V(d) - V(c));
  };
  using M = wide_t<decltype(x(P(), P(), P(), P()))>;
  // turn: the sign of D; rounded N: exact on the rounded b - a
  auto turn = [&](Line<T> p, Line<T> g) {
    return is_exact_v<M> ? hp_sg(x(p.a, p.b, g.a, g.b))
                         : cross_sign(p.b - p.a, g.b - g.a);
  };
  // h: the direction d is in [pi, 2pi); less: by direction
  auto h = [](P d) { return P(d.y, d.x) < P(); };
  auto less = [&](auto p, auto g) {
    P a = p.b - p.a, b = g.b - g.a;
    return h(a) != h(b) ? h(b) : turn(p, g) > 0;
  };
  std::sort(q.begin(), q.end(), less);
  auto w = [&](auto l) {  // the outward axis
    P d = l.b - l.a;
    return P(hp_sg(d.x) ? 0 : hp_sg(d.y), -hp_sg(d.x));
  };
  // side of r at the crossing of p, g (not parallel): the sign
  // of F = D (d_r x (o_p - o_r)) + (d_r x d_p) ((o_g - o_p) x
  // d_g), D = d_p x d_g, d = b - a, times that of D, o = a; a
  // tie (0) is broken by o = w (the lines pushed out by 0+).
  auto side = [&](auto p, auto g, auto r, bool tie = 1) {
    auto F = [&](P o1, P o2, P o3) {
      return hp_sg(
          M(x(p.a, p.b, g.a, g.b)) * x(r.a, r.b, o3, o1) +
          M(x(r.a, r.b, p.a, p.b)) * x(o1, o2, g.a, g.b));
    };
    int s = F(p.a, g.a, r.a);
    return (s || !tie ? s : F(w(p), w(g), w(r))) * turn(p, g);
  };
  // the deque q[f, e); a gap >= pi in the directions (no box,
  // unbounded) makes a turn <= 0 below
  size_t f = 0, e = 0;
  for (auto l : q) {  // of each direction the inner line
    bool par = e > f && !less(q[e - 1], l);
    if (par && turn(l, {l.a, q[e - 1].a}) >= 0) continue;
    e -= par;
    while (e - f > 1 && side(q[e - 2], q[e - 1], l) <= 0) e--;
    while (e - f > 1 && side(q[f], q[f + 1], l) <= 0) f++;
    if (e > f && turn(q[e - 1], l) <= 0) return {};  // empty
    q[e++] = l;
  }
  while (e - f > 2 && side(q[e - 2], q[e - 1], q[f]) <= 0) e--;
  while (e - f > 2 && side(q[f], q[f + 1], q[e - 1]) <= 0) f++;
  if (e - f < 3 || turn(q[e - 1], q[f]) <= 0) return {};
  auto at = [&](size_t i) { return q[f + i % (e - f)]; };
  // vertex i: at(i) x at(i + 1) = a + (b - a) t, t = N / D,
  // once (rounded N: all, then cleaned)
  std::vector<Point<R>> r, s;
  for (size_t i = 1; i <= e - f; i++) {
    auto p = at(i), l = at(i + 1);
    R t = R(x(p.a, l.a, l.a, l.b)) / R(x(p.a, p.b, l.a, l.b));
    if (!is_exact_v<M> || side(at(i - 1), p, l, 0) ||
        (i == e - f && r.empty()))
      r.push_back(Point<R>(p.a) + Point<R>(p.b - p.a) * t);
  }
  // rounded vertices may turn straight or right: of such a
  // triple drop (index m) the point opposite its longest side;
  // stack passes, each from the middle, until 3 drop none
  auto drop = [&] {  // of the top triple of s
    auto a = s.end()[-3], b = s.end()[-2], c = s.back();
    if (orient(a, b, c) + hp_sg(x(a, b, a, c)) > 1) return 3l;
    R d[3] = {dist2(b, c), dist2(c, a), dist2(a, b)};
    return std::max_element(d, d + 3) - d;
  };
  for (int ok = 0; ok < 3 && r.size() > 2; ok++) {
    for (size_t n = r.size(), i = 0; i < n; i++) {
      s.push_back(r[(i + n / 2) % n]);
      for (long m; s.size() > 2 && (m = drop()) < 3;)
        s.erase(s.end() - 3 + m), ok = -1;
    }
    r.swap(s), s.clear();
  }
  if (r.size() == 2 && dist(r[0], r[1]) <= R(eps<M>))
    r.pop_back();
  return r;
}

}  // namespace geo
