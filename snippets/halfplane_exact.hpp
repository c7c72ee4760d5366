// cpgeo halfplane_exact.hpp, hash 4bff63; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
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

// halfplane_exact.hpp: halfplane_intersection_exact(H, box):
// halfplane_intersection's contract (halfplane.hpp) with every
// decision exact for floating input too, and exactly left
// turns of the returned values at every scale.
// Result: as halfplane.hpp: 0 empty (exactly), 1 a point, 2 a
//   segment, >= 3 every consecutive triple has orient > 0 AND
//   an exactly positive turn (hx_turn on the returned values:
//   its exact area is > 0), no repeated vertices. Each vertex
//   within 8u (|v| + M) of an exact vertex v (u = 2^-53, M the
//   largest |input coordinate|); each exact vertex within
//   2 eps + 64u (|v| + M) of the result.
// Time: O(n log n): halfplane.hpp's sweep, on the exact tests
//   hx_turn (turns) and hx_cross (F, vertices); about its time
//   on long long input (tests/bench/planar_bench.cpp).
// Precision: decisions exact for the half-planes pushed
//   outward by an infinitesimal (symbolic perturbation). long
//   long: |x|,|y| and box <= 1e9 (degree-4 signs in __int128 <
//   1.3e38). Floating: exact on the given values (a double is
//   a rational): a rounded evaluation with an error bound
//   (turn l - r: 8u (|l| + |r|); F: 12u times the sum of its
//   terms' magnitudes), else expansions (Shewchuk; Xp:
//   two-sum, FMA two-product), for coordinates 0 or 1e-60 <=
//   |x| <= 1e60 (no product underflows). Vertices: long long t
//   = N / D of exact N, D, then a1 + (b1 - a1) t in double
//   (within 5u (|v| + M)); floating t = N / D of two exact
//   cross products, each rounded once, then a1 + (b1 - a1) t.
//   The cleaning drops, of a turn that orient or the exact
//   sign does not see as left, the point opposite the longest
//   side. The double area2 of the result errs by its own
//   rounding (about 2 n^2 u D^2, D its largest coordinate
//   difference), so a sliver's computed sign can be wrong at
//   1e9. Exact types: the exact region.
// Degenerate: as halfplane.hpp. Asserted: a != b; box >= 0;
//   coordinates and box in the ranges above.
// Source: Zhu Zeyuan's S&I half-plane intersection (2006);
//   Edelsbrunner and Muecke, "Simulation of Simplicity"
//   (1990); Shewchuk, "Adaptive Precision Floating-Point
//   Arithmetic" (1997).
// Tests: unit halfplane_test; property halfplane_prop (both
//   headers); bench planar_bench.
#ifndef GEO_HALFPLANE_EXACT_HPP
#define GEO_HALFPLANE_EXACT_HPP

namespace geo {

// An expansion (Shewchuk 1997): the exact sum of
// nonoverlapping components, increasing in magnitude.
template <class T> struct Xp {
  std::vector<T> c;
  void add(T b) {  // Grow-Expansion (two-sum), zeros dropped
    size_t k = 0;
    for (T a : c) {
      T s = a + b, z = s - a, e = (a - (s - z)) + (b - z);
      if (e != 0) c[k++] = e;
      b = s;
    }
    c.resize(k);
    if (b != 0) c.push_back(b);
  }
  void mul(T a, T b) {  // += a b (FMA two-product)
    T p = a * b;
    add(std::fma(a, b, -p)), add(p);
  }
  Xp operator*(const Xp& y) const {
    Xp r;
    for (T a : c)
      for (T b : y.c) r.mul(a, b);
    return r;
  }
  Xp operator+(Xp y) const {
    for (T b : c) y.add(b);
    return y;
  }
  explicit operator T() const {  // from the largest: about 2u
    T s = 0;
    for (size_t i = c.size(); i-- > 0;) s += c[i];
    return s;
  }
};
template <class N> int hx_sign(const N& x) {
  return (x > 0) - (x < 0);
}
template <class T> int hx_sign(const Xp<T>& x) {
  return x.c.empty() ? 0 : x.c.back() > 0 ? 1 : -1;
}
// (b - a) x (d - c) exactly: exact T in wide_t; floating: the
// expansion of b x d + c x b + d x a + a x c (8 products)
template <class T>
auto hx_cross(Point<T> a, Point<T> b, Point<T> c, Point<T> d) {
  if constexpr (is_exact_v<T>) {
    return wide_t<T>((b - a).cross(d - c));
  } else {
    Xp<T> r;
    Point<T> s[] = {b, d, c, b, d, a, a, c};
    for (int i = 0; i < 8; i += 2)
      r.mul(s[i].x, s[i + 1].y), r.mul(-s[i].y, s[i + 1].x);
    return r;
  }
}
// the exact sign of (b - a) x (d - c); floating: rounded when
// beyond its error bound 4u (|l| + |r|), else by expansions
template <class T>
int hx_turn(Point<T> a, Point<T> b, Point<T> c, Point<T> d) {
  if constexpr (!is_exact_v<T>) {
    auto u = b - a, v = d - c;
    T l = u.x * v.y, r = u.y * v.x;
    if (std::abs(l - r) >
        4 * std::numeric_limits<T>::epsilon() *
            (std::abs(l) + std::abs(r)))
      return l > r ? 1 : -1;
  }
  return hx_sign(hx_cross(a, b, c, d));
}
// the asserted range: long long |x| <= 1e9; floating 0 or
// 1e-60 <= |x| <= 1e60 (no product underflows)
template <class T> bool hx_ok(T x) {
  if constexpr (std::is_floating_point_v<T>)
    return x == 0 ||
           (std::abs(x) >= T(1e-60) && std::abs(x) <= T(1e60));
  else return in_range(x, 1000000000);
}
template <class T> struct HxLine { Point<T> a, b, d, w; };

template <class T>
std::vector<Point<frac_t<T>>> halfplane_intersection_exact(
    const std::vector<Line<T>>& H, T box = T(0)) {
  using P = Point<T>;
  using R = frac_t<T>;
  using L = HxLine<T>;
  assert(box >= 0 && hx_ok(box));
  std::vector<L> v, u;
  auto add = [&](P a, P b) {
    assert(a != b && hx_ok(a.x) && hx_ok(a.y) && hx_ok(b.x) &&
           hx_ok(b.y));
    P d = b - a;
    v.push_back({a, b, d,
                 d.x != 0 ? P(0, d.x > 0 ? -1 : 1)
                          : P(d.y > 0 ? 1 : -1, 0)});
  };
  for (auto& l : H) add(l.a, l.b);
  P o(-box, -box);  // the box, counter-clockwise
  for (P d : {P(2, 0), P(0, 2), P(-2, 0), P(0, -2)})
    if (box > 0) add(o, o + d * box), o += d * box;
  // by direction: the half [0, pi) or [pi, 2pi) of d (a
  // rounded difference keeps its sign), then the exact turn
  auto half = [](P d) { return P(d.y, d.x) < P(); };
  auto turn = [](const L& p, const L& q) {
    return hx_turn(p.a, p.b, q.a, q.b);
  };
  auto less = [&](const L& p, const L& q) {
    return half(p.d) != half(q.d) ? half(q.d) : turn(p, q) > 0;
  };
  std::sort(v.begin(), v.end(), [&](const L& p, const L& q) {
    if (less(p, q) || less(q, p)) return less(p, q);
    return hx_turn(p.a, p.b, p.a, q.a) < 0;
  });  // same direction: the inner one first, kept alone
  for (auto& l : v)
    if (u.empty() || less(u.back(), l)) u.push_back(l);
  auto vertex = [](const L& p, const L& q) {  // a + d N / D
    R t = R(hx_cross(p.a, q.a, q.a, q.b)) /
          R(hx_cross(p.a, p.b, q.a, q.b));
    return point_cast<R>(p.a) + point_cast<R>(p.d) * t;
  };
  // side of r at the crossing of p, q (not parallel), lines
  // pushed out by 0+: the sign of F = D (d_r x (o_p - o_r)) +
  // (d_r x d_p) ((o_q - o_p) x d_q), D = d_p x d_q, times that
  // of D, o = a; if 0, o = w.
  auto side = [&](const L& p, const L& q, const L& r,
                  bool tie = 1) {
    auto F = [&](P o1, P o2, P o3) {
      return hx_sign(hx_cross(p.a, p.b, q.a, q.b) *
                         hx_cross(r.a, r.b, o3, o1) +
                     hx_cross(r.a, r.b, p.a, p.b) *
                         hx_cross(o1, o2, q.a, q.b));
    };
    int s = 2;
    if constexpr (!is_exact_v<T>) {  // F rounded: error <= 6u
                                     // m
      T m[4], ep = std::numeric_limits<T>::epsilon();
      auto cr = [](P g, P h, T& z) {
        z = std::abs(g.x * h.y) + std::abs(g.y * h.x);
        return g.x * h.y - g.y * h.x;
      };
      T f = cr(p.d, q.d, m[0]) * cr(r.d, p.a - r.a, m[1]) +
            cr(r.d, p.d, m[2]) * cr(q.a - p.a, q.d, m[3]);
      if (std::abs(f) > 6 * ep * (m[0] * m[1] + m[2] * m[3]))
        s = f > 0 ? 1 : -1;
    }
    if (s == 2) s = F(p.a, q.a, r.a);
    if (!s && tie) s = F(p.w, q.w, r.w);
    return s * turn(p, q);
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
  // vertex i: at(i) x at(i + 1), once (exact merge)
  std::vector<Point<R>> r;
  for (size_t i = 0; i < k; i++)
    if (side(at(i + k - 1), at(i), at(i + 1), 0) ||
        (i + 1 == k && r.empty()))
      r.push_back(vertex(at(i), at(i + 1)));
  // rounded vertices may turn straight or right, for orient or
  // exactly: drop, of such a triple, the point opposite its
  // longest side; recheck all
  for (size_t i = 0, ok = 0, n; (n = r.size()) > 2 && ok < n;
       i++) {
    auto a = r[i % n], b = r[(i + 1) % n], c = r[(i + 2) % n];
    if (orient(a, b, c) > 0 && hx_turn(a, b, a, c) > 0 && ++ok)
      continue;
    // the sides opposite c, a, b
    R d[3] = {dist2(c, a), dist2(a, b), dist2(b, c)};
    auto j = size_t(std::max_element(d, d + 3) - d);
    r.erase(r.begin() + long((i + (j + 1) % 3) % n));
    ok = 0;
  }
  if (r.size() == 2 && r[0] == r[1]) r.pop_back();
  return r;
}

}  // namespace geo
#endif
