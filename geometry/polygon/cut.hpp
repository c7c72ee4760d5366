// polygon/cut.hpp: convex_cut(P, a, b): the part of the convex polygon P on or left of the
// directed line a -> b (AOJ CGL_4_C), as a polygon in P's orientation. O(n).
// Kept: every vertex v with side(line, v) >= 0 (on the line counts as kept); added: the
// crossing point of every edge whose endpoints are strictly on opposite sides, built by
// cross_point (line_intersection.hpp) from the endpoint nearer the line (pitfall 1 of docs/pitfalls.md).
// Result: Point<frac_t<T>>: double for long long (the crossing is rational: never
// truncated, pitfall 4), T itself for floating and exact types (mpq_rational stays exact).
// Area of the cut: area(convex_cut(P, a, b)) from area.hpp.
// Precision: long long: sides exact for |x|,|y| <= 1e9; a crossing is the exact point
// rounded (error bound of cross_point in line_intersection.hpp). Floating: eps is the
// distance from a vertex to the line below which the vertex counts as on it (side of
// line.hpp), so no sliver edge shorter than about eps is created; range as line.hpp
// (|x|,|y| <= eps / (23 u)).
// Degenerate: P empty or wholly right -> {}; P touching the line from the right -> the
// touching vertex or edge (1 or 2 points, area 0); P wholly left -> P. Non-convex P: the
// result may have overlapping edges (Sutherland-Hodgman; its signed area is still right).
// Preconditions (asserted by line.hpp's side, O(n)): a != b; long long |x|,|y| <= 1e9 for
// P, a and b; floating: finite. Convexity is not required (see Non-convex P above).
// Source: Sutherland and Hodgman, "Reentrant polygon clipping" (CACM 1974), one clip edge.
#pragma once
#include "../line_intersection.hpp"
#include <vector>

namespace geo {

template <class T>
std::vector<Point<frac_t<T>>> convex_cut(const std::vector<Point<T>>& P, const Point<T>& a,
                                         const Point<T>& b) {
  const Line<T> l{a, b};
  std::vector<Point<frac_t<T>>> out;
  for (size_t i = 0, n = P.size(); i < n; i++) {
    const Point<T>& p = P[i];
    const Point<T>& q = P[(i + 1) % n];
    const int sp = side(l, p), sq = side(l, q);
    if (sp >= 0) out.push_back(point_cast<frac_t<T>>(p));
    if (sp * sq < 0) out.push_back(cross_point(p, q, a, b));
  }
  return out;
}

}  // namespace geo
