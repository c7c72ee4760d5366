// cpgeo mst/manhattan.hpp, hash dbe06a; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <cassert>
#include <functional>
#include <vector>
#include <type_traits>
#include <cmath>
#include <algorithm>
#include <array>
#include <numeric>
#include <utility>
#include <limits>
#include <tuple>

namespace geo {

// fenwick.hpp: Fenwick tree (binary indexed tree) over an
// associative, commutative f: prefix sums, minima, maxima.
// Fenwick<V, F> t{std::vector<V>(n, id), f}: n slots, each
//   holding id, f's identity (f(id, v) == v).
// t.add(i, v): slot i becomes f(slot i, v); i >= n: no-op.
// t.get(i, s): f(s, slot 0, ..., slot i - 1) (s when i == 0);
//   i <= n (asserted).
// Time: O(log n) each; memory n values.
// Precision: f's own: exact for integer sums and for min.
// Degenerate: n = 0: only get(0, s) == s.
// Source: P. M. Fenwick, "A new data structure for
//   cumulative frequency tables", SP&E 24(3), 1994.
// Tests: unit fenwick_test; property fenwick_prop; through
//   sweep_segment_count and mst_manhattan (unit, property,
//   judge CGL_6_A and manhattanmst).
#ifndef GEO_FENWICK_HPP
#define GEO_FENWICK_HPP

template <class V, class F = std::plus<V>> struct Fenwick {
  std::vector<V> t;
  F f;
  void add(std::size_t i, V v) {
    for (; i < t.size(); i |= i + 1) t[i] = f(t[i], v);
  }
  V get(std::size_t i, V s) {
    assert(i <= t.size());
    return i ? get(i & (i - 1), f(s, t[i - 1])) : s;
  }
};

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

// mst/kruskal.hpp: Kruskal's minimum spanning forest over
// candidate edges.
// kruskal(n, cand) -> the edges of cand that Kruskal keeps, as
//   (weight, {u, v}) by increasing weight, vertices 0 .. n-1
//   (asserted); ties by {u, v}, so deterministic. If cand
//   holds a minimum spanning tree of the complete graph
//   (Delaunay edges, octant neighbours), the result is one.
// Time: O(m log m) for m candidates (sort), then union-find
//   with path halving.
// Precision: weight comparisons only: exact for integral
//   weights, as rounded for floating.
// Degenerate: n = 0 or no candidates -> {}; self-loops are
//   never kept.
// Source: J. B. Kruskal, Proc. AMS 7 (1956).
// Tests: unit mst_kruskal_test (and the MST tests below).
#ifndef GEO_MST_KRUSKAL_HPP
#define GEO_MST_KRUSKAL_HPP

template <class W>
std::vector<std::pair<W, std::array<int, 2>>> kruskal(
    size_t n,
    std::vector<std::pair<W, std::array<int, 2>>> c) {
  std::sort(c.begin(), c.end());
  std::vector<int> up(n);  // union-find parent
  std::iota(up.begin(), up.end(), 0);
  auto find = [&](int x) {
    for (int y; (y = up[size_t(x)]) != x; x = y)
      up[size_t(x)] = up[size_t(y)];
    return x;
  };
  size_t k = 0;
  for (auto& [w, e] : c) {
    for ([[maybe_unused]] int v : e)
      assert(v >= 0 && size_t(v) < n);
    int a = find(e[0]), b = find(e[1]);
    if (a != b) up[size_t(a)] = b, c[k++] = {w, e};
  }
  c.resize(k);
  return c;
}

#endif

// mst/manhattan.hpp: minimum spanning tree under the L1
// (Manhattan) distance.
// manhattan_mst(p) -> {total weight, n - 1 edges {u, v}}
//   (indices into p). Ties: any MST. For each point and each
//   of the four closed octants {dy >= dx >= 0}, {dx >= dy >=
//   0}, {dx >= -dy >= 0}, {-dy >= dx >= 0} (d = q - p) keep
//   the edge to the L1-nearest point there (some MST uses only
//   these <= 4n edges), then Kruskal. Each octant is turned
//   into the first ((x, y), (y, x), (-y, x), (x, -y)) and
//   swept by y - x descending (ties: x descending); a Fenwick
//   tree (fenwick.hpp) over the points' ranks by x gives the
//   least (x + y, index) among those swept with x >= p.x.
// Time: O(n log n), memory O(n).
// Precision: long long: exact in the coordinate range
//   (docs/eps.md; asserted; sums <= 2e9, total <= 4e9 (n -
//   1)). Floating: sums and differences rounded; no eps.
// Degenerate: n <= 1 -> {0, {}}; duplicates are joined by
//   weight-0 edges.
// Source: H. Zhou, N. Shenoy, W. Nicholls, IPL 81(5), 2002
//   (the octant lemma).
// Tests: unit mst_manhattan_test; property mst_manhattan_prop;
//   judge manhattanmst.
#ifndef GEO_MST_MANHATTAN_HPP
#define GEO_MST_MANHATTAN_HPP

template <class T>
std::pair<T, std::vector<std::array<int, 2>>> manhattan_mst(
    std::vector<Point<T>> q) {
  typedef std::pair<T, int> V;  // (x + y, index)
  std::vector<std::pair<T, std::array<int, 2>>> cand;
  V no(std::numeric_limits<T>::max(), -1);
  auto mn = [](V a, V b) { return std::min(a, b); };
  for ([[maybe_unused]] auto a : q) assert(in_range(a, 1e9));
  for (int k = 0, i = 0; k < 4; k++, i = 0) {
    // ev: (x - y, -x, x + y, index); sorted: y - x falling,
    // then x falling. Octant k is turned into the first.
    std::vector<T> xs;
    std::vector<std::tuple<T, T, T, int>> ev;
    for (auto& a : q) {
      xs.push_back(-a.x);
      ev.emplace_back(a.x - a.y, -a.x, a.x + a.y, i++);
      a = k & 1 ? Point<T>(-a.x, a.y) : Point<T>(a.y, a.x);
    }
    auto b = xs.begin(), e = xs.end();
    std::sort(b, e), std::sort(ev.begin(), ev.end());
    Fenwick<V, decltype(mn)> f{std::vector<V>(q.size(), no),
                               mn};
    for (auto [d, nx, s, j] : ev) {
      // least x + y among the points swept with x >= -nx
      auto r = size_t(std::upper_bound(b, e, nx) - b);
      auto [w, o] = f.get(r, no);
      if (o >= 0) cand.push_back({w - s, {o, j}});
      f.add(r - 1, {s, j});
    }
  }
  std::pair<T, std::vector<std::array<int, 2>>> out{T(0), {}};
  for (auto [w, e] : kruskal(q.size(), cand))
    out.first += w, out.second.push_back(e);
  return out;
}

#endif

}  // namespace geo
