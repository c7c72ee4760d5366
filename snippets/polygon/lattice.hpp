// cpgeo polygon/lattice.hpp, hash 503abd; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <cmath>
#include <limits>
#include <type_traits>
#include <cassert>
#include <vector>
#include <numeric>

// point.hpp: the scalar rules and Point<T>, a 2-D point or
// vector. eps<T>: a LENGTH; 0 for exact T (integers,
// multiprecision),
//   1e-9 for floating T; change it at run time:
//   geo::eps<double> = 1e-7. sgn(x), cmp(a, b): signs with eps
//   (apply them to lengths, never to raw products).
// real_t<T>: type of lengths and angles (double for integers).
// frac_t<T>: type of constructed coordinates (never a
//   truncated lattice point); point_cast<Q>(p): p in Q.
// Where: a point against a region (AOJ CGL_3_C codes).
// in_range(x, bound): debug precondition: finite (floating),
//   |x| <= bound (64-bit integers), else true.
// Point: + - * /, dot, cross, norm2, dist2 exact for
//   long long |x|,|y| <= 1e9; == and < exact, lexicographic
//   (for sort/set/map; "same up to eps" is dist(a, b) <= eps).
// rotate, unit, angle need floating T. Printing: io.hpp.
// Time: O(1) each. Precision, Degenerate: docs/point.md.
// Source: KACTL Point.h (one template); tourist's zero eps
//   for integers. Tests: unit point_test, point_scalar_test;
//   property point_prop.
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
    T c = std::cos(a), s = std::sin(a);
    return {x * c - y * s, x * s + y * c};
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
  for (const auto& q : P) assert(in_range(q, 1000000000) && "area2: vertex out of range");
  wide_t<T> s = 0;
  for (size_t i = 1; i + 1 < P.size(); i++) s += P[0].cross(P[i], P[i + 1]);
  return s;
}

template <class T> real_t<T> area(const std::vector<Point<T>>& P) {
  return static_cast<real_t<T>>(area2(P)) / 2;
}

template <class T> real_t<T> perimeter(const std::vector<Point<T>>& P) {
  for (const auto& q : P) assert(in_range(q, 1000000000) && "perimeter: vertex out of range");
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
  for (const auto& q : P) assert(in_range(q, 1000000000) && "centroid: vertex out of range");
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
  for (const auto& q : P) assert(in_range(q, 1000000000) && "lattice_boundary: vertex out of range");
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
