// polygon/lattice.hpp: lattice points of a segment, and of a
// simple polygon P with integer vertices (Pick's theorem).
// lattice_count(a, b): the lattice points on the closed
//   segment ab, gcd(|dx|, |dy|) + 1 (1 when a == b); they are
//   a + k lattice_step(a, b), k = 0 .. count - 1, from a to b.
// lattice_step(a, b): (b - a) / gcd, the shortest lattice step
//   from a towards b; (0, 0) when a == b.
// lattice_boundary(P): the sum over the closed walk's edges of
//   lattice_count - 1 = gcd(|dx|, |dy|): the lattice points on
//   the boundary when P is simple (n >= 3).
// lattice_interior(P): the lattice points strictly inside,
//   (|2A| - B + 2) / 2. Precondition: P simple with nonzero
//   area (area2 != 0 asserted; simplicity not checked).
// Time: O(n log C).
// Precision: integral T only (static_assert); long long exact
//   in the coordinate range (docs/eps.md; asserted): 2A in
//   wide_t, both counts fit long long.
// Degenerate: walks n = 0, 1 -> boundary 0; n = 2 -> 2 gcd
//   (the segment itself has lattice_count = gcd + 1). Repeated
//   consecutive vertices add 0; collinear vertices split an
//   edge's count exactly.
// Source: Pick, "Geometrisches zur Zahlenlehre" (1899); the
//   boundary count via gcd, e.g. cp-algorithms "Pick's
//   theorem".
// Tests: unit polygon_lattice_test; property
//   polygon_lattice_prop, rational_point_prop (the segment).
#pragma once
#include "area.hpp"
#include <cassert>
#include <numeric>
#include <type_traits>
#include <vector>

namespace geo {

template <class T> T lattice_count(Point<T> a, Point<T> b) {
  static_assert(std::is_integral_v<T>, "integral coordinates");
  assert(in_range(a, 1000000000) && in_range(b, 1000000000));
  auto d = b - a;  // gcd of |dx|, |dy|; gcd(0, 0) = 0
  return std::gcd(d.x, d.y) + 1;
}
template <class T>
Point<T> lattice_step(Point<T> a, Point<T> b) {
  T g = lattice_count(a, b) - 1;
  return g ? (b - a) / g : b - a;
}
template <class T>
T lattice_boundary(const std::vector<Point<T>>& P) {
  T b = 0;
  for (size_t i = 0, n = P.size(); i < n; i++)
    b += lattice_count(P[i], P[(i + 1) % n]) - 1;
  return b;
}
template <class T>
T lattice_interior(const std::vector<Point<T>>& P) {
  auto a = area2(P);
  assert(a != 0 && "zero-area");
  return T(((a < 0 ? -a : a) - lattice_boundary(P) + 2) / 2);
}

}  // namespace geo
