// polygon/lattice.hpp: lattice points of a simple polygon P
// with integer vertices (Pick's theorem).
// lattice_boundary(P): the sum over the closed walk's edges of
//   gcd(|dx|, |dy|): the lattice points on the boundary when P
//   is simple (n >= 3).
// lattice_interior(P): the lattice points strictly inside,
//   (|2A| - B + 2) / 2. Precondition: P simple with nonzero
//   area (area2 != 0 asserted; simplicity not checked).
// Time: O(n log C).
// Precision: integral T only (static_assert); long long exact
//   in the coordinate range (docs/eps.md; asserted): 2A in
//   wide_t, both counts fit long long.
// Degenerate: walks n = 0, 1 -> boundary 0; n = 2 -> 2 gcd
//   (the segment itself has gcd + 1). Repeated consecutive
//   vertices add 0; collinear vertices split an edge's count
//   exactly.
// Source: Pick, "Geometrisches zur Zahlenlehre" (1899); the
//   boundary count via gcd, e.g. cp-algorithms "Pick's
//   theorem".
// Tests: unit polygon_lattice_test; property
//   polygon_lattice_prop.
#pragma once
#include "area.hpp"
#include <cassert>
#include <numeric>
#include <type_traits>
#include <vector>

namespace geo {

template <class T>
T lattice_boundary(const std::vector<Point<T>>& P) {
  static_assert(std::is_integral_v<T>, "integral coordinates");
  T b = 0;
  for (size_t i = 0, n = P.size(); i < n; i++) {
    assert(in_range(P[i], 1000000000));
    auto d = P[(i + 1) % n] - P[i];
    b += std::gcd(d.x, d.y);  // of |dx|, |dy|; gcd(0, 0) = 0
  }
  return b;
}
template <class T>
T lattice_interior(const std::vector<Point<T>>& P) {
  auto a = area2(P);
  assert(a != 0 && "zero-area");
  return T(((a < 0 ? -a : a) - lattice_boundary(P) + 2) / 2);
}

}  // namespace geo
