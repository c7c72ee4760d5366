// cpgeo circle/triangle.hpp, hash 1cc23e; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <cmath>
#include <limits>
#include <type_traits>
#include <cassert>
#include <utility>

// point.hpp: the scalar rules and Point<T>, a 2-D point or
// vector.
// eps<T>: a LENGTH; 0 for exact T (integers, multiprecision),
//   1e-9 for floating T; change it at run time:
//   geo::eps<double> = 1e-7 (never for exact T).
// sgn(x): sign with eps (apply it to lengths, never to raw
//   products). Where: a point against a region (AOJ CGL_3_C).
// wide_t<T>: __int128 for integers (degree-3/4 terms), else T.
// real_t<T>: type of lengths and angles (double for integers).
// in_range(x or p, bound): debug precondition: finite
//   (floating), |x| <= bound (integers), else true.
// Point: + - * / += -=, dot, cross, cross(a, b), norm2, norm,
//   perp, perp_cw; == and < exact, lexicographic (for sort,
//   set, map; "same up to eps" is dist(a, b) <= eps).
//   rotate, unit, angle: floating T. dist2(a, b), dist(a, b).
// Time: O(1) each.
// Precision: long long: dot, cross, norm2, dist2 exact for
//   |x|,|y| <= 1e9 (products of differences <= 8e18); / of
//   integers truncates. Floating: rounding only, no eps.
// Degenerate: unit() of the zero vector is (NaN, NaN); angle()
//   of (x, -0.0) is pi or 0, never -pi.
// Source: KACTL Point.h (one template for every type);
//   tourist's algo library (eps 0 for integers).
// Tests: unit point_test, point_scalar_test; property
//   point_prop.
#ifndef GEO_POINT_HPP
#define GEO_POINT_HPP

namespace geo {

template <class T> constexpr bool is_exact_v =
    std::numeric_limits<T>::is_exact;
template <class T> inline T eps = T(is_exact_v<T> ? 0 : 1e-9);
template <class T> int sgn(const T& x) {
  return x > eps<T> ? 1 : x < -eps<T> ? -1 : 0;
}
enum Where : int { OUTSIDE = 0, BOUNDARY = 1, INSIDE = 2 };
__extension__ template <class T> using wide_t =  // products
    std::conditional_t<std::is_integral_v<T>, __int128, T>;
template <class T> using real_t =
    std::conditional_t<std::is_floating_point_v<T>, T, double>;
template <class T> bool in_range(const T& x, long long b) {
  return std::is_integral_v<T> ? -T(b) <= x && x <= T(b)
                               : x - x == 0;  // finite
}

template <class T> struct Point {
  typedef Point P;
  T x, y;
  Point(const T& a = 0, const T& b = 0) : x(a), y(b) {}
  P operator+(P p) const { return {x + p.x, y + p.y}; }
  P operator-(P p) const { return {x - p.x, y - p.y}; }
  P operator-() const { return {-x, -y}; }
  P operator*(const T& k) const { return {x * k, y * k}; }
  P operator/(const T& k) const { return {x / k, y / k}; }
  P& operator+=(P p) { return *this = *this + p; }
  P& operator-=(P p) { return *this = *this - p; }
  bool operator==(P p) const { return x == p.x && y == p.y; }
  bool operator!=(P p) const { return !(*this == p); }
  bool operator<(P p) const {
    return x < p.x || (x == p.x && y < p.y);
  }
  T dot(P p) const { return x * p.x + y * p.y; }
  T cross(P p) const { return x * p.y - y * p.x; }
  T cross(P a, P b) const {
    return (a - *this).cross(b - *this);
  }
  T norm2() const { return dot(*this); }
  auto norm() const { return std::sqrt(real_t<T>(norm2())); }
  P perp() const { return {-y, x}; }     // +90 degrees, exact
  P perp_cw() const { return {y, -x}; }  // -90 degrees, exact
  T angle() const { return std::atan2(y + T(0), x); }
  P rotate(const T& a) const {  // counter-clockwise, radians
    return *this * std::cos(a) + perp() * std::sin(a);
  }
  P unit() const { return *this / norm(); }  // 0: NaNs
};

template <class T> T dist2(Point<T> a, Point<T> b) {
  return (a - b).norm2();
}
template <class T> real_t<T> dist(Point<T> a, Point<T> b) {
  return (a - b).norm();
}
template <class T> bool in_range(Point<T> p, long long b) {
  return in_range(p.x, b) && in_range(p.y, b);
}
}  // namespace geo
#endif

// circle/circle.hpp: Circle<T>{c, r} (r >= 0, 0: a point) and
// cut(), a line against a circle: the floor of circle/.
// cut(C, p, d): the line p + d s against C: {t, h} (a
//   Point<real_t<T>>): the foot of the perpendicular from C.c
//   is at s = t, the common points at s = t -+ h; h < 0:
//   none, h = 0: tangent. Preconditions valid(C), |d|^2 > 0:
//   asserted by the callers (intersect.hpp, area.hpp).
// valid(C): the debug precondition of every circle function:
//   r >= 0; |x|,|y|,r <= 1e9 (long long); finite (floating).
// to_real(p): p as Point<real_t<T>> (double for long long).
// Time: O(1) each.
// Precision: long long (|x|,|y|,r <= 1e9; p, d, c - p within
//   2e9 per coordinate): the count is the exact sign of r^2
//   |d|^2 - (d x (c - p))^2 (in __int128); t and h are exact
//   integers rounded once, then a square root and a division
//   (relative error <= 3u, u = 2^-53). Floating: eps is a
//   LENGTH: h = 0 iff |dist(c, line) - r| <= eps on the
//   computed distance |d x (c - p)| / |d|, which errs by <= 8u
//   |c - p|: the exact answer outside the band eps/2..2eps
//   while |c - p| + r <= eps / (16u) (5.6e5 at eps 1e-9).
// Degenerate: no NaN (the square of h is clamped at 0); r = 0
//   gives h = 0 for a line through c; p = c is fine.
// Source: cp-geo (vlecomte) 6.2 (circle-line via the foot).
// Tests: unit circle_circle_test; property circle_prop
//   (CircleLinePoints, CutFloatingContract); judge CGL_7_D,
//   CGL_7_H.
#ifndef GEO_CIRCLE_CIRCLE_HPP
#define GEO_CIRCLE_CIRCLE_HPP

namespace geo {

template <class T> struct Circle {
  Point<T> c;
  T r;
};
template <class T> Point<real_t<T>> to_real(Point<T> p) {
  return {real_t<T>(p.x), real_t<T>(p.y)};
}
template <class T> bool valid(Circle<T> C) {
  return C.r >= 0 && in_range(C.c, 1e9) && in_range(C.r, 1e9);
}
template <class T, class R = real_t<T>>
auto cut(Circle<T> C, Point<T> p, Point<T> d) {
  T x = d.cross(C.c - p), n = d.norm2();
  wide_t<T> w = wide_t<T>(C.r) * C.r * n - wide_t<T>(x) * x;
  R m = R(n), l = std::abs(R(x)) / std::sqrt(m);
  int s = is_exact_v<T> ? (w < 0) - (w > 0) : sgn(l - R(C.r));
  R h = s > 0 ? -1 : s ? std::sqrt(w < 0 ? 0 : R(w)) / m : 0;
  return Point<R>(R(d.dot(C.c - p)) / m, h);
}

}  // namespace geo
#endif

// circle/triangle.hpp: the circumcircle and the incircle of a
// triangle, as Circle<real_t<T>>.
// circum(a, b, c): {n, k}: the circumcentre is a + n / (2k),
//   k = (b - a) x (c - a) (0: collinear), n = (v.y |u|^2 -
//   u.y |v|^2, u.x |v|^2 - v.x |u|^2), u = b - a, v = c - a;
//   exact in wide_t (also used by enclosing.hpp).
// circumcircle(a, b, c): radius |u| |v| |b - c| / |2k|;
//   precondition k != 0 (asserted).
// incircle(a, b, c): centre (la a + lb b + lc c) / (la + lb +
//   lc), la = |b - c| etc.; radius |u x v| / (la + lb + lc).
//   Collinear points give r = 0 and a centre on the segment.
// Time: O(1) each.
// Precision: u = 2^-53. long long (|x|,|y| <= 1e9): n (degree
//   3) and k exact in __int128, rounded once: circumcentre
//   error <= 3u (|a| + r), radius relative <= 6u; incircle
//   lengths rounded once each, error <= 8u (|a| + longest
//   side). Floating: circumcentre error <= 16u (|a| + r)
//   (longest side)^2 / |2k|; incircle as above. Nearly
//   collinear points give a huge circle (condition ~ 1 /
//   sin(smallest angle)).
// Degenerate: circumcircle of collinear points and incircle of
//   three equal points are asserted; points in range too.
// Source: Coxeter, "Introduction to Geometry", 1.4-1.5.
// Tests: unit circle_triangle_test; property circle_prop
//   (Circumcircle); judge CGL_7_B, CGL_7_C.
#ifndef GEO_CIRCLE_TRIANGLE_HPP
#define GEO_CIRCLE_TRIANGLE_HPP

namespace geo {

template <class T>
auto circum(Point<T> a, Point<T> b, Point<T> c) {
  using W = wide_t<T>;
  Point<T> u = b - a, v = c - a;
  W s = u.norm2(), t = v.norm2();
  return std::pair(
      Point<W>(v.y * s - u.y * t, u.x * t - v.x * s),
      W(u.cross(v)));
}
template <class T> Circle<real_t<T>> circumcircle(Point<T> a,
                                                  Point<T> b,
                                                  Point<T> c) {
  assert(in_range(a, 1e9) && in_range(b, 1e9) &&
         in_range(c, 1e9));
  auto [n, k] = circum(a, b, c);
  assert(k != 0 && "circumcircle of collinear points");
  real_t<T> D = 2 * real_t<T>(k);
  return {to_real(a) + to_real(n) / D,
          dist(a, b) * dist(a, c) * dist(b, c) / std::abs(D)};
}
template <class T> Circle<real_t<T>> incircle(Point<T> a,
                                              Point<T> b,
                                              Point<T> c) {
  using R = real_t<T>;
  assert(in_range(a, 1e9) && in_range(b, 1e9) &&
         in_range(c, 1e9));
  R x = dist(b, c), y = dist(a, c), z = dist(a, b),
    s = x + y + z;
  assert(s > 0 && "incircle of three equal points");
  return {to_real(a) +
              (to_real(b - a) * y + to_real(c - a) * z) / s,
          std::abs(R(a.cross(b, c))) / s};
}

}  // namespace geo
#endif
