// cpgeo halfplane.hpp, hash b9bd24; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <cmath>
#include <limits>
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

// line_base.hpp: the types every line header shares.
// Line<T>{a, b}: the infinite line through a != b, directed
//   a -> b (predicates: line.hpp).
// frac_t<T>: type of constructed coordinates: double for
//   integral T (never a truncated lattice point), else T.
// Convert a point with Point<frac_t<T>>(p) (point.hpp).
// Time: O(1).
// Precision: types only.
// Degenerate: none (Line's a != b is asserted by its users).
// Source: cp-geo (vlecomte) ch. 2.
// Tests: unit line_base_test; property line_prop.
#ifndef GEO_LINE_BASE_HPP
#define GEO_LINE_BASE_HPP

template <class T> using frac_t =
    std::conditional_t<std::numeric_limits<T>::is_integer,
                       double, T>;
template <class T> struct Line { Point<T> a, b; };

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

// halfplane.hpp: halfplane_intersection(H, box): the
// intersection of the closed half-planes on or left of each
// directed line a -> b in H, as a convex polygon,
// counter-clockwise, vertices Point<frac_t<T>> (double for
// long long). box > 0 adds the square [-box, box]^2. Without a
// box the directions must leave no angular gap >= pi (else the
// region is unbounded or empty, and {} is returned).
// Result: size 0 empty, 1 a point, 2 a segment (two distinct
//   ends; floating T: more than eps apart), >= 3 a polygon
//   whose every consecutive triple has orient > 0, no repeated
//   vertices.
// halfplane_intersection<T, N>: the same sweep deciding by the
//   sign (hp_sg) of each expression in N<coordinate> for a
//   floating coordinate (an exact one: its cross products,
//   then wide_t), vertices from N too (halfplane_exact.hpp
//   passes a filter that throws when unsure, then expansions).
// Time: O(n log n): sort by direction, keep the innermost of
//   each direction, the deque sweep (Zhu's S&I scheme); the
//   cleaning of the rounded output: stack passes of O(n),
//   until three in a row drop nothing.
// Precision: every decision is the sign of a degree-2 or
//   degree-4 expression in cross products (b - a) x (d - c),
//   made for the half-planes pushed outward by an
//   infinitesimal (each line moved along an axis to its
//   outside: no degenerate case). Exact T (long long in the
//   coordinate range, docs/eps.md, box too: in __int128 <
//   1.3e38; rationals):
//   every decision exact; vertices that coincide are merged. A
//   long long vertex is t = N / D of exact N, D, then a + (b -
//   a) t in double: within 5u (|v| + M) per coordinate (u =
//   2^-53, M the largest |input coordinate|). Floating:
//   directions compared exactly (cross_sign of the rounded
//   b - a), the degree-4 signs rounded: exact when no
//   expression is within its rounding error of 0 (e.g. small
//   integers), else the answer of a nearby input. Rounded
//   vertices that coincide or turn straight: of such a triple
//   the point opposite its longest side is dropped (stack
//   passes, each starting mid-way so the seam is checked)
//   until every turn is left by orient and by the rounded
//   cross product; within orient's range (|x| <= 3.9e5 for
//   double at eps 1e-9) they are then exactly left. Exact
//   decisions on doubles and exact turns at every scale:
//   halfplane_exact.hpp.
// Degenerate: parallel lines: the inner one; opposite lines: a
//   strip, the line itself (segment or point with more lines),
//   or empty. Asserted: a != b; long long in the coordinate
//   range (box too), floating finite; box >= 0.
// Source: Zhu Zeyuan's S&I half-plane intersection (2006);
//   symbolic perturbation as in Edelsbrunner and Muecke,
//   "Simulation of Simplicity" (1990).
// Tests: unit halfplane_test (the cases both variants run);
//   property halfplane_prop (both headers); bench
//   planar_bench.
#ifndef GEO_HALFPLANE_HPP
#define GEO_HALFPLANE_HPP

template <class N> int hp_sg(N x) { return (x > 0) - (x < 0); }

// decisions: hp_sg of an expression in M: N<coordinate> for
// floating coordinates (wide_t: the coordinate type), else
// wide_t (__int128 for long long)
template <class T, template <class> class N = wide_t>
std::vector<Point<frac_t<T>>> halfplane_intersection(
    std::vector<Line<T>> q, T box = T(0)) {
  using P = Point<T>;
  using R = frac_t<T>;
  assert(box >= 0 && in_range(P(box), 1e9));  // before -box
  P o(-box, -box), z(box, 0);                 // the box, ccw
  for (int i = 0; box > 0 && i < 4; i++, z = z.perp())
    q.push_back({o, o = o + z + z});
  for ([[maybe_unused]] auto& l : q)
    assert(l.a != l.b && in_range(l.a, 1e9) &&
           in_range(l.b, 1e9));
  auto x = [](auto a, auto b, auto c, auto d) {
    using Q = decltype(a.x);  // (b - a) x (d - c): exact Q in
    using V =                 // Q, else in N<Q>
        Point<std::conditional_t<is_exact_v<Q>, Q, N<Q>>>;
    return (V(b) - V(a)).cross(V(d) - V(c));
  };
  using M = wide_t<decltype(x(P(), P(), P(), P()))>;
  // turn: the sign of D; rounded N: exact on the rounded b - a
  auto turn = [&](Line<T> p, Line<T> g) {
    return is_exact_v<M> ? hp_sg(x(p.a, p.b, g.a, g.b))
                         : cross_sign(p.b - p.a, g.b - g.a);
  };
  // h: the direction d is in [pi, 2pi); less: by direction
  auto h = [](P d) { return P(d.y, d.x) < P(); };
  auto less = [&](auto p, auto g) {
    P a = p.b - p.a, b = g.b - g.a;
    return h(a) != h(b) ? h(b) : turn(p, g) > 0;
  };
  std::sort(q.begin(), q.end(), less);
  auto w = [&](auto l) {  // the outward axis
    P d = l.b - l.a;
    return P(hp_sg(d.x) ? 0 : hp_sg(d.y), -hp_sg(d.x));
  };
  // side of r at the crossing of p, g (not parallel): the sign
  // of F = D (d_r x (o_p - o_r)) + (d_r x d_p) ((o_g - o_p) x
  // d_g), D = d_p x d_g, d = b - a, times that of D, o = a; a
  // tie (0) is broken by o = w (the lines pushed out by 0+).
  auto side = [&](auto p, auto g, auto r, bool tie = 1) {
    auto F = [&](P o1, P o2, P o3) {
      return hp_sg(
          M(x(p.a, p.b, g.a, g.b)) * x(r.a, r.b, o3, o1) +
          M(x(r.a, r.b, p.a, p.b)) * x(o1, o2, g.a, g.b));
    };
    int s = F(p.a, g.a, r.a);
    return (s || !tie ? s : F(w(p), w(g), w(r))) * turn(p, g);
  };
  // the deque q[f, e); a gap >= pi in the directions (no box,
  // unbounded) makes a turn <= 0 below
  size_t f = 0, e = 0;
  for (auto l : q) {  // of each direction the inner line
    bool par = e > f && !less(q[e - 1], l);
    if (par && turn(l, {l.a, q[e - 1].a}) >= 0) continue;
    e -= par;
    while (e - f > 1 && side(q[e - 2], q[e - 1], l) <= 0) e--;
    while (e - f > 1 && side(q[f], q[f + 1], l) <= 0) f++;
    if (e > f && turn(q[e - 1], l) <= 0) return {};  // empty
    q[e++] = l;
  }
  while (e - f > 2 && side(q[e - 2], q[e - 1], q[f]) <= 0) e--;
  while (e - f > 2 && side(q[f], q[f + 1], q[e - 1]) <= 0) f++;
  if (e - f < 3 || turn(q[e - 1], q[f]) <= 0) return {};
  auto at = [&](size_t i) { return q[f + i % (e - f)]; };
  // vertex i: at(i) x at(i + 1) = a + (b - a) t, t = N / D,
  // once (rounded N: all, then cleaned)
  std::vector<Point<R>> r, s;
  for (size_t i = 1; i <= e - f; i++) {
    auto p = at(i), l = at(i + 1);
    R t = R(x(p.a, l.a, l.a, l.b)) / R(x(p.a, p.b, l.a, l.b));
    if (!is_exact_v<M> || side(at(i - 1), p, l, 0) ||
        (i == e - f && r.empty()))
      r.push_back(Point<R>(p.a) + Point<R>(p.b - p.a) * t);
  }
  // rounded vertices may turn straight or right: of such a
  // triple drop (index m) the point opposite its longest side;
  // stack passes, each from the middle, until 3 drop none
  auto drop = [&] {  // of the top triple of s
    auto a = s.end()[-3], b = s.end()[-2], c = s.back();
    if (orient(a, b, c) + hp_sg(x(a, b, a, c)) > 1) return 3l;
    R d[3] = {dist2(b, c), dist2(c, a), dist2(a, b)};
    return std::max_element(d, d + 3) - d;
  };
  for (int ok = 0; ok < 3 && r.size() > 2; ok++) {
    for (size_t n = r.size(), i = 0; i < n; i++) {
      s.push_back(r[(i + n / 2) % n]);
      for (long m; s.size() > 2 && (m = drop()) < 3;)
        s.erase(s.end() - 3 + m), ok = -1;
    }
    r.swap(s), s.clear();
  }
  if (r.size() == 2 && dist(r[0], r[1]) <= R(eps<M>))
    r.pop_back();
  return r;
}

#endif

}  // namespace geo
