// hull/drop_near_collinear.hpp: the floating hull's eps band,
// without compounding.
// lower(a, b): a is lower than b (smaller y, then smaller x).
// drop_near_collinear(h): h a convex polygon, counter-
//   clockwise from its lowest point (convex_hull's order), no
//   repeated points. Floating T: from h[0], each vertex v is
//   dropped when v and the vertices dropped since the last
//   kept one k lie within eps (a distance) of the segment
//   from k to the vertex after v, and project strictly inside
//   it; the lowest and the highest point are kept. Exact T: h
//   unchanged.
// Why: dropping v within eps of its neighbours' segment, then
//   a neighbour, and so on, lets points drift out by eps per
//   step (a dense arc's chord lost 5000 eps); here every
//   vertex of h, so every point of h, is within eps (plus the
//   rounding of one cross product) of the result.
// Time: O(n): the farthest dropped vertex from the chord
//   moves forward as the chord turns (h convex).
// Precision: the band is eps times the chord's length, on a
//   rounded cross product; valid range as orient's (3.9e5 at
//   eps = 1e-9, docs/eps.md).
// Degenerate: n <= 2: h; a polygon within eps of the segment
//   lowest -> highest: that segment.
// Source: this library's (the greedy chord of polyline
//   simplification; the O(n) search is rotating calipers').
// Tests: unit hull_drop_near_collinear_test; property
//   hull_convex_hull_prop, hull_online_prop (through them).
#pragma once
#include "../point.hpp"
#include <algorithm>
#include <vector>

namespace geo {

inline constexpr auto lower = [](auto a, auto b) {
  return a.y < b.y || (a.y == b.y && a.x < b.x);
};

template <class T> std::vector<Point<T>> drop_near_collinear(
    std::vector<Point<T>> h) {
  int n = int(h.size()), a = 0, m = 1, s = 1;
  if (is_exact_v<T> || n < 3) return h;
  auto b = h.begin(), top = std::max_element(b, b + n, lower);
  for (int j = 1; j < n; j++) {  // kept: b[0 .. s), s <= a + 1
    auto k = b[a], c = b[(j + 1) % n], d = c - k;
    // b[m]: the farthest from line kc of b[a + 1 .. j]
    while (m < j && d.cross(b[m + 1] - b[m]) <= 0) m++;
    T x = d.cross(b[m] - k), e = eps<T>;
    if (x * x > e * e * d.norm2() || b + j == top ||
        d.dot(b[a + 1] - k) <= 0 || d.dot(c - b[j]) <= 0)
      b[s++] = b[j], a = j, m = j + 1;
  }
  h.erase(b + s, h.end());
  return h;
}

}  // namespace geo
