// polygon/lattice.hpp: lattice points of a simple polygon with integer vertices (Pick).
// lattice_boundary(P)  sum over the closed walk's edges of gcd(|dx|, |dy|): the number of
//                      lattice points on the boundary when P is simple (n >= 3). Walks:
//                      n = 0, 1 -> 0; n = 2 -> 2 gcd (the segment itself has gcd + 1).
// lattice_interior(P)  lattice points strictly inside: (|2A| - B + 2) / 2 (Pick's theorem).
//                      Precondition: P simple with nonzero area (area2 != 0 asserted;
//                      simplicity not checked: O(n log n)).
// Repeated consecutive vertices add 0, collinear vertices split an edge's count exactly.
// Exact: integral T only; long long for |x|,|y| <= 1e9 (2A in wide_t, <= 8e18 for a
// polygon inside the box, so both counts fit long long; the bound is asserted). O(n log C).
// Source: Pick, "Geometrisches zur Zahlenlehre" (1899); boundary count via gcd, e.g.
// cp-algorithms "Pick's theorem".
#pragma once
#include "area.hpp"
#include <cassert>
#include <numeric>
#include <type_traits>
#include <vector>

namespace geo {

template <class T> T lattice_boundary(const std::vector<Point<T>>& P) {
  static_assert(std::is_integral<T>::value, "lattice counts need integral coordinates");
  for (const auto& q : P) assert(in_range(q, 1000000000) && "lattice_boundary: vertex out of range");
  T b = 0;
  for (size_t i = 0, n = P.size(); i < n; i++) {
    const Point<T> d = P[(i + 1) % n] - P[i];
    b += std::gcd(d.x, d.y);  // std::gcd takes absolute values; gcd(0, 0) = 0
  }
  return b;
}

template <class T> T lattice_interior(const std::vector<Point<T>>& P) {
  const wide_t<T> a2 = area2(P);
  assert(a2 != 0 && "lattice_interior: zero-area polygon");
  return static_cast<T>(((a2 < 0 ? -a2 : a2) - lattice_boundary(P) + 2) / 2);
}

}  // namespace geo
