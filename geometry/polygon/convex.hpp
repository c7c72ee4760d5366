// polygon/convex.hpp: is_convex(P), P a closed polygon given by its vertices in order.
// True iff P bounds a convex region of positive area, traversed once, in either
// orientation. Allowed: collinear vertices (turns of 0, "angles <= 180 degrees", CGL_3_B)
// and repeated consecutive vertices (a vertex within eps of the previous kept one, or of
// the first, is skipped; exact types: equal). Rejected: fewer than 3 distinct vertices,
// all vertices collinear (zero area), a spike (the walk turns back on itself: a 180
// degree turn), turns of both signs, and walks that wind more than once (pentagram).
// Turns use orient (exact for long long with |x|,|y| <= 1e9; floating: a vertex whose
// triangle with its neighbours has smallest altitude <= eps counts as collinear). The
// winding is counted exactly (cross_sign, arg_less: polar.hpp; no eps), so a floating
// polygon that is convex up to eps-collinear vertices is accepted. O(n).
// Precondition (asserted): long long |x|,|y| <= 1e9 (u.dot(v), cross_sign of edges);
//   floating finite.
// Source: a closed polygon whose turns all have one sign and whose total turning is one
// full turn is convex (e.g. O'Rourke, "Computational Geometry in C", 2nd ed., 1.3).
#pragma once
#include "../orient.hpp"
#include "../polar.hpp"
#include <cassert>
#include <vector>

namespace geo {

template <class T> bool is_convex(const std::vector<Point<T>>& P) {
  for (const auto& q : P) assert(in_range(q, 1000000000) && "is_convex: vertex out of range");
  std::vector<Point<T>> Q;  // P without repeated consecutive vertices (cyclically)
  for (const Point<T>& p : P)
    if (Q.empty() || dist2(Q.back(), p) > eps<T> * eps<T>) Q.push_back(p);
  while (Q.size() > 1 && dist2(Q.back(), Q[0]) <= eps<T> * eps<T>) Q.pop_back();
  const size_t n = Q.size();
  if (n < 3) return false;
  int side = 0, winding = 0;  // sign of the strict turns; full turns made by the edges
  for (size_t i = 0; i < n; i++) {
    const Point<T>& a = Q[i];
    const Point<T>& b = Q[(i + 1) % n];
    const Point<T>& c = Q[(i + 2) % n];
    const Point<T> u = b - a, v = c - b;
    const int o = orient(a, b, c);
    if (o == 0 && u.dot(v) < 0) return false;    // spike
    if (o != 0 && side == -o) return false;      // turns both ways
    if (o != 0) side = o;
    const int s = cross_sign(u, v);              // exact turn: crossing of arg = pi
    if (s > 0 && arg_less(v, u)) winding++;
    if (s < 0 && arg_less(u, v)) winding--;
  }
  return side != 0 && winding == side;
}

}  // namespace geo
