// polygon/contains.hpp: point in polygon (AOJ CGL_3_C codes).
// contains(P, p) -> Where: INSIDE 2, BOUNDARY 1, OUTSIDE 0.
//   P a polygon, vertices in order, either orientation;
//   simple, or the answer is the even-odd rule (not checked).
//   BOUNDARY: p on an edge, a vertex included (on_segment;
//   floating: within eps). Else the parity of the edges that
//   cross the ray from p towards +x, half-open in y (an edge
//   counts when exactly one end is strictly above p), decided
//   by the sign of (a - p) x (b - p), so rays through
//   vertices and horizontal edges count right.
// Time: O(n).
// Precision: long long: exact in the coordinate range
//   (docs/eps.md). Floating: eps is the distance from p to the
//   boundary: <= eps/2 gives BOUNDARY, >= 2 eps the exact
//   answer, while |x|,|y| <= eps / (23 u) (3.9e5 for double at
//   eps 1e-9). The sign of the cross product can only be wrong
//   when p lies in the edge's bounding box within eps of it
//   (docs).
// Degenerate: n = 0 OUTSIDE; n = 1 BOUNDARY iff p is within
//   eps of the vertex; n = 2 BOUNDARY or OUTSIDE; repeated
//   vertices are harmless. Preconditions (asserted by
//   on_segment, so for n >= 1): long long in the coordinate
//   range for p and every vertex; floating: finite.
// Source: Shimrat, "Algorithm 112" (CACM 1962); Haines, "Point
//   in polygon strategies", Graphics Gems IV (1994).
// Tests: unit polygon_contains_test; property
//   polygon_contains_prop; judge CGL_3_C.
#pragma once
#include "../where.hpp"
#include "../on_segment.hpp"
#include <vector>

namespace geo {

template <class T>
Where contains(const std::vector<Point<T>>& P, Point<T> p) {
  bool in = false;
  for (size_t i = 0, n = P.size(); i < n; i++) {
    Point<T> a = P[i], b = P[(i + 1) % n];
    if (on_segment(p, Segment<T>{a, b})) return BOUNDARY;
    if ((a.y > p.y) != (b.y > p.y) &&
        (p.cross(a, b) > 0) == (b.y > a.y))
      in = !in;
  }
  return in ? INSIDE : OUTSIDE;
}

}  // namespace geo
