// cpgeo line.hpp, hash c02d54; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <cmath>
#include <limits>
#include <type_traits>
#include <algorithm>
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

// line_base.hpp: the types every line header shares.
// Line<T>{a, b}: the infinite line through a != b, directed
//   a -> b (predicates: line.hpp).
// frac_t<T>: type of constructed coordinates: double for
//   integral T (never a truncated lattice point), else T.
// point_cast<Q>(p): p with coordinates in Q.
// Time: O(1).
// Precision: point_cast rounds once (long long to double:
//   exact for |x| <= 2^53).
// Degenerate: none (Line's a != b is asserted by its users).
// Source: cp-geo (vlecomte) ch. 2.
// Tests: unit line_test; property line_prop.
#ifndef GEO_LINE_BASE_HPP
#define GEO_LINE_BASE_HPP

namespace geo {

template <class T> using frac_t =
    std::conditional_t<std::numeric_limits<T>::is_integer,
                       double, T>;
template <class Q, class T> Point<Q> point_cast(Point<T> p) {
  return {Q(p.x), Q(p.y)};
}
template <class T> struct Line { Point<T> a, b; };

}  // namespace geo
#endif

// line.hpp: predicates of Line<T>{a, b}, the infinite line
// through a != b (directed a -> b; Line, frac_t, point_cast:
// line_base.hpp), and the helpers of the segment headers.
// lex_order(a, b): sorts a, b lexicographically; -1 if it
//   swapped them, else +1.
// cross_at(a, b, r): (b - a) x (r - o), o the one of a, b
//   nearer r (floating: keeps the digits of r - o); exact T:
//   o = a.
// side_of(a, b, r, tol = eps): +1 r left of a -> b, -1 right,
//   0 on it (floating: within distance tol); a == b gives 0.
// side(l, r): side_of(l.a, l.b, r); on_line(r, l): side == 0.
// parallel(l, m), orthogonal(l, m); intersect(l, m): the
//   lines share a point (not parallel, or the same line).
// checked(l) asserts the preconditions; canonical(l) orders
//   a < b, canonical(l, m) also orders the two lines.
// Time: O(1) each.
// Precision: long long exact for |x|,|y| <= 1e9 (products of
//   differences <= 8e18). Floating: eps is a distance: side ==
//   0 iff dist(r, l) <= eps; parallel (orthogonal) iff |d1 x
//   d2| (|d1 . d2|) <= eps max(|d1|, |d2|), the tip of the
//   shorter direction within eps of the longer one's line
//   (normal). Exact outside the band eps/2..2eps while |x|,|y|
//   <= eps / (23 u) (docs/eps.md). Points are ordered
//   canonically first: reversing a line or swapping l and m
//   changes nothing, bit for bit, FMA or not.
// Degenerate: a == b asserted (also floating |b - a| < 1e-140,
//   1e-2400 for long double: products underflow); long long
//   |x|,|y| <= 1e9 and floating finite asserted for the lines
//   and side's r.
// Source: cp-geo (vlecomte) ch. 2; eps rules: docs/eps.md.
// Tests: unit line_test; property line_prop; judge CGL_1_A,
//   CGL_1_B, CGL_2_A.
#ifndef GEO_LINE_HPP
#define GEO_LINE_HPP

namespace geo {

template <class T> int lex_order(Point<T>& a, Point<T>& b) {
  return b < a ? std::swap(a, b), -1 : 1;
}
template <class T>
T cross_at(Point<T> a, Point<T> b, Point<T> r) {
  auto o = !is_exact_v<T> && dist2(r, b) < dist2(r, a) ? b : a;
  return (b - a).cross(r - o);
}

// exact T: tol must be 0 (eps<T>)
template <class T> int side_of(Point<T> a, Point<T> b,
                               Point<T> r, T tol = eps<T>) {
  int s = lex_order(a, b);
  wide_t<T> c = cross_at(a, b, r);
  if (c * c <= tol * tol * (b - a).norm2()) return 0;
  return c > 0 ? s : -s;
}

template <class T> bool not_tiny(Point<T> d) {  // d = 0 passes
  return is_exact_v<T> || d == Point<T>() ||
         d.norm2() >=
             T(std::is_same_v<T, double> ? 1e-280L : 1e-4800L);
}
template <class T> const Line<T>& checked(const Line<T>& l) {
  for ([[maybe_unused]] auto p : {l.a, l.b})
    assert(in_range(p, 1e9));
  assert(l.a != l.b && not_tiny(l.b - l.a));  // a line
  return l;
}
template <class T> Line<T> canonical(Line<T> l) {
  return checked(l), lex_order(l.a, l.b), l;
}
template <class T> void canonical(Line<T>& l, Line<T>& m) {
  l = canonical(l), m = canonical(m);
  if (m.a < l.a || (m.a == l.a && m.b < l.b)) std::swap(l, m);
}

template <class T> int side(const Line<T>& l, Point<T> r) {
  assert(in_range(r, 1000000000));
  return side_of(checked(l).a, l.b, r);
}
template <class T> bool on_line(Point<T> r, const Line<T>& l) {
  return side(l, r) == 0;
}

// |x| <= eps max(|d|, |e|), x = d . e (dot) or d x e, d and e
// the directions of l and m
template <class T>
bool tip_within(Line<T> l, Line<T> m, bool dot) {
  canonical(l, m);
  Point<T> d = l.b - l.a, e = m.b - m.a;
  T x = dot ? d.dot(e) : d.cross(e);
  T L = std::max(d.norm2(), e.norm2());
  return is_exact_v<T> ? x == 0 : x * x <= eps<T> * eps<T> * L;
}
template <class T> bool parallel(Line<T> l, Line<T> m) {
  return tip_within(l, m, false);
}
template <class T> bool orthogonal(Line<T> l, Line<T> m) {
  return tip_within(l, m, true);
}
template <class T> bool intersect(Line<T> l, Line<T> m) {
  canonical(l, m);
  return !parallel(l, m) || side_of(l.a, l.b, m.a) == 0;
}

}  // namespace geo
#endif
