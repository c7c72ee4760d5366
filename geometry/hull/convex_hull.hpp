// hull/convex_hull.hpp: convex hull (Andrew's monotone chain).
// convex_hull(pts): the strict hull (no collinear vertices);
//   convex_hull<true>(pts) also keeps every input point on the
//   boundary (floating: by the rounded sign, no eps band).
//   Duplicates merged. Counter-clockwise from the
//   lowest point (AOJ CGL_4_A order). Input already sorted by
//   lower is not sorted again.
// lower(a, b): the order (from drop_near_collinear.hpp).
// Time: O(n log n). Same contract, faster: convex_hull_fast.
// Precision: long long: exact in the coordinate range
//   (docs/eps.md; asserted); floating: finite (asserted). The
//   right chain (points in lower order), then the left
//   (reverse order, without the right chain's points) pop b
//   from a, b, q unless b turns left (<true>: or is on line
//   aq) by the rounded cross product: no eps, which would
//   compound from pop to pop. Floating strict: then
//   drop_near_collinear (a vertex within eps of the chord
//   that skips it is dropped; the lowest and highest points
//   stay): every input point within eps of the result. What
//   this guarantees: docs/hull/convex_hull.md.
// Degenerate: {} -> {}; all equal -> {p}; all collinear ->
//   strict: {lowest, other end}; <true>: every point once,
//   from the lowest to the other end (not walked back).
// Source: A. M. Andrew, IPL 9 (1979).
// Tests: unit hull_convex_hull_test; property
//   hull_convex_hull_prop; judge CGL_4_A, CGL_4_B.
#pragma once
#include "drop_near_collinear.hpp"
#include <algorithm>
#include <cassert>
#include <vector>

namespace geo {

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
    // pop b = h[k - 1] from a, b, q unless b is a vertex (no
    // eps: it would compound from pop to pop); (b - a) x
    // (q - b): q near b does not cancel
    for (; k >= s + 2; k--) {
      T c = (h[k - 1] - h[k - 2]).cross(q - h[k - 1]);
      if (keep ? c >= 0 : c > 0) break;
    }
    h[k++] = q;
  };
  for (auto q : p) add(q);
  for (r = k - 2, s = k - 1; n > 1 && --n;) add(p[n - 1]);
  h.resize(std::max(k, n + 1) - 1);
  return keep ? h : drop_near_collinear(h);
}

}  // namespace geo
