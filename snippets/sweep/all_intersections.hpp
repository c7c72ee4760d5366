// cpgeo sweep/all_intersections.hpp, hash f73b16; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <cmath>
#include <cassert>
#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <utility>
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

// sweep/all_intersections.hpp: every pair of segments that
// meet, with the common point, exactly (Bentley-Ottmann).
// all_intersections(S) -> vector<Meet<T>>: one Meet {i, j,
//   piece, x, y, d} per unordered pair i < j of closed
//   segments of S sharing a point (touching, shared ends,
//   overlaps and point segments a == b count). (x / d, y / d),
//   d > 0, is their only common point, or (piece) the first
//   end in (x, y) order of their overlap of positive length,
//   whose other end is the lesser canonical b of the two.
//   Sorted by that point in (x, y) order; a point has one
//   representation (x, y, d) in a call, not always in lowest
//   terms.
// side(s, p): the sign of (s.b - s.a) x (p - s.a) for an
//   integer segment s and a RatPoint p (1: p left of a -> b),
//   exactly.
// Time: O((n + k) log n), k the pairs reported; O(n + k)
//   memory; side O(1). Sweep in (x, y) order; the segments
//   through the sweep point P are reported, removed and
//   re-inserted in their order just after P (vertical last);
//   only new neighbours are tested for a crossing after P.
//   Points compare as RatPoint (rational_point.hpp: O(1) on
//   products, else O(log d)).
// Precision: long long: exact in the coordinate range
//   (docs/eps.md): a crossing is (x / d, y / d) with d <=
//   8e18, |x|,|y| <= 8e27; the event order by frac_cmp; the
//   side of a segment against P <= 6.4e37 in __int128. Integer
//   T only (a static_assert: floating crossings are not exact;
//   scale to integers).
// Degenerate: n = 0, 1: none. Overlaps: one Meet (piece) per
//   pair, not one per point; many segments through a point:
//   every pair. Preconditions: on_segment.hpp's (asserted).
// Source: Bentley and Ottmann, "Algorithms for reporting and
//   counting geometric intersections" (IEEE Trans. Comput.
//   1979); de Berg et al., Computational Geometry, ch. 2 (the
//   event handling with U(p), C(p), L(p)).
// Tests: unit sweep_all_intersections_test; property
//   sweep_all_intersections_prop; judge segment_intersections.
#ifndef GEO_SWEEP_ALL_INTERSECTIONS_HPP
#define GEO_SWEEP_ALL_INTERSECTIONS_HPP

template <class T> int side(Segment<T> s, RatPoint p) {
  auto [a, b] = s;
  auto c = (b.x - a.x) * (p.y - a.y * p.d) -
           (b.y - a.y) * (p.x - a.x * p.d);
  return (c > 0) - (c < 0);
}

template <class T> struct Meet {
  int i, j;
  bool piece;
  wide_t<T> x, y, d;
};

template <class T> std::vector<Meet<T>> all_intersections(
    std::vector<Segment<T>> s) {
  static_assert(is_exact_v<T>, "integer coordinates only");
  using W = wide_t<T>;
  using R = RatPoint;
  unsigned n = unsigned(s.size());
  std::map<R, std::vector<unsigned>> Q;
  for (unsigned i = 0; i < n; i++) {
    auto [a, b] = s[i] = canonical(s[i]);
    Q[{a.x, a.y, 1}].push_back(i), Q[{b.x, b.y, 1}];
  }
  R P;
  auto u = [&](unsigned i) { return s[i].b - s[i].a; };
  auto is = [&](Point<T> q) { return P == R{q.x, q.y, 1}; };
  // i below P: -1, through: 0
  auto sd = [&](unsigned i) { return -side(s[i], P); };
  // i below j just after P; j or i through P (n: P itself)
  auto below = [&](unsigned i, unsigned j) {
    int p = i < n ? sd(i) : 0, q = j < n ? sd(j) : 0;
    if (p != q) return p < q;
    if (i == n || j == n) return i == n;
    T c = u(i).cross(u(j));
    return c > 0 || (c == 0 && i < j);
  };
  std::set<unsigned, decltype(below)> A(below);
  // their crossing after P
  auto check = [&](unsigned i, unsigned j) {
    auto [a, b] = s[i];
    auto c = s[j].a - a, e = u(j);
    T dn = (b - a).cross(e), t = c.cross(e),
      w = c.cross(b - a);
    if (dn < 0) dn = -dn, t = -t, w = -w;
    if (!dn || t < 0 || t > dn || w < 0 || w > dn) return;
    R q{a.x * W(dn) + W(b.x - a.x) * t,
        a.y * W(dn) + W(b.y - a.y) * t, dn};
    if (P < q) Q[q];
  };
  // groups: point segments, then by direction; starts first
  auto grp = [&](unsigned i, unsigned j) {
    auto e = u(i), f = u(j), z = Point<T>();
    return (e == z) != (f == z) ? e == z : e.cross(f) > 0;
  };
  std::vector<Meet<T>> r;
  while (!Q.empty()) {
    auto [K, Z] = std::move(*Q.begin());
    P = K, Q.erase(Q.begin());
    for (auto it = A.lower_bound(n);
         it != A.end() && !sd(*it);)
      Z.push_back(*it), it = A.erase(it);
    std::sort(Z.begin(), Z.end(), [&](unsigned i, unsigned j) {
      return grp(i, j) ||
             (!grp(j, i) && is(s[i].a) > is(s[j].a));
    });
    for (size_t m = Z.size(), x = m, e = m; x--;) {
      if (x + 1 < m && grp(Z[x], Z[x + 1])) e = x + 1;
      for (size_t y = is(s[Z[x]].a) ? x + 1 : e; y < m; y++) {
        unsigned i = Z[x], j = Z[y];
        bool pc = y < e && !is(std::min(s[i].b, s[j].b));
        r.push_back({int(std::min(i, j)), int(std::max(i, j)),
                     pc, P.x, P.y, P.d});
      }
    }
    for (unsigned i : Z)
      if (!is(s[i].b)) A.insert(i);
    auto lo = A.lower_bound(n), hi = lo;
    while (hi != A.end() && !sd(*hi)) hi++;
    for (auto x : {lo, hi})
      if (x != A.begin() && x != A.end())
        check(*std::prev(x), *x);
  }
  return r;
}

#endif

}  // namespace geo
