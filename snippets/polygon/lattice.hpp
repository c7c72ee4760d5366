// cpgeo polygon/lattice.hpp, hash 494826; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <cmath>
#include <limits>
#include <type_traits>
#include <cassert>
#include <utility>
#include <vector>
#include <numeric>

// base.hpp: the scalar layer. Every tolerance decision in cpgeo goes through here.
// eps<T>  a LENGTH. 0 for exact types (integral, multiprecision); GEO_EPS (default 1e-9)
//         for floating ones. Override: #define GEO_EPS 1e-7 before the first include, or
//         assign geo::eps<double> = 1e-7 at run time (exact types ignore it).
// sgn, cmp  exact for exact types; floating: |x| <= eps counts as 0, so apply them to
//         lengths, never to raw products (an area is not a length).
// wide_t<T>  type for degree-3/4 intermediates: __int128 for long long.
// real_t<T>  type of lengths and angles: T if floating, else double.
// Where  a point against a region: OUTSIDE 0, BOUNDARY 1, INSIDE 2 (AOJ CGL_3_C codes).
// Time O(1). Source: the zero-eps-for-integers trick of tourist/algo; vlecomte cp-geo 1.
#ifndef GEO_BASE_HPP
#define GEO_BASE_HPP

#ifndef GEO_EPS
#define GEO_EPS 1e-9
#endif

namespace geo {

template <class T> constexpr bool is_exact_v = std::numeric_limits<T>::is_exact;

template <class T> inline T eps = is_exact_v<T> ? T(0) : T(GEO_EPS);

template <class T> int sgn(const T& x) {
  if constexpr (is_exact_v<T>) return (x > 0) - (x < 0);
  else return (x > eps<T>) - (x < -eps<T>);
}

template <class T> int cmp(const T& a, const T& b) { return sgn(T(a - b)); }

enum Where : int { OUTSIDE = 0, BOUNDARY = 1, INSIDE = 2 };

template <class T> struct wide { using type = T; };
template <> struct wide<long long> { __extension__ typedef __int128 type; };
template <class T> using wide_t = typename wide<T>::type;

template <class T>
using real_t = std::conditional_t<std::is_floating_point<T>::value, T, double>;

// Debug-build precondition: finite if floating; |x| <= bound if a 64-bit integer.
template <class T> bool in_range(const T& x, long long bound) {
  if constexpr (std::is_floating_point<T>::value) return std::isfinite(x);
  else if constexpr (std::is_integral<T>::value && sizeof(T) <= 8) return -bound <= x && x <= bound;
  else return true;
}

}  // namespace geo
#endif

// point.hpp: Point<T>, a 2-D point or vector; one template for exact and floating use.
// T = long long: exact; dot, cross, norm2 and dist2 are overflow-free for |x|,|y| <= 1e9
//     (debug builds assert that bound where it matters). int is refused: it overflows.
// T = double / long double: results carry rounding error only; no eps is used here.
// == and < are exact and lexicographic (x, then y): use them for sort/set/map, not to
// ask "same point up to eps" (that is dist(a, b) <= eps). All operations O(1).
// rotate, unit, angle need floating T; norm and dist return real_t<T>.
// frac_t<T>: type of constructed coordinates: double for integral T (never a truncated
//   lattice point), T itself otherwise (exact for rationals). point_cast<Q>(p): p in Q.
// lex_order(a, b): sorts a, b lexicographically; -1 if it swapped them, else +1.
// cross_at(a, b, r): (b - a) x (r - o), o the one of a, b nearer r (floating: keeps the
//   digits of r - o); exact types: o = a. long long: exact for |x|,|y| <= 1e9.
// Reading and printing (>>, <<): io.hpp.
// Source: KACTL Point.h for the one-template idea.
#ifndef GEO_POINT_HPP
#define GEO_POINT_HPP

namespace geo {

template <class T> struct Point {
  static_assert(!std::is_integral<T>::value || sizeof(T) >= 8,
                "use Point<long long>: cross products of int coordinates overflow");
  T x{}, y{};
  Point() = default;
  Point(const T& px, const T& py) : x(px), y(py) {}

  Point operator+(const Point& p) const { return {x + p.x, y + p.y}; }
  Point operator-(const Point& p) const { return {x - p.x, y - p.y}; }
  Point operator-() const { return {-x, -y}; }
  Point operator*(const T& k) const { return {x * k, y * k}; }
  Point operator/(const T& k) const { return {x / k, y / k}; }  // truncates for integral T
  Point& operator+=(const Point& p) { return *this = *this + p; }
  Point& operator-=(const Point& p) { return *this = *this - p; }
  friend Point operator*(const T& k, const Point& p) { return p * k; }
  bool operator==(const Point& p) const { return x == p.x && y == p.y; }
  bool operator!=(const Point& p) const { return !(*this == p); }
  bool operator<(const Point& p) const { return x < p.x || (x == p.x && y < p.y); }

  T dot(const Point& p) const { return x * p.x + y * p.y; }
  T cross(const Point& p) const { return x * p.y - y * p.x; }
  T cross(const Point& a, const Point& b) const { return (a - *this).cross(b - *this); }
  T norm2() const { return dot(*this); }
  real_t<T> norm() const { return std::sqrt(static_cast<real_t<T>>(norm2())); }
  Point perp() const { return {-y, x}; }      // rotated +90 degrees, exact
  Point perp_cw() const { return {y, -x}; }   // rotated -90 degrees, exact
  T angle() const {  // argument in (-pi, pi]
    static_assert(std::is_floating_point<T>::value, "angle needs floating T");
    return std::atan2(y + T(0), x);  // + 0 turns -0.0 into 0.0: never -pi
  }
  Point rotate(const T& a) const {  // counter-clockwise by a radians
    static_assert(std::is_floating_point<T>::value, "rotate needs floating T");
    T c = std::cos(a), s = std::sin(a);
    return {x * c - y * s, x * s + y * c};
  }
  Point unit() const {  // precondition: not the zero vector
    static_assert(std::is_floating_point<T>::value, "unit needs floating T");
    assert((x != 0 || y != 0) && "unit() of the zero vector");
    return *this / norm();
  }
};

template <class T> T dist2(const Point<T>& a, const Point<T>& b) { return (a - b).norm2(); }
template <class T> real_t<T> dist(const Point<T>& a, const Point<T>& b) { return (a - b).norm(); }

// Signed angle turning a onto b, in (-pi, pi]; 0 if either is the zero vector.
template <class T> real_t<T> angle(const Point<T>& a, const Point<T>& b) {
  return std::atan2(static_cast<real_t<T>>(a.cross(b)) + real_t<T>(0), static_cast<real_t<T>>(a.dot(b)));
}

// Debug-build precondition for exact formulas: finite, and |x|,|y| <= bound if integral.
template <class T> bool in_range(const Point<T>& p, long long bound) {
  return in_range(p.x, bound) && in_range(p.y, bound);
}
template <class C> bool all_in_range(const C& points, long long bound) {  // e.g. a polygon
  for (const auto& p : points)
    if (!in_range(p, bound)) return false;
  return true;
}

template <class T>
using frac_t = std::conditional_t<std::numeric_limits<T>::is_integer, double, T>;
template <class Q, class T> Point<Q> point_cast(const Point<T>& p) { return {Q(p.x), Q(p.y)}; }

// Sorts a, b lexicographically; returns -1 if it swapped them, else +1.
template <class T> int lex_order(Point<T>& a, Point<T>& b) {
  if (!(b < a)) return 1;
  std::swap(a, b);
  return -1;
}

// (b - a) x (r - o), o = the one of a, b nearer r (floating: keeps the digits of r - o).
template <class T> T cross_at(const Point<T>& a, const Point<T>& b, const Point<T>& r) {
  if constexpr (!is_exact_v<T>)
    if (dist2(r, b) < dist2(r, a)) return (b - a).cross(r - b);
  return (b - a).cross(r - a);
}

}  // namespace geo
#endif

// polygon/area.hpp: signed area, orientation, perimeter and centroid of a polygon
// (std::vector<Point<T>>, vertices in order, either orientation; closing edge implied).
// area2(P)      twice the signed area, > 0 counter-clockwise. Shoelace about P[0]. O(n).
//               long long: exact in wide_t (__int128) for |x|,|y| <= 1e9 and any n (each
//               term <= 8e18). Floating: rounding only (terms taken relative to P[0]).
// area(P)       area2 / 2 as real_t<T> (signed). Exact integral data: 2A is an integer,
//               so A prints exactly from area2 (CGL_3_A).
// orientation(P) +1 counter-clockwise, -1 clockwise, 0 zero area. Exact types: sign of
//               area2. Floating: 0 iff |area2| <= eps * perimeter, i.e. the polygon's mean
//               width (2 area / perimeter) is <= 2 eps: eps is a LENGTH, not an area.
// perimeter(P)  sum of edge lengths, real_t<T>. O(n).
// centroid(P)   centre of mass of the enclosed region, Point<real_t<T>>, O(n). long long:
//               sums exact in __int128 (|x|,|y| <= 1e9, n <= 4e9), one rounding per
//               coordinate at the end. Precondition: area2(P) != 0 (asserted; pitfall 9:
//               a zero-area polygon has no region centroid; use the vertex mean instead).
// n = 0, 1, 2 (and repeated or collinear vertices): area2 0, orientation 0, perimeter of
// the closed walk (2 |ab| for n = 2). Self-intersecting P: the signed sum (winding-weighted).
// Precondition of every function (asserted, O(n)): long long |x|,|y| <= 1e9; floating finite.
// Source: shoelace formula; centroid by triangle fan, e.g. Bourke, "Calculating the area
// and centroid of a polygon" (1988); cp-geo (vlecomte) 5.
#ifndef GEO_POLYGON_AREA_HPP
#define GEO_POLYGON_AREA_HPP

namespace geo {

template <class T> wide_t<T> area2(const std::vector<Point<T>>& P) {
  assert(all_in_range(P, 1000000000) && "area2: vertex out of range");
  wide_t<T> s = 0;
  for (size_t i = 1; i + 1 < P.size(); i++) s += P[0].cross(P[i], P[i + 1]);
  return s;
}

template <class T> real_t<T> area(const std::vector<Point<T>>& P) {
  return static_cast<real_t<T>>(area2(P)) / 2;
}

template <class T> real_t<T> perimeter(const std::vector<Point<T>>& P) {
  assert(all_in_range(P, 1000000000) && "perimeter: vertex out of range");
  real_t<T> s = 0;
  for (size_t i = 0, n = P.size(); i < n; i++) s += dist(P[i], P[(i + 1) % n]);
  return s;
}

template <class T> int orientation(const std::vector<Point<T>>& P) {
  const wide_t<T> a = area2(P);
  if constexpr (!is_exact_v<T>)
    if (std::abs(a) <= eps<T> * perimeter(P)) return 0;
  return (a > 0) - (a < 0);
}

template <class T> Point<real_t<T>> centroid(const std::vector<Point<T>>& P) {
  using W = wide_t<T>;
  using R = real_t<T>;
  assert(all_in_range(P, 1000000000) && "centroid: vertex out of range");
  W a = 0, sx = 0, sy = 0;  // 2A and 6A times the centroid, relative to P[0]
  for (size_t i = 1; i + 1 < P.size(); i++) {
    const Point<T> u = P[i] - P[0], v = P[i + 1] - P[0];
    const W c = u.cross(v);
    a += c, sx += c * W(u.x + v.x), sy += c * W(u.y + v.y);
  }
  assert(a != 0 && "centroid of a zero-area polygon");
  const R d = 3 * static_cast<R>(a);
  return {static_cast<R>(P[0].x) + static_cast<R>(sx) / d,
          static_cast<R>(P[0].y) + static_cast<R>(sy) / d};
}

}  // namespace geo
#endif

// polygon/lattice.hpp: lattice points of a simple polygon with integer vertices (Pick).
// lattice_boundary(P)  sum over the closed walk's edges of gcd(|dx|, |dy|): the number of
//                      lattice points on the boundary when P is simple (n >= 3). Walks:
//                      n = 0, 1 -> 0; n = 2 -> 2 gcd (the segment itself has gcd + 1).
// lattice_interior(P)  lattice points strictly inside: (|2A| - B + 2) / 2 (Pick's theorem).
//                      Precondition: P simple with nonzero area (area2 != 0 asserted;
//                      simplicity not checked: O(n log n)).
// Repeated consecutive vertices add 0, collinear vertices split an edge's count exactly.
// Exact: integral T only; long long for |x|,|y| <= 1e9 (2A in wide_t, <= 8e18 for a
// polygon inside the box, so both counts fit long long; the bound is asserted). O(n log C).
// Source: Pick, "Geometrisches zur Zahlenlehre" (1899); boundary count via gcd, e.g.
// cp-algorithms "Pick's theorem".
#ifndef GEO_POLYGON_LATTICE_HPP
#define GEO_POLYGON_LATTICE_HPP

namespace geo {

template <class T> T lattice_boundary(const std::vector<Point<T>>& P) {
  static_assert(std::is_integral<T>::value, "lattice counts need integral coordinates");
  assert(all_in_range(P, 1000000000) && "lattice_boundary: vertex out of range");
  T b = 0;
  for (size_t i = 0, n = P.size(); i < n; i++) {
    const Point<T> d = P[(i + 1) % n] - P[i];
    b += std::gcd(d.x, d.y);  // std::gcd takes absolute values; gcd(0, 0) = 0
  }
  return b;
}

template <class T> T lattice_interior(const std::vector<Point<T>>& P) {
  const wide_t<T> a2 = area2(P);
  assert(a2 != 0 && "lattice_interior: zero-area polygon");
  return static_cast<T>(((a2 < 0 ? -a2 : a2) - lattice_boundary(P) + 2) / 2);
}

}  // namespace geo
#endif
