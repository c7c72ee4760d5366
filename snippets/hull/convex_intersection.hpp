// cpgeo hull/convex_intersection.hpp, hash 35fa0d; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <cmath>
#include <algorithm>
#include <cassert>
#include <limits>
#include <vector>
#include <utility>

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

// polygon/convex.hpp: is the closed polygon P (its vertices in
// order) convex?
// is_convex(P): true iff P bounds a convex region of positive
//   area, walked once, in either orientation. Allowed:
//   collinear vertices (turns of 0, angles <= 180 degrees,
//   CGL_3_B) and repeated consecutive vertices (one within eps
//   of the previous kept one, or of the first, is skipped;
//   exact types: equal). Rejected: fewer than 3 distinct
//   vertices, all collinear (zero area), a spike (a 180 degree
//   turn back), turns of both signs, and walks that wind more
//   than once (pentagram).
// Time: O(n).
// Precision: turns by orient (long long: exact in the
//   coordinate range of docs/eps.md, asserted; floating: a
//   vertex whose triangle with its neighbours has smallest
//   altitude <= eps counts as collinear). The winding is
//   counted exactly (cross_sign and comparisons, no eps), so a
//   floating polygon convex up to eps-collinear vertices is
//   accepted. Floating: finite (asserted).
// Degenerate: n < 3 distinct vertices or zero area: false.
// Source: a closed polygon whose turns all have one sign and
//   whose total turning is one full turn is convex (J.
//   O'Rourke, Computational Geometry in C, 2nd ed., 1.3).
// Tests: unit polygon_convex_test; property
//   polygon_convex_prop; judge CGL_3_B.
#ifndef GEO_POLYGON_CONVEX_HPP
#define GEO_POLYGON_CONVEX_HPP

template <class T>
bool is_convex(const std::vector<Point<T>>& P) {
  for ([[maybe_unused]] auto& q : P) assert(in_range(q, 1e9));
  std::vector<Point<T>> Q;  // P without repeated vertices
  auto e = eps<T> * eps<T>;
  for (auto p : P)
    if (Q.empty() || dist2(Q.back(), p) > e) Q.push_back(p);
  while (Q.size() > 1 && dist2(Q.back(), Q[0]) <= e)
    Q.pop_back();
  size_t n = Q.size();
  // side: the sign of the strict turns; turns: the windings
  int side = 0, turns = 0;
  for (size_t i = 0; n > 2 && i < n; i++) {
    Point<T> a = Q[i], b = Q[(i + 1) % n], c = Q[(i + 2) % n],
             u = b - a, v = c - b, o0;
    int o = orient(a, b, c), s = cross_sign(u, v);
    if (o * side < 0 || (!o && u.dot(v) < 0)) return false;
    if (o) side = o;
    // an exact turn across the direction -pi/2 (downwards):
    // lexicographically negative edges point into
    // (pi/2, 3pi/2], the others into (-pi/2, pi/2]
    turns += (s > 0 && u < o0 && !(v < o0)) -
             (s < 0 && !(u < o0) && v < o0);
  }
  return side && turns == side;
}

#endif

// hull/convex_intersection.hpp: the intersection of two convex
// polygons.
// convex_intersection(a, b) -> the common part as a strict
//   convex polygon of Point<real_t<T>>, counter-clockwise from
//   its lowest point (smallest y, then x, as convex_hull):
//   {} if disjoint, one point if they touch at a point, two
//   (the ends, lowest first) if they share only a segment.
// a, b: counter-clockwise, convex, no repeated points,
//   collinear vertices allowed, positive area if n >= 3, any
//   start; a segment (2 points) or a point (1) works too.
//   Debug builds assert it (convex_ok, O(n)): in range (long
//   long: the coordinate range; floating: finite), two
//   distinct points, or is_convex and a left turn at the
//   leftmost vertex.
// Time: O(nm): each edge is clipped to the other polygon
//   (Cyrus-Beck: one interval of the edge's parameter), then
//   the parts of positive length are sorted by direction.
// Precision: integral input in the coordinate range
//   (docs/eps.md): every decision exact (the parameters are
//   fractions of cross products, compared in wide_t), so
//   touching and shared boundaries are found exactly; a vertex
//   is an edge end or a crossing rounded once (exact if a
//   lattice point). Floating: a vertex within eps (a distance)
//   of an edge's line counts as on it.
// Degenerate: a segment is clipped to as its two sides and two
//   perpendicular end caps, a point as a segment along x.
// Source: the boundary of the intersection is made of the
//   edges' parts inside the other polygon; M. Cyrus, J. Beck
//   (1978) for the parameter clipping.
// Tests: unit hull_convex_intersection_test; property
//   hull_convex_ops_prop.
#ifndef GEO_HULL_CONVEX_INTERSECTION_HPP
#define GEO_HULL_CONVEX_INTERSECTION_HPP

// convex_intersection's precondition on one input. O(n).
template <class V> bool convex_ok(const V& v) {
  size_t n = v.size(), i = 0;  // i: the leftmost vertex
  for (size_t j = 0; j < n; j++) {
    if (!in_range(v[j], 1000000000)) return false;
    if (v[j] < v[i]) i = j;
  }
  if (n < 3) return n < 2 || v[0] != v[1];
  return is_convex(v) && orient(v[i ? i - 1 : n - 1], v[i],
                                v[(i + 1) % n]) >= 0;
}

template <class T>
auto convex_intersection(const std::vector<Point<T>>& A,
                         const std::vector<Point<T>>& B) {
  using P = Point<T>;
  using W = wide_t<T>;
  using R = real_t<T>;
  assert(convex_ok(A) && convex_ok(B) &&
         "not a ccw convex polygon in range");
  // pc: (direction, start) of the parts of positive length;
  // r: every point found, then the answer
  std::vector<std::pair<P, Point<R>>> pc;
  std::vector<Point<R>> r;
  // x = g.cross(p - f); floating: p within eps of the line is
  // on it
  auto z = [](T x, P g) {
    return W(x) * (W(x) * x > eps<T> * eps<T> * g.norm2());
  };
  // Every edge of v clipped to w: the left sides of its edges
  // (a segment or point also: its two sides and end caps).
  auto clip = [&](auto& v, auto& w) {
    size_t n = v.size(), m = w.size();
    P u = w.back() - w[0], o;
    std::vector<std::pair<P, P>> L;  // (point, direction)
    for (size_t j = 0; j < m; j++)
      L.push_back({w[j], w[(j + 1) % m] - w[j]});
    if (u == o) u = P(1, 0);
    for (P x : {u, u.perp() * -1})
      if (m < 3)
        L.push_back({w[0], x}),
            L.push_back({w.back(), x * -1});
    for (size_t i = 0; i < n; i++) {
      P a = v[i], d = v[(i + 1) % n] - a;
      // t in [lp / lq, hp / hq]: c + t k >= 0 on every line
      W lp = 0, lq = 1, hp = d != o, hq = 1;
      for (auto [f, g] : L) {
        W c = z(g.cross(a - f), g),
          k = z(g.cross(a + d - f), g) - c;
        if (k > 0 && -c * lq > lp * k) lp = -c, lq = k;
        if (k < 0 && c * hq < hp * -k) hp = c, hq = -k;
        if (k == 0 && c < 0) hp = -1, hq = 1;
      }
      if (lp * hq > hp * lq) continue;
      // x + y lp / lq, rounded once: exact if an integer
      auto at = [&](T x, T y) {
        W e = W(x) * lq + W(y) * lp, k = e / lq;
        return R(k) + R(e - k * lq) / R(lq);
      };
      r.push_back({at(a.x, d.x), at(a.y, d.y)});
      if (lp * hq < hp * lq) pc.push_back({d, r.back()});
    }
  };
  clip(A, B), clip(B, A);
  // The pieces by direction from angle 0; each direction's
  // first start is a vertex, the lowest first (a segment's
  // pieces run both ways: its two ends).
  // up(d): the angle of d is in [pi, 2 pi)
  auto up = [](P d) { return P(d.y, d.x) < P(); };
  std::sort(pc.begin(), pc.end(), [&](auto& p, auto& q) {
    P d = p.first, e = q.first;
    return up(d) != up(e) ? up(e) : cross_sign(d, e) > 0;
  });
  r.resize(pc.empty() && !r.empty());
  for (size_t i = 0; i < pc.size(); i++) {
    auto [d, s] = pc[i];
    P e = pc[i - !!i].first;  // the previous direction
    if (!i || cross_sign(e, d) || up(e) != up(d))
      r.push_back(s);
    else if ((s - r.back()).dot({R(d.x), R(d.y)}) < 0)
      r.back() = s;
  }
  return r;
}

#endif

}  // namespace geo
