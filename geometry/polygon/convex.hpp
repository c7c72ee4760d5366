// polygon/convex.hpp: is the closed polygon P (its vertices in
// order) convex?
// is_convex(P): true iff P bounds a convex region of positive
//   area, walked once, in either orientation. Allowed:
//   collinear vertices (turns of 0, angles <= 180 degrees,
//   CGL_3_B) and repeated consecutive vertices (one within eps
//   of the previous kept one, or of the first, is skipped;
//   exact types: equal). Rejected: fewer than 3 distinct
//   vertices, all collinear (zero area), a spike (a 180 degree
//   turn back), turns of both signs, and walks that wind more
//   than once (pentagram).
// Time: O(n).
// Precision: turns by orient (long long: exact in the
//   coordinate range of docs/eps.md, asserted; floating: a
//   vertex whose triangle with its neighbours has smallest
//   altitude <= eps counts as collinear). The winding is
//   counted exactly (cross_sign and comparisons, no eps), so a
//   floating polygon convex up to eps-collinear vertices is
//   accepted. Floating: finite (asserted).
// Degenerate: n < 3 distinct vertices or zero area: false.
// Source: a closed polygon whose turns all have one sign and
//   whose total turning is one full turn is convex (J.
//   O'Rourke, Computational Geometry in C, 2nd ed., 1.3).
// Tests: unit polygon_convex_test; property
//   polygon_convex_prop; judge CGL_3_B.
#pragma once
#include "../orient.hpp"
#include <cassert>
#include <vector>

namespace geo {

template <class T>
bool is_convex(const std::vector<Point<T>>& P) {
  for ([[maybe_unused]] auto& q : P) assert(in_range(q, 1e9));
  std::vector<Point<T>> Q;  // P without repeated vertices
  auto e = eps<T> * eps<T>;
  for (auto p : P)
    if (Q.empty() || dist2(Q.back(), p) > e) Q.push_back(p);
  while (Q.size() > 1 && dist2(Q.back(), Q[0]) <= e)
    Q.pop_back();
  size_t n = Q.size();
  // side: the sign of the strict turns; turns: the windings
  int side = 0, turns = 0;
  for (size_t i = 0; n > 2 && i < n; i++) {
    Point<T> a = Q[i], b = Q[(i + 1) % n], c = Q[(i + 2) % n],
             u = b - a, v = c - b, o0;
    int o = orient(a, b, c), s = cross_sign(u, v);
    if (o * side < 0 || (!o && u.dot(v) < 0)) return false;
    if (o) side = o;
    // an exact turn across the direction -pi/2 (downwards):
    // lexicographically negative edges point into
    // (pi/2, 3pi/2], the others into (-pi/2, pi/2]
    turns += (s > 0 && u < o0 && !(v < o0)) -
             (s < 0 && !(u < o0) && v < o0);
  }
  return side && turns == side;
}

}  // namespace geo
