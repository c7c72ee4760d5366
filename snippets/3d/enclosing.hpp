// cpgeo 3d/enclosing.hpp, hash 466c51; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <algorithm>
#include <cassert>
#include <cmath>
#include <tuple>
#include <limits>
#include <random>
#include <utility>
#include <vector>

namespace geo {

// scalar.hpp: the scalar rules every header decides with.
// is_exact_v<T>: T is not floating (integers, multiprecision).
// eps<T>: a LENGTH; 0 for exact T, 1e-9 for floating T;
//   change it at run time: geo::eps<double> = 1e-7 (never
//   for exact T).
// sgn(x): sign with eps (apply it to lengths, never to raw
//   products).
// wide_t<T>: __int128 for integers (degree-3/4 terms), else T.
// real_t<T>: type of lengths and angles (double for exact T).
// Time: O(1) each.
// Precision: sgn is exact for exact T (eps 0: the sign); for
//   floating T, |x| <= eps is 0 (a sound test only for a
//   length whose rounding error is below eps / 2; the ranges:
//   docs/eps.md).
// Degenerate: sgn(NaN) is 0 (NaN compares false).
// Source: tourist's algo library (eps 0 for integers); KACTL
//   (one template for every type).
// Tests: unit scalar_test; property scalar_prop.
#ifndef GEO_SCALAR_HPP
#define GEO_SCALAR_HPP

template <class T> constexpr bool is_exact_v =
    !std::is_floating_point_v<T>;
template <class T> inline T eps = T(is_exact_v<T> ? 0 : 1e-9);
template <class T> int sgn(const T& x) {
  return x > eps<T> ? 1 : x < -eps<T> ? -1 : 0;
}
__extension__ template <class T> using wide_t =  // products
    std::conditional_t<std::is_integral_v<T>, __int128, T>;
template <class T> using real_t =
    std::conditional_t<is_exact_v<T>, double, T>;

#endif

// 3d/point3.hpp: Point3<T>, a 3-D point or vector, and
// orient3d(a, b, c, d), the side of d against the plane abc.
// Point3: + - * /, dot, cross (a vector), norm2, norm, unit;
//   ==, != and < exact, < lexicographic (for sort, set, map).
//   Point3<Q>(p): explicit conversion, each coordinate cast.
//   dot, norm2 and dist2 return wide_t<T> (__int128 for
//   integers); norm, dist and unit are taken on real_t<T>
//   coordinates (so they never overflow in T; floating:
//   the squared length must neither overflow nor underflow,
//   1e-154 < |v| < 1e154 for double). dist2(a, b),
//   dist(a, b): hidden friends, call them unqualified.
// in_range(p, bound): debug precondition: finite (floating),
//   |x|,|y|,|z| <= bound (integers), else true.
// orient3d(a, b, c, d): the sign of ((b - a) x (c - a)) .
//   (d - a): +1 when d lies on the side the normal of abc
//   points to (seen from d, a -> b -> c turns counter-
//   clockwise), -1 on the other side, 0 coplanar. Exact T:
//   exact. Floating: 0 iff the tetrahedron's smallest
//   altitude |det| / (largest |face normal|) is <= eps (a
//   length); evaluated on the points sorted, so every order
//   of a, b, c, d gives the same answer up to the
//   permutation's sign, bit for bit.
// Time: O(1) each.
// Precision: long long: exact for |x|,|y|,|z| <= 1e9
//   (asserted in orient3d): differences <= 2e9, cross <= 8e18
//   per coordinate, dot in __int128 (|det| <= 4.8e28); dot,
//   norm2, dist2 exact while the sum fits __int128 (vectors
//   to 7e18 per coordinate; not every vector at 8e18, but
//   the cross product of two differences of points in range
//   does: |u x v|^2 <= |u|^2 |v|^2 <= 1.44e38). Floating: the
//   determinant is rounded (error <= 10u |b - a| |c - a| |d
//   - a| on the sorted points, u = 2^-53, FMA or not; 2.7u
//   seen), so the eps decision is that of the exact altitude
//   unless that is within 10u |b - a| |c - a| |d - a| /
//   (largest |face normal|) of eps.
// Degenerate: two equal points give 0; unit() of the zero
//   vector is (NaN, NaN, NaN).
// Source: KACTL Point3D.h (one template for every type);
//   Shewchuk, "Adaptive Precision Floating-Point Arithmetic"
//   (1997), for orient3d's sign convention and error bound.
// Tests: unit 3d_point3_test; property 3d_point3_prop.
#ifndef GEO_3D_POINT3_HPP
#define GEO_3D_POINT3_HPP

template <class T> struct Point3 {
  typedef Point3 P;
  T x, y, z;
  Point3(T a = 0, T b = 0, T c = 0) : x(a), y(b), z(c) {}
  template <class U> explicit Point3(Point3<U> p)
      : P(T(p.x), T(p.y), T(p.z)) {}
  P operator+(P p) const {
    return {x + p.x, y + p.y, z + p.z};
  }
  P operator-(P p) const {
    return {x - p.x, y - p.y, z - p.z};
  }
  P operator*(T k) const { return {x * k, y * k, z * k}; }
  P operator/(T k) const { return {x / k, y / k, z / k}; }
  bool operator==(P p) const {
    return x == p.x && y == p.y && z == p.z;
  }
  bool operator!=(P p) const { return !(*this == p); }
  bool operator<(P p) const {
    return std::tie(x, y, z) < std::tie(p.x, p.y, p.z);
  }
  wide_t<T> dot(P p) const {
    using W = wide_t<T>;
    return W(x) * p.x + W(y) * p.y + W(z) * p.z;
  }
  P cross(P p) const {
    return {y * p.z - z * p.y, z * p.x - x * p.z,
            x * p.y - y * p.x};
  }
  wide_t<T> norm2() const { return dot(*this); }
  real_t<T> norm() const {
    auto r = Point3<real_t<T>>(*this);
    return std::sqrt(r.dot(r));
  }
  auto unit() const {
    return Point3<real_t<T>>(*this) / norm();
  }
  friend wide_t<T> dist2(P a, P b) { return (a - b).norm2(); }
  friend real_t<T> dist(P a, P b) { return (a - b).norm(); }
};

template <class T> bool in_range(Point3<T> p, long long b) {
  if constexpr (std::is_integral_v<T>)
    return std::min({p.x, p.y, p.z}) >= -b &&
           std::max({p.x, p.y, p.z}) <= b;
  return (p - p).norm2() == 0;  // finite
}

template <class T> int orient3d(Point3<T> a, Point3<T> b,
                                Point3<T> c, Point3<T> d) {
  assert(in_range(a, 1000000000) && in_range(b, 1000000000) &&
         in_range(c, 1000000000) && in_range(d, 1000000000));
  if constexpr (is_exact_v<T>) {
    auto v = (b - a).cross(c - a).dot(d - a);
    return (v > 0) - (v < 0);
  } else {
    if (b < a) return -orient3d(b, a, c, d);
    if (c < b) return -orient3d(a, c, b, d);
    if (d < c) return -orient3d(a, b, d, c);
    if (a == b || b == c || c == d) return 0;
    auto n = (b - a).cross(c - a);
    T v = n.dot(d - a),
      F = std::max({n.norm2(), (b - a).cross(d - a).norm2(),
                    (c - a).cross(d - a).norm2(),
                    (c - b).cross(d - b).norm2()});
    return v * v <= eps<T> * eps<T> * F ? 0 : v > 0 ? 1 : -1;
  }
}

#endif

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
#ifndef GEO_3D_ENCLOSING_HPP
#define GEO_3D_ENCLOSING_HPP

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

#endif

}  // namespace geo
