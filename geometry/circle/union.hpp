// circle/union.hpp: union_area(C), the area of the union of n circles. O(n^2 log n).
// Green's theorem: the area is 1/2 of the integral of x dy - y dx along the union's boundary,
//   which is made of arcs of the circles not covered by any other circle. Per circle: drop it
//   if another contains it (relation 0 or 1 and a larger radius, or an equal circle earlier
//   in the list, so duplicates count once); collect the angular intervals covered by each
//   crossing circle (centre direction +- atan2(h, a), chord() of intersect.hpp); each uncovered
//   arc theta1..theta2 adds r^2 (theta2 - theta1) + r (cx (sin theta2 - sin theta1) -
//   cy (cos theta2 - cos theta1)). Coordinates are taken relative to C[0].c.
// Decisions are relation() (circle.hpp): exact for long long (|x|,|y|,r <= 1e9), eps a distance
//   for floating T (tangent pairs, in or out, contribute no interval). Zero radii and n = 0
//   give 0.
// Precision (u = 2^-53): absolute error <= ~20 n u (R + D)^2 per circle, R the largest radius,
//   D the largest centre distance from C[0].c.
// Source: the boundary-integral method for union of disks (e.g. "area of union of circles",
//   Green's theorem; folklore of ICPC notebooks).
#pragma once
#include "intersect.hpp"
#include <algorithm>
#include <cassert>
#include <cmath>
#include <utility>
#include <vector>

namespace geo {

template <class T> real_t<T> union_area(const std::vector<Circle<T>>& C) {
  using R = real_t<T>;
  for (size_t i = 0; i < C.size(); i++) assert(valid(C[i]));
  const R pi = std::acos(R(-1));
  R total = 0;
  for (size_t i = 0; i < C.size(); i++) {
    if (sgn(C[i].r) == 0) continue;
    bool covered = false;
    std::vector<std::pair<R, R>> iv;
    for (size_t j = 0; j < C.size() && !covered; j++) {
      if (j == i) continue;
      const int rel = relation(C[i], C[j]);
      if (rel == -1) covered = j < i;
      else if (rel <= 1) covered = C[i].r < C[j].r;
      else if (rel == 2) {
        const Chord<T> ch = chord(C[i], C[j]);
        const Point<T> v = C[j].c - C[i].c;
        const R phi = std::atan2(static_cast<R>(v.y), static_cast<R>(v.x)), al = std::atan2(ch.h, ch.a);
        const R lo = phi - al, hi = phi + al;
        if (lo < -pi) iv.push_back({lo + 2 * pi, pi}), iv.push_back({-pi, hi});
        else if (hi > pi) iv.push_back({lo, pi}), iv.push_back({-pi, hi - 2 * pi});
        else iv.push_back({lo, hi});
      }
    }
    if (covered) continue;
    std::sort(iv.begin(), iv.end());
    iv.push_back({pi, pi});
    const R r = static_cast<R>(C[i].r), cx = static_cast<R>(C[i].c.x - C[0].c.x),
            cy = static_cast<R>(C[i].c.y - C[0].c.y);
    R at = -pi;  // covered up to here
    for (const auto& [lo, hi] : iv) {
      if (lo > at)
        total += r * r * (lo - at) +
                 r * (cx * (std::sin(lo) - std::sin(at)) - cy * (std::cos(lo) - std::cos(at)));
      at = std::max(at, hi);
    }
  }
  return total / 2;
}

}  // namespace geo
