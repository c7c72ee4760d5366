// hull/tangents.hpp: the two tangents from an outside point to a convex polygon, O(log n).
// tangents(poly, q) -> {a, b}: indices such that the whole polygon lies left of (or on)
//   the line q -> poly[a] and right of (or on) the line q -> poly[b]: orient(q, poly[a], x)
//   >= 0 >= orient(q, poly[b], x) for every vertex x. With several vertices on a tangent
//   line, a is the last and b the first of them counter-clockwise. {-1, -1} if q is not
//   outside (inside or on the boundary). n == 1: {0, 0}; n == 2: the segment's two ends.
// poly: counter-clockwise, convex, no repeated points, positive area if n >= 3, collinear
//   vertices allowed anywhere (poly[0] too), any start: both outputs of convex_hull except
//   the collinear ones (n >= 3), rotated or not. Orientation and area asserted (O(1)).
// Time O(log n): where_in_convex first; the edges q sees form one cyclic run. From a strict
//   vertex v (point_in_convex.hpp strict_vertex), find one edge seen and one not seen (the
//   two edges at v, or a binary search of the fan at v), then binary search each end of
//   the run.
// Precision: long long exact for |x|,|y| <= 4e18 (orient and where_in_convex only).
//   Floating: orient's eps, a distance: q must be farther than about eps from the
//   polygon's boundary.
// Source: the visible-chain characterisation of tangents, e.g. J. O'Rourke, Computational
//   Geometry in C (1998), 3.7; the searches are this library's.
#pragma once
#include "point_in_convex.hpp"
#include <cassert>
#include <utility>
#include <vector>

namespace geo {

template <class T> std::pair<int, int> tangents(const std::vector<Point<T>>& poly, const Point<T>& q) {
  const int n = static_cast<int>(poly.size());
  if (n <= 1) return {0, 0};
  if (n == 2) return orient(q, poly.front(), poly.back()) >= 0 ? std::make_pair(0, 1) : std::make_pair(1, 0);
  const int s = strict_vertex(poly);
  assert(s < n && "tangents: zero-area polygon");
  if (where_in_convex(poly, q) != OUTSIDE) return {-1, -1};
  auto p = [&, v = poly.data()](int k) -> const Point<T>& { return v[(s + k) % n]; };  // from a strict vertex
  auto seen = [&](int i) { return orient(p(i), p(i + 1), q) <= 0; };  // edge i faces q (or q on its line)
  int out = -1, in = -1;  // an edge q sees, an edge it does not see
  (seen(0) ? in : out) = 0;
  (seen(n - 1) ? in : out) = n - 1;
  if (in < 0 || out < 0) {  // the fan edge at p(0) hit by the ray q -> p(0) (or p(0) -> q)
    const int sign = in < 0 ? 1 : -1;
    // q behind p(0) on the last edge's line: pass the collinear run there (> 0, not >= 0)
    const int least = in >= 0 && orient(p(0), p(1), q) != 0 ? 1 : 0;
    int lo = 1, hi = n - 1;
    while (hi - lo > 1) {
      const int mid = (lo + hi) / 2;
      (orient(p(0), p(mid), q) * sign >= least ? lo : hi) = mid;
    }
    (in < 0 ? in : out) = lo;
  }
  if (!seen(in) || seen(out)) return {-1, -1};  // only if poly breaks the precondition
  auto first = [&](int from, int len, bool want) {  // first i in (from, from+len] with seen == want
    int lo = 0, hi = len;
    while (hi - lo > 1) {
      const int mid = (lo + hi) / 2;
      (seen(from + mid) == want ? hi : lo) = mid;
    }
    return (s + from + hi) % n;
  };
  return {first(in, (out - in + n) % n, false), first(out, (in - out + n) % n, true)};
}

}  // namespace geo
