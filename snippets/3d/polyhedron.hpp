// cpgeo 3d/polyhedron.hpp, hash 119496; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <algorithm>
#include <cassert>
#include <cmath>
#include <tuple>
#include <array>
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

// 3d/polyhedron.hpp: volume, surface area and centroid of a
// closed triangle mesh.
// A mesh is a point list p and faces f, index triples into p
//   (Hull3's f fits), each oriented OUTWARD: seen from
//   outside, a -> b -> c turns counter-clockwise, i.e. the
//   normal (b - a) x (c - a) points out. Closed: every edge
//   is used once in each direction (not checked; an open
//   mesh's volume depends on the reference point p[f[0][0]]).
// volume6(p, f): 6 x the signed volume, wide_t<T>: > 0 for an
//   outward mesh, its negative for an inward one (all faces
//   flipped).
// surface_area(p, f): the sum of the triangle areas,
//   real_t<T>, either orientation.
// centroid(p, f): the centre of mass of the solid,
//   Point3<real_t<T>>; the same for an inward mesh.
//   Precondition: volume6 != 0 (asserted).
// Time: O(|f|).
// Precision: long long: in the coordinate range (asserted,
//   O(|p|)): volume6 exact: each tetrahedron from the apex o
//   = p[f[0][0]] is (a - o) x (b - o) . (c - o), the cross
//   <= 8e18 per coordinate in long long, the dot <= 4.8e28 in
//   __int128, so the sum is exact for |f| <= 3.5e9. The area:
//   each cross exact, one norm each. centroid: the tetrahedra
//   summed in double (error ~u (|o| + the mesh's size) for a
//   convex mesh). Floating: rounding only, relative to the
//   apex: volume6 errs by ~10u times the sum over faces of
//   |a - o| |b - o| |c - o| (not relative to the volume: a
//   thin solid loses digits), whatever the mesh's offset;
//   surface_area: each triangle's area to ~u L / h relative
//   (L its longest side, h its least altitude: the cross
//   product of nearly parallel sides cancels).
// Degenerate: no faces: volume6 0, area 0, centroid asserts;
//   zero-area faces add 0.
// Source: the divergence theorem over a tetrahedron fan, e.g.
//   KACTL PolyhedronVolume.h.
// Tests: unit 3d_polyhedron_test; property 3d_polyhedron_prop.
#ifndef GEO_3D_POLYHEDRON_HPP
#define GEO_3D_POLYHEDRON_HPP

using Faces = std::vector<std::array<int, 3>>;
template <class T>
wide_t<T> volume6(const std::vector<Point3<T>>& p,
                  const Faces& f) {
  wide_t<T> s = 0;
  auto q = p.data();  // int indices, no sign conversion
  for ([[maybe_unused]] auto& x : p) assert(in_range(x, 1e9));
  for (auto [a, b, c] : f) {
    auto o = q[f[0][0]];
    s += (q[a] - o).cross(q[b] - o).dot(q[c] - o);
  }
  return s;
}
template <class T>
real_t<T> surface_area(const std::vector<Point3<T>>& p,
                       const Faces& f) {
  real_t<T> s = 0;
  auto q = p.data();
  for ([[maybe_unused]] auto& x : p) assert(in_range(x, 1e9));
  for (auto [a, b, c] : f)
    s += (q[b] - q[a]).cross(q[c] - q[a]).norm() / 2;
  return s;
}
template <class T>
Point3<real_t<T>> centroid(const std::vector<Point3<T>>& p,
                           const Faces& f) {
  using R = real_t<T>;
  using P = Point3<R>;
  wide_t<T> v = volume6(p, f);
  assert(v != 0 && "zero volume");
  P s;  // 24 V times (centroid - o)
  auto q = p.data();
  for (auto [a, b, c] : f) {
    auto o = q[f[0][0]], u = q[a] - o, w = q[b] - o,
         x = q[c] - o;
    s = s + P(u + w + x) * R(u.cross(w).dot(x));
  }
  return P(q[f[0][0]]) + s / (4 * R(v));
}

#endif

}  // namespace geo
