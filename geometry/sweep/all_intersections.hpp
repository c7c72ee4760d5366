// sweep/all_intersections.hpp: every pair of segments that
// meet, with the common point, exactly (Bentley-Ottmann).
// all_intersections(S) -> vector<Meet<T>>: one Meet {i, j,
//   piece, x, y, d} per unordered pair i < j of closed
//   segments of S sharing a point (touching, shared ends,
//   overlaps and point segments a == b count). (x / d, y / d),
//   d > 0, is their only common point, or (piece) the first
//   end in (x, y) order of their overlap of positive length,
//   whose other end is the lesser canonical b of the two.
//   Sorted by that point in (x, y) order; a point has one
//   representation (x, y, d) in a call, not always in lowest
//   terms.
// side(s, p): the sign of (s.b - s.a) x (p - s.a) for an
//   integer segment s and a RatPoint p (1: p left of a -> b),
//   exactly.
// Time: O((n + k) log n), k the pairs reported; O(n + k)
//   memory; side O(1). Sweep in (x, y) order; the segments
//   through the sweep point P are reported, removed and
//   re-inserted in their order just after P (vertical last);
//   only new neighbours are tested for a crossing after P.
//   Points compare as RatPoint (rational_point.hpp: O(1) on
//   products, else O(log d)).
// Precision: long long: exact in the coordinate range
//   (docs/eps.md): a crossing is (x / d, y / d) with d <=
//   8e18, |x|,|y| <= 8e27; the event order by frac_cmp; the
//   side of a segment against P <= 6.4e37 in __int128. Integer
//   T only (a static_assert: floating crossings are not exact;
//   scale to integers).
// Degenerate: n = 0, 1: none. Overlaps: one Meet (piece) per
//   pair, not one per point; many segments through a point:
//   every pair. Preconditions: on_segment.hpp's (asserted).
// Source: Bentley and Ottmann, "Algorithms for reporting and
//   counting geometric intersections" (IEEE Trans. Comput.
//   1979); de Berg et al., Computational Geometry, ch. 2 (the
//   event handling with U(p), C(p), L(p)).
// Tests: unit sweep_all_intersections_test; property
//   sweep_all_intersections_prop; judge segment_intersections.
#pragma once
#include "../on_segment.hpp"
#include "../rational_point.hpp"
#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <utility>
#include <vector>

namespace geo {

template <class T> int side(Segment<T> s, RatPoint p) {
  auto [a, b] = s;
  auto c = (b.x - a.x) * (p.y - a.y * p.d) -
           (b.y - a.y) * (p.x - a.x * p.d);
  return (c > 0) - (c < 0);
}

template <class T> struct Meet {
  int i, j;
  bool piece;
  wide_t<T> x, y, d;
};

template <class T> std::vector<Meet<T>> all_intersections(
    std::vector<Segment<T>> s) {
  static_assert(is_exact_v<T>, "integer coordinates only");
  using W = wide_t<T>;
  using R = RatPoint;
  unsigned n = unsigned(s.size());
  std::map<R, std::vector<unsigned>> Q;
  for (unsigned i = 0; i < n; i++) {
    auto [a, b] = s[i] = canonical(s[i]);
    Q[{a.x, a.y, 1}].push_back(i), Q[{b.x, b.y, 1}];
  }
  R P;
  auto u = [&](unsigned i) { return s[i].b - s[i].a; };
  auto is = [&](Point<T> q) { return P == R{q.x, q.y, 1}; };
  // i below P: -1, through: 0
  auto sd = [&](unsigned i) { return -side(s[i], P); };
  // i below j just after P; j or i through P (n: P itself)
  auto below = [&](unsigned i, unsigned j) {
    int p = i < n ? sd(i) : 0, q = j < n ? sd(j) : 0;
    if (p != q) return p < q;
    if (i == n || j == n) return i == n;
    T c = u(i).cross(u(j));
    return c > 0 || (c == 0 && i < j);
  };
  std::set<unsigned, decltype(below)> A(below);
  // their crossing after P
  auto check = [&](unsigned i, unsigned j) {
    auto [a, b] = s[i];
    auto c = s[j].a - a, e = u(j);
    T dn = (b - a).cross(e), t = c.cross(e),
      w = c.cross(b - a);
    if (dn < 0) dn = -dn, t = -t, w = -w;
    if (!dn || t < 0 || t > dn || w < 0 || w > dn) return;
    R q{a.x * W(dn) + W(b.x - a.x) * t,
        a.y * W(dn) + W(b.y - a.y) * t, dn};
    if (P < q) Q[q];
  };
  // groups: point segments, then by direction; starts first
  auto grp = [&](unsigned i, unsigned j) {
    auto e = u(i), f = u(j), z = Point<T>();
    return (e == z) != (f == z) ? e == z : e.cross(f) > 0;
  };
  std::vector<Meet<T>> r;
  while (!Q.empty()) {
    auto [K, Z] = std::move(*Q.begin());
    P = K, Q.erase(Q.begin());
    for (auto it = A.lower_bound(n);
         it != A.end() && !sd(*it);)
      Z.push_back(*it), it = A.erase(it);
    std::sort(Z.begin(), Z.end(), [&](unsigned i, unsigned j) {
      return grp(i, j) ||
             (!grp(j, i) && is(s[i].a) > is(s[j].a));
    });
    for (size_t m = Z.size(), x = m, e = m; x--;) {
      if (x + 1 < m && grp(Z[x], Z[x + 1])) e = x + 1;
      for (size_t y = is(s[Z[x]].a) ? x + 1 : e; y < m; y++) {
        unsigned i = Z[x], j = Z[y];
        bool pc = y < e && !is(std::min(s[i].b, s[j].b));
        r.push_back({int(std::min(i, j)), int(std::max(i, j)),
                     pc, P.x, P.y, P.d});
      }
    }
    for (unsigned i : Z)
      if (!is(s[i].b)) A.insert(i);
    auto lo = A.lower_bound(n), hi = lo;
    while (hi != A.end() && !sd(*hi)) hi++;
    for (auto x : {lo, hi})
      if (x != A.begin() && x != A.end())
        check(*std::prev(x), *x);
  }
  return r;
}

}  // namespace geo
