// cpgeo hull/layers_fast.hpp, hash ddf3bf; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <cmath>
#include <algorithm>
#include <cassert>
#include <limits>
#include <numeric>
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

// hull/layers_fast.hpp: convex_layers's contract, faster.
// convex_layers_fast(pts) -> the same output as
//   convex_layers(pts) (hull/layers.hpp): for each input
//   point, in input order, the 1-based round in which peeling
//   removes it (collinear boundary points and all copies of a
//   point included).
// Time: O(n log^2 n) worst case, O(n) memory. The distinct
//   points, sorted by (x, y), are the leaves of a static
//   balanced tree; a node keeps the bridge of its children's
//   upper hulls (collinear points kept), so its hull is the
//   left one up to the bridge, then the right one. A bridge is
//   found by one descent into both children, O(height). A
//   round walks the root's upper hull, and the lower one from
//   a second tree on (-x, -y), O(log n) a point; deleting the
//   round's points recomputes the bridges that lost an end,
//   O(log^2 n) a point. Measured: docs/hull/layers_fast.md.
// Precision: long long: exact in the coordinate range
//   (docs/eps.md; orient, and one degree-3 sign in __int128);
//   debug builds assert that range, and finiteness for
//   floating T (NaN breaks the sort). Floating: orient's eps
//   (a distance): points within about eps of a layer's edge
//   belong to that layer.
// Degenerate: n = 0 -> {}; one distinct point (any copies) is
//   layer 1; collinear points are all layer 1.
// Source: M. H. Overmars, J. van Leeuwen, JCSS 23 (1981), and
//   Preparata & Shamos, Computational Geometry (1985), 3.3.7:
//   the bridge tree and the bridge-finding case analysis (here
//   on one hull edge of each child; the last case compares the
//   crossing of the edges' lines with the children's
//   separator). B. Chazelle (1985): the problem, O(n log n).
// Tests: unit hull_layers_test (both variants); property
//   hull_point_sets_prop (both variants); judge
//   convex_layers; bench hull_bench.
#ifndef GEO_HULL_LAYERS_FAST_HPP
#define GEO_HULL_LAYERS_FAST_HPP

// Upper hull, collinear points kept, of the live points among
// p (sorted, distinct), with ties in x broken by y as if the
// plane were turned by an infinitesimal angle.
template <class T> struct LayerHull {
  struct Node {  // bridge a = p[i], b = p[j] (a leaf: its
                 // point); k: live children (bits)
    Point<T> a, b;
    int i = 0, j = 0, k = 0;
  };
  int sz = 1;
  std::vector<Node> t;
  std::vector<int> seen;
  explicit LayerHull(const std::vector<Point<T>>& p) {
    while (sz < static_cast<int>(p.size())) sz *= 2;
    t.resize(2 * static_cast<std::size_t>(sz)),
        seen.assign(t.size(), 0);
    for (int i = 0; i < static_cast<int>(p.size()); i++) {
      const Point<T>& q = p[static_cast<std::size_t>(i)];
      nd(sz + i) = Node{q, q, i, i, 1};
    }
    for (int v = sz - 1; v > 0; v--) pull(v);
  }
  Node& nd(int v) { return t[static_cast<std::size_t>(v)]; }
  const Node& nd(int v) const {
    return t[static_cast<std::size_t>(v)];
  }
  static void prefetch(
      const Node* x) {  // both children of a node (adjacent)
#if defined(__GNUC__)
    __builtin_prefetch(x), __builtin_prefetch(x + 1);
#else
    (void)x;
#endif
  }
  int down(int v)
      const {  // skip nodes with one empty child (v not empty)
    while (v < sz && nd(v).k != 3) v = 2 * v + (nd(v).k >> 1);
    return v;
  }
  // Bridge of v = (rightmost point of the left hull on it,
  // leftmost of the right hull). u, w: nodes holding those;
  // hull edges A = (a1, a2) of u, B of w; la, lb their lines.
  void pull(int v) {
    Node& x = nd(v);
    x.k = (nd(2 * v).k ? 1 : 0) | (nd(2 * v + 1).k ? 2 : 0);
    if (x.k != 3) return;
    int u = 2 * v, w = 2 * v + 1, f = w;
    while (f < sz) f *= 2;
    const Point<T> m =
        nd(f - 1).a;  // last leaf of the left child
    for (;;) {
      u = down(u), w = down(w);
      const Node &A = nd(u), &B = nd(w);
      if (u >= sz && w >= sz) break;
      if (u < sz)
        prefetch(&nd(2 * u));  // the next nodes: the time is
                               // in cache misses
      if (w < sz) prefetch(&nd(2 * w));
      if (u >= sz) {  // a above lb: the bridge touches B right
                      // of b1
        w = 2 * w + (orient(B.a, B.b, A.a) > 0 ? 1 : 0);
      } else if (w >= sz) {
        u = 2 * u + (orient(A.a, A.b, B.a) > 0 ? 0 : 1);
      } else {
        const bool c1 =
            orient(A.a, A.b, B.a) > 0 ||
            orient(A.a, A.b, B.b) > 0;  // B above la
        const bool c2 =
            orient(B.a, B.b, A.a) > 0 ||
            orient(B.a, B.b, A.b) > 0;  // A above lb
        if (c1 || c2) {
          u = c1 ? 2 * u : u, w = c2 ? 2 * w + 1 : w;
          continue;
        }
        // la and lb cross at X. X >= m: all of A is under lb,
        // the bridge is no steeper than lb, it touches B left
        // of b2. Else all of B is under la: A right of a1.
        using W = wide_t<T>;
        const Point<T> d = A.b - A.a, e = B.b - B.a,
                       g = B.a - A.a, h = A.a - m;
        const W D = W(d.x) * W(e.y) - W(d.y) * W(e.x),
                N = W(g.x) * W(e.y) - W(g.y) * W(e.x);
        W sx = W(h.x) * D + W(d.x) * N,
          sy = W(h.y) * D + W(d.y) * N;  // (X - m) * D
        if (D < 0) sx = -sx, sy = -sy;
        if (D == 0 || sx > 0 || (sx == 0 && sy >= 0))
          w = 2 * w;
        else u = 2 * u + 1;
      }
    }
    x.a = nd(u).a, x.i = nd(u).i, x.b = nd(w).a, x.j = nd(w).i;
  }
  // Appends the hull points of v with index in [lo, hi] (each
  // bound is outside v's range or a hull point of v), left to
  // right. v not empty.
  void walk(int v, int lo, int hi,
            std::vector<int>& out) const {
    v = down(v);
    if (v >= sz) return out.push_back(v - sz);
    if (lo <= nd(v).i)
      walk(2 * v, lo, std::min(hi, nd(v).i), out);
    if (hi >= nd(v).j)
      walk(2 * v + 1, std::max(lo, nd(v).j), hi, out);
  }
  // Deletes the points dead, then recomputes, deepest first,
  // the bridges that lost an end (and the nodes with an empty
  // child). Any other bridge stays the bridge: its line is
  // still above every point left. A dead point ends no bridge
  // above where it is hidden.
  void erase(const std::vector<int>& dead, int stamp) {
    std::vector<int> todo;
    for (int i : dead) nd(sz + i).k = 0;
    for (int i : dead)
      for (int v = sz + i; v > 1; v /= 2) {
        const Node& x = nd(v / 2);
        if (x.k == 3 && (v % 2 ? i < x.j : i > x.i)) break;
        int& mark = seen[static_cast<std::size_t>(v / 2)];
        if ((x.k != 3 || x.i == i || x.j == i) &&
            mark != stamp)
          mark = stamp, todo.push_back(v / 2);
      }
    std::sort(todo.rbegin(), todo.rend());
    for (int v : todo) pull(v);
  }
};

template <class T> std::vector<int> convex_layers_fast(
    const std::vector<Point<T>>& pts) {
  const std::size_t n = pts.size();
  assert(std::all_of(pts.begin(), pts.end(),
                     [](const Point<T>& q) {
                       return in_range(q, 1000000000);
                     }));
  std::vector<std::size_t> order(n),
      rep(n);  // rep: the index of a point among p
  std::iota(order.begin(), order.end(), std::size_t(0));
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) {
              return pts[a] < pts[b];
            });
  std::vector<Point<T>> p, q;  // the distinct points in (x, y)
                               // order; q: -p reversed
  for (std::size_t k = 0; k < n; k++) {
    if (k == 0 || pts[order[k]] != pts[order[k - 1]])
      p.push_back(pts[order[k]]);
    rep[order[k]] = p.size() - 1;
  }
  const int m = static_cast<int>(p.size());
  for (int i = m - 1; i >= 0; i--)
    q.push_back(p[static_cast<std::size_t>(i)] * -1);
  LayerHull<T> up(p), low(q);
  std::vector<int> layer(p.size(), 0), dead, under;
  for (int round = 1, left = m; left > 0; round++) {
    dead.clear(), under.clear();
    up.walk(1, 0, m - 1, dead);
    low.walk(1, 0, m - 1, under);
    for (int j : under) dead.push_back(m - 1 - j);
    std::sort(dead.begin(), dead.end());
    dead.erase(std::unique(dead.begin(), dead.end()),
               dead.end());
    for (int i : dead)
      layer[static_cast<std::size_t>(i)] = round;
    left -= static_cast<int>(dead.size());
    up.erase(dead, round);
    for (int& i : dead) i = m - 1 - i;
    low.erase(dead, round);
  }
  std::vector<int> out(n);
  for (std::size_t i = 0; i < n; i++) out[i] = layer[rep[i]];
  return out;
}

#endif

}  // namespace geo
