// cpgeo 3d/plane.hpp, hash c7f690; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <algorithm>
#include <cassert>
#include <cmath>
#include <tuple>
#include <utility>

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

// 3d/line3.hpp: Line3<T>{a, b}, the line through a != b
// (directed a -> b), and Segment3<T>{a, b}, a Line3 whose a
// == b is allowed (it converts to Line3: a segment passes
// where a line is asked, e.g. parallel(s, t)): the floor of
// the 3-D line headers (projection onto a line: plane.hpp).
// dir(l): b - a; asserts l's preconditions (a != b, long long
//   in the coordinate range, floating finite).
// in_range(l, bound): both points of a line or segment.
// parallel(l, m): exact T: (b - a) x (d - c) == 0. Floating:
//   |d1 x d2| <= eps max(|d1|, |d2|), d1, d2 the directions:
//   the tip of the shorter direction, put at the base of the
//   longer, lies within eps of the longer one's line (a
//   length, no angle), as 2-D parallel (line.hpp).
// Time: O(1) each.
// Precision: long long in the coordinate range (docs/eps.md;
//   |x|,|y|,|z| <= 1e9, asserted by dir): |d1 x d2|^2 <=
//   |d1|^2 |d2|^2 <= 1.44e38 (Lagrange) in __int128, exact.
//   Floating: the rule above up to the rounding of the cross
//   product (<= 4u |d1| |d2|, u = 2^-53).
// Degenerate: a == b of a line is asserted (by dir); a
//   segment may be one point. NaN asserted (in_range).
// Source: cp-geo (vlecomte), "Handbook of geometry for
//   competitive programmers", 3-D chapter (line3d).
// Tests: unit 3d_line3_test; property 3d_distance_prop.
#ifndef GEO_3D_LINE3_HPP
#define GEO_3D_LINE3_HPP

template <class T> struct Line3 { Point3<T> a, b; };
template <class T> struct Segment3 : Line3<T> {};
template <class T> bool in_range(Line3<T> l, long long b) {
  return in_range(l.a, b) && in_range(l.b, b);
}
template <class T> Point3<T> dir(Line3<T> l) {
  assert(l.a != l.b && in_range(l, 1000000000));
  return l.b - l.a;
}
template <class T> bool parallel(Line3<T> l, Line3<T> m) {
  auto u = dir(l), v = dir(m);
  return u.cross(v).norm2() <=
         std::max(u.norm2(), v.norm2()) * eps<T> * eps<T>;
}

#endif

// 3d/plane.hpp: Plane3<T>{n, d}, the plane n . p = d (n != 0;
// the side n points to is "above"), a line against it, and
// the projections onto a plane and onto a line.
// plane(a, b, c): through a, b, c (not collinear), n = (b - a)
//   x (c - a): a -> b -> c counter-clockwise seen from above;
//   floating: each coordinate of n by Kahan's fma form, so a
//   thin triangle keeps its vertices on its plane.
//   From a normal n and offset d: Plane3<T>{n, d}.
// value(P, p): n . p - d, exact in wide_t<T>.
// side(P, p): +1 above, -1 below, 0 on P. Floating: 0 iff
//   the distance |n . p - d| / |n| <= eps.
// sdist(P, p): the signed distance (n . p - d) / |n|, real_t.
// project(p, P): the foot p - n (n . p - d) / |n|^2, real_t.
// project(p, l): the foot a + d (d . (p - a)) / |d|^2 on the
//   line l (d = b - a), real_t.
// intersection(l, P): {1, x} the point where line l meets P;
//   {0, _} l parallel to P and apart; {-1, _} l lies in P.
//   Parallel: n . (b - a) == 0 (exact T); floating: the tip b
//   is within eps of the plane through a parallel to P,
//   |n . (b - a)| / |n| <= eps (a length, no angle); in P:
//   parallel and side(P, a) == 0.
// angle(P, Q): the angle between the planes, in [0, pi/2].
// Time: O(1) each.
// Precision: long long: exact for points in the coordinate
//   range (docs/eps.md, asserted) and planes from plane(),
//   or n within 8e18 per coordinate and |d| <= 1e38: |n . p|
//   <= 2.4e28 in __int128, so value and side are exact;
//   sdist, project, intersection round once from exact
//   parts (a few u relative). Floating: value errs by about
//   4u |n| (|p| + |a|), a the point P was built from, so eps
//   must exceed ~8u times the coordinates (docs/eps.md,
//   section 4); intersection's point has error ~ u |x| / s,
//   s the sine of the angle between l and P. plane(a, b, c):
//   n's coordinates within ~1.5 ulp of the cross product of
//   the rounded b - a, c - a (a plain cross product puts b, c
//   ~u L^2 / h off the plane, L the longest side, h the least
//   altitude); the plane's tilt is still ~u L / h.
// Degenerate: n == 0 (collinear a, b, c) asserted by value,
//   as are l's and p's preconditions (line3.hpp).
// Source: cp-geo (vlecomte), "Handbook of geometry for
//   competitive programmers", 3-D chapter (plane, side,
//   proj, inter, angle); Kahan, "Further remarks on reducing
//   truncation errors" (1965) and Jeannerod, Louvet, Muller,
//   Math. Comp. 82 (2013) (the fma difference of products,
//   within 1.5 ulp).
// Tests: unit 3d_plane_test; property 3d_plane_prop.
#ifndef GEO_3D_PLANE_HPP
#define GEO_3D_PLANE_HPP

template <class T> struct Plane3 {
  Point3<T> n;
  wide_t<T> d;
};
template <class T>
Plane3<T> plane(Point3<T> a, Point3<T> b, Point3<T> c) {
  assert(in_range(Line3<T>{a, b}, 1e9) && in_range(c, 1e9));
  auto u = b - a, v = c - a, n = u.cross(v);
  // floating: each x y - z w of the cross product to ~1.5 ulp
  // (Kahan's fma form), so a thin triangle keeps its vertices
  if constexpr (!is_exact_v<T>) {
    auto k = [](T x, T y, T z, T w) {
      return std::fma(x, y, -z * w) + std::fma(-z, w, z * w);
    };
    n = {k(u.y, v.z, u.z, v.y), k(u.z, v.x, u.x, v.z),
         k(u.x, v.y, u.y, v.x)};
  }
  return {n, n.dot(a)};
}
template <class T> wide_t<T> value(Plane3<T> P, Point3<T> p) {
  assert(P.n != Point3<T>() && in_range(p, 1e9));
  return P.n.dot(p) - P.d;
}
template <class T> real_t<T> sdist(Plane3<T> P, Point3<T> p) {
  return real_t<T>(value(P, p)) / P.n.norm();
}
template <class T> int side(Plane3<T> P, Point3<T> p) {
  return is_exact_v<T> ? sgn(value(P, p)) : sgn(sdist(P, p));
}
template <class T>
Point3<real_t<T>> project(Point3<T> p, Plane3<T> P) {
  using R = real_t<T>;
  R t = R(value(P, p)) / R(P.n.norm2());
  return Point3<R>(p) - Point3<R>(P.n) * t;
}
template <class T>
Point3<real_t<T>> project(Point3<T> p, Line3<T> l) {
  using R = real_t<T>;
  auto d = dir(l);
  assert(in_range(p, 1000000000));
  R t = R(d.dot(p - l.a)) / R(d.norm2());
  return Point3<R>(l.a) + Point3<R>(d) * t;
}

template <class T>
std::pair<int, Point3<real_t<T>>> intersection(Line3<T> l,
                                               Plane3<T> P) {
  using R = real_t<T>;
  auto d = dir(l);
  auto s = P.n.dot(d), v = value(P, l.a);
  if (is_exact_v<T> ? s == 0
                    : sgn(real_t<T>(s) / P.n.norm()) == 0)
    return {side(P, l.a) ? 0 : -1, {}};
  return {1, Point3<R>(l.a) - Point3<R>(d) * (R(v) / R(s))};
}
template <class T> real_t<T> angle(Plane3<T> P, Plane3<T> Q) {
  Point3<real_t<T>> m(P.n), n(Q.n);
  return std::atan2(m.cross(n).norm(), std::abs(m.dot(n)));
}

#endif

}  // namespace geo
