// hull/convex_hull.hpp: convex hull of a point set (Andrew's monotone chain).
// convex_hull(pts): the strict hull (every vertex a left turn); convex_hull<true>(pts) also
//   keeps every input point lying on the hull boundary. Duplicates are merged. Output is
//   counter-clockwise and starts at the lowest point (smallest y, then smallest x), the
//   AOJ CGL_4_A order. Faster for large n, same contract: hull/convex_hull_fast.hpp.
// Time O(n log n): sort by (y, x), split by the line lowest -> highest, one chain per side.
// Precision: long long exact for |x|,|y| <= 1e9 (asserted, as finiteness for floating T).
//   Floating: turns by orient, eps = a distance: a point within about eps of the line of
//   a hull edge counts as on it (kept by <true>, else dropped); if every point is within
//   eps of the line lowest -> highest the input counts as collinear (ordered by
//   projection on that line). Range as orient (|x|,|y| <= 3.9e5 for double, eps = 1e-9).
// Degenerate: none -> {}; all equal -> {p}; all collinear -> strict: the two ends
//   {lowest, other end}; <true>: every distinct point once, from the lowest to the other
//   end (not walked back). Floating: all within eps of the lowest -> {lowest}; the strict
//   hull drops the lowest point (and starts at its successor) when it is within eps of
//   its neighbours' line.
// Source: A. M. Andrew, "Another efficient algorithm for convex hulls", IPL 9 (1979).
#pragma once
#include "../orient.hpp"
#include <algorithm>
#include <cassert>
#include <utility>
#include <vector>

namespace geo {

// The hull of p, which is sorted by (y, x) without duplicates (convex_hull_fast uses it).
template <bool keep_collinear, class T>
std::vector<Point<T>> hull_of_sorted(std::vector<Point<T>> p) {
  const Point<T> lo = p[0], hi = p.back();  // split by the line lo -> hi
  std::vector<Point<T>> left;  // candidates left of lo -> hi; the right ones stay in p
  std::size_t right = 0;
  bool collinear = true;
  for (const Point<T>& q : p) {
    const int side = orient(lo, hi, q);
    if (side <= 0) p[right++] = q;
    if (side >= 0) left.push_back(q);
    collinear = collinear && side == 0;
  }
  p.resize(right);
  if (collinear) {  // one line: order along lo -> hi, the ends first and last
    if constexpr (!is_exact_v<T>)  // a point at the scale of eps
      if (std::all_of(p.begin(), p.end(), [&](const Point<T>& q) { return dist(lo, q) <= eps<T>; }))
        return {lo};
    const Point<T> d = hi - lo;
    std::stable_sort(p.begin(), p.end(),  // ties stay in (y, x) order
                     [&](const Point<T>& a, const Point<T>& b) { return d.dot(a) < d.dot(b); });
    if (!keep_collinear && p.size() > 2) p.erase(p.begin() + 1, p.end() - 1);
    return p;
  }
  std::reverse(left.begin(), left.end());  // (y, x) descending
  auto pops = [](int turn) { return keep_collinear ? turn < 0 : turn <= 0; };
  auto chain = [&](std::vector<Point<T>>& h) {  // in place: h[0..k) is the chain
    std::size_t k = 0;
    auto near_top = [&](const Point<T>& q) {  // floating: q is the top up to eps; skip q
      return !is_exact_v<T> && k >= 1 && (q - h[k - 1]).norm2() <= eps<T> * eps<T>;
    };  // keeps stacked neighbours > eps apart, so the edge directions below mean something
    for (std::size_t i = 0; i < h.size(); i++) {
      const Point<T> q = h[i];
      if (near_top(q)) continue;
      int turn = 1;
      while (k >= 2 && pops(turn = orient(h[k - 2], h[k - 1], q))) {
        // floating: q within eps of the last edge's line but behind its end: drop q
        if (!is_exact_v<T> && turn == 0 && (h[k - 1] - h[k - 2]).dot(q - h[k - 1]) <= 0) break;
        k--;
      }
      if (near_top(q)) continue;
      if (is_exact_v<T> || k < 2 || turn != 0 || i + 1 == h.size() ||
          (h[k - 1] - h[k - 2]).dot(q - h[k - 1]) > 0) {
        h[k++] = q;
      } else if (keep_collinear) {  // insert q in order along that edge (k <= i: room)
        const Point<T> d = h[k - 1] - h[k - 2];
        std::size_t j = k++;
        for (; j > 1 && d.dot(h[j - 1]) > d.dot(q); j--) h[j] = h[j - 1];
        h[j] = q;
      }
    }
    h.resize(k);
  };
  chain(p);     // right chain, lo up to hi
  chain(left);  // left chain, hi down to lo
  const std::size_t at_hi = p.size() - 1;
  p.insert(p.end(), left.begin() + 1, left.end() - 1);
  if constexpr (!is_exact_v<T>)  // floating: hi or lo may lie within eps of a hull edge
    for (std::size_t i : {at_hi, std::size_t(0)}) {
      const std::size_t n = p.size();
      if (!keep_collinear && n >= 3 && orient(p[(i + n - 1) % n], p[i], p[(i + 1) % n]) == 0)
        p.erase(p.begin() + static_cast<std::ptrdiff_t>(i));
    }
  return p;
}

template <bool keep_collinear = false, class T>
std::vector<Point<T>> convex_hull(std::vector<Point<T>> p) {
  if (p.empty()) return {};
  for (const auto& q : p) assert(in_range(q, 1000000000));
  std::sort(p.begin(), p.end(), [](const Point<T>& a, const Point<T>& b) {
    return a.y < b.y || (a.y == b.y && a.x < b.x);
  });
  p.erase(std::unique(p.begin(), p.end()), p.end());
  return hull_of_sorted<keep_collinear>(std::move(p));
}

}  // namespace geo
