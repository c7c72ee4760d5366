// sweep/segment_count.hpp: count_axis_intersections(S): the
// number of pairs of one horizontal and one vertical segment
// of S that share a point (touching ends count), the AOJ
// CGL_6_A count. a.y == b.y, a.x != b.x is horizontal; every
// other one (a.x == b.x, a point included) vertical. Parallel
// pairs are not counted (CGL_6_A promises they never touch).
// Time: O(n log n): sweep in x (at equal x: starts of
//   horizontals, then the verticals' range counts, then ends),
//   a Fenwick tree over the horizontals' sorted y.
// Precision: exact for every T: coordinates are only compared.
//   Result long long (at most n^2 / 4).
// Degenerate: n = 0 gives 0. Precondition (asserted): every
//   segment axis-parallel.
// Source: the orthogonal segment intersection sweep, de Berg
//   et al., "Computational Geometry" (3rd ed.), 10.1; Fenwick,
//   SP&E 24 (1994).
// Tests: unit sweep_segment_count_test; property
//   sweep_segment_count_prop; judge CGL_6_A.
#pragma once
#include "../on_segment.hpp"
#include <algorithm>
#include <cassert>
#include <tuple>
#include <utility>
#include <vector>

namespace geo {

template <class T> long long count_axis_intersections(
    const std::vector<Segment<T>>& S) {
  std::vector<T> ys;
  std::vector<std::tuple<T, int, T, T>>
      ev;  // x, 0 in 1 ask 2 out
  for (auto [a, b] : S) {
    assert((a.x == b.x || a.y == b.y) && "not axis-parallel");
    if (b < a) std::swap(a, b);
    if (a.y != b.y || a.x == b.x)
      ev.emplace_back(a.x, 1, a.y, b.y);
    else {
      ys.push_back(a.y);
      ev.emplace_back(a.x, 0, a.y, a.y),
          ev.emplace_back(b.x, 2, a.y, a.y);
    }
  }
  std::sort(ys.begin(), ys.end()),
      std::sort(ev.begin(), ev.end());
  std::vector<long long> f(ys.size());  // Fenwick tree over ys
  auto at = [&](T y, bool up) {
    auto b = ys.begin(), e = ys.end();
    return size_t((up ? std::upper_bound(b, e, y)
                      : std::lower_bound(b, e, y)) -
                  b);
  };
  auto sum = [&](size_t i) {  // over ys[0, i)
    long long s = 0;
    for (; i; i &= i - 1) s += f[i - 1];
    return s;
  };
  long long n = 0;
  for (auto [x, k, lo, hi] : ev)
    if (k == 1) n += sum(at(hi, 1)) - sum(at(lo, 0));
    else
      for (size_t i = at(lo, 0); i < f.size(); i |= i + 1)
        f[i] += 1 - k;
  return n;
}

}  // namespace geo
