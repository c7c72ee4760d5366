// circle/enclosing.hpp: the minimum enclosing circle, and an exact on-boundary test.
// min_enclosing_circle(P) -> Enclosing<T>: Welzl's move-to-front recursion written as three
//   nested loops over the points shuffled with a FIXED seed (std::mt19937(0x5eed) and our
//   own Fisher-Yates, so every standard library gives the same order: reproducible, STYLE
//   pitfall 12). Expected O(n) over the shuffle; P nonempty (asserted).
// Enclosing<T> holds the circle exactly as rationals: centre num / den, radius^2 r2 / den^2
//   (den = 1, 2 or twice the cross product of the support triangle), with
//   .where(p) -> Where (INSIDE, BOUNDARY, OUTSIDE), .center(), .radius(), .circle().
// Exact types: every decision is exact, so where(p) == BOUNDARY iff p lies exactly on the
//   minimum enclosing circle (Library Checker minimum_enclosing_circle). long long: exact for
//   |x|,|y| <= 5e5 (|den p - num|^2 <= 8192 X^6 in __int128); center()/radius() round once
//   (error <= 4u (|centre| + r), u = 2^-53).
// Floating: where(p) compares |p - centre| - r with eps (a distance), so a point within eps
//   outside counts as covered: the result is a circle containing every point within eps,
//   at most eps larger than the optimum plus rounding (~16u (|x| + r)). Three exactly
//   collinear support points (possible only through rounding) fall back to the diameter of
//   their farthest pair: no division by zero.
// Source: Welzl, "Smallest enclosing disks (balls and ellipsoids)" (1991); the iterative
//   three-loop form is e.g. in de Berg et al., "Computational Geometry", 4.7.
#pragma once
#include "circle.hpp"
#include <cassert>
#include <cmath>
#include <random>
#include <utility>
#include <vector>

namespace geo {

template <class T> struct Enclosing {
  using W = wide_t<T>;
  using R = real_t<T>;
  Point<W> num;
  W den, r2;
  Where where(const Point<T>& p) const {
    const W x = den * W(p.x) - num.x, y = den * W(p.y) - num.y;
    if constexpr (is_exact_v<T>) {
      const W s = x * x + y * y;
      return s < r2 ? INSIDE : s == r2 ? BOUNDARY : OUTSIDE;
    } else {
      const int s = sgn((std::sqrt(x * x + y * y) - std::sqrt(r2)) / std::abs(den));
      return s < 0 ? INSIDE : s == 0 ? BOUNDARY : OUTSIDE;
    }
  }
  Point<R> center() const {
    return {static_cast<R>(num.x) / static_cast<R>(den), static_cast<R>(num.y) / static_cast<R>(den)};
  }
  R radius() const { return std::sqrt(static_cast<R>(r2)) / std::abs(static_cast<R>(den)); }
  Circle<R> circle() const { return {center(), radius()}; }
};

template <class T> Enclosing<T> enclosing_of(const Point<T>& a, const Point<T>& b) {
  using W = wide_t<T>;
  return {{W(a.x) + W(b.x), W(a.y) + W(b.y)}, W(2), W(dist2(a, b))};
}

template <class T> Enclosing<T> enclosing_of(const Point<T>& a, const Point<T>& b, const Point<T>& c) {
  using W = wide_t<T>;
  const Point<T> u = b - a, v = c - a;
  const W D = W(u.cross(v)) * 2, uu = W(u.norm2()), vv = W(v.norm2());
  if (D == 0) {  // collinear: the farthest pair
    const T ab = dist2(a, b), bc = dist2(b, c), ca = dist2(c, a);
    return ab >= bc && ab >= ca ? enclosing_of(a, b) : bc >= ca ? enclosing_of(b, c) : enclosing_of(c, a);
  }
  const W nx = W(v.y) * uu - W(u.y) * vv, ny = W(u.x) * vv - W(v.x) * uu;
  return {{D * W(a.x) + nx, D * W(a.y) + ny}, D, nx * nx + ny * ny};
}

template <class T> Enclosing<T> min_enclosing_circle(std::vector<Point<T>> P) {
  using W = wide_t<T>;
  assert(!P.empty() && "min_enclosing_circle of no points");
  std::mt19937 rng(0x5eed);
  for (size_t i = P.size(); i > 1; i--) std::swap(P[i - 1], P[rng() % i]);
  Enclosing<T> E{{W(P[0].x), W(P[0].y)}, W(1), W(0)};
  for (size_t i = 1; i < P.size(); i++) {
    if (E.where(P[i]) != OUTSIDE) continue;
    E = {{W(P[i].x), W(P[i].y)}, W(1), W(0)};
    for (size_t j = 0; j < i; j++) {
      if (E.where(P[j]) != OUTSIDE) continue;
      E = enclosing_of(P[i], P[j]);
      for (size_t k = 0; k < j; k++)
        if (E.where(P[k]) == OUTSIDE) E = enclosing_of(P[i], P[j], P[k]);
    }
  }
  return E;
}

}  // namespace geo
