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
//   point counts as covered when |p - c| <= r + eps<R> + 16u
//   (|c| + r) (eps a length; 16u the scale: for long long at
//   1e9 the rounding, far above eps): points that close do
//   not rebuild the ball. Centres are computed from a point
//   at the shortest side of their support, so a cluster of
//   near-duplicates on the sphere (exact small differences)
//   keeps them well conditioned (from a far point they
//   cancelled: balls 34x and 2e9x too large). A new support
//   point that is affinely dependent on the others
//   (collinear three: cross product exactly 0; coplanar
//   four: orient3d, exact for long long, floating by its eps
//   altitude) keeps the ball it has; a duplicate of the
//   first support point is never outside (r is measured
//   from it). A last pass sets r to the largest |p - c|:
//   every point is covered up to that distance's rounding.
//   r - optimum: <= 3e-14 (|c| + r) + eps measured (points
//   rounded from a sphere; ~1e-15 on others; clusters: 0 of
//   360000 double and 500000 long long sets over it, were
//   8 and 78: tests/bench/enclosing3d_clusters.cpp).
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
#include <limits>
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
// The centre is found from p[0], a point at the shortest side:
// near points' differences are exact, so a cluster of them on
// the sphere keeps it well conditioned. r is measured from a.
template <class R>
Sphere<R> sphere_of(Point3<R> a, Point3<R> b, Point3<R> c) {
  // p[0]: the point opposite the longest side
  Point3<R> p[] = {a, b, c};
  R x = dist2(b, c), y = dist2(a, c), z = dist2(a, b);
  std::swap(p[0], p[x >= std::max(y, z) ? 0 : y >= z ? 1 : 2]);
  auto u = p[1] - p[0], v = p[2] - p[0], n = u.cross(v);
  auto m = p[0] + (v * u.norm2() - u * v.norm2()).cross(n) /
                      (2 * n.norm2());
  return {m, dist(a, m)};
}
template <class R>
Sphere<R> sphere_of(Point3<R> a, Point3<R> b, Point3<R> c,
                    Point3<R> d) {
  Point3<R> p[] = {a, b, c, d};
  int k = 0;  // p[k]: an end of the shortest of the six sides
  R s = dist2(a, b);
  for (int i = 0; i < 4; i++)
    for (int j = i + 1; j < 4; j++)
      if (dist2(p[i], p[j]) < s) s = dist2(p[i], p[j]), k = i;
  std::swap(p[0], p[k]);
  auto u = p[1] - p[0], v = p[2] - p[0], w = p[3] - p[0];
  auto m =
      p[0] + (v.cross(w) * u.norm2() + w.cross(u) * v.norm2() +
              u.cross(v) * w.norm2()) /
                 (2 * u.dot(v.cross(w)));
  return {m, dist(a, m)};
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
  auto out = [&](size_t x) {  // beyond eps and 16u the scale
    R d = dist(q(x), s.c) - s.r - eps<R>,
      u = std::numeric_limits<R>::epsilon();
    return d > 0 && d > 16 * u * (s.c.norm() + s.r);
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
