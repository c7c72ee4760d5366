// polygon/locate.hpp: offline point location in a simple
// polygon (AOJ CGL_3_C codes, many queries).
// locate(P, Q) -> vector<Where>: for each point of Q, INSIDE
//   2, BOUNDARY 1 (on an edge or a vertex) or OUTSIDE 0, as
//   polygon/contains.hpp. P simple (not checked: see
//   polygon/simple.hpp), vertices in order, either
//   orientation, collinear vertices allowed.
// Time: O((N + Q) log N): the vertices sorted; a sweep over
//   the plane in (x, y) order (a vertical line tilted by an
//   infinitesimal, so a vertical edge is swept like any other)
//   with the edges active on [lower end, upper end) in a
//   std::set in their order along the line (they cannot cross;
//   a tie at a shared first end by the other ends). Each query
//   finds its slab (the vertices <= it) by a binary search and
//   waits in that slab's bucket (no sort of Q); per slab:
//   removals, inserts, then queries. A query on a vertex is
//   BOUNDARY; else the lowest active edge at or above it
//   decides: BOUNDARY if on it, else INSIDE iff the interior
//   lies on that edge's side (the sign of its cross product
//   times that of area2(P)); no edge above: OUTSIDE.
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
//   Shamos, Computational Geometry (1985), ch. 2, offline; the
//   (x, y) sweep order as in de Berg et al., Computational
//   Geometry (2008), ch. 2.
// Tests: unit polygon_locate_test; property
//   polygon_locate_prop; judge points_in_polygon.
#pragma once
#include "../where.hpp"
#include "area.hpp"
#include <algorithm>
#include <cassert>
#include <set>
#include <vector>

namespace geo {

template <class T>
std::vector<Where> locate(const std::vector<Point<T>>& P,
                          const std::vector<Point<T>>& Q) {
  static_assert(is_exact_v<T>, "integer coordinates only");
  size_t n = P.size(), m = Q.size(), N = n + 1;
  auto sg = [](auto x) { return (x > 0) - (x < 0); };
  int s = sg(area2(P));  // asserts P in range
  auto X = P, A = P;     // A: P closed, then the query twice
  std::sort(begin(X), end(X));
  A.resize(n + 3);
  A[n] = A[0];
  auto E = [&](size_t i) {
    return std::minmax(A[i], A[i + 1]);
  };
  auto at = [&](Point<T> p) {  // the slab: vertices <= p
    return size_t(std::upper_bound(begin(X), end(X), p) -
                  begin(X));
  };
  // by slab: edge t % n out (t < n) or in, queries 2n + k
  std::vector<std::vector<size_t>> B(n + 1);
  std::vector<Where> r(m);
  for (size_t t = 0; t < 2 * n; t++) {
    auto [a, b] = E(t % n);
    if (a != b) B[at(t < n ? b : a)].push_back(t);
  }
  for (size_t k = 0; k < m; k++) {
    assert(in_range(Q[k], 1e9));
    auto j = at(Q[k]);
    if (j && X[j - 1] == Q[k]) r[k] = BOUNDARY;
    else B[j].push_back(2 * n + k);
  }
  auto below = [&](size_t i, size_t j) {  // N: the query
    bool f = j == N || E(i).first < E(j).first;
    auto [a, b] = E(f ? i : j);  // the first to start
    auto [c, d] = E(f ? j : i);
    T o = a.cross(b, c);
    if (!o) o = a.cross(b, d);
    return o ? (o > 0) == f : i < j && j < N;
  };
  std::set<size_t, decltype(below)> S(below);
  for (auto& b : B)
    for (size_t t : b)
      if (t >= 2 * n) {
        auto q = A[N] = A[N + 1] = Q[t - 2 * n];
        auto e = S.lower_bound(N);  // the edge at or above q
        int c =
            e == S.end() ? 2 : sg(A[*e].cross(A[*e + 1], q));
        r[t - 2 * n] = Where(c ? 2 * (s * c == 1) : 1);
      } else if (!S.erase(t % n)) S.insert(t % n);
  return r;
}

}  // namespace geo
