// circle/enclosing.hpp: the minimum enclosing circle, and an
// exact on-boundary test. min_enclosing_circle(P) ->
// Enclosing<T>: Welzl's move-to-front recursion written as
// three
//   nested loops over the points shuffled with a FIXED seed
//   (std::mt19937(0x5eed) and our own Fisher-Yates, so every
//   standard library gives the same order: reproducible,
//   pitfall 12). Expected O(n) over the shuffle; P nonempty
//   (asserted).
// Enclosing<T> holds the circle exactly: a point a on it,
// centre a + n / (2k), k > 0 (k = 1
//   for one or two support points, n = 0 or b - a; else k =
//   |cross(b - a, c - a)|), with .where(p) -> Where (INSIDE,
//   BOUNDARY, OUTSIDE), .center(), .radius(), .circle().
// Exact types: every decision is exact, so where(p) ==
// BOUNDARY iff p lies exactly on the
//   minimum enclosing circle (Library Checker
//   minimum_enclosing_circle). long long: exact for |x|,|y| <=
//   1e9 (asserted): where(p) compares k |p - a|^2 (<= 6.4e37)
//   with (p - a) . n
//   (<= 1.28e38, n <= 3.2e28) in __int128 without subtracting
//   them; center()/radius() round once (error <= 4u (|centre|
//   + r), u = 2^-53).
// Floating: where(p) compares |p - centre| - r with eps (a
// distance), so a point within eps
//   outside counts as covered: the result is a circle
//   containing every point within eps, at most eps larger than
//   the optimum plus rounding (~16u (|x| + r)). Three exactly
//   collinear support points (possible only through rounding)
//   fall back to the diameter of their farthest pair: no
//   division by zero.
// Source: Welzl, "Smallest enclosing disks (balls and
// ellipsoids)" (1991); the iterative
//   three-loop form is e.g. in de Berg et al., "Computational
//   Geometry", 4.7.
#pragma once
#include "triangle.hpp"
#include <cassert>
#include <random>
#include <utility>
#include <vector>

namespace geo {

template <class T> struct Enclosing {
  using W = wide_t<T>;
  using R = real_t<T>;
  Point<T> a;
  Point<W> n;
  W k;
  Where where(Point<T> p) const {
    assert(in_range(p, 1e9));
    Point<T> d = p - a;
    if constexpr (!is_exact_v<T>) {
      Point<T> c = n / (2 * k);
      return Where(1 - sgn(dist(d, c) - c.norm()));
    } else {  // sign of |p - centre|^2 - r^2 = |d|^2 - d.n / k
      W l = k * W(d.norm2()), r = W(d.x) * n.x + W(d.y) * n.y;
      return Where(l < r ? 2 : l == r);
    }
  }
  Point<R> center() const {
    return to_real(a) + to_real(n) / (2 * R(k));
  }
  R radius() const { return to_real(n).norm() / (2 * R(k)); }
  Circle<R> circle() const { return {center(), radius()}; }
};
template <class T>
Enclosing<T> enclosing_of(Point<T> a, Point<T> b) {
  return {a, {wide_t<T>(b.x - a.x), wide_t<T>(b.y - a.y)}, 1};
}
template <class T>
Enclosing<T> enclosing_of(Point<T> a, Point<T> b, Point<T> c) {
  auto [n, k] = circum(a, b, c);
  if (k > 0) return {a, n, k};
  if (k < 0) return {a, -n, -k};
  if (dist2(a, c) > dist2(a, b))
    std::swap(b, c);  // collinear:
  return enclosing_of(dist2(b, c) > dist2(a, b) ? c : a,
                      b);  // the farthest pair
}
template <class T>
Enclosing<T> min_enclosing_circle(std::vector<Point<T>> P) {
  assert(!P.empty() && "min_enclosing_circle of no points");
  for (auto& p : P) assert(in_range(p, 1e9));
  std::mt19937 rng(0x5eed);
  for (size_t i = P.size(); i > 1; i--)
    std::swap(P[i - 1], P[rng() % i]);
  Enclosing<T> E{P[0], {}, 1};
  for (size_t i = 1; i < P.size(); i++) {
    if (E.where(P[i]) != OUTSIDE) continue;
    E = {P[i], {}, 1};
    for (size_t j = 0; j < i; j++) {
      if (E.where(P[j]) != OUTSIDE) continue;
      E = enclosing_of(P[i], P[j]);
      for (size_t k = 0; k < j; k++)
        if (E.where(P[k]) == OUTSIDE)
          E = enclosing_of(P[i], P[j], P[k]);
    }
  }
  return E;
}

}  // namespace geo
