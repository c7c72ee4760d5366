// closest_pair.hpp: the closest pair of points.
// closest_pair(P) -> {i, j}, i < j: indices of two points of P
//   at the smallest distance, dist2(P[i], P[j]); ties: any
//   closest pair; {-1, -1} when P has fewer than 2 points.
//   Precondition (asserted): finite, long long in the
//   coordinate range.
// Time: O(n log n): sort by x, sweep with a std::set by y of
//   the points within the best distance in x.
// Precision: compares squared distances only, no eps. long
//   long: exact in the coordinate range (docs/eps.md); exact
//   multiprecision types: exact. Floating: each squared
//   distance is rounded (relative error <= 3u): the pair is
//   closest up to that.
// Degenerate: n < 2 as above; duplicates give distance 0; all
//   collinear, lattices: some closest pair; NaN: asserted.
// Source: M. I. Shamos, D. Hoey, "Closest-point problems"
//   (FOCS 1975); the set sweep as in KACTL ClosestPair.h, but
//   with squared windows (no sqrt).
// Tests: unit closest_pair_test; property closest_pair_prop
//   (both with closest_pair_fast); snippet use closest_pair.
#pragma once
#include "point.hpp"
#include <algorithm>
#include <cassert>
#include <set>
#include <utility>
#include <vector>

namespace geo {

template <class T> std::pair<int, int> closest_pair(
    const std::vector<Point<T>>& P) {
  size_t n = P.size(), j = 0;
  if (n < 2) return {-1, -1};
  std::vector<size_t> id(n);
  for (size_t i = 0; i < n; i++)
    assert(in_range(P[i], 1000000000)), id[i] = i;
  std::sort(id.begin(), id.end(),
            [&](auto a, auto b) { return P[a].x < P[b].x; });
  auto sq = [](T v) { return v * v; };
  T best = dist2(P[0], P[1]);
  std::pair<size_t, size_t> r{0, 1};
  std::set<std::pair<T, size_t>>
      S;  // (y, index), |dx|^2 <= best
  for (size_t i : id) {
    T y = P[i].y;
    for (; sq(P[i].x - P[id[j]].x) > best; j++)
      S.erase({P[id[j]].y, id[j]});
    auto k = S.lower_bound({y, 0});  // window: dy^2 < best
    while (k != S.begin() && sq(prev(k)->first - y) < best)
      k--;
    for (; k != S.end() && sq(k->first - y) < best; k++)
      if (T d = dist2(P[i], P[k->second]); d < best)
        best = d, r = std::minmax(i, k->second);
    S.insert({y, i});
  }
  return {int(r.first), int(r.second)};
}

}  // namespace geo
