// sweep/segment_count.hpp: count_axis_intersections(S): the
// number of pairs of one horizontal and one vertical segment
// of S that share a point (touching ends count), the AOJ
// CGL_6_A count. a.y == b.y, a.x != b.x is horizontal; every
// other one (a.x == b.x, a point included) vertical. Parallel
// pairs are not counted (CGL_6_A promises they never touch).
// Time: O(n log n): sweep in x (at equal x: starts of
//   horizontals, then the verticals' range counts, then ends),
//   a Fenwick tree (fenwick.hpp) of counts over the
//   horizontals' sorted y.
// Precision: exact for every T: coordinates are only compared.
//   Result long long (at most n^2 / 4).
// Degenerate: n = 0 gives 0. Precondition (asserted): every
//   segment axis-parallel.
// Source: the orthogonal segment intersection sweep, de Berg
//   et al., "Computational Geometry" (3rd ed.), 10.1.
// Tests: unit sweep_segment_count_test; property
//   sweep_segment_count_prop; judge CGL_6_A.
#pragma once
#include "../fenwick.hpp"
#include "../on_segment.hpp"
#include <algorithm>
#include <cassert>
#include <tuple>
#include <utility>
#include <vector>

namespace geo {

template <class T> long long count_axis_intersections(
    const std::vector<Segment<T>>& S) {
  // ev: (x, 0 in 1 ask 2 out, lo, hi); ys: (a.y, 1) of each
  // segment (a vertical's slot stays 0)
  std::vector<std::pair<T, int>> ys;
  std::vector<std::tuple<T, int, T, T>> ev;
  for (auto [a, b] : S) {
    assert((a.x == b.x || a.y == b.y) && "not axis-parallel");
    if (b < a) std::swap(a, b);
    bool h = a.y == b.y && a.x != b.x;  // else vertical
    ys.push_back({a.y, 1}), ev.emplace_back(a.x, !h, a.y, b.y);
    if (h) ev.emplace_back(b.x, 2, a.y, a.y);
  }
  auto B = ys.begin(), E = ys.end();
  std::sort(B, E), std::sort(ev.begin(), ev.end());
  auto at = [&](T y, int k) {  // ys below (y, k)
    return size_t(std::lower_bound(B, E, std::pair(y, k)) - B);
  };
  Fenwick<long long> f{std::vector<long long>(ys.size()), {}};
  long long n = 0;
  for (auto [x, k, lo, hi] : ev)
    if (k == 1) n += f.get(at(hi, 2), 0) - f.get(at(lo, 0), 0);
    else f.add(at(lo, 1), 1 - k);
  return n;
}

}  // namespace geo
