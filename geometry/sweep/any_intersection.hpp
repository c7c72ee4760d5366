// sweep/any_intersection.hpp: any_intersection(S) -> {i, j}, i < j, two segments of S that
// share a point (closed segments: touching ends, overlaps and shared endpoints count), or
// {-1, -1} if no two do (Shamos-Hoey). Single-point segments (a == b) are allowed.
// Time O(n log n): sweep in x; the segments crossing the sweep line are kept in a std::set
// ordered by their y at the larger of the two left ends (a vertical one by its lower end);
// a new segment is tested against its two neighbours, a removed one's neighbours against
// each other; at equal x, insertions come before removals. The first meeting pair found is
// returned (not necessarily the leftmost one).
// long long: exact for |x|,|y| <= 1e9 (the order compares y's as fractions in __int128;
// the meeting test is segment.hpp's intersect, exact). Floating: the order is rounded and
// intersect uses eps (a distance), so segments within ~eps may be reported as meeting; the
// order must stay consistent: keep non-meeting segments farther than ~eps apart (not
// checked). Preconditions of segment.hpp (range, finite) asserted for every segment.
// Source: Shamos and Hoey, "Geometric intersection problems" (FOCS 1976).
#pragma once
#include "../segment.hpp"
#include <algorithm>
#include <iterator>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

namespace geo {

template <class T> std::pair<int, int> any_intersection(const std::vector<Segment<T>>& S) {
  using W = wide_t<T>;
  std::vector<Segment<T>> s(S.size());
  std::vector<std::tuple<T, int, int>> ev;  // (x, 0 insert / 1 remove, segment)
  for (size_t i = 0; i < S.size(); i++) {
    s[i] = canonical(S[i]);  // a <= b lexicographically
    ev.emplace_back(s[i].a.x, 0, int(i)), ev.emplace_back(s[i].b.x, 1, int(i));
  }
  std::sort(ev.begin(), ev.end());
  auto below = [&s](int i, int j) {  // y_i < y_j at x = max(left ends)
    const Segment<T>& p = s[static_cast<size_t>(i)];
    const Segment<T>& q = s[static_cast<size_t>(j)];
    const T x = std::max(p.a.x, q.a.x);
    auto num = [&x](const Segment<T>& r) {  // y(x) * den, den = b.x - a.x (1 if vertical)
      if (r.a.x == r.b.x) return W(r.a.y);
      return W(r.a.y) * W(r.b.x - r.a.x) + W(r.b.y - r.a.y) * W(x - r.a.x);
    };
    auto den = [](const Segment<T>& r) { return r.a.x == r.b.x ? W(1) : W(r.b.x - r.a.x); };
    return num(p) * den(q) < num(q) * den(p);
  };
  std::set<int, decltype(below)> active(below);
  std::vector<typename std::set<int, decltype(below)>::iterator> where(s.size());
  auto meet = [&s](int i, int j) {
    return intersect(s[static_cast<size_t>(i)], s[static_cast<size_t>(j)]);
  };
  auto answer = [](int i, int j) { return std::make_pair(std::min(i, j), std::max(i, j)); };
  for (const auto& e : ev) {
    const int i = std::get<2>(e);
    if (std::get<1>(e) == 0) {
      const auto nxt = active.lower_bound(i);
      if (nxt != active.end() && meet(*nxt, i)) return answer(*nxt, i);
      if (nxt != active.begin() && meet(*std::prev(nxt), i)) return answer(*std::prev(nxt), i);
      where[static_cast<size_t>(i)] = active.insert(nxt, i);
    } else {
      const auto it = where[static_cast<size_t>(i)];
      const auto nxt = std::next(it);
      if (it != active.begin() && nxt != active.end() && meet(*std::prev(it), *nxt))
        return answer(*std::prev(it), *nxt);
      active.erase(it);
    }
  }
  return {-1, -1};
}

}  // namespace geo
