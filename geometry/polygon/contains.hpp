// polygon/contains.hpp: contains(P, p) -> Where: INSIDE 2, BOUNDARY 1, OUTSIDE 0 (CGL_3_C).
// P a simple polygon, vertices in order, either orientation; for a self-intersecting P the
// answer is the even-odd rule. BOUNDARY: p is within eps of an edge, a vertex included
// (on_segment of segment.hpp). Otherwise the crossing number of the ray from p towards +x,
// half-open in y (an edge counts when exactly one endpoint is strictly above p), so rays
// through vertices and horizontal edges count right. O(n).
// Exact types: BOUNDARY iff p is on an edge. long long: exact for |x|,|y| <= 1e9 (cross
// products of differences, <= 8e18).
// Floating: eps is the DISTANCE from p to the nearest edge: <= eps/2 gives BOUNDARY, >= 2 eps
// the exact answer, for |x|,|y| <= eps / (23 u) (3.9e5 for double at eps = 1e-9; u the unit
// roundoff). An edge shorter than eps is a short segment, not a line. The crossing test
// compares p.x with the edge's x at height p.y, which is off by a few u |x| only, so it
// cannot flip while p is more than eps from the edge.
// Degenerate: n = 0 OUTSIDE; n = 1 BOUNDARY iff p is within eps of the vertex; n = 2 (a
// segment walked twice) BOUNDARY or OUTSIDE; repeated vertices are harmless.
// Precondition (asserted): long long |x|,|y| <= 1e9; floating: finite. Simplicity is not
// checked (O(n log n)); a self-intersecting P gets the even-odd answer.
// Source: Shimrat, "Algorithm 112: Position of point relative to polygon" (CACM 1962);
// Haines, "Point in polygon strategies", Graphics Gems IV (1994).
#pragma once
#include "../segment.hpp"
#include <cassert>
#include <vector>

namespace geo {

template <class T> Where contains(const std::vector<Point<T>>& P, const Point<T>& p) {
  assert(in_range(p, 1000000000) && "contains: point out of range");
  for (const auto& q : P) assert(in_range(q, 1000000000) && "contains: vertex out of range");
  bool in = false;
  for (size_t i = 0, n = P.size(); i < n; i++) {
    const Point<T>& a = P[i];
    const Point<T>& b = P[(i + 1) % n];
    if (on_segment(p, Segment<T>{a, b})) return BOUNDARY;
    if ((a.y > p.y) == (b.y > p.y)) continue;     // not crossing height p.y
    if constexpr (is_exact_v<T>) {
      const T c = (a - p).cross(b - p);           // p left of a->b iff c > 0
      if ((c > 0) == (b.y > a.y)) in = !in;       // crossing right of p
    } else {
      const T x = a.x + (p.y - a.y) / (b.y - a.y) * (b.x - a.x);
      if (x > p.x) in = !in;
    }
  }
  return in ? INSIDE : OUTSIDE;
}

}  // namespace geo
