// cpgeo hull/tangents.hpp, hash 679ee2; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <cmath>
#include <algorithm>
#include <cassert>
#include <limits>
#include <utility>

namespace geo {

// where.hpp: Where, the answer of every point-in-region test
// (polygon/contains, polygon/locate, hull/point_in_convex,
// hull/online, circle/contains, circle/enclosing).
// Where: OUTSIDE = 0, BOUNDARY = 1, INSIDE = 2, numbered as
//   AOJ CGL_3_C prints them; convertible to int (if (w) means
//   "not outside").
// Time: -.
// Precision: -.
// Degenerate: -.
// Source: AOJ CGL_3_C's output codes.
// Tests: unit where_test (through each test that returns it).
#ifndef GEO_WHERE_HPP
#define GEO_WHERE_HPP

enum Where : int { OUTSIDE = 0, BOUNDARY = 1, INSIDE = 2 };

#endif

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

// hull/strict_vertex.hpp: where the O(log n) searches on a
// convex polygon start.
// strict_vertex(poly): for n >= 3, the index of a vertex whose
//   neighbours are not collinear with it: 0 if poly[0] is one,
//   else the far end of the run of vertices ahead of poly[0]
//   on its edge's line; n if every vertex is on that line (the
//   zero-area list of convex_hull<true>); 0 if n <= 2.
//   poly: a random-access container (std::vector) of points,
//   counter-clockwise, convex, no repeated points,
//   collinear vertices allowed anywhere, any start. Debug
//   builds assert a left turn at the vertex returned (< n).
// last_true(l, h, f): binary search, for f true on (l, k] and
//   false on (k, h): returns k (l if f(l + 1) is false). f(l)
//   and f(h) are never called.
// Time: strict_vertex O(1) if poly[0] is strict, else O(log
//   n); last_true O(log(h - l)) calls of f.
// Precision: long long exact for |x|,|y| <= 4e18 (orient,
//   cross_sign). Floating: orient's eps decides collinearity.
// Degenerate: n <= 2 -> 0; all vertices collinear -> n.
// Source: this library's.
// Tests: unit hull_strict_vertex_test; property
//   hull_consumers_prop (through every hull/ consumer).
#ifndef GEO_HULL_STRICT_VERTEX_HPP
#define GEO_HULL_STRICT_VERTEX_HPP

template <class F> int last_true(int l, int h, F f) {
  for (int m; h - l > 1; (f(m) ? l : h) = m) m = (l + h) / 2;
  return l;
}

template <class V> int strict_vertex(const V& p) {
  int n = int(p.size()), s = 0;
  if (n < 3) return 0;
  // p[k] on the line p[n-1] p[0], past p[0] (towards p[1])
  auto on = [&, b = p.begin()](int k) {
    return !orient(p.back(), p[0], b[k]) &&
           cross_sign((p[1] - p[0]).perp(), b[k] - p[0]) < 0;
  };
  if (on(1) && (s = last_true(1, n, on)) == n - 1) return n;
  // a left turn at p[s]: p[s + 1] is left of p[s]'s run
  assert(orient(p.back(), p[0], p.begin()[s + 1]) > 0);
  return s;
}

#endif

// hull/point_in_convex.hpp: a point against a convex polygon,
// O(log n).
// where_in_convex(poly, q) -> INSIDE, BOUNDARY or OUTSIDE.
//   poly: a random-access container (std::vector) of points,
//   counter-clockwise, convex, no repeated points, collinear
//   vertices allowed anywhere (poly[0] too), any start: both
//   outputs of convex_hull, rotated or not.
// Time: O(log n): strict_vertex (strict_vertex.hpp), a binary
//   search of the fan of triangles there, one edge test.
// Precision: long long exact for |x|,|y| <= 4e18 (orient's
//   bound; a dot product's sign by cross_sign). Floating:
//   orient's eps, a distance: q within about eps of the
//   boundary is BOUNDARY. Known failure (not fixed): orient's
//   eps is the triangle's least altitude, so with collinear
//   vertices close together (an edge of length e) a q far
//   away (at L) is "on" that edge's line if within eps L / e
//   of it (50 off a 1e5 square with 2^-20 edges: BOUNDARY);
//   pass the strict hull, or long long.
// Degenerate: {} -> OUTSIDE; a segment ab (2 points, or
//   convex_hull<true>'s collinear list, ends first and last):
//   BOUNDARY iff orient(a, b, q) == 0 and q projects inside ab
//   (floating: or lies within eps of an end), else OUTSIDE; a
//   point is the segment aa (floating: within eps). Debug
//   builds assert counter-clockwise and, for n >= 3 other than
//   that list, positive area (at one strict vertex).
// Source: the fan binary search, F. P. Preparata, M. I.
//   Shamos, Computational Geometry (1985), 2.2.
// Tests: unit hull_point_in_convex_test; property
//   hull_consumers_prop, hull_convex_ops_prop.
#ifndef GEO_HULL_POINT_IN_CONVEX_HPP
#define GEO_HULL_POINT_IN_CONVEX_HPP

template <class V, class P>
Where where_in_convex(const V& p, P q) {
  int n = int(p.size()), s = strict_vertex(p), h = n - 1;
  if (!n) return OUTSIDE;
  if (n < 3 || s == n) {  // a point or a segment
    auto u = p[0] - q, w = p.back() - q;
    // floating: q may pass an end by eps
    auto e2 = eps<decltype(q.x)> * eps<decltype(q.x)>;
    bool on = cross_sign(u.perp(), w) >= 0 ||
              (e2 > 0 && std::min(u.norm2(), w.norm2()) <= e2);
    return Where(on && !orient(p[0], p.back(), q));
  }
  auto v = [&](int k) { return p.begin()[(s + k) % n]; };
  int a = orient(v(0), v(1), q), b = orient(v(0), v(h), q);
  // the fan triangle v(0) v(l) v(l + 1) holding q; if q is on
  // the last edge's line, the one before its collinear run
  auto f = [&](int m) { return orient(v(0), v(m), q) >= !b; };
  int l = last_true(1, h, f), o = orient(v(l), v(l + 1), q);
  return Where(1 + std::min({o, a, -b}));
}

#endif

// hull/tangents.hpp: the two tangents from an outside point to
// a convex polygon, O(log n).
// tangents(poly, q) -> {a, b}: indices such that the polygon
//   lies left of (or on) the line q -> poly[a] and right of
//   (or on) q -> poly[b]: orient(q, poly[a], x) >= 0 >=
//   orient(q, poly[b], x) for every vertex x. With several
//   vertices on a tangent line, a is the last and b the first
//   of them counter-clockwise. {-1, -1} if q is not outside
//   (inside or on the boundary).
// poly: counter-clockwise, convex, no repeated points,
//   positive area if n >= 3 (asserted at one strict vertex;
//   floating: one vertex beyond eps of its neighbours' line,
//   so a sliver thinner than eps is a precondition failure),
//   collinear vertices allowed anywhere, any start:
//   convex_hull's outputs except the zero-area list.
// Time: O(log n): where_in_convex; the edges q sees form one
//   cyclic run: from a strict vertex (strict_vertex.hpp) find
//   one edge seen and one not (the two edges there, or a
//   binary search of the fan), then binary search each end of
//   the run.
// Precision: long long exact for |x|,|y| <= 4e18 (orient
//   only). Floating: orient's eps, a distance: q must be
//   farther than about eps from the boundary.
// Degenerate: n == 1: {0, 0}; n == 2: the segment's two ends.
// Source: the visible chain of tangents, J. O'Rourke,
//   Computational Geometry in C (1998), 3.7; the searches are
//   this library's.
// Tests: unit hull_tangents_test; property
//   hull_consumers_prop.
#ifndef GEO_HULL_TANGENTS_HPP
#define GEO_HULL_TANGENTS_HPP

template <class V, class P>
std::pair<int, int> tangents(const V& p, P q) {
  int n = int(p.size()), s = strict_vertex(p),
      o = n == 2 && orient(q, p[0], p[1]) < 0;
  if (n <= 2) return {o, n == 2 && !o};
  assert(s < n);
  if (where_in_convex(p, q)) return {-1, -1};
  auto v = [&](int k) { return p.begin()[(s + k) % n]; };
  // edge i faces q (or q is on its line)
  auto seen = [&](int i) {
    return orient(v(i), v(i + 1), q) < 1;
  };
  int in = seen(0) ? 0 : -1, out = seen(0) ? -1 : 0;
  (seen(n - 1) ? in : out) = n - 1;
  // no out (in): the fan edge hit by the ray q v(0) (v(0) q);
  // if q is behind v(0) on the last edge's line, pass its run
  if (in < 0 || out < 0) {
    int sg = in < 0 ? 1 : -1,
        least = in >= 0 && orient(v(0), v(1), q);
    auto f = [&](int m) {
      return orient(v(0), v(m), q) * sg >= least;
    };
    (in < 0 ? in : out) = last_true(1, n - 1, f);
  }
  if (!seen(in) || seen(out)) return {-1, -1};  // bad input
  // the first i in (f, t] with seen(i) == w
  auto end = [&](int f, int t, bool w) {
    auto g = [&](int m) { return seen(f + m) != w; };
    return (s + f + 1 + last_true(0, (t - f + n) % n, g)) % n;
  };
  return {end(in, out, false), end(out, in, true)};
}

#endif

}  // namespace geo
