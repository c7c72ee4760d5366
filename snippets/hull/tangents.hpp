// cpgeo hull/tangents.hpp, hash 38a34e; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <cmath>
#include <limits>
#include <type_traits>
#include <algorithm>
#include <cassert>
#include <vector>
#include <utility>

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
// Time: O(1). Precision: cross_sign exact for every long long;
//   orient for |x|,|y| <= 4e18 (asserted); floating:
//   docs/eps.md (|x|,|y| <= 3.9e5 for double at eps = 1e-9).
//   Degenerate: a == b etc. gives 0.
// Source: Kahan's difference of products; Jeannerod, Louvet,
//   Muller, Math. Comp. 82 (2013) for its error bound.
// Tests: unit orient_test; property orient_prop.
#ifndef GEO_ORIENT_HPP
#define GEO_ORIENT_HPP

namespace geo {

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
  const long long R = (long long)4e18;  // differences fit
  assert(in_range(a, R) && in_range(b, R) && in_range(c, R));
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

}  // namespace geo
#endif

// ccw.hpp: where c lies against the directed segment a -> b,
// the AOJ CGL_1_C classification.
// ccw(a, b, c): +1 counter-clockwise, -1 clockwise, +2 online
//   back (behind a), -2 online front (past b), 0 on the
//   segment (endpoints included). The turn is orient's; along
//   the line, floating eps is a distance beyond an end.
// Time: O(1). Precision: long long exact for |x|,|y| <= 4e18
//   (dot products in wide_t); floating as orient.
// Degenerate: a == b is a precondition (asserted). Floating:
//   a segment with |b - a| <= eps is degenerate at that scale
//   (orient uses abc's smallest altitude, so even a far c may
//   give 0): test dist(a, b) > eps first where it can happen.
// Source: the AOJ CGL_1_C statement. Tests: unit ccw_test;
//   property orient_prop; judge CGL_1_C.
#ifndef GEO_CCW_HPP
#define GEO_CCW_HPP

namespace geo {

template <class T>
int ccw(Point<T> a, Point<T> b, Point<T> c) {
  assert(a != b && "ccw: degenerate segment");
  if (int turn = orient(a, b, c)) return turn;
  Point<T> d = b - a;
  if constexpr (is_exact_v<T>) {  // the products need wide_t
    auto dot = [&](Point<T> v) {
      return wide_t<T>(d.x) * v.x + wide_t<T>(d.y) * v.y;
    };
    return dot(c - a) < 0 ? 2 : dot(c - b) > 0 ? -2 : 0;
  } else {  // hypot: |d|^2 would underflow below ~1e-162
    d = d / std::hypot(d.x, d.y);
    return d.dot(c - a) < -eps<T>  ? 2
           : d.dot(c - b) > eps<T> ? -2
                                   : 0;
  }
}

}  // namespace geo
#endif

// hull/point_in_convex.hpp: where a point lies against a convex polygon, in O(log n).
// where_in_convex(poly, q) -> INSIDE, BOUNDARY or OUTSIDE (base.hpp Where).
//   poly: counter-clockwise, convex, no repeated points, collinear vertices allowed anywhere
//   (poly[0] too), any start: both outputs of convex_hull, rotated or not. Degenerate
//   polygons as convex_hull gives them: {} -> OUTSIDE; {p}: BOUNDARY iff q == p (floating:
//   within eps); a segment (two points, or <true>'s collinear list, ends first and last):
//   BOUNDARY on it, else OUTSIDE. Debug builds assert counter-clockwise and, for n >= 3
//   other than that list, positive area (at one strict vertex, O(1)).
// strict_vertex(poly): for n >= 3, the index of a strict vertex (its neighbours not
//   collinear with it): 0 if poly[0] is one, else the far end of the run of vertices ahead of
//   poly[0] on its edge's line (a prefix poly[1..s]: binary search); n if every vertex is on
//   that line (the zero-area list). 0 for n <= 2. Used by every hull/ function on a convex
//   polygon, so that each may start at a strict vertex.
// Time O(log n): strict_vertex (O(1) if poly[0] is strict), then binary search of the fan of
//   triangles at that vertex, then one edge test.
// Precision: long long exact for |x|,|y| <= 4e18 (orient's bound, so the 2e9 of a Minkowski
//   sum of 1e9 polygons is fine; dot products in wide_t). Floating: orient's eps, a
//   distance: q within about eps of the boundary answers BOUNDARY.
// Source: the fan binary search, e.g. F. P. Preparata, M. I. Shamos, Computational
//   Geometry (1985), 2.2.
#ifndef GEO_HULL_POINT_IN_CONVEX_HPP
#define GEO_HULL_POINT_IN_CONVEX_HPP

namespace geo {

template <class T> int strict_vertex(const std::vector<Point<T>>& poly) {
  const int n = static_cast<int>(poly.size());
  const Point<T>* p = poly.data();
  if (n < 3) return 0;
  auto ahead = [&](int k) {  // p[k] on the line p[n-1] p[0], ahead of p[0] (towards p[1])
    const Point<T> u = p[1] - p[0], v = p[k] - p[0];
    return orient(p[n - 1], p[0], p[k]) == 0 && wide_t<T>(u.x) * v.x + wide_t<T>(u.y) * v.y > 0;
  };
  int s = 0;
  if (orient(p[n - 1], p[0], p[1]) == 0) {
    if (ahead(n - 1)) return n;
    int hi = n - 1;  // ahead(s), !ahead(hi)
    for (s = 1; hi - s > 1;) {
      const int mid = (s + hi) / 2;
      (ahead(mid) ? s : hi) = mid;
    }
  }
  assert(orient(p[(s + n - 1) % n], p[s], p[(s + 1) % n]) > 0 && "convex polygon: clockwise or zero area");
  return s;
}

template <class T> Where where_in_convex(const std::vector<Point<T>>& poly, const Point<T>& q) {
  const int n = static_cast<int>(poly.size());
  const Point<T>* p = poly.data();
  if (n == 0) return OUTSIDE;
  if (n == 1) {  // exact types: ==, as dist2 overflows past 1e9
    if constexpr (is_exact_v<T>) return p[0] == q ? BOUNDARY : OUTSIDE;
    else return dist2(p[0], q) <= eps<T> * eps<T> ? BOUNDARY : OUTSIDE;
  }
  const int s = strict_vertex(poly);
  if (n == 2 || s == n)  // a segment poly[0] .. poly[n-1]
    return ccw(p[0], p[n - 1], q) == 0 ? BOUNDARY : OUTSIDE;
  auto v = [&](int k) -> const Point<T>& { return p[s + k < n ? s + k : s + k - n]; };  // from s
  const Point<T>& a = v(0);
  const int first_side = orient(a, v(1), q), last_side = orient(a, v(n - 1), q);
  if (first_side < 0 || last_side > 0) return OUTSIDE;
  // Find the fan triangle (a, v(lo), v(lo+1)) holding q. On the last edge's ray the
  // search stops before the collinear run there, so the triangle is never degenerate.
  const int least = last_side == 0 ? 1 : 0;
  int lo = 1, hi = n - 1;
  while (hi - lo > 1) {
    const int mid = (lo + hi) / 2;
    (orient(a, v(mid), q) >= least ? lo : hi) = mid;
  }
  const int side = orient(v(lo), v(hi), q);
  if (side < 0) return OUTSIDE;
  if (side == 0 || first_side == 0 || last_side == 0) return BOUNDARY;
  return INSIDE;
}

}  // namespace geo
#endif

// hull/tangents.hpp: the two tangents from an outside point to a convex polygon, O(log n).
// tangents(poly, q) -> {a, b}: indices such that the whole polygon lies left of (or on)
//   the line q -> poly[a] and right of (or on) the line q -> poly[b]: orient(q, poly[a], x)
//   >= 0 >= orient(q, poly[b], x) for every vertex x. With several vertices on a tangent
//   line, a is the last and b the first of them counter-clockwise. {-1, -1} if q is not
//   outside (inside or on the boundary). n == 1: {0, 0}; n == 2: the segment's two ends.
// poly: counter-clockwise, convex, no repeated points, positive area if n >= 3, collinear
//   vertices allowed anywhere (poly[0] too), any start: both outputs of convex_hull except
//   the collinear ones (n >= 3), rotated or not. Orientation and area asserted (O(1)).
// Time O(log n): where_in_convex first; the edges q sees form one cyclic run. From a strict
//   vertex v (point_in_convex.hpp strict_vertex), find one edge seen and one not seen (the
//   two edges at v, or a binary search of the fan at v), then binary search each end of
//   the run.
// Precision: long long exact for |x|,|y| <= 4e18 (orient and where_in_convex only).
//   Floating: orient's eps, a distance: q must be farther than about eps from the
//   polygon's boundary.
// Source: the visible-chain characterisation of tangents, e.g. J. O'Rourke, Computational
//   Geometry in C (1998), 3.7; the searches are this library's.
#ifndef GEO_HULL_TANGENTS_HPP
#define GEO_HULL_TANGENTS_HPP

namespace geo {

template <class T> std::pair<int, int> tangents(const std::vector<Point<T>>& poly, const Point<T>& q) {
  const int n = static_cast<int>(poly.size());
  if (n <= 1) return {0, 0};
  if (n == 2) return orient(q, poly.front(), poly.back()) >= 0 ? std::make_pair(0, 1) : std::make_pair(1, 0);
  const int s = strict_vertex(poly);
  assert(s < n && "tangents: zero-area polygon");
  if (where_in_convex(poly, q) != OUTSIDE) return {-1, -1};
  auto p = [&, v = poly.data()](int k) -> const Point<T>& { return v[(s + k) % n]; };  // from a strict vertex
  auto seen = [&](int i) { return orient(p(i), p(i + 1), q) <= 0; };  // edge i faces q (or q on its line)
  int out = -1, in = -1;  // an edge q sees, an edge it does not see
  (seen(0) ? in : out) = 0;
  (seen(n - 1) ? in : out) = n - 1;
  if (in < 0 || out < 0) {  // the fan edge at p(0) hit by the ray q -> p(0) (or p(0) -> q)
    const int sign = in < 0 ? 1 : -1;
    // q behind p(0) on the last edge's line: pass the collinear run there (> 0, not >= 0)
    const int least = in >= 0 && orient(p(0), p(1), q) != 0 ? 1 : 0;
    int lo = 1, hi = n - 1;
    while (hi - lo > 1) {
      const int mid = (lo + hi) / 2;
      (orient(p(0), p(mid), q) * sign >= least ? lo : hi) = mid;
    }
    (in < 0 ? in : out) = lo;
  }
  if (!seen(in) || seen(out)) return {-1, -1};  // only if poly breaks the precondition
  auto first = [&](int from, int len, bool want) {  // first i in (from, from+len] with seen == want
    int lo = 0, hi = len;
    while (hi - lo > 1) {
      const int mid = (lo + hi) / 2;
      (seen(from + mid) == want ? hi : lo) = mid;
    }
    return (s + from + hi) % n;
  };
  return {first(in, (out - in + n) % n, false), first(out, (in - out + n) % n, true)};
}

}  // namespace geo
#endif
