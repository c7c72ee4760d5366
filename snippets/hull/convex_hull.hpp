// cpgeo hull/convex_hull.hpp, hash 872b07; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <cmath>
#include <algorithm>
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

// hull/convex_hull.hpp: convex hull (Andrew's monotone chain).
// convex_hull(pts): the strict hull (no collinear vertices);
//   convex_hull<true>(pts) also keeps every input point on the
//   boundary. Duplicates merged. Counter-clockwise from the
//   lowest point (AOJ CGL_4_A order). Input already sorted by
//   lower is not sorted again.
// lower(a, b): a is lower than b (smaller y, then smaller x).
// Time: O(n log n). Same contract, faster: convex_hull_fast.
// Precision: long long: exact in the coordinate range
//   (docs/eps.md; asserted); floating: finite (asserted). The
//   right chain (points in lower order), then the left
//   (reverse order, without the right chain's points) pop b
//   from a, b, q unless b turns left (<true>: or is on segment
//   aq). Floating: b within eps (a distance) of segment aq
//   counts as on it; the lowest and highest points are always
//   output. What this guarantees: docs/hull/convex_hull.md.
// Degenerate: {} -> {}; all equal -> {p}; all collinear ->
//   strict: {lowest, other end}; <true>: every point once,
//   from the lowest to the other end (not walked back).
// Source: A. M. Andrew, IPL 9 (1979).
// Tests: unit hull_convex_hull_test; property
//   hull_convex_hull_prop; judge CGL_4_A, CGL_4_B.
#ifndef GEO_HULL_CONVEX_HULL_HPP
#define GEO_HULL_CONVEX_HULL_HPP

inline constexpr auto lower = [](auto a, auto b) {
  return a.y < b.y || (a.y == b.y && a.x < b.x);
};

template <bool keep = false, class T>
std::vector<Point<T>> convex_hull(std::vector<Point<T>> p) {
  for ([[maybe_unused]] auto q : p) assert(in_range(q, 1e9));
  if (!std::is_sorted(p.begin(), p.end(), lower))
    std::sort(p.begin(), p.end(), lower);
  p.erase(std::unique(p.begin(), p.end()), p.end());
  std::size_t n = p.size(), k = 0, s = 0, r = 0;
  decltype(p) h(n + 1);  // right chain h[0..s], then left
  auto add = [&](auto q) {
    if (r > 0 && q == h[r]) return void(r--);  // on the right
    // pop b = h[k - 1] from a, b, q unless b is a vertex
    for (; k >= s + 2; k--) {
      auto a = h[k - 2], d = h[k - 1] - a, v = q - a;
      T c = d.cross(v), e = eps<T>;  // floating: b near aq: 0
      if (!is_exact_v<T> && c * c <= e * e * v.norm2())
        c *= d.dot(v) <= 0 || v.dot(v - d) <= 0;
      if (keep ? c >= 0 : c > 0) break;
    }
    h[k++] = q;
  };
  for (auto q : p) add(q);
  for (r = k - 2, s = k - 1; n > 1 && --n;) add(p[n - 1]);
  h.resize(std::max(k, n + 1) - 1);
  return h;
}

#endif

}  // namespace geo
