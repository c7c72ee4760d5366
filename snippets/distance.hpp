// cpgeo distance.hpp, hash daabfa; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <cmath>
#include <cassert>
#include <algorithm>
#include <vector>
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

// on_segment.hpp: Segment<T>, the closed segment ab (a == b:
// the point a); the side of a point against it; on_segment.
// canonical(s): s with a <= b lexicographically; asserts the
//   preconditions below.
// cross_at(s, r): (s.b - s.a) x (r - o), o the end of s nearer
//   r (floating; a tie takes canonical(s).a) or s.a (exact
//   T). Reversing s negates it, bit for bit.
// side(s, r, tol): +1 if r is left of s.a -> s.b, -1 right, 0
//   if within tol of the line (tol = 0: on it); a point s
//   gives 0. Reversing s flips the sign, bit for bit.
// on_segment(r, s): dist(r, s) <= eps (exact T: r on s),
//   endpoints included; reversing s changes nothing.
// Time: O(1).
// Precision: long long: exact in the coordinate range
//   (docs/eps.md; for tol > 0 squared in __int128). Floating:
//   eps is the distance from r to s (to the line for side);
//   the exact answer outside eps/2..2 eps while |x|,|y| <= eps
//   / (23 u) (docs/eps.md). Why the end nearer r:
//   docs/on_segment.md.
// Degenerate: a == b is the point a. Preconditions (asserted
//   by canonical and cross_at, so by every function): long
//   long in the coordinate range, r included; floating:
//   finite, and a == b or |b - a| >= 1e-140 (shorter ones
//   underflow in squared products).
// Source: the point-segment distance by projection, cp-geo
//   (vlecomte) ch. 2.
// Tests: unit on_segment_test; property segment_prop,
//   polygon_contains_prop; judge CGL_2_B, CGL_3_C.
#ifndef GEO_ON_SEGMENT_HPP
#define GEO_ON_SEGMENT_HPP

template <class T> struct Segment { Point<T> a, b; };

template <class T> Segment<T> canonical(Segment<T> s) {
  assert(in_range(s.a, 1e9) && in_range(s.b, 1e9) &&
         (s.a == s.b || dist(s.a, s.b) >= 1e-140));
  return s.b < s.a ? Segment<T>{s.b, s.a} : s;
}

template <class T> T cross_at(Segment<T> s, Point<T> r) {
  auto [a, b] = canonical(s);  // asserts
  assert(in_range(r, 1e9));
  a = is_exact_v<T> ? s.a : dist2(r, b) < dist2(r, a) ? b : a;
  return (s.b - s.a).cross(r - a);
}

template <class T> int side(Segment<T> s, Point<T> r, T tol) {
  wide_t<T> c = cross_at(s, r), t = tol, n = dist2(s.a, s.b);
  return tol == 0 || c * c > t * t * n ? (c > 0) - (c < 0) : 0;
}

template <class T> bool on_segment(Point<T> r, Segment<T> s) {
  auto [a, b] = canonical(s);
  assert(in_range(r, 1e9));
  T e = eps<T>;
  if ((b - a).dot(r - a) <= 0) return dist2(r, a) <= e * e;
  if ((b - a).dot(r - b) >= 0) return dist2(r, b) <= e * e;
  return !side(s, r, e);
}

#endif

// segment.hpp: segment intersection (Segment, canonical,
// cross_at, side and on_segment: on_segment.hpp).
// intersect(s, t): s and t share a point (closed: touching and
//   overlapping count); floating: dist(s, t) <= eps. The four
//   sides at tol 2 eps decide at once when they show a proper
//   crossing (yes) or one segment beyond 2 eps on one side of
//   the other's line (no; exact T: tol 0, the classic test);
//   else a crossing at tol eps/2 or an end on the other
//   segment says yes.
// intersection<T, Q>(s, t): {} | {x} | {p, q} as Point<Q> (Q:
//   common_type_t<T, double>: double for integers, never
//   truncated, else T). The ends of s and t lying on the other
//   segment (on_segment), if any: their least and greatest in
//   (x, y) order, {p} if within eps of each other (exact T:
//   the overlap, or the touching point). Else the crossing
//   point (a n - b m) / (n - m) of s = ab, m = cross_at(t, a),
//   n = cross_at(t, b). Returned ends are input points,
//   exactly.
// Both order the points first: swapping s and t or reversing
//   either changes nothing, bit for bit.
// Time: O(1).
// Precision: long long: exact in the coordinate range
//   (docs/eps.md); a crossing point within 5u (|x| + max
//   |end|) (u = 2^-53). Floating, eps a distance: the exact
//   answer outside the band eps/2..2 eps while |x|,|y| <= eps
//   / (46 u) (2.0e5 for double at eps 1e-9), as it decides a
//   crossing at eps/2. intersection: {} iff !intersect; every
//   point within 2 eps of both segments; an exact overlap's
//   end comes back exactly unless another end lies within 2
//   eps of it; a crossing point errs by <= 24u R / sin(angle)
//   + 4u |x|, R the larger distance from x to the nearer end
//   of each segment (sin(angle) >= 64u). Derivations:
//   docs/segment.md.
// Degenerate: a == b is the point a everywhere. Preconditions:
//   on_segment.hpp's (asserted).
// Source: the orientation test (CLRS 33.1); cp-geo (vlecomte)
//   ch. 2; the crossing as a weighted mean of the ends: KACTL
//   SegmentIntersection.h.
// Tests: unit segment_test; property segment_prop; judge
//   CGL_2_B, CGL_2_C.
#ifndef GEO_SEGMENT_HPP
#define GEO_SEGMENT_HPP

template <class T> bool intersect(Segment<T> s, Segment<T> t) {
  for (T z : {T(2 * eps<T>), T(eps<T> / 2)}) {
    int m = std::max(side(s, t.a, z) * side(s, t.b, z),
                     side(t, s.a, z) * side(t, s.b, z));
    if (m < 0 || (m > 0 && z >= eps<T>)) return m < 0;
  }
  return on_segment(s.a, t) || on_segment(s.b, t) ||
         on_segment(t.a, s) || on_segment(t.b, s);
}

template <class T, class Q = std::common_type_t<T, double>,
          class P = Point<Q>>
auto intersection(Segment<T> s, Segment<T> t) {
  std::vector<P> r;
  if (!intersect(s, t)) return r;
  s = canonical(s), t = canonical(t);
  if (t.a < s.a) return intersection<T, Q>(t, s);
  for (auto p : {s.a, s.b, t.a, t.b})
    if (on_segment(p, s) && on_segment(p, t))
      r.push_back(P(p));
  Q m = Q(cross_at(t, s.a)), n = Q(cross_at(t, s.b));
  if (r.empty()) r = {(P(s.a) * n - P(s.b) * m) / (n - m)};
  auto [p, q] = std::minmax_element(r.begin(), r.end());
  if (dist2(*p, *q) > Q(eps<T> * eps<T>)) return r = {*p, *q};
  return r = {*p};
}

#endif

// distance.hpp: the distance from a point to a segment and
// between two segments (lines: line_distance.hpp).
// dist2(r, s): Dist2 (dist2.hpp), exact for exact T; from the
//   end of s nearest r when the projection falls outside s,
//   else from the line, with the operations of on_segment, so
//   dist2(r, s).zero() == on_segment(r, s).
// dist2(s, t): 0 if intersect(s, t) (segment.hpp), else the
//   least of the four endpoint-segment distances; swapping s
//   and t or reversing either changes nothing, bit for bit.
// dist(r, s), dist(s, t): sqrt of the value (dist2.hpp).
// Time: O(1).
// Precision: long long, in the coordinate range (docs/eps.md):
//   dist2 exact (num <= 6.4e37 in __int128), dist relative
//   error <= 3u (u = 2^-53). Floating: measured from the
//   nearer defining point a, dist errs by <= 6u |r - a| + 2u
//   dist, barring underflow; dist(s, t) is 0 where
//   intersect(s, t) says yes (a distance up to about 2 eps in
//   its band).
// Degenerate: a point segment is its point. Preconditions:
//   on_segment.hpp's (asserted), r included. Includes
//   segment.hpp for intersect.
// Source: cp-geo (vlecomte) ch. 2.
// Tests: unit distance_test; property segment_prop; judge
//   CGL_2_D.
#ifndef GEO_DISTANCE_HPP
#define GEO_DISTANCE_HPP

template <class T> Dist2<T> dist2(Point<T> r, Segment<T> s) {
  auto [a, b] = canonical(s);
  assert(in_range(r, 1e9));
  if ((b - a).dot(r - a) <= 0) return {dist2(r, a), 1};
  if ((b - a).dot(r - b) >= 0) return {dist2(r, b), 1};
  wide_t<T> c = cross_at(s, r);  // as side
  return {c * c, dist2(a, b)};
}
template <class T> Dist2<T> dist2(Segment<T> s, Segment<T> t) {
  s = canonical(s), t = canonical(t);
  if (std::tie(t.a, t.b) < std::tie(s.a, s.b)) std::swap(s, t);
  if (intersect(s, t)) return {0, 1};
  return std::min({dist2(s.a, t), dist2(s.b, t), dist2(t.a, s),
                   dist2(t.b, s)});
}

#endif

}  // namespace geo
