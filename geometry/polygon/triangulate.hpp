// polygon/triangulate.hpp: triangulation of a simple polygon
// by ear clipping.
// triangulate(P) -> vector<array<int, 3>>: n - 2 triangles
//   {i, j, k} (indices into P, counter-clockwise, each of
//   positive area: orient > 0) tiling P. P simple, either
//   orientation (clockwise by area2 < 0: every orient
//   mirrored); collinear vertices allowed: a vertex on a
//   straight angle is never an ear tip, it is reached by a
//   diagonal. An ear: b with orient(a, b, c) > 0 and no
//   other vertex in the closed triangle abc; only the two
//   neighbours of a clipped ear change their status.
// Time: O(n^2) (status of every vertex once, O(n) per clip).
// Precision: long long: exact for |x|,|y| <= 1e9 (orient in
//   __int128; area2's assert). Floating: orient with eps
//   (docs/eps.md): the exact-coordinate answer while every
//   vertex triple is collinear or has smallest altitude >=
//   2 eps, |x|,|y| <= eps / (23 u); else each triangle still
//   has smallest altitude > eps/2, but they may overlap or be
//   fewer than n - 2 (it stops when no ear is left).
// Degenerate: n < 3 or zero area (all collinear, floating:
//   every vertex within eps/4 of one line): {}.
//   Not simple: unspecified (not checked).
// Source: Meisters, "Polygons have ears" (Amer. Math.
//   Monthly 1975); O'Rourke, Computational Geometry in C,
//   ch. 1 (ear status updated at the two neighbours only).
// Tests: unit polygon_triangulate_test; property
//   polygon_triangulate_prop.
#pragma once
#include "../orient.hpp"
#include "area.hpp"
#include <array>
#include <vector>

namespace geo {

template <class T> std::vector<std::array<int, 3>> triangulate(
    const std::vector<Point<T>>& P) {
  size_t n = P.size(), m = n;
  std::vector<std::array<int, 3>> r;
  if (n < 3) return r;
  int s = area2(P) < 0 ? -1 : 1;  // clockwise: mirrored
  auto o = [&](size_t a, size_t b, size_t c) {
    return s * orient(P[a], P[b], P[c]);
  };
  std::vector<size_t> L(n), R(n);
  std::vector<char> E(n);
  for (size_t i = 0; i < n; i++)
    L[i] = (i + n - 1) % n, R[i] = (i + 1) % n;
  auto ear = [&](size_t b) {
    size_t a = L[b], c = R[b];
    if (o(a, b, c) <= 0) return false;
    for (size_t p = R[c]; p != a; p = R[p])
      if (o(a, b, p) >= 0 && o(b, c, p) >= 0 &&
          o(c, a, p) >= 0)
        return false;
    return true;
  };
  for (size_t i = 0; i < n; i++) E[i] = ear(i);
  for (size_t b = 0, k = 0; m > 2 && k < m;) {  // k: misses
    if (!E[b]) {
      b = R[b], k++;
      continue;
    }
    size_t a = L[b], c = R[b];
    r.push_back(
        {int(s > 0 ? a : c), int(b), int(s > 0 ? c : a)});
    R[a] = c, L[c] = a, m--, k = 0;
    E[a] = ear(a), E[c] = ear(c), b = c;
  }
  return r;
}

}  // namespace geo
