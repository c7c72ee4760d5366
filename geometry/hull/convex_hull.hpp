// hull/convex_hull.hpp: convex hull of a point set (Andrew's monotone chain).
// convex_hull(pts): the strict hull (every vertex a left turn); convex_hull<true>(pts) also
//   keeps every input point lying on the hull boundary. Duplicates are merged. Output is
//   counter-clockwise and starts at the lowest point (smallest y, then smallest x), the
//   AOJ CGL_4_A order. Degenerate input: none -> {}; all equal -> {p}; all collinear ->
//   strict: the two ends {lowest, other end}; <true>: every distinct point once, in order
//   from the lowest to the other end (the segment is not walked back). Floating: every
//   point within eps of the lowest -> {lowest} (e.g. one touch point computed twice).
// Time O(n log n). A linear pass first drops the points strictly inside the octagon of
//   the extreme points in 8 directions (Akl-Toussaint) and splits the rest by the line
//   lowest -> highest into the right and left chains' candidates, sorted separately.
// Precision: long long exact for |x|,|y| <= 1e9 (turns by orient; the pre-pass's cross
//   products stay below 8e18). Floating: turns by orient, eps = a distance: a point within
//   about eps of the line of a hull edge counts as on it (kept by <true>, else dropped);
//   the pre-pass drops only points at least 2 eps inside; if every point is within eps of
//   the line lowest -> highest the input counts as collinear (ordered by projection on
//   that line). Strict floating hull: the lowest point is dropped, and the output then
//   starts at its successor, when it is within eps of its neighbours' line. Range as orient
//   (|x|,|y| <= 3.9e5 for double at eps = 1e-9).
// Source: A. M. Andrew, IPL 9 (1979); S. G. Akl, G. T. Toussaint, IPL 7 (1978).
#pragma once
#include "../orient.hpp"
#include <algorithm>
#include <vector>

namespace geo {

template <bool keep_collinear = false, class T>
std::vector<Point<T>> convex_hull(std::vector<Point<T>> p) {
  if (p.empty()) return p;
  auto below = [](const Point<T>& a, const Point<T>& b) {
    return a.y < b.y || (a.y == b.y && a.x < b.x);
  };
  T best[8];  // extremes of a sample in directions -90, -45, ..., 225 degrees: CCW
  Point<T> ext[8];
  const std::size_t stride = p.size() / 1024 + 1;
  for (std::size_t i = 0; i < p.size(); i += stride) {
    const Point<T>& q = p[i];
    const T key[8] = {-q.y, q.x - q.y, q.x, q.x + q.y, q.y, q.y - q.x, -q.x, -q.x - q.y};
    for (int k = 0; k < 8; k++)
      if (i == 0 || key[k] > best[k]) best[k] = key[k], ext[k] = q;
  }
  std::vector<Point<T>> oct;  // consecutive duplicates removed
  for (const Point<T>& e : ext)
    if (oct.empty() || e != oct.back()) oct.push_back(e);
  while (oct.size() > 1 && oct.back() == oct[0]) oct.pop_back();
  const int m = static_cast<int>(oct.size());
  Point<T> edge[8], start[8];
  T margin[8];  // q is dropped iff edge[k].cross(q - start[k]) > margin[k] for every k
  for (int k = 0; k < 8; k++) {  // fewer than 8 edges: repeat edge 0
    const Point<T>* o = oct.data();
    start[k] = m >= 3 ? o[k < m ? k : 0] : p[0];
    edge[k] = m >= 3 ? o[k + 1 < m ? k + 1 : (k < m ? 0 : 1)] - start[k] : Point<T>();
    margin[k] = T(0);
    if constexpr (!is_exact_v<T>) margin[k] = 2 * eps<T> * edge[k].norm();
  }
  std::size_t kept = 0;  // pass 1: drop the points strictly inside the octagon
  for (const Point<T>& q : p) {
    bool inside = true;
    for (int k = 0; k < 8; k++) inside &= edge[k].cross(q - start[k]) > margin[k];
    if (!inside) p[kept++] = q;
  }
  p.resize(kept);
  Point<T> lo = p[0], hi = p[0];  // pass 2: lowest and highest, split by the line lo -> hi
  for (const Point<T>& q : p) {
    if (below(q, lo)) lo = q;
    if (below(hi, q)) hi = q;
  }
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
    std::sort(p.begin(), p.end(), [&](const Point<T>& a, const Point<T>& b) {
      return d.dot(a) < d.dot(b) || (d.dot(a) == d.dot(b) && below(a, b));
    });
    p.erase(std::unique(p.begin(), p.end()), p.end());
    if (!keep_collinear && p.size() > 2) p.erase(p.begin() + 1, p.end() - 1);
    return p;
  }
  std::sort(p.begin(), p.end(), below);
  p.erase(std::unique(p.begin(), p.end()), p.end());
  std::sort(left.begin(), left.end(), [&](const Point<T>& a, const Point<T>& b) { return below(b, a); });
  left.erase(std::unique(left.begin(), left.end()), left.end());
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

}  // namespace geo
