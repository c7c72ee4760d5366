// cpgeo hull/calipers.hpp, hash 2f1e36; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <cmath>
#include <limits>
#include <type_traits>
#include <utility>
#include <vector>
#include <algorithm>
#include <cassert>

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

// hull/diameter.hpp: farthest pair of a convex polygon's
// vertices (rotating calipers).
// antipodal(poly, f): calls f(i, j) for each edge i (poly[i]
//   -> poly[i+1]) and every vertex j the caliper parallel to
//   it passes; the last j of each i is a vertex farthest from
//   edge i's line, and every antipodal vertex pair appears as
//   (i, j) or (i+1, j).
// diameter(poly) -> {i, j}: a farthest pair of vertices ({0,
//   0} if n <= 1).
// poly: counter-clockwise, convex, no repeated points,
//   collinear vertices allowed anywhere (poly[0] too), any
//   start: both outputs of convex_hull, rotated or not. Not
//   checked (width in hull/calipers.hpp checks it).
// Time: O(n).
// Precision: long long exact for |x|,|y| <= 1e9 (cross
//   products of edges, squared distances <= 8e18). Floating:
//   no eps; the caliper turns by the sign of the rounded cross
//   product of two edges, so a pair within rounding of the
//   farthest may be returned.
// Degenerate: n <= 1 -> {0, 0}; a segment, or
//   convex_hull<true>'s collinear list: its two ends.
// Source: M. I. Shamos (1978); G. T. Toussaint, "Solving
//   geometric problems with the rotating calipers" (1983).
// Tests: unit hull_calipers_test; property
//   hull_consumers_prop; judge CGL_4_B, furthest_pair.
#ifndef GEO_HULL_DIAMETER_HPP
#define GEO_HULL_DIAMETER_HPP

namespace geo {

template <class T, class F>
void antipodal(const std::vector<Point<T>>& v, F f) {
  int n = int(v.size());
  auto* p = v.data();
  for (int i = 0, j = 1; i < n && n > 1; i++)
    for (int t = 0; t < n; t++, j = (j + 1) % n) {
      f(i, j);  // advance while the next edge turns left of e
      auto e = p[(i + 1) % n] - p[i],
           g = p[(j + 1) % n] - p[j];
      if (e.cross(g) < 0 || (e.cross(g) == 0 && e.dot(g) <= 0))
        break;
    }
}

template <class T>
std::pair<int, int> diameter(const std::vector<Point<T>>& v) {
  std::pair<int, int> r{0, 0};
  auto* p = v.data();
  T d = 0;
  antipodal(v, [&](int i, int j) {
    if (dist2(p[i], p[j]) > d)
      d = dist2(p[i], p[j]), r = {i, j};
  });
  return r;
}

}  // namespace geo
#endif

// hull/calipers.hpp: width of a convex polygon (rotating
// calipers); diameter and antipodal: hull/diameter.hpp.
// width(poly) -> real_t<T>: the smallest distance between two
//   parallel lines enclosing poly, i.e. min over edges of the
//   largest distance of a vertex from the edge's line (0 if
//   n <= 2 or all points collinear).
// convex_ccw(poly): poly is counter-clockwise, convex and
// winds
//   once (every turn left or straight, no reversal unless all
//   points are collinear), exact types; true for floating T.
// poly: as antipodal (counter-clockwise, convex, no repeated
//   points, collinear vertices anywhere, any start). Debug
//   builds assert convex_ccw, O(n).
// Time: O(n).
// Precision: long long exact for |x|,|y| <= 1e9 (width: one
//   rounding of cross / |edge|). Floating: as antipodal (no
//   eps).
// Degenerate: n <= 2 or collinear -> 0.
// Source: G. T. Toussaint, "Solving geometric problems with
//   the rotating calipers" (1983); a closed walk turning left
//   by one full turn is convex (O'Rourke, Computational
//   Geometry in C, 1.3).
// Tests: unit hull_calipers_test; property
//   hull_consumers_prop.
#ifndef GEO_HULL_CALIPERS_HPP
#define GEO_HULL_CALIPERS_HPP

namespace geo {

template <class T>
bool convex_ccw(const std::vector<Point<T>>& v) {
  int n = int(v.size()), w = 0, flat = 1, back = 0;
  auto* p = v.data();
  auto half = [](Point<T> u) {
    return u.y < 0 || (u.y == 0 && u.x < 0);
  };
  for (int i = 0; i < n && is_exact_v<T>; i++) {
    auto e = p[(i + 1) % n] - p[i],
         g = p[(i + 2) % n] - p[(i + 1) % n];
    T c = e.cross(g);
    if (c < 0) return false;
    flat &= c == 0, back |= c == 0 && e.dot(g) < 0;
    w += half(e) && !half(g);
  }
  return !is_exact_v<T> || n < 3 || flat || (!back && w == 1);
}

template <class T>
real_t<T> width(const std::vector<Point<T>>& v) {
  int n = int(v.size());
  auto* p = v.data();
  assert(convex_ccw(v) && "width: not a convex ccw polygon");
  std::vector<real_t<T>> f(v.size() + 1);  // per edge: last j
  antipodal(v, [&](int i, int j) {
    auto e = p[(i + 1) % n] - p[i];
    f.data()[i] = real_t<T>(e.cross(p[j] - p[i])) / e.norm();
  });
  return n < 3 ? 0 : *std::min_element(f.begin(), f.end() - 1);
}

}  // namespace geo
#endif
