// cpgeo circle/through.hpp, hash af6da8; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <cmath>
#include <cassert>
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

// point.hpp: Point<T>, a 2-D point or vector. It stands on
// the scalar rules (eps, sgn, wide_t, real_t: scalar.hpp).
// in_range(p, bound): debug precondition: finite (floating),
//   |x|,|y| <= bound (integers), else true. A number r:
//   in_range(Point<T>(r), bound).
// Point: + - * /, dot, cross, cross(a, b), norm2, norm, perp;
//   ==, != and < exact, < lexicographic (for sort, set, map;
//   "same up to eps" is dist(a, b) <= eps). Point<Q>(p):
//   explicit conversion, each coordinate cast to Q (long long
//   to double rounds once; double to long long truncates).
//   dist2(a, b), dist(a, b): hidden friends, call them
//   unqualified. No +=, -=, unary minus or unit() (kept
//   short): write a = a + b, p * -1, p / p.norm(). angle and
//   rotate: polar.hpp.
// Time: O(1) each.
// Precision: long long: exact in the coordinate range, |x|,|y|
//   <= 1e9 (docs/eps.md; in_range(p, 1e9)): cross(a, b), dist2
//   <= 8e18; dot, cross, norm2 of vectors to 2e9. / of
//   integers truncates. Floating: rounding only, no eps.
// Degenerate: p / p.norm() of the zero vector is (NaN, NaN).
// Source: KACTL Point.h (one template for every type).
// Tests: unit point_test; property point_prop.
#ifndef GEO_POINT_HPP
#define GEO_POINT_HPP

template <class T> struct Point {
  typedef Point P;
  T x, y;
  Point(const T& a = 0, const T& b = 0) : x(a), y(b) {}
  template <class U>  // Point<double>(q): each coordinate cast
  explicit Point(Point<U> p) : P(T(p.x), T(p.y)) {}
  P operator+(P p) const { return {x + p.x, y + p.y}; }
  P operator-(P p) const { return {x - p.x, y - p.y}; }
  P operator*(const T& k) const { return {x * k, y * k}; }
  P operator/(const T& k) const { return {x / k, y / k}; }
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
  P perp() const { return {-y, x}; }  // +90 degrees, exact
  friend T dist2(P a, P b) { return (a - b).norm2(); }
  friend auto dist(P a, P b) { return (a - b).norm(); }
};

template <class T> bool in_range(Point<T> p, long long b) {
  if constexpr (std::is_integral_v<T>)
    return -b <= p.x && p.x <= b && -b <= p.y && p.y <= b;
  return (p - p).norm2() == 0;  // finite
}

#endif

// circle/circle.hpp: Circle<T>{c, r} (r >= 0, 0: a point) and
// cut(), a line against a circle: the floor of circle/.
// cut(C, v, d): the line c + v + d s against C (v = p - c for
//   a point p of the line): {t, h} (a Point<real_t<T>>): the
//   foot of the perpendicular from c is at s = t, the common
//   points at s = t -+ h; h < 0: none, h = 0: tangent. Asserts
//   |d|^2 > 0; valid(C) is asserted by the callers
//   (intersect.hpp, area.hpp).
// valid(C, B = 1e9): the debug precondition of every circle
//   function: r >= 0; |x|,|y|,r <= B (long long); finite
//   (floating).
// Time: O(1) each.
// Precision: long long, in the coordinate range (docs/eps.md;
//   v, d within 2e9 per coordinate): the count is the exact
//   sign of r^2 |d|^2 - (d x v)^2 (in __int128); t and h are
//   exact integers rounded once, then a square root and a
//   division (relative error <= 3u, u = 2^-53). Floating: eps
//   is a LENGTH: h = 0 iff |dist(c, line) - r| <= eps on the
//   computed distance |d x v| / |d|, which errs by <= 8u |v|
//   (v as the caller rounded it): the exact answer outside the
//   band eps/2..2eps while |v| + r <= eps / (16u) (5.6e5 at
//   eps 1e-9).
// Degenerate: no NaN (the square of h is clamped at 0); r = 0
//   gives h = 0 for a line through c; v = 0 is fine.
// Source: cp-geo (vlecomte) 6.2 (circle-line via the foot).
// Tests: unit circle_circle_test; property circle_prop
//   (CircleLinePoints, CutFloatingContract); judge CGL_7_D,
//   CGL_7_H.
#ifndef GEO_CIRCLE_CIRCLE_HPP
#define GEO_CIRCLE_CIRCLE_HPP

template <class T> struct Circle {
  Point<T> c;
  T r;
};
template <class T> bool valid(Circle<T> C, int B = 1e9) {
  return C.r >= 0 && in_range(C.c, B) && in_range<T>(C.r, B);
}
template <class T, class R = real_t<T>, class W = wide_t<T>>
auto cut(Circle<T> C, Point<T> v, Point<T> d) {
  W x = d.cross(v), n = d.norm2(), w = n * C.r * C.r - x * x;
  R m = R(n), l = std::abs(R(x)) / std::sqrt(m);
  int s = is_exact_v<T> ? (w < 0) - (w > 0) : sgn(l - R(C.r));
  R h = s > 0 ? -1 : s ? std::sqrt(w < 0 ? 0 : R(w)) / m : 0;
  return assert(n > 0), Point<R>(R(-d.dot(v)) / m, h);
}

#endif

// circle/relation.hpp: how two circles lie: relation (AOJ
// CGL_7_A), chord (a point against a circle: contains.hpp).
// relation(A, B): 4 apart, 3 externally tangent, 2 crossing,
//   1 internally tangent, 0 one strictly inside the other
//   (concentric, different radii), -1 equal circles. AOJ
//   CGL_7_A codes: the number of common tangents when both
//   radii are positive (zero radii: tangents.hpp's table).
// cmp_dist(d2, L): sign(sqrt(d2) - L), L >= 0 (floating: 0
//   within eps).
// chord(A, B): {a / d, h / d} for crossing circles (relation
//   2): d = |B.c - A.c|, a the signed distance from A.c to the
//   common chord along A.c -> B.c, h half the chord.
// Time: O(1) each.
// Precision: decisions exact for long long in the coordinate
//   range (docs/eps.md; squares in __int128): a nearly tangent
//   pair (d^2 off by 1) is crossing. Floating: eps is a
//   LENGTH: the centre distance d against r1 + r2, |r1 - r2|
//   and 0, each within eps (d <= eps: concentric); the exact
//   answer outside the band eps/2..2eps while |x|,|y|,r <= eps
//   / (24u) (3.7e5 at eps 1e-9, u = 2^-53); relation is
//   symmetric bit for bit. chord, long long: d^2 + r1^2 -
//   r2^2, d^2 and the factors of 4 d^2 h^2 exact, rounded
//   once.
// Degenerate: zero radii are points; no NaN (h^2 clamped at
//   0). Asserts valid(A), valid(B).
// Source: AOJ CGL_7_A's classification; cp-geo (vlecomte)
//   6.2-6.3 (chord via the radical line); Heron: 16 area^2 =
//   ((r1+r2)^2 - d^2)(d^2 - (r1-r2)^2).
// Tests: unit circle_relation_test; property circle_prop;
//   judge CGL_7_A.
#ifndef GEO_CIRCLE_RELATION_HPP
#define GEO_CIRCLE_RELATION_HPP

template <class T> int cmp_dist(T d2, T L) {
  if constexpr (!is_exact_v<T>) return sgn(std::sqrt(d2) - L);
  else return sgn(wide_t<T>(d2) - wide_t<T>(L) * L);
}
template <class T> int relation(Circle<T> A, Circle<T> B) {
  assert(valid(A) && valid(B));
  T d = dist2(A.c, B.c), l = A.r < B.r ? B.r - A.r : A.r - B.r;
  int o = cmp_dist(d, T(A.r + B.r)), i = cmp_dist(d, l);
  return cmp_dist(d, T(0)) ? o < 0 ? 1 + i : 3 + o : -!sgn(l);
}
template <class T> auto chord(Circle<T> A, Circle<T> B) {
  using R = real_t<T>;
  wide_t<T> d = dist2(A.c, B.c), p = A.r + B.r, m = A.r - B.r;
  R k = R(p * p - d) * R(d - m * m), q = 2 * R(d);
  return Point<R>(R(d + p * m), std::sqrt(k < 0 ? 0 : k)) / q;
}

#endif

// circle/through.hpp: the circles of radius r through two
// points.
// through(a, b, r): the centres (Point<real_t<T>>) of the
//   circles of radius r through a and b (a != b): two when
//   |b - a| < 2r, the one left of a -> b first; one (the
//   midpoint) when |b - a| = 2r; none when |b - a| > 2r.
// How: c = m -+ perp(b - a) sqrt(4r^2 - d^2) / (2d), m the
//   midpoint, d = |b - a|.
// Time: O(1).
// Precision: long long: the count is exact in the coordinate
//   range, r <= 1e9 (docs/eps.md): relation.hpp's cmp_dist,
//   |b - a|^2 against (2r)^2 in __int128 (a pair 2r apart by a
//   hair gives two centres); 4r^2 - d^2 and d^2 exact, rounded
//   once: each centre errs by <= 8u (|m| + r) (u = 2^-53).
//   Floating: eps is a LENGTH: one centre iff ||b - a| - 2r|
//   <= eps (cmp_dist), the exact count outside the band
//   eps/2..2eps while |x|,|y|,r <= eps / (24u) (3.7e5 at eps
//   1e-9); each centre is at r from a and b within 8u (|m| +
//   r) (the midpoint of a tangency decided within eps: eps/2
//   more), but near tangency its position moves by up to
//   sqrt(u) r (d^2 is rounded: the problem's condition).
// Degenerate: a == b (every circle through a) is asserted
//   (floating: |b - a| >= 1e-140; closer, |b - a|^2 underflows
//   and the centres were NaN or inf); r = 0: none (floating:
//   the midpoint if |b - a| <= eps); no NaN
//   (4r^2 - d^2 clamped at 0). Asserts a, b in range, r >= 0.
// Source: the isosceles triangle a, b, c: c on the bisector at
//   height sqrt(r^2 - d^2/4) (e.g. cp-algorithms, circle
//   through two points).
// Tests: unit circle_through_test; property
//   circle_through_prop.
#ifndef GEO_CIRCLE_THROUGH_HPP
#define GEO_CIRCLE_THROUGH_HPP

template <class T, class R = real_t<T>>
auto through(Point<T> a, Point<T> b, T r) {
  assert((is_exact_v<T> ? a != b : dist(a, b) >= 1e-140) &&
         valid(Circle<T>{a, r}) && in_range(b, 1e9));
  auto v = b - a;
  wide_t<T> D = v.norm2(), w = 4 * wide_t<T>(r) * r - D;
  int k = 1 - cmp_dist(v.norm2(), T(2 * r));  // 2, 1, 0
  R h = k > 1 ? std::sqrt(R(w < 0 ? 0 : w) / R(D)) / 2 : 0;
  auto m = Point<R>(a + b) / 2, e = Point<R>(v.perp()) * h;
  std::vector<Point<R>> c{m + e, m - e};
  return c.resize(size_t(k)), c;
}

#endif

}  // namespace geo
