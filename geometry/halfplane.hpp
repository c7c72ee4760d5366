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
// halfplane_intersection<T, N, V>: the same sweep deciding by
//   hp_sg of each expression in N<coordinate>, in V where that
//   is 2 (not sure), vertices in V (halfplane_exact.hpp).
// Time: O(n log n): sort by direction, keep the innermost of
//   each direction, the deque sweep (Zhu's S&I scheme); the
//   cleaning of the rounded output: O(n) per vertex it drops.
// Precision: every decision is the sign of a degree-2 or
//   degree-4 expression in cross products (b - a) x (d - c),
//   made for the half-planes pushed outward by an
//   infinitesimal (each line moved along an axis to its
//   outside: no degenerate case). Exact T (long long |x|,|y|
//   <= 1e9, box <= 1e9, in __int128 < 1.3e38; rationals):
//   every decision exact; vertices that coincide are merged. A
//   long long vertex is t = N / D of exact N, D, then a + (b -
//   a) t in double: within 5u (|v| + M) per coordinate (u =
//   2^-53, M the largest |input coordinate|). Floating:
//   directions compared exactly (cross_sign of the rounded
//   b - a), the degree-4 signs rounded: exact when no
//   expression is within its rounding error of 0 (e.g. small
//   integers), else the answer of a nearby input. Rounded
//   vertices that coincide or turn straight: of such a triple
//   the point opposite its longest side is dropped until every
//   turn is left by orient and by the rounded cross product;
//   within orient's range (|x| <= 3.9e5 for double at eps
//   1e-9) they are then exactly left. Exact decisions on
//   doubles and exact turns at every scale:
//   halfplane_exact.hpp.
// Degenerate: parallel lines: the inner one; opposite lines: a
//   strip, the line itself (segment or point with more lines),
//   or empty. Asserted: a != b; long long |x|,|y| and box <=
//   1e9, floating finite; box >= 0.
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
// x(a, b, c, d) = (b - a) x (d - c) in wide_t<Q> for exact Q
// (Q: the coordinate type), else in N<Q> (wide_t: rounded)
template <template <class> class N> struct HpX {
  template <class P> auto operator()(P a, P b, P c, P d) {
    using Q = decltype(a.x);
    using W =
        std::conditional_t<is_exact_v<Q>, wide_t<Q>, N<Q>>;
    if constexpr (std::is_same_v<W, wide_t<Q>>)
      return W((b - a).cross(d - c));
    using V = Point<W>;
    return (V(b) - V(a)).cross(V(d) - V(c));
  }
};

// decisions: hp_sg of an expression in N, in V where that
// is 2 (not sure); vertices in V
template <class T, template <class> class N = wide_t,
          template <class> class V = N>
std::vector<Point<frac_t<T>>> halfplane_intersection(
    std::vector<Line<T>> v, T box = T(0)) {
  using P = Point<T>;
  using R = frac_t<T>;
  using L = Line<T>;
  assert(box >= 0 && in_range(P(box), 1000000000));
  // the box, counter-clockwise
  P o(-box, -box), z(2 * box, 0);
  for (int i = 0; box > 0 && i < 4; i++, z = z.perp())
    v.push_back({o, o = o + z});
  for ([[maybe_unused]] auto& l : v)
    assert(!(l.a == l.b) && in_range(l.a, 1000000000) &&
           in_range(l.b, 1000000000));
  bool rd = !is_exact_v<N<T>>;  // rounded decisions
  auto sg = [](auto e) {
    int s = hp_sg(e(HpX<N>()));
    return s < 2 ? s : hp_sg(e(HpX<V>()));
  };
  auto turn = [&](L p, L q) {  // rounded: exact on b - a
    auto e = [&](auto x) { return x(p.a, p.b, q.a, q.b); };
    return rd ? cross_sign(p.b - p.a, q.b - q.a) : sg(e);
  };
  // h: the direction b - a is in [pi, 2pi); less: by direction
  auto h = [](L l) {
    return P(l.b.y, l.b.x) < P(l.a.y, l.a.x);
  };
  auto less = [&](L p, L q) {
    return h(p) != h(q) ? h(q) : turn(p, q) > 0;
  };
  std::sort(v.begin(), v.end(), less);
  std::vector<L> u;  // of each direction the inner line
  for (auto& l : v)
    if (u.empty() || less(u.back(), l)) u.push_back(l);
    else if (turn(l, {l.a, u.back().a}) < 0) u.back() = l;
  auto w = [](L l) {  // the outward axis
    P d = l.b - l.a;
    return P(hp_sg(d.x) ? 0 : hp_sg(d.y), -hp_sg(d.x));
  };
  // side of r at the crossing of p, q (not parallel): the sign
  // of F = D (d_r x (o_p - o_r)) + (d_r x d_p) ((o_q - o_p) x
  // d_q), D = d_p x d_q, d = b - a, times that of D, o = a; a
  // tie (0) is broken by o = w (the lines pushed out by 0+).
  auto side = [&](L p, L q, L r, bool tie = 1) {
    auto F = [&](P o1, P o2, P o3) {
      return sg([&](auto x) {
        return x(p.a, p.b, q.a, q.b) * x(r.a, r.b, o3, o1) +
               x(r.a, r.b, p.a, p.b) * x(o1, o2, q.a, q.b);
      });
    };
    int s = F(p.a, q.a, r.a);
    return (s || !tie ? s : F(w(p), w(q), w(r))) * turn(p, q);
  };
  // the deque q[f, e); a gap >= pi in the directions (no box,
  // unbounded) makes a turn <= 0 below
  auto& q = v;
  size_t f = 0, e = 0;
  for (auto& l : u) {
    while (e - f > 1 && side(q[e - 2], q[e - 1], l) <= 0) e--;
    while (e - f > 1 && side(q[f], q[f + 1], l) <= 0) f++;
    if (e > f && turn(q[e - 1], l) <= 0) return {};  // empty
    q[e++] = l;
  }
  while (e - f > 2 && side(q[e - 2], q[e - 1], q[f]) <= 0) e--;
  while (e - f > 2 && side(q[f], q[f + 1], q[e - 1]) <= 0) f++;
  if (e - f < 3 || turn(q[e - 1], q[f]) <= 0) return {};
  size_t k = e - f;
  auto at = [&](size_t i) { return q[f + i % k]; };
  // vertex i: at(i) x at(i + 1) = a + (b - a) t, t = N / D,
  // once (rounded decisions rd: all, then cleaned)
  std::vector<Point<R>> r;
  HpX<V> vx;
  for (size_t i = 0; i < k; i++) {
    L p = at(i), l = at(i + 1);
    R t =
        R(vx(p.a, l.a, l.a, l.b)) / R(vx(p.a, p.b, l.a, l.b));
    if (rd || side(at(i + k - 1), p, l, 0) ||
        (i + 1 == k && r.empty()))
      r.push_back(Point<R>(p.a) + Point<R>(p.b - p.a) * t);
  }
  // rounded vertices may turn straight or right: drop, of such
  // a triple, the point opposite its longest side; recheck all
  for (size_t i = 0, ok = 0, n; (n = r.size()) > 2 && ok < n;
       i++) {
    auto a = r[i % n], b = r[(i + 1) % n], c = r[(i + 2) % n];
    auto t = [&](auto x) { return x(a, b, a, c); };
    if (orient(a, b, c) > 0 && sg(t) > 0 && ++ok) continue;
    // the sides opposite c, a, b
    R d[3] = {dist2(c, a), dist2(a, b), dist2(b, c)};
    auto j = size_t(std::max_element(d, d + 3) - d);
    r.erase(r.begin() + long((i + (j + 1) % 3) % n));
    ok = 0;
  }
  if (r.size() == 2 && dist(r[0], r[1]) <= R(rd ? eps<T> : 0))
    r.pop_back();
  return r;
}

}  // namespace geo
