// closest_pair_fast.hpp: closest_pair's contract
// (closest_pair.hpp), faster. closest_pair_fast(P) -> {i, j}
//   as closest_pair(P) documents it (ties: any closest pair).
// Time: O(n log n). Sort by x (integral T, n >= 8192:
//   radix_sort.hpp, 3 passes for |x| <= 1e9), then an
//   x-sweep looking back while dx^2 < best: about linear on
//   spread-out points. Past 16 n checks (many points in one
//   x-window, e.g. a vertical line) it calls closest_pair.
// Precision: as closest_pair.
// Degenerate: as closest_pair.
// Source: LSD radix sort (radix_sort.hpp): Knuth, TAOCP 3,
//   5.2.5.
// Tests: unit closest_pair_fast_test (radix path, fallback),
//   closest_pair_test (both variants); property
//   closest_pair_prop (both variants); judge closest_pair,
//   CGL_5_A; bench planar_bench.
#pragma once
#include "closest_pair.hpp"
#include "radix_sort.hpp"
#include <algorithm>
#include <cassert>
#include <type_traits>
#include <utility>
#include <vector>

namespace geo {

template <class T> std::pair<int, int> closest_pair_fast(
    const std::vector<Point<T>>& P) {
  struct It {
    T x, y;
    int i;
    bool operator<(const It& o) const { return x < o.x; }
  };
  size_t n = P.size(), bud = 16 * n;
  if (n < 2) return {-1, -1};
  std::vector<It> a;
  a.reserve(n);
  for ([[maybe_unused]] auto p : P) assert(in_range(p, 1e9));
  for (auto p : P) a.push_back({p.x, p.y, int(a.size())});
  typedef unsigned long long U;  // radix sort: integral T only
  if (std::is_integral_v<T> && n >= 8192)
    radix_sort(a, [](It& p) { return U(p.x) ^ 1ull << 63; });
  else std::sort(a.begin(), a.end());
  auto sq = [](T v) { return v * v; };
  T best = sq(a[0].x - a[1].x) + sq(a[0].y - a[1].y);
  std::pair<int, int> r = std::minmax(a[0].i, a[1].i);
  for (size_t i = 1; i < n && bud; i++)
    for (size_t j = i;
         j-- && bud && sq(a[i].x - a[j].x) < best; bud--) {
      T dy = sq(a[i].y - a[j].y), d;
      if (dy < best && (d = sq(a[i].x - a[j].x) + dy) < best)
        best = d, r = std::minmax(a[i].i, a[j].i);
    }
  return bud ? r : closest_pair(P);
}

}  // namespace geo
