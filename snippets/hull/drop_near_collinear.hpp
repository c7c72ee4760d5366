// cpgeo hull/drop_near_collinear.hpp, hash c0a739; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <cmath>
#include <algorithm>
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

// hull/drop_near_collinear.hpp: the floating hull's eps band,
// without compounding.
// lower(a, b): a is lower than b (smaller y, then smaller x).
// drop_near_collinear(h): h a convex polygon, counter-
//   clockwise from its lowest point (convex_hull's order), no
//   repeated points. Floating T: from h[0], each vertex v is
//   dropped when v and the vertices dropped since the last
//   kept one k lie within eps (a distance) of the segment
//   from k to the vertex after v, and project strictly inside
//   it; the lowest and the highest point are kept. Exact T: h
//   unchanged.
// Why: dropping v within eps of its neighbours' segment, then
//   a neighbour, and so on, lets points drift out by eps per
//   step (a dense arc's chord lost 5000 eps); here every
//   vertex of h, so every point of h, is within eps (plus the
//   rounding of one cross product) of the result.
// Time: O(n): the farthest dropped vertex from the chord
//   moves forward as the chord turns (h convex).
// Precision: the band is eps times the chord's length, on a
//   rounded cross product; valid range as orient's (3.9e5 at
//   eps = 1e-9, docs/eps.md).
// Degenerate: n <= 2: h; a polygon within eps of the segment
//   lowest -> highest: that segment.
// Source: this library's (the greedy chord of polyline
//   simplification; the O(n) search is rotating calipers').
// Tests: unit hull_drop_near_collinear_test; property
//   hull_convex_hull_prop, hull_online_prop (through them).
#ifndef GEO_HULL_DROP_NEAR_COLLINEAR_HPP
#define GEO_HULL_DROP_NEAR_COLLINEAR_HPP

inline constexpr auto lower = [](auto a, auto b) {
  return a.y < b.y || (a.y == b.y && a.x < b.x);
};

template <class T> std::vector<Point<T>> drop_near_collinear(
    std::vector<Point<T>> h) {
  int n = int(h.size()), a = 0, m = 1, s = 1;
  if (is_exact_v<T> || n < 3) return h;
  auto b = h.begin(), top = std::max_element(b, b + n, lower);
  for (int j = 1; j < n; j++) {  // kept: b[0 .. s), s <= a + 1
    auto k = b[a], c = b[(j + 1) % n], d = c - k;
    // b[m]: the farthest from line kc of b[a + 1 .. j]
    while (m < j && d.cross(b[m + 1] - b[m]) <= 0) m++;
    T x = d.cross(b[m] - k), e = eps<T>;
    if (x * x > e * e * d.norm2() || b + j == top ||
        d.dot(b[a + 1] - k) <= 0 || d.dot(c - b[j]) <= 0)
      b[s++] = b[j], a = j, m = j + 1;
  }
  h.erase(b + s, h.end());
  return h;
}

#endif

}  // namespace geo
