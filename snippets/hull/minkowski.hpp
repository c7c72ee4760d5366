// cpgeo hull/minkowski.hpp, hash 8577be; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <cmath>
#include <limits>
#include <type_traits>
#include <cassert>
#include <utility>
#include <algorithm>
#include <vector>

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

// orient.hpp: the turn a -> b -> c, and where c lies against the directed segment a -> b.
// orient(a, b, c): +1 counter-clockwise, -1 clockwise, 0 collinear. O(1).
//   Exact types: the sign of one cross product. long long: exact for |x|,|y| <= 4e18
//   (asserted): differences fit in long long, products in wide_t (__int128, < 1.3e38), so
//   the library's own outputs (a Minkowski sum of 1e9 inputs reaches 2e9) are accepted.
//   Floating: 0 iff the triangle's smallest altitude |cross| / (longest side) is <= eps.
//   Evaluated on the points sorted lexicographically, so orient(a,b,c) == orient(b,c,a)
//   == -orient(b,a,c) bit for bit, with or without FMA contraction, and exactly 0 when two
//   points coincide (a contracted u.cross(u) is not 0 at any range). Contract: altitude
//   <= eps/2 gives 0 and altitude >= 2 eps the exact sign, while every |coordinate|
//   <= eps / (23 u), u = unit roundoff: 3.9e5 for double, 8.0e8 for x87 long double at
//   eps = 1e-9 (the cross product errs by <= 4u |b-a| |c-a|; docs/eps.md).
// ccw(a, b, c): the AOJ CGL_1_C classification. +1 counter-clockwise, -1 clockwise,
//   +2 online back (behind a), -2 online front (past b), 0 on the segment (endpoints
//   included). Turn as orient; along the line, floating eps is a distance beyond an end.
//   long long: exact for |x|,|y| <= 4e18 (dot products in wide_t, like orient).
//   Precondition a != b (asserted). O(1). Floating: a segment with |b - a| <= eps is
//   degenerate at that scale (the turn uses abc's smallest altitude, so even a far c
//   may come back 0); test dist(a, b) > eps first where that can happen.
// cross_sign(a, b): the exact sign of a.cross(b), no eps. O(1). Exact types: wide_cross
//   (long long: |x|,|y| <= 4e18, asserted). Floating: Kahan's FMA difference of products,
//   whose relative error is <= 2u (Jeannerod, Louvet, Muller 2013), so the sign is exact
//   for every finite input (asserted) unless a product overflows or underflows (|x*y|
//   outside ~1e-290..1e300; not checked). A plain evaluation with an error bound answers
//   first; FMA only when in doubt.
#ifndef GEO_ORIENT_HPP
#define GEO_ORIENT_HPP

namespace geo {

// wide_cross(u, v), wide_dot(u, v): u.cross(v), u.dot(v) in wide_t<T>. long long: exact
//   for |x|,|y| < 2^63 (each product < 2^126, their sum < 2^127). For exact types.
template <class T> wide_t<T> wide_cross(const Point<T>& u, const Point<T>& v) {
  return wide_t<T>(u.x) * v.y - wide_t<T>(u.y) * v.x;
}
template <class T> wide_t<T> wide_dot(const Point<T>& u, const Point<T>& v) {
  return wide_t<T>(u.x) * v.x + wide_t<T>(u.y) * v.y;
}

template <class T> int cross_sign(const Point<T>& a, const Point<T>& b) {
  assert(in_range(a, 4000000000000000000) && in_range(b, 4000000000000000000) &&
         "cross_sign: out of range");  // 4e18
  if constexpr (is_exact_v<T>) {
    const wide_t<T> w = wide_cross(a, b);
    return (w > 0) - (w < 0);
  } else {
    const T l = a.x * b.y, r = a.y * b.x, d = l - r;  // |d - exact| <= 2u(|l|+|r|+|d|)
    if (std::abs(d) > 4 * std::numeric_limits<T>::epsilon() * (std::abs(l) + std::abs(r)))
      return d > 0 ? 1 : -1;  // sign certain: skip the slower exact step
    const T rounding = std::fma(a.y, b.x, -r);  // a.y*b.x == r + rounding exactly
    const T e = std::fma(a.x, b.y, -r) - rounding;
    return (e > 0) - (e < 0);
  }
}

template <class T> int orient(Point<T> a, Point<T> b, Point<T> c) {
  assert(in_range(a, 4000000000000000000) && in_range(b, 4000000000000000000) &&
         in_range(c, 4000000000000000000));  // 4e18
  if constexpr (is_exact_v<T>) {
    const wide_t<T> w = wide_cross(b - a, c - a);
    return (w > 0) - (w < 0);
  } else {
    int parity = 1;
    if (b < a) std::swap(a, b), parity = -parity;
    if (c < b) std::swap(b, c), parity = -parity;
    if (b < a) std::swap(a, b), parity = -parity;
    if (a == b || b == c) return 0;
    const Point<T> u = b - a, v = c - a;
    const T area2 = u.cross(v);
    const T longest2 = std::max({u.norm2(), v.norm2(), (c - b).norm2()});
    if (area2 * area2 <= eps<T> * eps<T> * longest2) return 0;
    return area2 > 0 ? parity : -parity;
  }
}

template <class T> int ccw(const Point<T>& a, const Point<T>& b, const Point<T>& c) {
  assert(a != b && "ccw: degenerate segment");
  if (int turn = orient(a, b, c)) return turn;
  if constexpr (is_exact_v<T>) {
    const Point<T> d = b - a;
    if (wide_dot(d, c - a) < 0) return 2;
    if (wide_dot(d, c - b) > 0) return -2;
  } else {  // unit direction via hypot: |b - a|^2 would underflow below ~1e-162
    const Point<T> d = (b - a) / std::hypot(b.x - a.x, b.y - a.y);
    if (d.dot(c - a) < -eps<T>) return 2;
    if (d.dot(c - b) > eps<T>) return -2;
  }
  return 0;
}

}  // namespace geo
#endif

// polar.hpp: exact ordering of vectors by argument (polar angle). No atan2, no eps.
// arg_less(a, b): arg(a) < arg(b) with arguments in (-pi, pi] and the origin counted as
//   argument 0 (tied with (1, 0)). A strict weak ordering: half-plane class first, then
//   cross_sign (orient.hpp) inside an open half-plane. O(1). Sort around a centre o:
//   compare a - o, b - o.
// sort_by_arg(points): std::sort by arg_less, O(n log n).
// Preconditions (asserted by cross_sign and arg_less): long long |x|,|y| <= 4e18, floating
//   finite (a NaN breaks the strict weak ordering). Floating over/underflow: not checked.
#ifndef GEO_POLAR_HPP
#define GEO_POLAR_HPP

namespace geo {

// 0: arg in (-pi, 0); 1: arg 0, origin included; 2: (0, pi); 3: arg pi.
template <class T> int arg_class(const Point<T>& p) {
  if (p.y < 0) return 0;
  if (p.y > 0) return 2;
  return p.x < 0 ? 3 : 1;
}

template <class T> bool arg_less(const Point<T>& a, const Point<T>& b) {
  assert(in_range(a, 4000000000000000000) && in_range(b, 4000000000000000000) &&
         "arg_less: out of range");  // 4e18
  const int ca = arg_class(a), cb = arg_class(b);
  if (ca != cb) return ca < cb;
  return (ca == 0 || ca == 2) && cross_sign(a, b) > 0;
}

template <class T> void sort_by_arg(std::vector<Point<T>>& points) {
  std::sort(points.begin(), points.end(),
            [](const Point<T>& a, const Point<T>& b) { return arg_less(a, b); });
}

}  // namespace geo
#endif

// polygon/convex.hpp: is_convex(P), P a closed polygon given by its vertices in order.
// True iff P bounds a convex region of positive area, traversed once, in either
// orientation. Allowed: collinear vertices (turns of 0, "angles <= 180 degrees", CGL_3_B)
// and repeated consecutive vertices (a vertex within eps of the previous kept one, or of
// the first, is skipped; exact types: equal). Rejected: fewer than 3 distinct vertices,
// all vertices collinear (zero area), a spike (the walk turns back on itself: a 180
// degree turn), turns of both signs, and walks that wind more than once (pentagram).
// Turns use orient (exact for long long with |x|,|y| <= 1e9; floating: a vertex whose
// triangle with its neighbours has smallest altitude <= eps counts as collinear). The
// winding is counted exactly (cross_sign, arg_less: polar.hpp; no eps), so a floating
// polygon that is convex up to eps-collinear vertices is accepted. O(n).
// Precondition (asserted): long long |x|,|y| <= 1e9 (u.dot(v), cross_sign of edges);
//   floating finite.
// Source: a closed polygon whose turns all have one sign and whose total turning is one
// full turn is convex (e.g. O'Rourke, "Computational Geometry in C", 2nd ed., 1.3).
#ifndef GEO_POLYGON_CONVEX_HPP
#define GEO_POLYGON_CONVEX_HPP

namespace geo {

template <class T> bool is_convex(const std::vector<Point<T>>& P) {
  assert(all_in_range(P, 1000000000) && "is_convex: vertex out of range");
  std::vector<Point<T>> Q;  // P without repeated consecutive vertices (cyclically)
  for (const Point<T>& p : P)
    if (Q.empty() || dist2(Q.back(), p) > eps<T> * eps<T>) Q.push_back(p);
  while (Q.size() > 1 && dist2(Q.back(), Q[0]) <= eps<T> * eps<T>) Q.pop_back();
  const size_t n = Q.size();
  if (n < 3) return false;
  int side = 0, winding = 0;  // sign of the strict turns; full turns made by the edges
  for (size_t i = 0; i < n; i++) {
    const Point<T>& a = Q[i];
    const Point<T>& b = Q[(i + 1) % n];
    const Point<T>& c = Q[(i + 2) % n];
    const Point<T> u = b - a, v = c - b;
    const int o = orient(a, b, c);
    if (o == 0 && u.dot(v) < 0) return false;    // spike
    if (o != 0 && side == -o) return false;      // turns both ways
    if (o != 0) side = o;
    const int s = cross_sign(u, v);              // exact turn: crossing of arg = pi
    if (s > 0 && arg_less(v, u)) winding++;
    if (s < 0 && arg_less(u, v)) winding--;
  }
  return side != 0 && winding == side;
}

}  // namespace geo
#endif

// hull/minkowski.hpp: Minkowski sum of two convex polygons, O(n + m).
// minkowski(a, b) -> {x + y : x in a, y in b} as a convex polygon, counter-clockwise from
//   its lowest point (smallest y, then smallest x). Parallel edges of a and b merge into
//   one edge, so strict inputs give a strict output; collinear vertices of the inputs stay.
//   Either input empty -> {}. A single point translates the other polygon; two segments
//   give a parallelogram (or one segment if parallel).
// a, b: counter-clockwise, convex, no repeated points, any start, collinear vertices
//   allowed (convex_hull output of either mode, including degenerate ones); long long:
//   |x|,|y| <= 1e9. Debug builds assert the range and, for n >= 3 not all collinear,
//   is_convex and a left turn at the lowest vertex (a clockwise input would give a walk
//   that is not convex).
// Time O(n + m): merge the edge sequences by angle in [0, 2 pi) (half plane, then the
//   cross product), both starting at the lowest vertex.
// Precision: exact for integral input (sums; the output's |x|,|y| reach 2e9, which orient
//   and where_in_convex accept). The merge compares edge directions by the exact sign of
//   their cross product (orient.hpp cross_sign), so floating input needs no eps.
// Source: the edge-merge construction, e.g. M. de Berg et al., Computational Geometry
//   (3rd ed. 2008), 13.3.
#ifndef GEO_HULL_MINKOWSKI_HPP
#define GEO_HULL_MINKOWSKI_HPP

namespace geo {

// minkowski's precondition on v (lowest vertex first). O(n).
template <class T> bool minkowski_input_ok(const std::vector<Point<T>>& v) {
  for (const Point<T>& p : v)
    if (!in_range(p, 1000000000)) return false;
  const std::size_t n = v.size();
  if (n < 3 || std::all_of(v.begin(), v.end(), [&](const Point<T>& p) { return orient(v[0], v.back(), p) == 0; }))
    return true;  // a point, a segment, convex_hull<true>'s collinear list
  return orient(v[n - 1], v[0], v[1]) >= 0 && is_convex(v);
}

template <class T> std::vector<Point<T>> minkowski(std::vector<Point<T>> a, std::vector<Point<T>> b) {
  if (a.empty() || b.empty()) return {};
  auto lowest_first = [](std::vector<Point<T>>& v) {
    std::rotate(v.begin(), std::min_element(v.begin(), v.end(), [](const Point<T>& p, const Point<T>& q) {
      return p.y < q.y || (p.y == q.y && p.x < q.x);
    }), v.end());
  };
  lowest_first(a);
  lowest_first(b);
  assert(minkowski_input_ok(a) && minkowski_input_ok(b) && "minkowski: not a ccw convex polygon in range");
  const std::size_t n = a.size(), m = b.size();
  std::vector<Point<T>> s;
  s.reserve(n + m);
  for (std::size_t i = 0, j = 0; i < n || j < m;) {
    s.push_back(a[i % n] + b[j % m]);
    const Point<T> ea = a[(i + 1) % n] - a[i % n], eb = b[(j + 1) % m] - b[j % m];
    const bool ha = ea.y < 0 || (ea.y == 0 && ea.x < 0), hb = eb.y < 0 || (eb.y == 0 && eb.x < 0);
    const int turn = i == n ? -1 : j == m ? 1 : ha != hb ? (hb ? 1 : -1) : cross_sign(ea, eb);  // > 0: ea first
    if (turn >= 0) i++;
    if (turn <= 0) j++;
  }
  return s;
}

}  // namespace geo
#endif
