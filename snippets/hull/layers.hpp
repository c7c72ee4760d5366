// cpgeo hull/layers.hpp, hash fa9797; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <cmath>
#include <limits>
#include <type_traits>
#include <cassert>
#include <utility>
#include <algorithm>
#include <numeric>
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

// hull/layers.hpp: convex layers (onion peeling).
// convex_layers(pts) -> for each input point, in input order, the 1-based round in which
//   peeling removes it: round k removes every point on the boundary of the convex hull of
//   the points left (collinear boundary points and all copies of a point included).
// Time O(n log^2 n) worst case, O(n) memory. The distinct points, sorted by (x, y), are the
//   leaves of a static balanced tree; a node keeps the bridge of its children's upper hulls
//   (collinear points kept), so its hull is the left one up to the bridge, then the right
//   one (Overmars-van Leeuwen, without the concatenable queues). A bridge is found by one
//   descent into both children, O(height). A round walks the root's upper hull, and the
//   lower one from a second tree on the points (-x, -y), O(log n) a point; deleting the
//   round's points recomputes the bridges that lost an end, O(log^2 n) a point.
//   2e5 points in [0, 1e6]^2: 0.14-1.13 s CPU on every family measured (docs/hull/layers.md).
// Degenerate input: n = 0 gives {}; one distinct point (any copies) is layer 1; collinear
//   points are all layer 1.
// Precision: long long exact for |x|,|y| <= 1e9 (orient, and one degree-3 sign in __int128);
//   debug builds assert that range, and finiteness for floating T (NaN breaks the sort).
//   Floating: orient's eps (a distance): points within about eps of a layer's edge belong to
//   that layer.
// Sources: M. H. Overmars, J. van Leeuwen, "Maintenance of configurations in the plane",
//   JCSS 23 (1981), and Preparata & Shamos, Computational Geometry (1985), 3.3.7: the
//   bridge tree and the bridge-finding case analysis (here on one hull edge of each child;
//   the last case compares the edges' lines' crossing with the children's separator).
//   B. Chazelle, "On the convex layers of a planar set" (1985): the problem, O(n log n).
#ifndef GEO_HULL_LAYERS_HPP
#define GEO_HULL_LAYERS_HPP

namespace geo {

// Upper hull, collinear points kept, of the live points among p (sorted, distinct), with
// ties in x broken by y as if the plane were turned by an infinitesimal angle.
template <class T> struct LayerHull {
  struct Node {  // bridge a = p[i], b = p[j] (a leaf: its point); k: live children (bits)
    Point<T> a, b;
    int i = 0, j = 0, k = 0;
  };
  int sz = 1;
  std::vector<Node> t;
  std::vector<int> seen;
  explicit LayerHull(const std::vector<Point<T>>& p) {
    while (sz < static_cast<int>(p.size())) sz *= 2;
    t.resize(2 * static_cast<std::size_t>(sz)), seen.assign(t.size(), 0);
    for (int i = 0; i < static_cast<int>(p.size()); i++) {
      const Point<T>& q = p[static_cast<std::size_t>(i)];
      nd(sz + i) = Node{q, q, i, i, 1};
    }
    for (int v = sz - 1; v > 0; v--) pull(v);
  }
  Node& nd(int v) { return t[static_cast<std::size_t>(v)]; }
  const Node& nd(int v) const { return t[static_cast<std::size_t>(v)]; }
  static void prefetch(const Node* x) {  // both children of a node (adjacent)
#if defined(__GNUC__)
    __builtin_prefetch(x), __builtin_prefetch(x + 1);
#else
    (void)x;
#endif
  }
  int down(int v) const {  // skip nodes with one empty child (v not empty)
    while (v < sz && nd(v).k != 3) v = 2 * v + (nd(v).k >> 1);
    return v;
  }
  // Bridge of v = (rightmost point of the left hull on it, leftmost of the right hull).
  // u, w: nodes holding those; hull edges A = (a1, a2) of u, B of w; la, lb their lines.
  void pull(int v) {
    Node& x = nd(v);
    x.k = (nd(2 * v).k ? 1 : 0) | (nd(2 * v + 1).k ? 2 : 0);
    if (x.k != 3) return;
    int u = 2 * v, w = 2 * v + 1, f = w;
    while (f < sz) f *= 2;
    const Point<T> m = nd(f - 1).a;  // last leaf of the left child
    for (;;) {
      u = down(u), w = down(w);
      const Node &A = nd(u), &B = nd(w);
      if (u >= sz && w >= sz) break;
      if (u < sz) prefetch(&nd(2 * u));  // the next nodes: the time is in cache misses
      if (w < sz) prefetch(&nd(2 * w));
      if (u >= sz) {  // a above lb: the bridge touches B right of b1
        w = 2 * w + (orient(B.a, B.b, A.a) > 0 ? 1 : 0);
      } else if (w >= sz) {
        u = 2 * u + (orient(A.a, A.b, B.a) > 0 ? 0 : 1);
      } else {
        const bool c1 = orient(A.a, A.b, B.a) > 0 || orient(A.a, A.b, B.b) > 0;  // B above la
        const bool c2 = orient(B.a, B.b, A.a) > 0 || orient(B.a, B.b, A.b) > 0;  // A above lb
        if (c1 || c2) {
          u = c1 ? 2 * u : u, w = c2 ? 2 * w + 1 : w;
          continue;
        }
        // la and lb cross at X. X >= m: all of A is under lb, the bridge is no steeper than
        // lb, it touches B left of b2. Else all of B is under la: A right of a1.
        using W = wide_t<T>;
        const Point<T> d = A.b - A.a, e = B.b - B.a, g = B.a - A.a, h = A.a - m;
        const W D = W(d.x) * W(e.y) - W(d.y) * W(e.x), N = W(g.x) * W(e.y) - W(g.y) * W(e.x);
        W sx = W(h.x) * D + W(d.x) * N, sy = W(h.y) * D + W(d.y) * N;  // (X - m) * D
        if (D < 0) sx = -sx, sy = -sy;
        if (D == 0 || sx > 0 || (sx == 0 && sy >= 0)) w = 2 * w;
        else u = 2 * u + 1;
      }
    }
    x.a = nd(u).a, x.i = nd(u).i, x.b = nd(w).a, x.j = nd(w).i;
  }
  // Appends the hull points of v with index in [lo, hi] (each bound is outside v's range
  // or a hull point of v), left to right. v not empty.
  void walk(int v, int lo, int hi, std::vector<int>& out) const {
    v = down(v);
    if (v >= sz) return out.push_back(v - sz);
    if (lo <= nd(v).i) walk(2 * v, lo, std::min(hi, nd(v).i), out);
    if (hi >= nd(v).j) walk(2 * v + 1, std::max(lo, nd(v).j), hi, out);
  }
  // Deletes the points dead, then recomputes, deepest first, the bridges that lost an end
  // (and the nodes with an empty child). Any other bridge stays the bridge: its line is
  // still above every point left. A dead point ends no bridge above where it is hidden.
  void erase(const std::vector<int>& dead, int stamp) {
    std::vector<int> todo;
    for (int i : dead) nd(sz + i).k = 0;
    for (int i : dead)
      for (int v = sz + i; v > 1; v /= 2) {
        const Node& x = nd(v / 2);
        if (x.k == 3 && (v % 2 ? i < x.j : i > x.i)) break;
        int& mark = seen[static_cast<std::size_t>(v / 2)];
        if ((x.k != 3 || x.i == i || x.j == i) && mark != stamp) mark = stamp, todo.push_back(v / 2);
      }
    std::sort(todo.rbegin(), todo.rend());
    for (int v : todo) pull(v);
  }
};

template <class T> std::vector<int> convex_layers(const std::vector<Point<T>>& pts) {
  const std::size_t n = pts.size();
  assert(std::all_of(pts.begin(), pts.end(), [](const Point<T>& q) { return in_range(q, 1000000000); }));
  std::vector<std::size_t> order(n), rep(n);  // rep: the index of a point among p
  std::iota(order.begin(), order.end(), std::size_t(0));
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return pts[a] < pts[b]; });
  std::vector<Point<T>> p, q;  // the distinct points in (x, y) order; q: -p reversed
  for (std::size_t k = 0; k < n; k++) {
    if (k == 0 || pts[order[k]] != pts[order[k - 1]]) p.push_back(pts[order[k]]);
    rep[order[k]] = p.size() - 1;
  }
  const int m = static_cast<int>(p.size());
  for (int i = m - 1; i >= 0; i--) q.push_back(-p[static_cast<std::size_t>(i)]);
  LayerHull<T> up(p), low(q);
  std::vector<int> layer(p.size(), 0), dead, lower;
  for (int round = 1, left = m; left > 0; round++) {
    dead.clear(), lower.clear();
    up.walk(1, 0, m - 1, dead);
    low.walk(1, 0, m - 1, lower);
    for (int j : lower) dead.push_back(m - 1 - j);
    std::sort(dead.begin(), dead.end());
    dead.erase(std::unique(dead.begin(), dead.end()), dead.end());
    for (int i : dead) layer[static_cast<std::size_t>(i)] = round;
    left -= static_cast<int>(dead.size());
    up.erase(dead, round);
    for (int& i : dead) i = m - 1 - i;
    low.erase(dead, round);
  }
  std::vector<int> out(n);
  for (std::size_t i = 0; i < n; i++) out[i] = layer[rep[i]];
  return out;
}

}  // namespace geo
#endif
