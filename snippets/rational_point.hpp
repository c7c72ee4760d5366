// cpgeo rational_point.hpp, hash 883a91; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <cmath>

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

// rational_point.hpp: exact rational points (x / d, y / d),
// as intersection_exact.hpp and halfplane_abc.hpp return them.
// frac_cmp(a, b, c, d): the sign of a / b - c / d (b, d > 0,
//   b, d < 2^63), exactly: products when |a|,|c| < 2^62 (then
//   < 2^125), else by continued fractions (no product).
// RatPoint{x, y, d}: the point (x / d, y / d), d > 0, in
//   wide_t<long long> (__int128), not reduced: compare points
//   with == and <, never the fields. == exact; < the exact (x,
//   y) order (frac_cmp); cmp(p): -1, 0, 1 in that order;
//   lattice(): an integer point (d divides x and y);
//   point<F>(): as Point<F> (default double), each coordinate
//   x / d with x and d rounded to F, then divided. An integer
//   point p: {p.x, p.y, 1}.
// Time: O(1); == and < O(1) on products, else O(log d).
// Precision: exact for 0 < d < 2^63 (frac_cmp's bound) and
//   any __int128 numerators. point<F>(): relative error <=
//   3u per coordinate (u of F, 2^-53 for double).
// Degenerate: a point has many representations (k x, k y, k
//   d): == and < treat them as one.
// Source: continued fractions for comparing fractions.
// Tests: unit rational_point_test; property
//   rational_point_prop; used by sweep/all_intersections.
#ifndef GEO_RATIONAL_POINT_HPP
#define GEO_RATIONAL_POINT_HPP

template <class W> int frac_cmp(W a, W b, W c, W d) {
  W m = W(1) << 62;
  if (-m < a && a < m && -m < c && c < m)
    return (a * d > c * b) - (a * d < c * b);
  W p = a / b - (a % b < 0), q = c / d - (c % d < 0);
  if (p != q) return p < q ? -1 : 1;
  a -= p * b, c -= q * d;  // 0 <= a < b, 0 <= c < d
  return !a || !c ? (a > 0) - (c > 0) : frac_cmp(d, c, b, a);
}

struct RatPoint {  // (x / d, y / d), d > 0
  using W = wide_t<long long>;
  typedef RatPoint R;
  W x, y, d;
  int cmp(R p) const {  // the sign of (x, y) - p's
    int c = frac_cmp(x, d, p.x, p.d);
    return c ? c : frac_cmp(y, d, p.y, p.d);
  }
  bool operator==(R p) const { return !cmp(p); }
  bool operator<(R p) const { return cmp(p) < 0; }
  bool lattice() const { return x % d == 0 && y % d == 0; }
  template <class F = double> Point<F> point() const {
    return {F(x) / F(d), F(y) / F(d)};
  }
};

#endif

}  // namespace geo
