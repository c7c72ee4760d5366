// cpgeo circle/triangle.hpp, hash 77e669; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <cmath>
#include <limits>
#include <type_traits>
#include <cassert>

// point.hpp: the scalar rules and Point<T>, a 2-D point or
// vector. eps<T>: a LENGTH; 0 for exact T (integers,
// multiprecision),
//   1e-9 for floating T; change it at run time:
//   geo::eps<double> = 1e-7. sgn(x), cmp(a, b): signs with eps
//   (apply them to lengths, never to raw products).
// real_t<T>: type of lengths and angles (double for integers).
// frac_t<T>: type of constructed coordinates (never a
//   truncated lattice point); point_cast<Q>(p): p in Q.
// Where: a point against a region (AOJ CGL_3_C codes).
// in_range(x, bound): debug precondition: finite (floating),
//   |x| <= bound (64-bit integers), else true.
// Point: + - * /, dot, cross, norm2, dist2 exact for
//   long long |x|,|y| <= 1e9; == and < exact, lexicographic
//   (for sort/set/map; "same up to eps" is dist(a, b) <= eps).
// rotate, unit, angle need floating T. Printing: io.hpp.
// Time: O(1) each. Precision, Degenerate: docs/point.md.
// Source: KACTL Point.h (one template); tourist's zero eps
//   for integers. Tests: unit point_test, point_scalar_test;
//   property point_prop.
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
    T c = std::cos(a), s = std::sin(a);
    return {x * c - y * s, x * s + y * c};
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

// circle/circle.hpp: Circle<T>{c, r} (centre, radius >= 0); a point against a circle and the
// relation of two circles. All O(1).
// contains(C, p) -> Where: INSIDE 2, BOUNDARY 1, OUTSIDE 0.
// relation(A, B): 4 apart, 3 externally tangent, 2 crossing, 1 internally tangent, 0 one
//   strictly inside the other (concentric, different radii); -1 for equal circles (same
//   centre and radius). AOJ CGL_7_A codes: the number of common tangent lines when both
//   radii are positive (with a zero radius, see tangents.hpp's table).
// cmp_dist(d2, L): sign(sqrt(d2) - L), L >= 0, the comparison behind both (also used by the
//   other circle headers).
// Exact types: decided on squares in wide_t (long long: exact for |x|,|y|,r <= 1e9; d2 <=
//   8e18 in long long, L^2 in __int128). Zero radius is a point: contains gives BOUNDARY
//   only at c; relation of two points is -1 (equal) or 4.
// Floating: eps is a LENGTH. BOUNDARY iff | |p - c| - r | <= eps; relation compares the centre
//   distance d with r1 + r2 and |r1 - r2| within eps, and d <= eps counts as concentric (-1
//   if also |r1 - r2| <= eps, else 0), so no direction is ever taken from a zero vector.
//   d, r1 + r2, |r1 - r2| err by <= 6u M (M the largest |coordinate| or radius, u = 2^-53),
//   so the exact answer comes back outside the band eps/2..2eps while M <= eps / (24 u)
//   (3.7e5 for double at eps = 1e-9). relation(A, B) == relation(B, A) bit for bit.
// Debug builds assert the preconditions of every circle header (valid(C): r >= 0, |x|,|y|,r
//   <= 1e9 for long long, no NaN or infinity for floating T).
// Source: the tangent-count classification of AOJ CGL_7_A; cp-geo (vlecomte) 6.
#ifndef GEO_CIRCLE_CIRCLE_HPP
#define GEO_CIRCLE_CIRCLE_HPP

namespace geo {

template <class T> struct Circle {
  Point<T> c;
  T r;
};

// Debug-build precondition of every circle function: r >= 0; centre and r within 1e9 for
// 64-bit integers, finite for floating T.
template <class T> bool valid(const Circle<T>& C) {
  return in_range(C.c, 1000000000) && in_range(C.r, 1000000000) && !(C.r < 0);
}

template <class T> int cmp_dist(const T& d2, const T& L) {
  if constexpr (is_exact_v<T>) {
    const wide_t<T> x = wide_t<T>(d2) - wide_t<T>(L) * wide_t<T>(L);
    return (x > 0) - (x < 0);
  } else {
    return sgn(std::sqrt(d2) - L);
  }
}

template <class T> Where contains(const Circle<T>& C, const Point<T>& p) {
  assert(valid(C) && in_range(p, 1000000000));
  const int s = cmp_dist(dist2(p, C.c), C.r);
  return s < 0 ? INSIDE : s == 0 ? BOUNDARY : OUTSIDE;
}

template <class T> int relation(const Circle<T>& A, const Circle<T>& B) {
  assert(valid(A) && valid(B));
  const T d2 = dist2(A.c, B.c), lo = A.r < B.r ? B.r - A.r : A.r - B.r;
  if (cmp_dist(d2, T(0)) == 0) return sgn(lo) == 0 ? -1 : 0;  // concentric
  const int out = cmp_dist(d2, T(A.r + B.r)), in = cmp_dist(d2, lo);
  if (out != 0) return out > 0 ? 4 : in > 0 ? 2 : in == 0 ? 1 : 0;
  return 3;
}

}  // namespace geo
#endif

// circle/triangle.hpp: the circumcircle and the incircle of a triangle. O(1). Circle<real_t<T>>.
// circumcircle(a, b, c): centre a + N / D, N = (v.y |u|^2 - u.y |v|^2, u.x |v|^2 - v.x |u|^2),
//   D = 2 u x v (u = b - a, v = c - a); radius |u| |v| |b - c| / |D|.
//   Precondition: D != 0, i.e. not exactly collinear (asserted: pitfall 9). Nearly
//   collinear points give a huge, ill-conditioned circle (condition ~ 1 / sin(smallest angle)).
// incircle(a, b, c): centre (la a + lb b + lc c) / (la + lb + lc), la = |b - c| etc.; radius
//   |u x v| / (la + lb + lc) (twice the area over the perimeter). Collinear points give r = 0
//   and a centre on the segment; precondition: not all three equal (asserted).
// Precision (u = 2^-53). long long: N (degree 3) and D exact in __int128 for |x|,|y| <= 1e9,
//   each rounded once: circumcentre error <= 3u (|a| + r), radius relative error <= 6u.
//   incircle: lengths rounded once each, error <= 8u (|a| + longest side). Floating:
//   circumcircle error <= 16u (|a| + r) times (longest side)^2 / |D|, incircle as above.
// Source: Coxeter, "Introduction to Geometry", 1.5 and 1.4 (circumcentre, incentre).
#ifndef GEO_CIRCLE_TRIANGLE_HPP
#define GEO_CIRCLE_TRIANGLE_HPP

namespace geo {

template <class T>
Circle<real_t<T>> circumcircle(const Point<T>& a, const Point<T>& b, const Point<T>& c) {
  using R = real_t<T>;
  using W = wide_t<T>;
  assert(in_range(a, 1000000000) && in_range(b, 1000000000) && in_range(c, 1000000000));
  const Point<T> u = b - a, v = c - a;
  const W D = W(u.cross(v)) * 2, uu = W(u.norm2()), vv = W(v.norm2());
  assert(D != 0 && "circumcircle of collinear points");
  const W nx = W(v.y) * uu - W(u.y) * vv, ny = W(u.x) * vv - W(v.x) * uu;
  const R den = static_cast<R>(D);
  return {{static_cast<R>(a.x) + static_cast<R>(nx) / den, static_cast<R>(a.y) + static_cast<R>(ny) / den},
          u.norm() * v.norm() * (b - c).norm() / std::abs(den)};
}

template <class T>
Circle<real_t<T>> incircle(const Point<T>& a, const Point<T>& b, const Point<T>& c) {
  using R = real_t<T>;
  assert(in_range(a, 1000000000) && in_range(b, 1000000000) && in_range(c, 1000000000));
  const Point<T> u = b - a, v = c - a;
  const R la = (c - b).norm(), lb = v.norm(), lc = u.norm(), s = la + lb + lc;
  assert(s > 0 && "incircle of three equal points");
  return {{static_cast<R>(a.x) + (lb * static_cast<R>(u.x) + lc * static_cast<R>(v.x)) / s,
           static_cast<R>(a.y) + (lb * static_cast<R>(u.y) + lc * static_cast<R>(v.y)) / s},
          std::abs(static_cast<R>(u.cross(v))) / s};
}

}  // namespace geo
#endif
