// polygon/cut.hpp: convex_cut(P, a, b): the part of the convex
// polygon P on or left of the directed line a -> b (AOJ
// CGL_4_C), as a polygon in P's orientation, vertices
// Point<frac_t<T>> (double for long long: the crossings are
// rational, never truncated; T itself for floating and exact
// types). Kept: every vertex with side >= 0 (line.hpp);
// added: the crossing point (cross_point, from the endpoint
// nearer the line) of every edge whose ends are strictly on
// opposite sides. Area of the cut: area(convex_cut(P, a, b)).
// Time: O(n).
// Precision: long long: sides exact in the coordinate range
//   (docs/eps.md), a crossing is the exact point rounded
//   (cross_point's bound, line_intersection.hpp). Floating:
//   eps is the distance from a vertex to the line below which
//   it counts as on it, so no sliver edge shorter than about
//   eps is made; range as line.hpp (|x|,|y| <= eps / (23 u)).
// Degenerate: P empty or wholly right -> {}; P touching the
//   line from the right -> the touching vertex or edge (1 or 2
//   points, area 0); P wholly left -> P. Non-convex P: edges
//   may overlap (Sutherland-Hodgman), the signed area is still
//   right. Asserted by side: a != b; long long in the
//   coordinate range for P, a, b; floating finite.
// Source: Sutherland and Hodgman, "Reentrant polygon clipping"
//   (CACM 1974), one clip edge.
// Tests: unit polygon_cut_test; property polygon_cut_prop;
//   judge CGL_4_C.
#pragma once
#include "../line_intersection.hpp"
#include <vector>

namespace geo {

template <class T> std::vector<Point<frac_t<T>>> convex_cut(
    const std::vector<Point<T>>& P, Point<T> a, Point<T> b) {
  std::vector<Point<frac_t<T>>> r;
  for (size_t i = 0, n = P.size(); i < n; i++) {
    Point<T> p = P[i], q = P[(i + 1) % n];
    int s = side(Line<T>{a, b}, p), t = side(Line<T>{a, b}, q);
    if (s >= 0) r.push_back(Point<frac_t<T>>(p));
    if (s * t < 0) r.push_back(cross_point(p, q, a, b));
  }
  return r;
}

}  // namespace geo
