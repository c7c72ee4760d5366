// cpgeo hull/triangle_count.hpp, hash 4b2224; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <cmath>
#include <algorithm>
#include <cassert>
#include <limits>
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

// orient.hpp: the turn a -> b -> c, and the exact sign of a
// cross product.
// cross_sign(a, b): the exact sign of a.cross(b), no eps.
//   Exact T: compared in wide_t. Floating: a plain product
//   when its error bound allows, else Kahan's FMA difference
//   of products (relative error <= 2u), exact unless a
//   product overflows or underflows.
// orient(a, b, c): +1 counter-clockwise, -1 clockwise, 0
//   collinear. Exact T: cross_sign(b - a, c - a). Floating:
//   0 iff the triangle's smallest altitude |cross| / longest
//   side is <= eps (a length); evaluated on the points
//   sorted, so every order of a, b, c gives the same answer
//   bit for bit, and exactly 0 when two points coincide.
// Time: O(1).
// Precision: cross_sign exact for every long long; orient for
//   |x|,|y| <= 4e18 (asserted); floating: docs/eps.md (|x|,|y|
//   <= 3.9e5 for double at eps = 1e-9).
// Degenerate: a == b etc. gives 0.
// Source: Kahan's difference of products; Jeannerod, Louvet,
//   Muller, Math. Comp. 82 (2013) for its error bound.
// Tests: unit orient_test; property orient_prop.
#ifndef GEO_ORIENT_HPP
#define GEO_ORIENT_HPP

template <class T> int cross_sign(Point<T> a, Point<T> b) {
  wide_t<T> l = wide_t<T>(a.x) * b.y, r = wide_t<T>(a.y) * b.x;
  assert(l - l == 0 && r - r == 0);  // finite products
  if constexpr (!is_exact_v<T>)  // error of l - r: 2u(|l|+|r|)
    if (std::abs(l - r) <=
        4 * std::numeric_limits<T>::epsilon() *
            (std::abs(l) + std::abs(r)))
      l = std::fma(a.x, b.y, -r), r = std::fma(a.y, b.x, -r);
  return (l > r) - (l < r);
}

template <class T>
int orient(Point<T> a, Point<T> b, Point<T> c) {
  assert(in_range(a, 4e18) && in_range(b, 4e18) &&
         in_range(c, 4e18));  // the differences fit in T
  if constexpr (is_exact_v<T>) return cross_sign(b - a, c - a);
  else {
    if (b < a) return -orient(b, a, c);  // sort a <= b <= c
    if (c < b) return -orient(a, c, b);
    if (a == b || b == c) return 0;
    T A = a.cross(b, c),
      L = std::max({dist2(a, b), dist2(a, c), dist2(b, c)});
    return A * A <= eps<T> * eps<T> * L ? 0 : A > 0 ? 1 : -1;
  }
}

#endif

// hull/triangle_count.hpp: points of a fixed set B strictly
// inside triangles with corners from a fixed set A (Library
// Checker count_points_in_triangle).
// TriangleCount<T> tc(A, B); tc.count(i, j, k) -> the number
// of
//   B points strictly inside the triangle A[i] A[j] A[k] (0 if
//   degenerate). Any order of i, j, k; B may repeat points and
//   share points with A.
// Time: O(|A|^2 |B|) precomputation (every pair's strip
//   count), O(1) per query; memory 2 |A|^2 ints. Method:
//   points ordered by (x, y) (an infinitesimal rotation: no
//   two distinct points share a strip coordinate). below[i][j]
//   (A[i] < A[j]) counts B points p with A[i] < p < A[j]
//   strictly below the segment, on[i][j] those on it. With a <
//   b < c: b below ac: inside = below(a,c) - below(a,b) -
//   below(b,c) - on(a,b) - on(b,c) - #(B at b); b above ac:
//   inside = below(a,b) + below(b,c) - below(a,c) - on(a,c).
// Precision: long long: exact in the coordinate range
//   (docs/eps.md; orient only). Floating: orient's eps, a
//   distance: a B point within about eps of an edge counts as
//   on it (not inside).
// Degenerate: collinear i, j, k or repeated indices -> 0.
// Source: the strip-count decomposition (e.g. USACO and
//   Codeforces editorials on counting points in triangles).
// Tests: unit hull_triangle_count_test; property
//   hull_point_sets_prop; judge count_points_in_triangle.
#ifndef GEO_HULL_TRIANGLE_COUNT_HPP
#define GEO_HULL_TRIANGLE_COUNT_HPP

template <class T> struct TriangleCount {
  std::vector<Point<T>> a;
  std::vector<std::vector<int>> below, on;  // a[i] < a[j]
  std::vector<int> at;  // B points equal to a[i]
  TriangleCount(const std::vector<Point<T>>& A,
                const std::vector<Point<T>>& B)
      : a(A),
        below(A.size(), std::vector<int>(A.size(), 0)),
        on(below),
        at(A.size(), 0) {
    for (std::size_t i = 0; i < a.size(); i++) {
      for (const Point<T>& p : B) at[i] += p == a[i];
      for (std::size_t j = 0; j < a.size(); j++) {
        if (!(a[i] < a[j])) continue;
        for (const Point<T>& p : B) {
          if (!(a[i] < p && p < a[j])) continue;
          const int s = orient(a[i], a[j], p);
          below[i][j] += s < 0;
          on[i][j] += s == 0;
        }
      }
    }
  }
  long long count(int i, int j, int k) const {
    std::size_t v[3] = {std::size_t(i), std::size_t(j),
                        std::size_t(k)};
    std::sort(v, v + 3,
              [&](auto p, auto q) { return a[p] < a[q]; });
    std::size_t x = v[0], y = v[1], z = v[2];
    int s = orient(a[x], a[z], a[y]);
    if (s == 0) return 0;
    if (s < 0)
      return below[x][z] - below[x][y] - below[y][z] -
             on[x][y] - on[y][z] - at[y];
    return below[x][y] + below[y][z] - below[x][z] - on[x][z];
  }
};

#endif

}  // namespace geo
