// circle/circle.hpp: Circle<T>{c, r} (centre, radius >= 0); a point against a circle and the
// relation of two circles. All O(1).
// contains(C, p) -> Where: INSIDE 2, BOUNDARY 1, OUTSIDE 0.
// relation(A, B): 4 apart, 3 externally tangent, 2 crossing, 1 internally tangent, 0 one
//   strictly inside the other (concentric, different radii); -1 for equal circles (same
//   centre and radius). AOJ CGL_7_A codes: the number of common tangent lines when both
//   radii are positive (with a zero radius, see tangents.hpp's table).
// cmp_dist(d2, L): sign(sqrt(d2) - L), L >= 0, the comparison behind both (also used by the
//   other circle headers).
// Exact types: decided on squares in wide_t (long long: exact for |x|,|y|,r <= 1e9; d2 <=
//   8e18 in long long, L^2 in __int128). Zero radius is a point: contains gives BOUNDARY
//   only at c; relation of two points is -1 (equal) or 4.
// Floating: eps is a LENGTH. BOUNDARY iff | |p - c| - r | <= eps; relation compares the centre
//   distance d with r1 + r2 and |r1 - r2| within eps, and d <= eps counts as concentric (-1
//   if also |r1 - r2| <= eps, else 0), so no direction is ever taken from a zero vector.
//   d, r1 + r2, |r1 - r2| err by <= 6u M (M the largest |coordinate| or radius, u = 2^-53),
//   so the exact answer comes back outside the band eps/2..2eps while M <= eps / (24 u)
//   (3.7e5 for double at eps = 1e-9). relation(A, B) == relation(B, A) bit for bit.
// Debug builds assert the preconditions of every circle header (valid(C): r >= 0, |x|,|y|,r
//   <= 1e9 for long long, no NaN or infinity for floating T).
// Source: the tangent-count classification of AOJ CGL_7_A; cp-geo (vlecomte) 6.
#pragma once
#include "../point.hpp"
#include <cassert>
#include <cmath>

namespace geo {

template <class T> struct Circle {
  Point<T> c;
  T r;
};

// Debug-build precondition of every circle function: r >= 0; centre and r within 1e9 for
// 64-bit integers, finite for floating T.
template <class T> bool valid(const Circle<T>& C) {
  return in_range(C.c, 1000000000) && in_range(C.r, 1000000000) && !(C.r < 0);
}

template <class T> int cmp_dist(const T& d2, const T& L) {
  if constexpr (is_exact_v<T>) {
    const wide_t<T> x = wide_t<T>(d2) - wide_t<T>(L) * wide_t<T>(L);
    return (x > 0) - (x < 0);
  } else {
    return sgn(std::sqrt(d2) - L);
  }
}

template <class T> Where contains(const Circle<T>& C, const Point<T>& p) {
  assert(valid(C) && in_range(p, 1000000000));
  const int s = cmp_dist(dist2(p, C.c), C.r);
  return s < 0 ? INSIDE : s == 0 ? BOUNDARY : OUTSIDE;
}

template <class T> int relation(const Circle<T>& A, const Circle<T>& B) {
  assert(valid(A) && valid(B));
  const T d2 = dist2(A.c, B.c), lo = A.r < B.r ? B.r - A.r : A.r - B.r;
  if (cmp_dist(d2, T(0)) == 0) return sgn(lo) == 0 ? -1 : 0;  // concentric
  const int out = cmp_dist(d2, T(A.r + B.r)), in = cmp_dist(d2, lo);
  if (out != 0) return out > 0 ? 4 : in > 0 ? 2 : in == 0 ? 1 : 0;
  return 3;
}

}  // namespace geo
