// 3d/enclosing.hpp: the minimum enclosing sphere of points.
// min_enclosing_sphere(P) -> Sphere<real_t<T>> {c, r}: the
//   smallest ball containing P. Welzl's move-to-front
//   recursion as four nested loops over P shuffled with a
//   FIXED seed (std::mt19937(0x5eed), our own Fisher-Yates:
//   the same ball on every standard library). P nonempty
//   (asserted).
// sphere_of(a, b[, c[, d]]): the smallest sphere through 2 or
//   3 real_t points, the sphere through 4, r = |a - c| (a
//   collinear three or coplanar four divide by 0: the loops
//   never pass them).
// Time: expected O(n) over the shuffle.
// Precision: computed in real_t<T> (double for long long). A
//   point counts as covered when |p - c| <= r + eps<R> (eps a
//   length): points within eps of the ball do not rebuild
//   it. A new support point that is affinely dependent on
//   the others (collinear three: cross product exactly 0;
//   coplanar four: orient3d, exact for long long, floating
//   by its eps altitude) keeps the ball it has; a duplicate
//   of the first support point is never outside (r is
//   measured from it). A last pass sets r to the largest
//   |p - c|: every point is covered up to that distance's
//   rounding. r - optimum: <= 3e-14 (|c| + r) + eps measured
//   (points rounded from a sphere; ~1e-15 on others). Known
//   failure, not fixed: clusters of near-duplicate points
//   (within ~1e-8 r of each other) at two or more places of
//   the sphere can give a ball several times too large, for
//   long long at 1e9 too (docs/3d/enclosing.md: the cases);
//   merge such points first.
//   Asserted: long long in the coordinate range, floating
//   finite.
// Degenerate: n = 1: r = 0; duplicates, collinear and
//   coplanar sets fine (the ball of their segment, circle).
// Source: Welzl, "Smallest enclosing disks (balls and
//   ellipsoids)" (1991); Gaertner, "Fast and robust smallest
//   enclosing balls" (1999): skip affinely dependent support.
// Tests: unit 3d_enclosing_test; property 3d_enclosing_prop.
#pragma once
#include "point3.hpp"
#include <algorithm>
#include <cassert>
#include <random>
#include <utility>
#include <vector>

namespace geo {

template <class R> struct Sphere {
  Point3<R> c;
  R r;
};
template <class R>
Sphere<R> sphere_of(Point3<R> a, Point3<R> b) {
  auto c = (a + b) / 2;
  return {c, dist(a, c)};
}
template <class R>
Sphere<R> sphere_of(Point3<R> a, Point3<R> b, Point3<R> c) {
  auto u = b - a, v = c - a, n = u.cross(v);
  auto o = (v * u.norm2() - u * v.norm2()).cross(n) /
           (2 * n.norm2());
  return {a + o, dist(a, a + o)};
}
template <class R>
Sphere<R> sphere_of(Point3<R> a, Point3<R> b, Point3<R> c,
                    Point3<R> d) {
  auto u = b - a, v = c - a, w = d - a;
  auto o = (v.cross(w) * u.norm2() + w.cross(u) * v.norm2() +
            u.cross(v) * w.norm2()) /
           (2 * u.dot(v.cross(w)));
  return {a + o, dist(a, a + o)};
}
template <class T> Sphere<real_t<T>> min_enclosing_sphere(
    std::vector<Point3<T>> P) {
  using R = real_t<T>;
  size_t n = P.size(), i, j, k, l;
  assert(n && "min_enclosing_sphere of no points");
  for ([[maybe_unused]] auto& p : P) assert(in_range(p, 1e9));
  std::mt19937 rng(0x5eed);
  for (i = n; i > 1; i--) std::swap(P[i - 1], P[rng() % i]);
  auto q = [&](size_t x) { return Point3<R>(P[x]); };
  Sphere<R> s{q(0), 0};
  auto out = [&](size_t x) {
    return dist(q(x), s.c) > s.r + eps<R>;
  };
  for (i = 1; i < n; i++) {
    if (!out(i)) continue;
    s = {q(i), 0};
    for (j = 0; j < i; j++) {
      if (!out(j)) continue;
      s = sphere_of(q(i), q(j));
      for (k = 0; k < j; k++) {
        if (!out(k) ||
            (P[j] - P[i]).cross(P[k] - P[i]) == Point3<T>())
          continue;
        s = sphere_of(q(i), q(j), q(k));
        for (l = 0; l < k; l++)
          if (out(l) && orient3d(P[i], P[j], P[k], P[l]))
            s = sphere_of(q(i), q(j), q(k), q(l));
      }
    }
  }
  for (auto& p : P)
    s.r = std::max(s.r, dist(Point3<R>(p), s.c));
  return s;
}

}  // namespace geo
