// sweep/segment_count.hpp: count_axis_intersections(S): the number of pairs of one
// horizontal and one vertical segment of S that share a point (touching ends count), the
// AOJ CGL_6_A count. A segment with a.y == b.y and a.x != b.x is horizontal; every other one
// (a.x == b.x, a single point included) vertical. Pairs of parallel segments are not
// counted (CGL_6_A promises they never touch). Non-axis-parallel segments: precondition.
// Time O(n log n): sweep in x (at equal x: starts of horizontals, then the verticals'
// range counts, then ends), a Fenwick tree over the horizontals' distinct y.
// Exact for every T: coordinates are only compared. Result long long (at most n^2 / 4).
// Source: the classic orthogonal segment intersection sweep, e.g. de Berg et al.,
// "Computational Geometry" (3rd ed.), 10.1; Fenwick, SP&E 24 (1994).
#pragma once
#include "../segment.hpp"
#include <algorithm>
#include <cassert>
#include <tuple>
#include <vector>

namespace geo {

template <class T> long long count_axis_intersections(const std::vector<Segment<T>>& S) {
  std::vector<T> ys;
  std::vector<std::tuple<T, int, int>> ev;  // (x, 0 start / 1 query / 2 end, segment)
  for (size_t k = 0; k < S.size(); k++) {
    const Point<T>& a = S[k].a;
    const Point<T>& b = S[k].b;
    const int i = static_cast<int>(k);
    assert((a.x == b.x || a.y == b.y) && "count_axis_intersections: not axis-parallel");
    if (a.y == b.y && a.x != b.x) {
      ys.push_back(a.y);
      ev.emplace_back(std::min(a.x, b.x), 0, i), ev.emplace_back(std::max(a.x, b.x), 2, i);
    } else {
      ev.emplace_back(a.x, 1, i);
    }
  }
  std::sort(ys.begin(), ys.end());
  ys.erase(std::unique(ys.begin(), ys.end()), ys.end());
  std::sort(ev.begin(), ev.end());
  std::vector<int> fen(ys.size() + 1, 0);
  auto rank = [&ys](const T& y) {  // number of distinct ys <= y
    return static_cast<size_t>(std::upper_bound(ys.begin(), ys.end(), y) - ys.begin());
  };
  auto add = [&fen](size_t k, int v) { for (; k < fen.size(); k += k & (~k + 1)) fen[k] += v; };
  auto sum = [&fen](size_t k) {
    long long s = 0;
    for (; k > 0; k -= k & (~k + 1)) s += fen[k];
    return s;
  };
  long long count = 0;
  for (const auto& e : ev) {
    const Segment<T>& s = S[static_cast<size_t>(std::get<2>(e))];
    const int type = std::get<1>(e);
    if (type != 1) {
      add(rank(s.a.y), type == 0 ? 1 : -1);
    } else {
      const T lo = std::min(s.a.y, s.b.y), hi = std::max(s.a.y, s.b.y);
      const auto below = std::lower_bound(ys.begin(), ys.end(), lo) - ys.begin();
      count += sum(rank(hi)) - sum(static_cast<size_t>(below));
    }
  }
  return count;
}

}  // namespace geo
