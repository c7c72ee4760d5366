// cpgeo hull/min_rectangle.hpp, hash 2f95dd; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <cmath>
#include <algorithm>
#include <vector>
#include <cassert>
#include <array>

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

// dist2.hpp: Dist2<T>{num, den}, a squared distance num / den
// (den > 0) in wide_t<T>, exact for exact T: what dist2
// returns for a segment (distance.hpp) or a line
// (line_distance.hpp).
// d.value(): num / den as real_t<T> (3 roundings).
// d.zero(): the distance is <= eps (exact T: == 0).
// d < e: exact comparison (long long: quotients, then
//   remainders < den <= 8e18, so no overflow; floating: the
//   cross products, rounded).
// dist(x, y): sqrt(dist2(x, y).value()) for every such pair
//   (two points keep point.hpp's dist).
// Time: O(1).
// Precision: dist of long long input has relative error <= 3u
//   (u = 2^-53).
// Degenerate: none (den > 0).
// Source: exact fractions as in cp-geo (vlecomte) ch. 2.
// Tests: unit dist2_test; property segment_prop, line_prop.
#ifndef GEO_DIST2_HPP
#define GEO_DIST2_HPP

template <class T> struct Dist2 {
  wide_t<T> num, den;
  real_t<T> value() const {
    return real_t<T>(num) / real_t<T>(den);
  }
  bool zero() const {
    return num <= wide_t<T>(eps<T>) * eps<T> * den;
  }
  bool operator<(const Dist2& o) const {
    if constexpr (std::is_integral_v<T>) {  // no overflow
      auto q = num / den, p = o.num / o.den;
      if (q != p) return q < p;
      return num % den * o.den < o.num % o.den * den;
    }
    return num * o.den < o.num * den;
  }
};

template <class A, class B> auto dist(A x, B y) {
  return std::sqrt(dist2(x, y).value());
}

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

// hull/min_rectangle.hpp: the smallest enclosing rectangle of
// a point set, any orientation (rotating calipers).
// min_rectangle(pts, perim = false) -> MinRect<T>{value, c}:
//   the rectangle of least area (perim: least perimeter)
//   containing every point; value its area (perimeter), c its
//   corners counter-clockwise as Point<real_t<T>>. One side
//   lies on an edge of the strict convex_hull; of equal
//   values the first edge from the hull's lowest point wins.
//   pts: at least one point (asserted).
// Time: O(n log n) (convex_hull), then O(n): per hull edge e
//   from a, three calipers: the largest and least e.(p - a)
//   (width W = e.(p_r - p_l)) and the largest e x (p - a)
//   (height H); area W H / |e|^2, perimeter 2 (W + H) / |e|.
// Precision: long long: in the coordinate range (docs/eps.md;
//   asserted by convex_hull): W, H, |e|^2 <= 8e18 exact; the
//   area's edge chosen exactly (W H <= 6.4e37 as a Dist2
//   fraction, compared by quotient and remainder); its value
//   has relative error <= 3u (u = 2^-53); the perimeter's
//   edge is chosen by the rounded values, so the value is
//   within 5u (relative) of the least. Corners: a + e (t /
//   |e|^2) (t = e.(p - a)) and so on, rounded. Floating:
//   convex_hull's eps (a distance) decides the hull; the rest
//   is rounding (no eps).
// Degenerate: one point (or all equal): value 0, the four
//   corners that point; collinear: the segment ab between the
//   extreme points, area 0, perimeter 2 |ab|, corners a, b, b,
//   a; duplicates are merged by convex_hull. No points:
//   asserted.
// Source: H. Freeman, R. Shapira (1975), a side on a hull
//   edge; G. T. Toussaint, "Solving geometric problems with
//   the rotating calipers" (1983).
// Tests: unit hull_min_rectangle_test; property
//   hull_min_rectangle_prop; judge min_area_rectangle.
#ifndef GEO_HULL_MIN_RECTANGLE_HPP
#define GEO_HULL_MIN_RECTANGLE_HPP

template <class T> struct MinRect {
  real_t<T> value;
  std::array<Point<real_t<T>>, 4> c;  // counter-clockwise
};

template <class T>
MinRect<T> min_rectangle(const std::vector<Point<T>>& pts,
                         bool perim = false) {
  typedef real_t<T> R;
  typedef Point<R> Q;
  auto h = convex_hull(pts);
  int n = int(h.size());
  assert(n && "min_rectangle: no points");
  MinRect<T> b{0, {Q(h[0]), Q(h[0]), Q(h[0]), Q(h[0])}};
  Dist2<T> ba{0, 1};
  auto p = [&, d = h.data()](int k) { return d[k % n]; };
  for (int i = 0, r = 1, t = 1, l = 1; i < n && n > 1; i++) {
    auto a = p(i), e = p(i + 1) - a;
    auto d = [&](int k) { return e.dot(p(k) - a); };
    auto c = [&](int k) { return e.cross(p(k) - a); };
    while (d(r + 1) > d(r)) r++;
    while (c(t + 1) > c(t)) t++;
    if (!i) l = t;
    while (d(l + 1) < d(l)) l++;
    T W = e.dot(p(r) - p(l)), D = e.norm2(),
      H = n > 2 ? c(t) : 0;  // FMA: e x e may not be 0
    Dist2<T> A{wide_t<T>(W) * H, D};
    R v = perim ? 2 * (R(W) + R(H)) / std::sqrt(R(D))
                : A.value();
    if (i && (perim ? v >= b.value : !(A < ba))) continue;
    Q u = Q(e) / R(D), x = Q(a) + u * R(d(l)),
      y = Q(a) + u * R(d(r)), z = u.perp() * R(H);
    b = {v, {x, y, y + z, x + z}}, ba = A;
  }
  return b;
}

#endif

}  // namespace geo
