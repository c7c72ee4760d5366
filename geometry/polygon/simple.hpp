// polygon/simple.hpp: is a polygon simple?
// is_simple(P): true iff P (vertices in order, either
//   orientation, closing edge implied) is a simple polygon:
//   n >= 3, no two non-adjacent edges share a point, and two
//   adjacent edges share only their common vertex (so no
//   zero-length edge, no spike folding an edge back onto the
//   previous one, no vertex touching another edge). Collinear
//   vertices (a straight angle) are allowed.
// Time: O(n log n): each vertex's two edges are checked
//   locally (an end of one on the other), then the Shamos-Hoey
//   sweep of sweep/any_intersection.hpp over the edges, the
//   adjacent pairs allowed to meet.
// Precision: long long: exact in the coordinate range
//   (docs/eps.md). Floating: as any_intersection: eps is a
//   distance (two vertices within eps coincide, an edge within
//   eps of a non-adjacent edge touches it), and the sweep
//   order is rounded: keep non-touching edges and vertices
//   farther than ~eps apart (not checked).
// Degenerate: n < 3 false; a repeated vertex (zero-length
//   edge) false, also when repeated consecutively; all
//   collinear false (some vertex is a spike). Preconditions:
//   on_segment.hpp's (asserted).
// Source: Shamos and Hoey, "Geometric intersection problems"
//   (FOCS 1976).
// Tests: unit polygon_simple_test; property
//   polygon_simple_prop.
#pragma once
#include "../sweep/any_intersection.hpp"
#include <vector>

namespace geo {

template <class T> bool is_simple(std::vector<Point<T>> P) {
  size_t n = P.size();
  std::vector<Segment<T>> S;
  for (size_t i = 0; i < n; i++) {
    auto a = P[i], b = P[(i + 1) % n], c = P[(i + 2) % n];
    if (on_segment(c, {a, b}) || on_segment(a, {b, c}))
      return false;  // spike or zero-length edge
    S.push_back({a, b});
  }
  auto adj = [m = int(n)](int i, int j) {
    return j - i == 1 || j - i == m - 1;
  };
  return n > 2 && any_intersection(S, adj).first < 0;
}

}  // namespace geo
