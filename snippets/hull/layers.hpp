// cpgeo hull/layers.hpp, hash 153471; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <cmath>
#include <algorithm>
#include <vector>
#include <cassert>
#include <numeric>

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

// hull/drop_near_collinear.hpp: the floating hull's eps band,
// without compounding.
// lower(a, b): a is lower than b (smaller y, then smaller x).
// drop_near_collinear(h): h a convex polygon, counter-
//   clockwise from its lowest point (convex_hull's order), no
//   repeated points. Floating T: from h[0], each vertex v is
//   dropped when v and the vertices dropped since the last
//   kept one k lie within eps (a distance) of the segment
//   from k to the vertex after v, and project strictly inside
//   it; the lowest and the highest point are kept. Exact T: h
//   unchanged.
// Why: dropping v within eps of its neighbours' segment, then
//   a neighbour, and so on, lets points drift out by eps per
//   step (a dense arc's chord lost 5000 eps); here every
//   vertex of h, so every point of h, is within eps (plus the
//   rounding of one cross product) of the result.
// Time: O(n): the farthest dropped vertex from the chord
//   moves forward as the chord turns (h convex).
// Precision: the band is eps times the chord's length, on a
//   rounded cross product; valid range as orient's (3.9e5 at
//   eps = 1e-9, docs/eps.md).
// Degenerate: n <= 2: h; a polygon within eps of the segment
//   lowest -> highest: that segment.
// Source: this library's (the greedy chord of polyline
//   simplification; the O(n) search is rotating calipers').
// Tests: unit hull_drop_near_collinear_test; property
//   hull_convex_hull_prop, hull_online_prop (through them).
#ifndef GEO_HULL_DROP_NEAR_COLLINEAR_HPP
#define GEO_HULL_DROP_NEAR_COLLINEAR_HPP

inline constexpr auto lower = [](auto a, auto b) {
  return a.y < b.y || (a.y == b.y && a.x < b.x);
};

template <class T> std::vector<Point<T>> drop_near_collinear(
    std::vector<Point<T>> h) {
  int n = int(h.size()), a = 0, m = 1, s = 1;
  if (is_exact_v<T> || n < 3) return h;
  auto b = h.begin(), top = std::max_element(b, b + n, lower);
  for (int j = 1; j < n; j++) {  // kept: b[0 .. s), s <= a + 1
    auto k = b[a], c = b[(j + 1) % n], d = c - k;
    // b[m]: the farthest from line kc of b[a + 1 .. j]
    while (m < j && d.cross(b[m + 1] - b[m]) <= 0) m++;
    T x = d.cross(b[m] - k), e = eps<T>;
    if (x * x > e * e * d.norm2() || b + j == top ||
        d.dot(b[a + 1] - k) <= 0 || d.dot(c - b[j]) <= 0)
      b[s++] = b[j], a = j, m = j + 1;
  }
  h.erase(b + s, h.end());
  return h;
}

#endif

// hull/convex_hull.hpp: convex hull (Andrew's monotone chain).
// convex_hull(pts): the strict hull (no collinear vertices);
//   convex_hull<true>(pts) also keeps every input point on the
//   boundary (floating: by the rounded sign, no eps band).
//   Duplicates merged. Counter-clockwise from the
//   lowest point (AOJ CGL_4_A order). Input already sorted by
//   lower is not sorted again.
// lower(a, b): the order (from drop_near_collinear.hpp).
// Time: O(n log n). Same contract, faster: convex_hull_fast.
// Precision: long long: exact in the coordinate range
//   (docs/eps.md; asserted); floating: finite (asserted). The
//   right chain (points in lower order), then the left
//   (reverse order, without the right chain's points) pop b
//   from a, b, q unless b turns left (<true>: or is on line
//   aq) by the rounded cross product: no eps, which would
//   compound from pop to pop. Floating strict: then
//   drop_near_collinear (a vertex within eps of the chord
//   that skips it is dropped; the lowest and highest points
//   stay): every input point within eps of the result. What
//   this guarantees: docs/hull/convex_hull.md.
// Degenerate: {} -> {}; all equal -> {p}; all collinear ->
//   strict: {lowest, other end}; <true>: every point once,
//   from the lowest to the other end (not walked back).
// Source: A. M. Andrew, IPL 9 (1979).
// Tests: unit hull_convex_hull_test; property
//   hull_convex_hull_prop; judge CGL_4_A, CGL_4_B.
#ifndef GEO_HULL_CONVEX_HULL_HPP
#define GEO_HULL_CONVEX_HULL_HPP

template <bool keep = false, class T>
std::vector<Point<T>> convex_hull(std::vector<Point<T>> p) {
  for ([[maybe_unused]] auto q : p) assert(in_range(q, 1e9));
  if (!std::is_sorted(p.begin(), p.end(), lower))
    std::sort(p.begin(), p.end(), lower);
  p.erase(std::unique(p.begin(), p.end()), p.end());
  std::size_t n = p.size(), k = 0, s = 0, r = 0;
  decltype(p) h(n + 1);  // right chain h[0..s], then left
  auto add = [&](auto q) {
    if (r > 0 && q == h[r]) return void(r--);  // on the right
    // pop b = h[k - 1] from a, b, q unless b is a vertex (no
    // eps: it would compound from pop to pop); (b - a) x
    // (q - b): q near b does not cancel
    for (; k >= s + 2; k--) {
      T c = (h[k - 1] - h[k - 2]).cross(q - h[k - 1]);
      if (keep ? c >= 0 : c > 0) break;
    }
    h[k++] = q;
  };
  for (auto q : p) add(q);
  for (r = k - 2, s = k - 1; n > 1 && --n;) add(p[n - 1]);
  h.resize(std::max(k, n + 1) - 1);
  return keep ? h : drop_near_collinear(h);
}

#endif

// hull/layers.hpp: convex layers (onion peeling).
// convex_layers(pts) -> for each input point, in input order,
//   the 1-based round in which peeling removes it: round k
//   removes every point on the boundary of the convex hull of
//   the points left (collinear boundary points and all copies
//   of a point included).
// Time: O(n L log(n / L)) for L layers, O(n^2) worst case:
//   sorted once by lower, each round is convex_hull<true> of
//   the points left (already sorted: no sort) and a binary
//   search of each in it. Same contract, O(n log^2 n):
//   convex_layers_fast (hull/layers_fast.hpp), for n above a
//   few thousand with many layers (docs/hull/layers.md).
// Precision: as convex_hull<true>. long long: exact in the
//   coordinate range (docs/eps.md); debug builds assert that
//   range, and finiteness for floating T (NaN breaks the
//   sort). Floating: a point on a layer's edge by the rounded
//   sign belongs to it (convex_hull<true>: no eps band).
// Degenerate: n = 0 -> {}; one distinct point (any copies) is
//   layer 1; collinear points are all layer 1.
// Source: B. Chazelle (1985): the problem; A. M. Andrew, IPL 9
//   (1979): each round's hull.
// Tests: unit hull_layers_test (both variants); property
//   hull_point_sets_prop (both variants); judge convex_layers
//   (the fast variant).
#ifndef GEO_HULL_LAYERS_HPP
#define GEO_HULL_LAYERS_HPP

template <class T> std::vector<int> convex_layers(
    const std::vector<Point<T>>& pts) {
  for ([[maybe_unused]] auto q : pts) assert(in_range(q, 1e9));
  std::vector<int> out(pts.size());
  std::vector<std::size_t> id(pts.size()), rest;
  std::iota(id.begin(), id.end(), std::size_t(0));
  std::sort(id.begin(), id.end(), [&](auto a, auto b) {
    return lower(pts[a], pts[b]);
  });
  for (int r = 1; !id.empty(); r++, id.swap(rest)) {
    std::vector<Point<T>> p;
    for (auto i : id) p.push_back(pts[i]);
    auto h = convex_hull<true>(p);
    std::sort(h.begin(), h.end(), lower);
    rest.clear();
    for (auto i : id)
      if (std::binary_search(h.begin(), h.end(), pts[i],
                             lower))
        out[i] = r;
      else rest.push_back(i);
  }
  return out;
}

#endif

}  // namespace geo
