// cpgeo halfplane_abc.hpp, hash 069c59; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <cmath>
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

// rational_point.hpp: exact rational points (x / d, y / d),
// as intersection_exact.hpp and halfplane_abc.hpp return them.
// frac_cmp(a, b, c, d): the sign of a / b - c / d (b, d > 0,
//   b, d < 2^63), exactly: products when |a|,|c| < 2^62 (then
//   < 2^125), else by continued fractions (no product).
// RatPoint{x, y, d}: the point (x / d, y / d), d > 0, in
//   wide_t<long long> (__int128), not reduced: compare points
//   with == and <, never the fields. == exact; < the exact (x,
//   y) order (frac_cmp); cmp(p): -1, 0, 1 in that order;
//   lattice(): an integer point (d divides x and y);
//   point<F>(): as Point<F> (default double), each coordinate
//   x / d with x and d rounded to F, then divided. An integer
//   point p: {p.x, p.y, 1}.
// Time: O(1); == and < O(1) on products, else O(log d).
// Precision: exact for 0 < d < 2^63 (frac_cmp's bound) and
//   any __int128 numerators. point<F>(): relative error <=
//   3u per coordinate (u of F, 2^-53 for double).
// Degenerate: a point has many representations (k x, k y, k
//   d): == and < treat them as one.
// Source: continued fractions for comparing fractions.
// Tests: unit rational_point_test; property
//   rational_point_prop; used by sweep/all_intersections.
#ifndef GEO_RATIONAL_POINT_HPP
#define GEO_RATIONAL_POINT_HPP

template <class W> int frac_cmp(W a, W b, W c, W d) {
  W m = W(1) << 62;
  if (-m < a && a < m && -m < c && c < m)
    return (a * d > c * b) - (a * d < c * b);
  W p = a / b - (a % b < 0), q = c / d - (c % d < 0);
  if (p != q) return p < q ? -1 : 1;
  a -= p * b, c -= q * d;  // 0 <= a < b, 0 <= c < d
  return !a || !c ? (a > 0) - (c > 0) : frac_cmp(d, c, b, a);
}

struct RatPoint {  // (x / d, y / d), d > 0
  using W = wide_t<long long>;
  typedef RatPoint R;
  W x, y, d;
  int cmp(R p) const {  // the sign of (x, y) - p's
    int c = frac_cmp(x, d, p.x, p.d);
    return c ? c : frac_cmp(y, d, p.y, p.d);
  }
  bool operator==(R p) const { return !cmp(p); }
  bool operator<(R p) const { return cmp(p) < 0; }
  bool lattice() const { return x % d == 0 && y % d == 0; }
  template <class F = double> Point<F> point() const {
    return {F(x) / F(d), F(y) / F(d)};
  }
};

#endif

// halfplane_abc.hpp: halfplane_abc(H, box): the intersection
// of the closed half-planes a x + b y <= c, each Abc{a, b, c}
// of H with integers, as a convex polygon, counter-clockwise,
// exact RatPoint vertices (rational_point.hpp; .point() gives
// doubles). box > 0 adds |x|, |y| <= box. Without a box the
// normals (a, b) must leave no angular gap >= pi, else the
// region is unbounded or empty and {} is returned.
// Result: size 0 empty, 1 a point, 2 a segment (its two
//   ends), >= 3 a polygon with no repeated vertex and no three
//   consecutive vertices collinear.
// Time: O(n log n): sort by the normal's direction, of one
//   direction the tightest first, then the deque sweep (Zhu's
//   S&I), which skips a line parallel to its last one.
// Precision: every decision exact in __int128: the crossing
//   of lines 1, 2 (D = a1 b2 - a2 b1 > 0) is outside or on
//   half-plane 3 iff G = a3 (c1 b2 - c2 b1) + b3 (a1 c2 - a2
//   c1) - c3 D >= 0, decided for c pushed out to c + e (e ->
//   0+): G's sign, on a tie that of G at c = (1, 1, 1). |G| <=
//   6 A^2 C < 1.7e38 for |a|,|b| <= A = 2e9, |c|, box <= C =
//   4e18 (asserted): lines through points with |x|,|y| <= 1e9
//   fit. Vertices (X / D, Y / D) exact, |X|,|Y| <= 1.6e28.
//   Parallel lines 1, 2 (same direction): 1 first iff
//   b2 X < a2 Y (each side <= 3.2e37).
// Degenerate: a = b = 0: 0 <= c, ignored if c >= 0, else
//   empty. Parallel: the tightest; opposite: a strip, a line
//   (then a segment or a point) or empty; duplicates; many
//   lines through a vertex: one vertex.
// Source: Zhu Zeyuan's S&I half-plane intersection (2006);
//   the perturbation as in Edelsbrunner and Muecke,
//   "Simulation of Simplicity" (1990).
// Tests: unit halfplane_abc_test; property halfplane_abc_prop.
#ifndef GEO_HALFPLANE_ABC_HPP
#define GEO_HALFPLANE_ABC_HPP

// a half-plane a x + b y <= c
struct Abc {
  long long a, b, c;
};

inline std::vector<RatPoint> halfplane_abc(std::vector<Abc> H,
                                           long long box = 0) {
  using W = RatPoint::W;
  assert(0 <= box && box <= 4000000000000000000);
  for (int i = 0; box && i < 4; i++)  // x, y, -x, -y <= box
    H.push_back({(1 - i) % 2, (2 - i) % 2, box});
  std::vector<Abc> q;
  for (auto h : H) {
    assert(in_range(Point<long long>(h.a, h.b), 2000000000));
    assert(in_range(Point<long long>(h.c), 4e18));
    if (h.a || h.b) q.push_back(h);
    else if (h.c < 0) return {};  // 0 <= c < 0
  }
  auto I = [](Abc p, Abc g) {  // the crossing of p, g
    return RatPoint{W(p.c) * g.b - W(g.c) * p.b,
                    W(p.a) * g.c - W(g.a) * p.c,
                    W(p.a) * g.b - W(g.a) * p.b};
  };
  // the crossing of p, g (D > 0) is outside or on r, for c
  // pushed out to c + e (e -> 0+): on a tie G at c = 1
  auto out = [&](Abc p, Abc g, Abc r) {
    auto v = I(p, g);
    W G = r.a * v.x + r.b * v.y - r.c * v.d;
    if (!G) G = W(r.a * (g.b - p.b)) + r.b * (p.a - g.a) - v.d;
    return G >= 0;
  };
  auto u = [](Abc h) { return h.b < 0 || (!h.b && h.a < 0); };
  // by the normal's angle, then the tightest first (parallel:
  // (x, y) = (c1 - k c2) (b2, -a2) for (a1, b1) = k (a2, b2))
  std::sort(q.begin(), q.end(), [&](Abc p, Abc g) {
    auto [x, y, d] = I(p, g);
    if (u(p) != u(g)) return u(g);
    return d ? d > 0 : g.b * x < g.a * y;
  });
  size_t f = 0, e = 0;  // the deque q[f, e)
  for (auto& l : q) {
    while (e - f > 1 && out(q[e - 2], q[e - 1], l)) e--;
    while (e - f > 1 && out(q[f], q[f + 1], l)) f++;
    if (e == f || I(q[e - 1], l).d > 0) q[e++] = l;
    else if (u(q[e - 1]) != u(l)) return {};  // else parallel
  }
  while (e - f > 2 && out(q[e - 2], q[e - 1], q[f])) e--;
  while (e - f > 2 && out(q[f], q[f + 1], q[e - 1])) f++;
  if (e - f < 3 || I(q[e - 1], q[f]).d <= 0) return {};
  std::vector<RatPoint> r;  // the vertices at e = 0, merged
  q.resize(e + 1), q[e] = q[f];
  for (auto i = f; i < e; i++) r.push_back(I(q[i], q[i + 1]));
  r.erase(std::unique(r.begin(), r.end()), r.end());
  while (r.size() > 1 && r[0] == r.back()) r.pop_back();
  return r;
}

#endif

}  // namespace geo
