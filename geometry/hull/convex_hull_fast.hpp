// hull/convex_hull_fast.hpp: convex_hull's contract, faster.
// convex_hull_fast(pts), convex_hull_fast<true>(pts): the same
//   output as convex_hull(pts), convex_hull<true>(pts).
// sort_lower(p): sorts p by lower. long long and double with
//   n >= 512: radix_sort (radix_sort.hpp) by the
//   order-preserving bits of y (-0.0 just below +0.0), then
//   each run of equal y (== : -0.0 and +0.0 together) by
//   std::sort; else std::sort.
// Time: O(n log n); random input about 0.15x a std::sort of
//   it. One pass drops the points strictly inside the octagon
//   P of a sample's extreme points in 8 directions (skipped
//   when the sample says it drops < 1/4); the rest is sorted
//   and goes to convex_hull (which then skips its sort).
// Precision: as convex_hull (long long: the coordinate range,
//   asserted). Floating: drops only points more than 2 eps
//   inside P.
// Degenerate: as convex_hull.
// Source: S. G. Akl, G. T. Toussaint, IPL 7 (1978);
//   order-preserving bits of a double: M. Herf, "Radix
//   Tricks".
// Tests: unit hull_convex_hull_fast_test (sort_lower, the
//   pre-pass), hull_convex_hull_test (both variants); property
//   hull_convex_hull_prop; judge static_convex_hull,
//   furthest_pair; bench hull_bench.
#pragma once
#include "../radix_sort.hpp"
#include "convex_hull.hpp"
#include <algorithm>
#include <cassert>
#include <cstring>
#include <type_traits>
#include <utility>
#include <vector>

namespace geo {

template <class T> void sort_lower(std::vector<Point<T>>& p) {
  constexpr bool dbl = std::is_same_v<T, double>;
  if constexpr (dbl || std::is_same_v<T, long long>)
    if (p.size() >= 512) {
      radix_sort(p, [](Point<T> q) {  // y's order (-0.0 < 0.0)
        unsigned long long u;
        std::memcpy(&u, &q.y, 8);
        return dbl && u >> 63 ? ~u : u ^ 1ull << 63;
      });
      for (auto i = p.begin(), j = i; i != p.end(); i = j) {
        while (++j != p.end() && j->y == i->y) {}
        if (j - i > 1) std::sort(i, j, lower);
      }
      return;
    }
  std::sort(p.begin(), p.end(), lower);
}

template <bool keep = false, class T>
std::vector<Point<T>> convex_hull_fast(
    const std::vector<Point<T>>& pts) {
  typedef Point<T> P;
  for ([[maybe_unused]] auto q : pts) assert(in_range(q, 1e9));
  static const int u[8][2] = {{1, 0},  {1, 1},  {0, 1},
                              {-1, 1}, {-1, 0}, {-1, -1},
                              {0, -1}, {1, -1}};
  auto key = [](P q, int k) {
    return q.x * u[k][0] + q.y * u[k][1];
  };
  std::size_t n = pts.size(), st = n / 1024 + 1, m = 0, in = 0;
  P e[8], o[9], d[8];
  T mg[8];
  for (std::size_t i = 0; i < n; i += st)
    for (int k = 0; k < 8; k++)
      if (!i || key(pts[i], k) > key(e[k], k)) e[k] = pts[i];
  for (P q : e)
    if (!m || q != o[m - 1]) o[m++] = q;
  while (m > 1 && o[m - 1] == o[0]) m--;
  for (std::size_t k = 0; k < m; k++) {
    d[k] = o[(k + 1) % m] - o[k], mg[k] = 0;
    if constexpr (!is_exact_v<T>)
      mg[k] = 2 * eps<T> * d[k].norm();
  }
  auto inside = [&](P q) {  // more than 2 eps inside P
    bool r = m > 2;
    for (std::size_t k = 0; k < m; k++)
      r &= d[k].cross(q - o[k]) > mg[k];
    return r;
  };
  for (std::size_t i = 0; i < n; i += st) in += inside(pts[i]);
  std::vector<P> p;
  if (4 * in * st < n) p = pts;
  else
    for (P q : pts)
      if (!inside(q)) p.push_back(q);
  sort_lower(p);
  return convex_hull<keep>(std::move(p));
}

}  // namespace geo
