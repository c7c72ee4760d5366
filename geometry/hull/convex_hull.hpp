// hull/convex_hull.hpp: convex hull (Andrew's monotone chain).
// convex_hull(pts): the strict hull (no collinear vertices);
//   convex_hull<true>(pts) also keeps every input point on the
//   boundary. Duplicates merged. Counter-clockwise from the
//   lowest point (AOJ CGL_4_A order). Input already sorted by
//   lower is not sorted again.
// lower(a, b): a is lower than b (smaller y, then smaller x).
// Time: O(n log n). Same contract, faster: convex_hull_fast.
// Precision: long long: exact in the coordinate range
//   (docs/eps.md; asserted); floating: finite (asserted). The
//   right chain (points in lower order), then the left
//   (reverse order, without the right chain's points) pop b
//   from a, b, q unless b turns left (<true>: or is on segment
//   aq). Floating: b within eps (a distance) of segment aq
//   counts as on it; the lowest and highest points are always
//   output. What this guarantees: docs/hull/convex_hull.md.
// Degenerate: {} -> {}; all equal -> {p}; all collinear ->
//   strict: {lowest, other end}; <true>: every point once,
//   from the lowest to the other end (not walked back).
// Source: A. M. Andrew, IPL 9 (1979).
// Tests: unit hull_convex_hull_test; property
//   hull_convex_hull_prop; judge CGL_4_A, CGL_4_B.
#pragma once
#include "../point.hpp"
#include <algorithm>
#include <cassert>
#include <vector>

namespace geo {

inline constexpr auto lower = [](auto a, auto b) {
  return a.y < b.y || (a.y == b.y && a.x < b.x);
};

template <bool keep = false, class T>
std::vector<Point<T>> convex_hull(std::vector<Point<T>> p) {
  for ([[maybe_unused]] auto q : p) assert(in_range(q, 1e9));
  if (!std::is_sorted(p.begin(), p.end(), lower))
    std::sort(p.begin(), p.end(), lower);
  p.erase(std::unique(p.begin(), p.end()), p.end());
  std::size_t n = p.size(), k = 0, s = 0, r = 0;
  decltype(p) h(n + 1);  // right chain h[0..s], then left
  auto add = [&](auto q) {
    if (r > 0 && q == h[r]) return void(r--);  // on the right
    // pop b = h[k - 1] from a, b, q unless b is a vertex
    for (; k >= s + 2; k--) {
      auto a = h[k - 2], d = h[k - 1] - a, v = q - a;
      T c = d.cross(v), e = eps<T>;  // floating: b near aq: 0
      if (!is_exact_v<T> && c * c <= e * e * v.norm2())
        c *= d.dot(v) <= 0 || v.dot(v - d) <= 0;
      if (keep ? c >= 0 : c > 0) break;
    }
    h[k++] = q;
  };
  for (auto q : p) add(q);
  for (r = k - 2, s = k - 1; n > 1 && --n;) add(p[n - 1]);
  h.resize(std::max(k, n + 1) - 1);
  return h;
}

}  // namespace geo
