// circle/intersect.hpp: intersection points of a circle with a line and with a circle.
// intersection(C, l): 0, 1 (tangent) or 2 points of circle C on line l, ordered along l's
//   direction a -> b. Point<real_t<T>> (double for long long: never truncated). O(1).
// intersection(A, B): 0, 1 or 2 points of two circles; none for equal circles (relation -1,
//   circle.hpp: ask it first) and for concentric ones. The same vector, bit for bit, for
//   (A, B) and (B, A): the circles are put in a canonical order first. O(1).
// chord(A, B): {d, a, h} for crossing circles: d = |B.c - A.c| (> 0), a = signed distance
//   from A.c to the common chord along A.c -> B.c, h = half the chord. Used by area.hpp and
//   union.hpp.
// Counts. Exact types: decided exactly, on the discriminant r^2 |b-a|^2 - cross^2 (line;
//   degree 4 in __int128) or on relation() (circles), so a nearly tangent pair that is not
//   tangent gives two distinct points. long long: exact for |x|,|y|,r <= 1e9. Floating: eps
//   is a distance: one point iff | dist(c, l) - r | <= eps (line), or relation() says tangent.
//   A half chord whose square rounds below 0 is clamped: no NaN ever.
// Constructions (u = 2^-53). long long: every integer quantity (discriminant, |v|^2,
//   r1^2 - r2^2, the two factors of 4 d^2 h^2) is exact in __int128, rounded once. Line: the
//   points err by <= 6u (|x| + r + D), D the distance from x to the nearer of a, b (the foot
//   is projection.hpp's project). Circles: <= 10u (|x| + r), r the smaller radius (the
//   construction starts at that centre, the nearer one). A tangent pair's point is
//   A.c +- r_A (B.c - A.c)/d, A the smaller circle. Floating: the residual | |x - c| - r | of
//   a crossing point is <= 16u (|x| + |c| + r) on both circles; a tangency decided within eps
//   gives a point within eps (+ rounding) of both. Near tangency the true points are
//   ill-conditioned (they move by sqrt(error * r) along the chord): the problem, not the code.
// Source: cp-geo (vlecomte) 6.2-6.3 (chord via the radical line); the factorisation
//   16 (area of the triangle d, r1, r2)^2 = ((r1+r2)^2 - d^2)(d^2 - (r1-r2)^2) (Heron).
#pragma once
#include "../projection.hpp"
#include "circle.hpp"
#include <algorithm>
#include <cassert>
#include <cmath>
#include <utility>
#include <vector>

namespace geo {

template <class T> struct Chord { real_t<T> d, a, h; };

template <class T> Chord<T> chord(const Circle<T>& A, const Circle<T>& B) {
  using R = real_t<T>;
  const Point<T> v = B.c - A.c;
  if constexpr (is_exact_v<T>) {
    using W = wide_t<T>;
    const W d2 = W(v.norm2()), r1 = W(A.r), r2 = W(B.r);
    const W f1 = (r1 + r2) * (r1 + r2) - d2, f2 = d2 - (r1 - r2) * (r1 - r2);
    const R d = std::sqrt(static_cast<R>(d2)), k = static_cast<R>(f1) * static_cast<R>(f2);
    return {d, static_cast<R>(d2 + r1 * r1 - r2 * r2) / (2 * d),
            std::sqrt(std::max(k, R(0))) / (2 * d)};
  } else {
    const T d = v.norm(), s = A.r + B.r, l = std::abs(A.r - B.r);
    const T k = std::max((s - d) * (s + d), T(0)) * std::max((d - l) * (d + l), T(0));
    return {d, (d + (A.r - B.r) * s / d) / 2, std::sqrt(k) / (2 * d)};
  }
}

template <class T> std::vector<Point<real_t<T>>> intersection(const Circle<T>& C, const Line<T>& l) {
  using R = real_t<T>;
  assert(valid(C));
  const Point<T> d = checked(l).b - l.a;
  const T cr = cross_at(l.a, l.b, C.c);  // |d| * distance(c, l)
  R h = 0;                               // half chord / |d|
  if constexpr (is_exact_v<T>) {
    using W = wide_t<T>;
    const W disc = W(C.r) * W(C.r) * W(d.norm2()) - W(cr) * W(cr);
    if (disc < 0) return {};
    h = std::sqrt(static_cast<R>(disc)) / static_cast<R>(d.norm2());
  } else {
    const T n = d.norm(), dl = std::abs(cr) / n;
    const int s = sgn(dl - C.r);
    if (s > 0) return {};
    if (s < 0) h = std::sqrt(std::max((C.r - dl) * (C.r + dl), T(0))) / n;
  }
  const Point<R> f = point_cast<R>(project(C.c, l));
  if (h == 0) return {f};
  const Point<R> off = point_cast<R>(d) * h;
  return {f - off, f + off};
}

template <class T> std::vector<Point<real_t<T>>> intersection(Circle<T> A, Circle<T> B) {
  using R = real_t<T>;
  assert(valid(A) && valid(B));
  if (B.r < A.r || (B.r == A.r && B.c < A.c)) std::swap(A, B);  // canonical: A the smaller
  const int rel = relation(A, B);
  if (rel != 1 && rel != 2 && rel != 3) return {};
  const Chord<T> ch = chord(A, B);
  const Point<R> v = point_cast<R>(B.c - A.c) / ch.d;  // unit direction
  if (rel != 2) return {point_cast<R>(A.c) + v * static_cast<R>(rel == 3 ? A.r : -A.r)};
  const Point<R> m = point_cast<R>(A.c) + v * ch.a;
  if (ch.h == 0) return {m};
  return {m - v.perp() * ch.h, m + v.perp() * ch.h};
}

}  // namespace geo
