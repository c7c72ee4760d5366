// cpgeo 3d/distance.hpp, hash 9122ef; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <cmath>
#include <algorithm>
#include <cassert>
#include <tuple>

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

// dist2.hpp: Dist2<T>{num, den}, a squared distance num / den
// (den > 0) in wide_t<T>, exact for exact T: what dist2
// returns for a segment (distance.hpp) or a line
// (line_distance.hpp).
// d.value(): num / den as real_t<T> (3 roundings).
// d.zero(): the distance is <= eps (exact T: == 0).
// d < e: exact comparison (long long: quotients, then
//   remainders < den <= 8e18, so no overflow; floating: the
//   cross products, rounded).
// dist(x, y): sqrt(dist2(x, y).value()) for every such pair
//   (two points keep point.hpp's dist).
// Time: O(1).
// Precision: dist of long long input has relative error <= 3u
//   (u = 2^-53).
// Degenerate: none (den > 0).
// Source: exact fractions as in cp-geo (vlecomte) ch. 2.
// Tests: unit dist2_test; property segment_prop, line_prop.
#ifndef GEO_DIST2_HPP
#define GEO_DIST2_HPP

template <class T> struct Dist2 {
  wide_t<T> num, den;
  real_t<T> value() const {
    return real_t<T>(num) / real_t<T>(den);
  }
  bool zero() const {
    return num <= wide_t<T>(eps<T>) * eps<T> * den;
  }
  bool operator<(const Dist2& o) const {
    if constexpr (std::is_integral_v<T>) {  // no overflow
      auto q = num / den, p = o.num / o.den;
      if (q != p) return q < p;
      return num % den * o.den < o.num % o.den * den;
    }
    return num * o.den < o.num * den;
  }
};

template <class A, class B> auto dist(A x, B y) {
  return std::sqrt(dist2(x, y).value());
}

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

// 3d/distance.hpp: squared distances in space as Dist2
// (dist2.hpp: num / den, exact for exact T) between a point,
// a line, a segment (a plane: sdist, plane.hpp).
// dist2(p, l): point-line, |d x (p - o)|^2 / |d|^2, o the
//   point of l nearer p.
// dist2(p, s): point-segment: the nearer end when the foot
//   falls outside s, else the line's.
// dist2(l, m): line-line: parallel(l, m) (line3.hpp): from
//   m.a to l; else ((m.a - l.a) . n)^2 / |n|^2, n = d1 x d2
//   (skew or intersecting: 0 then).
// dist2(s, t): segment-segment: the lines' distance when the
//   closest points of the lines are inside both segments
//   (not parallel, 0 < ((w x d2) . n) / |n|^2 < 1 and the same
//   with d1, w = t.a - s.a), else the least of the four
//   endpoint-segment distances.
// dist(x, y): sqrt of the value, for each pair (dist2.hpp).
// Time: O(1).
// Precision: long long: dist2(p, l), dist2(p, s) exact in the
//   coordinate range (docs/eps.md, asserted): num = |d x
//   w|^2 <= |d|^2 |w|^2 <= 1.44e38 (Lagrange), den <=
//   1.2e19. dist2(l, m), dist2(s, t): the numerator is of
//   degree 6, so exact for |x|,|y|,|z| <= 5e5 (asserted):
//   |(m.a - l.a) . n| <= (2 sqrt 3 5e5)^3 = 5.2e18 (Hadamard),
//   its square 2.7e37; den = |n|^2 <= 9e24. Dist2's < is
//   exact while den * den' < 1.7e38: point-line/segment
//   values to 1e9, line/segment pairs to |x| <= 1.7e4; else
//   compare value(). dist: relative error <= 3u (u = 2^-53).
//   Floating: dist(p, l), dist(p, s) err by <= 6u |p - o| +
//   2u dist; dist(l, m) of non-parallel lines by ~ 8u |m.a -
//   l.a| |d1| |d2| / |n| (the lines' condition; tested with
//   16u), dist(s, t) by that plus 8u (|m.a - l.a| + |d1| +
//   |d2|) (its ends' point-segment distances).
// Degenerate: a segment may be a point; parallel lines and
//   segments, lines that meet: as above. l's, s's and p's
//   preconditions asserted (line3.hpp).
// Source: cp-geo (vlecomte), 3-D chapter (line3d sqDist,
//   dist of two lines); Eberly, "Distance between two line
//   segments in 3D" (the interior case).
// Tests: unit 3d_distance_test; property 3d_distance_prop.
#ifndef GEO_3D_DISTANCE_HPP
#define GEO_3D_DISTANCE_HPP

template <class T> Dist2<T> dist2(Point3<T> p, Line3<T> l) {
  assert(in_range(p, 1e9));
  auto o = dist2(p, l.b) < dist2(p, l.a) ? l.b : l.a;
  return {dir(l).cross(p - o).norm2(), dir(l).norm2()};
}
template <class T> Dist2<T> dist2(Point3<T> p, Segment3<T> s) {
  assert(in_range(s, 1e9) && in_range(p, 1e9));
  if ((s.b - s.a).dot(p - s.a) <= 0) return {dist2(p, s.a), 1};
  if ((s.b - s.a).dot(p - s.b) >= 0) return {dist2(p, s.b), 1};
  return dist2(p, Line3<T>(s));
}
template <class T> Dist2<T> dist2(Line3<T> l, Line3<T> m) {
  assert(in_range(l, 500000) && in_range(m, 500000));
  if (parallel(l, m)) return dist2(m.a, l);
  auto n = dir(l).cross(dir(m));
  auto v = n.dot(m.a - l.a);
  return {v * v, n.norm2()};
}
template <class T>
Dist2<T> dist2(Segment3<T> s, Segment3<T> t) {
  assert(in_range(s, 500000) && in_range(t, 500000));
  auto u = s.b - s.a, v = t.b - t.a, w = t.a - s.a,
       n = u.cross(v);
  auto in = [&](Point3<T> e) {  // 0 < (w x e) . n < |n|^2
    auto k = w.cross(e).dot(n);
    return 0 < k && k < n.norm2();
  };
  if (in(u) && in(v) && !parallel(s, t))
    return dist2(Line3<T>(s), Line3<T>(t));
  return std::min({dist2(s.a, t), dist2(s.b, t), dist2(t.a, s),
                   dist2(t.b, s)});
}

#endif

}  // namespace geo
