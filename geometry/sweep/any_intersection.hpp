// sweep/any_intersection.hpp: any_intersection(S) -> {i, j},
// i < j, two segments of S that share a point (closed:
// touching ends, overlaps and shared endpoints count), or {-1,
// -1} if no two do (Shamos-Hoey). Point segments (a == b) are
// allowed. The first meeting pair found is returned, not
// necessarily the leftmost one. Time: O(n log n): sweep in x;
// the segments crossing the sweep
//   line sit in a std::set ordered by their y at the larger of
//   the two left ends (a vertical one by its lower end); a new
//   segment is tested against its two neighbours, a removed
//   one's neighbours against each other; at equal x,
//   insertions come first.
// Precision: long long exact for |x|,|y| <= 1e9 (the order
//   compares y's as fractions in __int128; the meeting test is
//   segment.hpp's intersect). Floating: the order is rounded
//   and intersect uses eps (a distance): keep non-meeting
//   segments farther than ~eps apart (not checked).
// Degenerate: n = 0, 1 give {-1, -1}. Preconditions: those of
//   segment.hpp, asserted for every segment.
// Source: Shamos and Hoey, "Geometric intersection problems"
//   (FOCS 1976). Tests: unit sweep_any_intersection_test;
//   property sweep_any_intersection_prop.
#pragma once
#include "../segment.hpp"
#include <algorithm>
#include <iterator>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

namespace geo {

template <class T> std::pair<int, int> any_intersection(
    std::vector<Segment<T>> s) {
  using W = wide_t<T>;
  std::vector<std::tuple<T, int, size_t>> ev;  // x, in 0/out 1
  for (size_t i = 0; i < s.size(); i++) {
    auto [a, b] = s[i] = canonical(s[i]);
    ev.emplace_back(a.x, 0, i), ev.emplace_back(b.x, 1, i);
  }
  std::sort(ev.begin(), ev.end());
  auto below = [&s](size_t i, size_t j) {  // y_i < y_j at x
    W x = std::max(s[i].a.x, s[j].a.x);
    auto y = [&](Segment<T> r) {  // {y * d, d}, d > 0
      W d = r.b.x - r.a.x;
      if (d == 0) return std::pair(W(r.a.y), W(1));
      return std::pair(
          W(r.a.y * d + (r.b.y - r.a.y) * (x - r.a.x)), d);
    };
    auto [p, q] = y(s[i]);
    auto [u, v] = y(s[j]);
    return p * v < u * q;
  };
  std::set<size_t, decltype(below)> on(below);
  std::vector<decltype(on.begin())> at(s.size());
  std::pair<int, int> r(-1, -1);
  auto hit = [&](size_t i, size_t j) {
    if (intersect(s[i], s[j])) r = std::minmax(int(i), int(j));
    return r.first >= 0;
  };
  for (auto [x, out, i] : ev)
    if (!out) {
      auto nx = on.lower_bound(i);
      if ((nx != on.end() && hit(*nx, i)) ||
          (nx != on.begin() && hit(*std::prev(nx), i)))
        break;
      at[i] = on.insert(nx, i);
    } else {
      auto it = at[i], nx = std::next(it);
      if (it != on.begin() && nx != on.end() &&
          hit(*std::prev(it), *nx))
        break;
      on.erase(it);
    }
  return r;
}

}  // namespace geo
