// polygon/locate.hpp: offline point location in a simple
// polygon (AOJ CGL_3_C codes, many queries).
// locate(P, Q) -> vector<Where>: for each point of Q, INSIDE
//   2, BOUNDARY 1 (on an edge or a vertex) or OUTSIDE 0, as
//   polygon/contains.hpp. P simple (not checked: see
//   polygon/simple.hpp), vertices in order, either
//   orientation, collinear vertices allowed.
// Time: O((N + Q) log (N + Q)): a sweep in x over the
//   non-vertical edges, active on [left x, right x), kept in a
//   std::set in y order (they cannot cross; a tie at a shared
//   left end by the other ends); at each x: removals, inserts,
//   then queries. A query not on a vertex or a vertical edge
//   (binary search) takes the lowest active edge at or above
//   it: BOUNDARY if on it, else INSIDE iff the polygon's
//   interior lies below that edge (its direction and the sign
//   of area2(P)); no edge above: OUTSIDE.
// Precision: long long: exact in the coordinate range
//   (docs/eps.md; every decision is the sign of a cross
//   product <= 8e18). Integer T only (a static_assert: a
//   rounded sweep order is not a total order; for floating
//   points call contains per query).
// Degenerate: N = 0 all OUTSIDE; N = 1, 2: BOUNDARY on the
//   point or segment, else OUTSIDE; repeated vertices
//   harmless; duplicated queries answered each. Non-simple P
//   (zero area included): unspecified.
//   Preconditions (asserted): long long in the coordinate
//   range for P and Q.
// Source: the slab/sweep point location of Preparata and
//   Shamos, Computational Geometry (1985), ch. 2, offline.
// Tests: unit polygon_locate_test; property
//   polygon_locate_prop; judge points_in_polygon.
#pragma once
#include "area.hpp"
#include <algorithm>
#include <cassert>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

namespace geo {

template <class T>
std::vector<Where> locate(const std::vector<Point<T>>& P,
                          const std::vector<Point<T>>& Q) {
  static_assert(is_exact_v<T>, "integer coordinates only");
  using Pt = Point<T>;
  unsigned n = unsigned(P.size()), m = unsigned(Q.size());
  auto A = area2(P);  // asserts P in range
  int s = (A > 0) - (A < 0);
  auto E = [&](unsigned i) {
    return std::minmax(P[i], P[(i + 1) % n]);
  };
  std::vector<std::pair<Pt, T>> V;  // (x, lo), hi: on x
  // events (x, 0 out / 1 in / 2 query, index)
  std::vector<std::tuple<T, int, unsigned>> ev;
  for (unsigned i = 0; i < n; i++) {
    auto [a, b] = E(i);
    V.push_back({P[i], P[i].y});
    if (a.x == b.x) V.push_back({a, b.y});
    else ev.push_back({a.x, 1, i}), ev.push_back({b.x, 0, i});
  }
  for (unsigned k = 0; k < m; k++)
    assert(in_range(Q[k], 1e9)), ev.push_back({Q[k].x, 2, k});
  std::sort(V.begin(), V.end());
  std::sort(ev.begin(), ev.end());
  Pt q;
  auto side = [&](unsigned i, Pt p) {  // p above edge i: +1
    auto [a, b] = E(i);
    T c = a.cross(b, p);
    return (c > 0) - (c < 0);
  };
  auto below = [&](unsigned i, unsigned j) {  // n: the query q
    if (i == n || j == n)
      return i == n ? side(j, q) < 0 : side(i, q) > 0;
    bool f = E(i).first.x < E(j).first.x;  // base: f ? i : j
    auto [c, d] = E(f ? j : i);
    unsigned k = f ? i : j;
    int o = side(k, c) ? side(k, c) : side(k, d);
    return o ? (o > 0) == f : i < j;
  };
  std::set<unsigned, decltype(below)> S(below);
  std::vector<decltype(S.begin())> at(n);
  std::vector<Where> r(m, OUTSIDE);
  for (auto [x, t, i] : ev) {
    if (t == 0) S.erase(at[i]);
    if (t == 1) at[i] = S.insert(i).first;
    if (t < 2) continue;
    q = Q[i];
    auto v = std::upper_bound(
        V.begin(), V.end(), q,
        [](Pt p, auto& w) { return p < w.first; });
    auto e = S.lower_bound(n);
    if (v != V.begin() && (--v)->first.x == x &&
        v->second >= q.y)
      r[i] = BOUNDARY;
    else if (e != S.end())
      r[i] = !side(*e, q)                            ? BOUNDARY
             : s * (P[*e].x - P[(*e + 1) % n].x) > 0 ? INSIDE
                                                     : OUTSIDE;
  }
  return r;
}

}  // namespace geo
