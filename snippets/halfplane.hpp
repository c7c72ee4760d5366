// cpgeo halfplane.hpp, hash 43fb01; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <cmath>
#include <limits>
#include <type_traits>
#include <algorithm>
#include <cassert>
#include <vector>

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

// line_base.hpp: the types every line header shares.
// Line<T>{a, b}: the infinite line through a != b, directed
//   a -> b (predicates: line.hpp).
// frac_t<T>: type of constructed coordinates: double for
//   integral T (never a truncated lattice point), else T.
// point_cast<Q>(p): p with coordinates in Q.
// Time: O(1).
// Precision: point_cast rounds once (long long to double:
//   exact for |x| <= 2^53).
// Degenerate: none (Line's a != b is asserted by its users).
// Source: cp-geo (vlecomte) ch. 2.
// Tests: unit line_test; property line_prop.
#ifndef GEO_LINE_BASE_HPP
#define GEO_LINE_BASE_HPP

namespace geo {

template <class T> using frac_t =
    std::conditional_t<std::numeric_limits<T>::is_integer,
                       double, T>;
template <class Q, class T> Point<Q> point_cast(Point<T> p) {
  return {Q(p.x), Q(p.y)};
}
template <class T> struct Line { Point<T> a, b; };

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

}  // namespace geo
#endif

// halfplane.hpp: halfplane_intersection(H, box): the
// intersection of the closed half-planes on or left of each
// directed line a -> b in H, as a convex polygon,
// counter-clockwise, vertices Point<frac_t<T>> (double for
// long long). box > 0 adds the square [-box, box]^2. Without a
// box the directions must leave no angular gap >= pi (else the
// region is unbounded or empty, and {} is returned).
// Result: size 0 empty, 1 a point, 2 a segment (two distinct
//   ends), >= 3 a polygon whose every consecutive triple has
//   orient > 0, no repeated vertices.
// Time: O(n log n): sort by direction, keep the innermost of
//   each direction, the deque sweep (Zhu's S&I scheme); the
//   cleaning of the rounded output: O(n) per vertex it drops.
// Precision: every decision is the sign of a degree-2 or
//   degree-4 expression, made for the half-planes pushed
//   outward by an infinitesimal d (each line moved along an
//   axis to its outside: no degenerate case). Exact T (long
//   long |x|,|y| <= 1e9, box <= 1e9, in __int128 < 1.3e38;
//   rationals): every decision exact; vertices that coincide
//   for d = 0 are merged (a point or a segment stays). A long
//   long vertex is t = N / D of exact N, D, then a + (b - a) t
//   in double: within 5u (|v| + M) per coordinate (u = 2^-53,
//   M the largest |input coordinate|). Floating: directions
//   are compared exactly (cross_sign), the degree-4 signs are
//   rounded: exact when no expression is within its rounding
//   error of 0 (e.g. small integers), else the answer of a
//   nearby input. Rounded vertices that coincide or turn
//   straight: of such a triple the point opposite its longest
//   side is dropped until orient sees left turns; within
//   orient's range (|x| <= 3.9e5 for double at eps 1e-9) they
//   are then exactly left. Exact decisions on doubles and
//   exact turns at every scale: halfplane_exact.hpp.
// Degenerate: parallel lines: the inner one; opposite lines: a
//   strip, the line itself (segment or point with more lines),
//   or empty. Asserted: a != b; long long |x|,|y| and box <=
//   1e9, floating finite; box >= 0.
// Source: Zhu Zeyuan's S&I half-plane intersection (2006);
//   symbolic perturbation as in Edelsbrunner and Muecke,
//   "Simulation of Simplicity" (1990).
// Tests: unit halfplane_test; property halfplane_prop (both
//   headers); bench planar_bench.
#ifndef GEO_HALFPLANE_HPP
#define GEO_HALFPLANE_HPP

namespace geo {

// a line: a point, its direction, and the outward axis w
template <class T> struct HLine { Point<T> a, d, w; };

template <class T>
std::vector<Point<frac_t<T>>> halfplane_intersection(
    const std::vector<Line<T>>& H, T box = T(0)) {
  using P = Point<T>;
  using R = frac_t<T>;
  using L = HLine<T>;
  std::vector<L> v, u;
  auto add = [&](P a, P b) {
    assert(a != b && in_range(a, 1000000000) &&
           in_range(b, 1000000000));
    P d = b - a;
    v.push_back({a, d,
                 d.x != 0 ? P(0, d.x > 0 ? -1 : 1)
                          : P(d.y > 0 ? 1 : -1, 0)});
  };
  assert(box >= 0 && in_range(box, 1000000000));
  for (auto& l : H) add(l.a, l.b);
  P o(-box, -box);  // the box, counter-clockwise
  for (P d : {P(2, 0), P(0, 2), P(-2, 0), P(0, -2)})
    if (box > 0) add(o, o + d * box), o += d * box;
  auto half = [](P d) { return P(d.y, d.x) < P(); };  // >= pi
  auto turn = [](L p, L q) { return cross_sign(p.d, q.d); };
  auto less = [&](const L& p, const L& q) {  // by direction
    return half(p.d) != half(q.d) ? half(q.d) : turn(p, q) > 0;
  };
  std::sort(v.begin(), v.end(), [&](const L& p, const L& q) {
    if (less(p, q) || less(q, p)) return less(p, q);
    if constexpr (is_exact_v<T>)
      return cross_sign(p.d, q.a - p.a) < 0;
    else
      return p.d.cross(p.a) / p.d.norm() >
             q.d.cross(q.a) / q.d.norm();
  });  // same direction: the inner one first, kept alone
  for (auto& l : v)
    if (u.empty() || less(u.back(), l)) u.push_back(l);
  auto vertex = [](const L& p, const L& q) {  // a + d t
    R t = R((q.a - p.a).cross(q.d)) / R(p.d.cross(q.d));
    return point_cast<R>(p.a) + point_cast<R>(p.d) * t;
  };
  // side of r at the crossing of p, q (not parallel): the sign
  // of F = D (d_r x (o_p - o_r)) + (d_r x d_p) ((o_q - o_p) x
  // d_q), D = d_p x d_q, times that of D, o = a; a tie (0) is
  // broken by o = w (the lines pushed out by 0+).
  auto side = [&](const L& p, const L& q, const L& r,
                  bool tie = 1) {
    auto F = [&](P o1, P o2, P o3) {
      using W = wide_t<T>;
      W f = W(p.d.cross(q.d)) * r.d.cross(o1 - o3) +
            W(r.d.cross(p.d)) * (o2 - o1).cross(q.d);
      return ((f > 0) - (f < 0)) * turn(p, q);
    };
    int s = F(p.a, q.a, r.a);
    return s || !tie ? s : F(p.w, q.w, r.w);
  };
  size_t m = u.size(), f = 0, e = 0;  // the deque is q[f, e)
  for (size_t i = 0; i < m; i++)      // a gap >= pi: unbounded
    if (turn(u[i], u[(i + 1) % m]) <= 0) return {};
  std::vector<L> q(m);
  for (auto& l : u) {
    while (e - f > 1 && side(q[e - 2], q[e - 1], l) <= 0) e--;
    while (e - f > 1 && side(q[f], q[f + 1], l) <= 0) f++;
    if (e > f && turn(q[e - 1], l) <= 0) return {};  // empty
    q[e++] = l;
  }
  while (e - f > 2 && side(q[e - 2], q[e - 1], q[f]) <= 0) e--;
  while (e - f > 2 && side(q[f], q[f + 1], q[e - 1]) <= 0) f++;
  if (e - f < 3 || turn(q[e - 1], q[f]) <= 0) return {};
  size_t k = e - f;
  auto at = [&](size_t i) -> L& { return q[f + i % k]; };
  // vertex i: at(i) x at(i + 1), once (floating: all, cleaned)
  std::vector<Point<R>> r;
  for (size_t i = 0; i < k; i++)
    if (!is_exact_v<T> ||
        side(at(i + k - 1), at(i), at(i + 1), 0) ||
        (i + 1 == k && r.empty()))
      r.push_back(vertex(at(i), at(i + 1)));
  // rounded vertices may turn straight or right: drop, of such
  // a triple, the point opposite its longest side; recheck all
  for (size_t i = 0, ok = 0, n; (n = r.size()) > 2 && ok < n;
       i++) {
    auto a = r[i % n], b = r[(i + 1) % n], c = r[(i + 2) % n];
    if (orient(a, b, c) > 0 && ++ok) continue;
    // the sides opposite c, a, b
    R d[3] = {dist2(c, a), dist2(a, b), dist2(b, c)};
    auto j = size_t(std::max_element(d, d + 3) - d);
    r.erase(r.begin() + long((i + (j + 1) % 3) % n));
    ok = 0;
  }
  if (r.size() == 2 && dist(r[0], r[1]) <= R(eps<T>))
    r.pop_back();
  return r;
}

}  // namespace geo
#endif
