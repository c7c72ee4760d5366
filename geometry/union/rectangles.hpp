// union/rectangles.hpp: rectangle_union_area(R): the area of the union of axis-parallel
// rectangles Rect{x1, y1, x2, y2} = [x1, x2] x [y1, y2]. A rectangle with x1 >= x2 or
// y1 >= y2 has no area and adds nothing; n = 0 gives 0; duplicates count once.
// Time O(n log n): sweep in x over the 2n vertical sides; a segment tree over the distinct
// y's keeps, per node, how many rectangles cover it whole and the covered length below it.
// long long: exact for |x|,|y| <= 1e9 (area <= 4e18; every partial sum is a union area, so
// it fits too). Floating: each strip is covered length x width, rounded; the total errs by
// about (2n) u times the area of the bounding box. No eps.
// Source: Bentley's rectangle measure problem (1977); the counting segment tree as in
// de Berg et al., "Computational Geometry" (3rd ed.), 10.3.
#pragma once
#include "../point.hpp"
#include <algorithm>
#include <cassert>
#include <tuple>
#include <vector>

namespace geo {

template <class T> struct Rect { T x1, y1, x2, y2; };

template <class T> T rectangle_union_area(const std::vector<Rect<T>>& R) {
  std::vector<T> ys;
  std::vector<std::tuple<T, int, T, T>> ev;  // (x, +1 open / -1 close, y1, y2)
  for (const Rect<T>& r : R) {
    assert(in_range(r.x1, 1000000000) && in_range(r.y1, 1000000000));
    assert(in_range(r.x2, 1000000000) && in_range(r.y2, 1000000000));
    if (!(r.x1 < r.x2 && r.y1 < r.y2)) continue;
    ys.push_back(r.y1), ys.push_back(r.y2);
    ev.emplace_back(r.x1, 1, r.y1, r.y2), ev.emplace_back(r.x2, -1, r.y1, r.y2);
  }
  std::sort(ys.begin(), ys.end());
  ys.erase(std::unique(ys.begin(), ys.end()), ys.end());
  std::sort(ev.begin(), ev.end());
  const size_t m = ys.size();
  std::vector<int> cnt(4 * m + 4, 0);
  std::vector<T> len(4 * m + 4, T(0));
  // Adds v over the elementary intervals [lo, hi) of node k, which spans [l, r).
  auto update = [&](auto&& self, size_t k, size_t l, size_t r, size_t lo, size_t hi,
                    int v) -> void {
    if (hi <= l || r <= lo) return;
    if (lo <= l && r <= hi) {
      cnt[k] += v;
    } else {
      const size_t mid = (l + r) / 2;
      self(self, 2 * k, l, mid, lo, hi, v), self(self, 2 * k + 1, mid, r, lo, hi, v);
    }
    len[k] = cnt[k] > 0 ? ys[r] - ys[l] : r - l == 1 ? T(0) : len[2 * k] + len[2 * k + 1];
  };
  auto index = [&ys](const T& y) {
    return static_cast<size_t>(std::lower_bound(ys.begin(), ys.end(), y) - ys.begin());
  };
  T area = 0;
  for (size_t i = 0; i < ev.size(); i++) {
    const auto& e = ev[i];
    if (i > 0) area += len[1] * (std::get<0>(e) - std::get<0>(ev[i - 1]));
    update(update, 1, 0, m - 1, index(std::get<2>(e)), index(std::get<3>(e)), std::get<1>(e));
  }
  return area;
}

}  // namespace geo
