// cpgeo sweep/segment_count.hpp, hash 8121c0; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <cassert>
#include <functional>
#include <vector>
#include <type_traits>
#include <cmath>
#include <algorithm>
#include <tuple>
#include <utility>

namespace geo {

// fenwick.hpp: Fenwick tree (binary indexed tree) over an
// associative, commutative f: prefix sums, minima, maxima.
// Fenwick<V, F> t{std::vector<V>(n, id), f}: n slots, each
//   holding id, f's identity (f(id, v) == v).
// t.add(i, v): slot i becomes f(slot i, v); i >= n: no-op.
// t.get(i, s): f(s, slot 0, ..., slot i - 1) (s when i == 0);
//   i <= n (asserted).
// Time: O(log n) each; memory n values.
// Precision: f's own: exact for integer sums and for min.
// Degenerate: n = 0: only get(0, s) == s.
// Source: P. M. Fenwick, "A new data structure for
//   cumulative frequency tables", SP&E 24(3), 1994.
// Tests: unit fenwick_test; property fenwick_prop; through
//   sweep_segment_count and mst_manhattan (unit, property,
//   judge CGL_6_A and manhattanmst).
#ifndef GEO_FENWICK_HPP
#define GEO_FENWICK_HPP

template <class V, class F = std::plus<V>> struct Fenwick {
  std::vector<V> t;
  F f;
  void add(std::size_t i, V v) {
    for (; i < t.size(); i |= i + 1) t[i] = f(t[i], v);
  }
  V get(std::size_t i, V s) {
    assert(i <= t.size());
    return i ? get(i & (i - 1), f(s, t[i - 1])) : s;
  }
};

#endif

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

// sweep/segment_count.hpp: count_axis_intersections(S): the
// number of pairs of one horizontal and one vertical segment
// of S that share a point (touching ends count), the AOJ
// CGL_6_A count. a.y == b.y, a.x != b.x is horizontal; every
// other one (a.x == b.x, a point included) vertical. Parallel
// pairs are not counted (CGL_6_A promises they never touch).
// Time: O(n log n): sweep in x (at equal x: starts of
//   horizontals, then the verticals' range counts, then ends),
//   a Fenwick tree (fenwick.hpp) of counts over the
//   horizontals' sorted y.
// Precision: exact for every T: coordinates are only compared.
//   Result long long (at most n^2 / 4).
// Degenerate: n = 0 gives 0. Precondition (asserted): every
//   segment axis-parallel.
// Source: the orthogonal segment intersection sweep, de Berg
//   et al., "Computational Geometry" (3rd ed.), 10.1.
// Tests: unit sweep_segment_count_test; property
//   sweep_segment_count_prop; judge CGL_6_A.
#ifndef GEO_SWEEP_SEGMENT_COUNT_HPP
#define GEO_SWEEP_SEGMENT_COUNT_HPP

template <class T> long long count_axis_intersections(
    const std::vector<Segment<T>>& S) {
  // ev: (x, 0 in 1 ask 2 out, lo, hi); ys: (a.y, 1) of each
  // segment (a vertical's slot stays 0)
  std::vector<std::pair<T, int>> ys;
  std::vector<std::tuple<T, int, T, T>> ev;
  for (auto [a, b] : S) {
    assert((a.x == b.x || a.y == b.y) && "not axis-parallel");
    if (b < a) std::swap(a, b);
    bool h = a.y == b.y && a.x != b.x;  // else vertical
    ys.push_back({a.y, 1}), ev.emplace_back(a.x, !h, a.y, b.y);
    if (h) ev.emplace_back(b.x, 2, a.y, a.y);
  }
  auto B = ys.begin(), E = ys.end();
  std::sort(B, E), std::sort(ev.begin(), ev.end());
  auto at = [&](T y, int k) {  // ys below (y, k)
    return size_t(std::lower_bound(B, E, std::pair(y, k)) - B);
  };
  Fenwick<long long> f{std::vector<long long>(ys.size()), {}};
  long long n = 0;
  for (auto [x, k, lo, hi] : ev)
    if (k == 1) n += f.get(at(hi, 2), 0) - f.get(at(lo, 0), 0);
    else f.add(at(lo, 1), 1 - k);
  return n;
}

#endif

}  // namespace geo
