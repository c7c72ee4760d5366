// sweep/any_intersection.hpp: any_intersection(S) -> {i, j},
// i < j, two segments of S that share a point (closed:
// touching ends, overlaps and shared endpoints count), or
// {-1, -1} if no two do (Shamos-Hoey). Point segments
// (a == b) are allowed. The first meeting pair found is
// returned, not necessarily the leftmost one.
// any_intersection(S, ok): the same, skipping the pairs i < j
//   with ok(i, j) (the caller allows them to meet). Finds a
//   meeting pair not allowed if there is one, provided every
//   allowed pair shares at most one point, an end of both
//   (the adjacent edges of a polygon without spikes, the use
//   tested: polygon/simple.hpp).
// Time: O(n log n): sweep in x; the segments crossing the
//   sweep line sit in a std::set ordered by their y at the
//   larger of the two left ends (a vertical one by its lower
//   end), ties by direction (vertical last), then index; a
//   new segment is tested against its two neighbours, a
//   removed one's neighbours against each other; at equal x,
//   insertions come first.
// Precision: long long: exact in the coordinate range
//   (docs/eps.md; the order compares y's as fractions in
//   __int128; the meeting test is segment.hpp's intersect).
//   Floating: the order is rounded and intersect uses eps (a
//   distance): keep non-meeting segments farther than ~eps
//   apart (not checked).
// Degenerate: n = 0, 1 give {-1, -1}. Preconditions: those of
//   on_segment.hpp, asserted for every segment.
// Source: Shamos and Hoey, "Geometric intersection problems"
//   (FOCS 1976).
// Tests: unit sweep_any_intersection_test; property
//   sweep_any_intersection_prop, polygon_simple_prop (ok).
#pragma once
#include "../segment.hpp"
#include <algorithm>
#include <iterator>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

namespace geo {

template <class T, class F = bool (*)(int, int)>
std::pair<int, int> any_intersection(
    std::vector<Segment<T>> s,
    F ok = [](int, int) { return false; }) {
  using W = wide_t<T>;
  // events (x, 0 in / 1 out, i), y_i < y_j at the larger x
  std::vector<std::tuple<T, int, unsigned>> ev;
  for (unsigned i = 0; i < s.size(); i++) {
    auto [a, b] = s[i] = canonical(s[i]);
    ev.emplace_back(a.x, 0, i), ev.emplace_back(b.x, 1, i);
  }
  std::sort(ev.begin(), ev.end());
  auto below = [&s](unsigned i, unsigned j) {
    T x = std::max(s[i].a.x, s[j].a.x);
    auto y = [&](Segment<T> r) -> std::pair<W, W> {  // y d, d
      T d = r.b.x - r.a.x;  // > 0, or 0: vertical
      if (d == 0) return {r.a.y, 1};
      return {W(r.a.y) * d + W(r.b.y - r.a.y) * (x - r.a.x),
              d};
    };
    auto [p, q] = y(s[i]);
    auto [u, v] = y(s[j]);
    if (p * v != u * q) return p * v < u * q;
    T c = (s[i].b - s[i].a).cross(s[j].b - s[j].a);
    return c > 0 || (c == 0 && i < j);
  };
  std::set<unsigned, decltype(below)> A(below);  // active
  std::vector<decltype(A.begin())> at(s.size());
  std::pair<int, int> r(-1, -1);
  auto hit = [&](unsigned i, unsigned j) {
    std::pair<int, int> m = std::minmax(int(i), int(j));
    if (!ok(m.first, m.second) && intersect(s[i], s[j])) r = m;
    return r.first >= 0;
  };
  for (auto [x, out, i] : ev)
    if (!out) {
      auto nx = A.lower_bound(i), pv = nx;
      if (nx != A.end() && hit(*nx, i)) break;
      if (nx != A.begin() && hit(*--pv, i)) break;
      at[i] = A.insert(nx, i);
    } else {
      auto it = at[i], nx = std::next(it), pv = it;
      if (it != A.begin() && nx != A.end() && hit(*--pv, *nx))
        break;
      A.erase(it);
    }
  return r;
}

}  // namespace geo
