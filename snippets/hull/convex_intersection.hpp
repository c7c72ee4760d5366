// cpgeo hull/convex_intersection.hpp, hash f33c3f; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <cmath>
#include <limits>
#include <type_traits>
#include <algorithm>
#include <cassert>
#include <utility>
#include <vector>

// point.hpp: the scalar rules and Point<T>, a 2-D point or
// vector. eps<T>: a LENGTH; 0 for exact T (integers,
// multiprecision),
//   1e-9 for floating T; change it at run time:
//   geo::eps<double> = 1e-7. sgn(x), cmp(a, b): signs with eps
//   (apply them to lengths, never to raw products).
// real_t<T>: type of lengths and angles (double for integers).
// frac_t<T>: type of constructed coordinates (never a
//   truncated lattice point); point_cast<Q>(p): p in Q.
// Where: a point against a region (AOJ CGL_3_C codes).
// in_range(x, bound): debug precondition: finite (floating),
//   |x| <= bound (64-bit integers), else true.
// Point: + - * /, dot, cross, norm2, dist2 exact for
//   long long |x|,|y| <= 1e9; == and < exact, lexicographic
//   (for sort/set/map; "same up to eps" is dist(a, b) <= eps).
// rotate, unit, angle need floating T. Printing: io.hpp.
// Time: O(1) each. Precision, Degenerate: docs/point.md.
// Source: KACTL Point.h (one template); tourist's zero eps
//   for integers. Tests: unit point_test, point_scalar_test;
//   property point_prop.
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
    T c = std::cos(a), s = std::sin(a);
    return {x * c - y * s, x * s + y * c};
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

// line.hpp: Line<T>, the infinite line through a and b (directed a -> b), and its
// predicates. All O(1). Constructions: projection.hpp, line_intersection.hpp.
// frac_t<T>: type of constructed coordinates: double for integral T (never a truncated
//   lattice point), T otherwise. point_cast<Q>(p): p in Q.
// lex_order(a, b): sorts a, b lexicographically; -1 if it swapped them, else +1.
// cross_at(a, b, r): (b - a) x (r - o), o the one of a, b nearer r (floating: keeps the
//   digits of r - o); exact types: o = a. long long: exact for |x|,|y| <= 1e9.
// Line{a, b}: precondition a != b. line_abc(A, B, C): the line A x + B y = C
//   (Line<frac_t<T>>: the foot of the perpendicular from the origin, and a second point);
//   (A, B) != (0, 0) asserted.
// side(l, r): +1 r left of a -> b, -1 right, 0 on l.  on_line(r, l): side(l, r) == 0.
// parallel(l, m), orthogonal(l, m); intersect(l, m): the lines share a point.
// long long: exact for |x|,|y| <= 1e9 (products of differences <= 8e18).
// Preconditions, asserted by every function (checked(), canonical()) and by side for r:
//   a != b; long long |x|,|y| <= 1e9; floating: finite, |b - a| >= 1e-140 (see below).
// Floating: eps is a distance. side == 0 iff dist(r, l) <= eps; parallel (orthogonal) iff
//   the tip of the shorter direction d = b - a lies within eps of the longer one's line
//   (normal): |d1 x d2| (|d1 . d2|) <= eps max(|d1|, |d2|). Contract as orient's: the
//   exact answer outside the band eps/2..2eps while |coordinates| <= eps / (23 u). Points
//   are put in a canonical order first: reversing a line or swapping l and m changes
//   nothing (side flips sign), bit for bit, FMA or not. Needs |b - a| >= 1e-140 (double;
//   long double 1e-2400; asserted): products of shorter differences underflow.
// Source: cp-geo (vlecomte) ch. 2 for the formulas; the eps rules are cpgeo's (docs/eps.md).
#ifndef GEO_LINE_HPP
#define GEO_LINE_HPP

namespace geo {

template <class T>
using frac_t = std::conditional_t<std::numeric_limits<T>::is_integer, double, T>;
template <class Q, class T> Point<Q> point_cast(Point<T> p) { return {Q(p.x), Q(p.y)}; }

template <class T> int lex_order(Point<T>& a, Point<T>& b) {
  if (!(b < a)) return 1;
  std::swap(a, b);
  return -1;
}

template <class T> T cross_at(Point<T> a, Point<T> b, Point<T> r) {
  if constexpr (!is_exact_v<T>)
    if (dist2(r, b) < dist2(r, a)) return (b - a).cross(r - b);
  return (b - a).cross(r - a);
}

template <class T> struct Line { Point<T> a, b; };

template <class T> Line<frac_t<T>> line_abc(const T& A, const T& B, const T& C) {
  using Q = frac_t<T>;
  using std::abs;
  assert((A != 0 || B != 0) && "line_abc: A = B = 0");
  const Q a = Q(A), b = Q(B), n = a * a + b * b;
  const Point<Q> p(a * Q(C) / n, b * Q(C) / n);  // the foot from the origin
  const Q k = (abs(p.x) + abs(p.y) + 1) / (abs(a) + abs(b));  // |direction| ~ |p| + 1
  return {p, p + Point<Q>(b * k, -a * k)};
}

// Side of r against a -> b; floating: 0 if r is within tol of the line. a == b gives 0.
template <class T> int side_of(Point<T> a, Point<T> b, const Point<T>& r, const T& tol = eps<T>) {
  const int parity = lex_order(a, b);
  const T c = cross_at(a, b, r);
  if constexpr (!is_exact_v<T>)
    if (c * c <= tol * tol * (b - a).norm2()) return 0;
  return c > 0 ? parity : c < 0 ? -parity : 0;
}

// Debug check: a floating direction d != 0 shorter than 1e-140 (double; long double
// 1e-2400) underflows in products.
template <class T> bool not_tiny(const Point<T>& d) {
  if constexpr (is_exact_v<T>) return true;
  else return (d.x == 0 && d.y == 0) ||
              std::hypot(d.x, d.y) >= (std::is_same<T, double>::value ? T(1e-140) : T(1e-2400L));
}

template <class T> const Line<T>& checked(const Line<T>& l) {
  assert(l.a != l.b && "degenerate line");
  assert(in_range(l.a, 1000000000) && in_range(l.b, 1000000000) && "line out of range");
  assert(not_tiny(l.b - l.a) && "line shorter than 1e-140");
  return l;
}
template <class T> Line<T> canonical(Line<T> l) {
  checked(l);
  lex_order(l.a, l.b);
  return l;
}

template <class T> int side(const Line<T>& l, const Point<T>& r) {
  assert(in_range(r, 1000000000) && "side: point out of range");
  return side_of(checked(l).a, l.b, r);
}
template <class T> bool on_line(const Point<T>& r, const Line<T>& l) { return side(l, r) == 0; }

// Both lines canonical, l before m: the fixed order behind the bitwise symmetry.
template <class T> void canonical(Line<T>& l, Line<T>& m) {
  l = canonical(l), m = canonical(m);
  if (m.a < l.a || (m.a == l.a && m.b < l.b)) std::swap(l, m);
}

// |x| <= eps max(|d|, |e|), x = d x e (parallel) or d . e (orthogonal).
template <class T> bool tip_within(const T& x, const Point<T>& d, const Point<T>& e) {
  if constexpr (is_exact_v<T>) return x == 0;
  else return x * x <= eps<T> * eps<T> * std::max(d.norm2(), e.norm2());
}
template <class T> bool parallel(Line<T> l, Line<T> m) {
  canonical(l, m);
  const Point<T> d = l.b - l.a, e = m.b - m.a;
  return tip_within(d.cross(e), d, e);
}
template <class T> bool orthogonal(Line<T> l, Line<T> m) {
  canonical(l, m);
  const Point<T> d = l.b - l.a, e = m.b - m.a;
  return tip_within(d.dot(e), d, e);
}
template <class T> bool intersect(Line<T> l, Line<T> m) {
  canonical(l, m);
  return !parallel(l, m) || side_of(l.a, l.b, m.a) == 0;
}

}  // namespace geo
#endif

// line_intersection.hpp: the intersection point of two lines. O(1).
// intersection(l, m): {1, x} one point x; {0, _} parallel and apart; {-1, _} the same line.
//   Floating: "parallel" is parallel(l, m) (line.hpp), then "the same line" iff m's first
//   canonical point is on l.
// cross_point(a, b, c, d): the point of line ab on line cd, built from the one of a, b
//   nearer to it and the one of c, d nearer to that (pitfall 1). Preconditions (asserted):
//   (b - a) x (d - c) != 0 as computed (exact types: not parallel; floating lines in the
//   parallel() band may pass it and get an ill-conditioned point: call intersection);
//   long long |x|,|y| <= 1e9, floating finite.
// Point<frac_t<T>>: double for integral T, exact for rationals.
// long long (|x|,|y| <= 1e9): t = N / D with N, D exact products of differences, then
//   a + (b - a) t in double: error <= 5u (|x| + |a|), u = 2^-53. Directions (10000, 1) and
//   (9999, 1) give their far point to the last digit.
// Floating: error <= 24u R / sin(angle) + 2u |x|, R the larger, over l and m, of the
//   distance from x to the line's nearer defining point (1/sin is the problem's condition).
//   A first-order bound, valid for sin(angle) >= 64u. Lines that are not parallel() have
//   |shorter d| sin(angle) > eps/2, so the denominator is never ~0; but near the edge of
//   the coordinate range eps / (23 u) that allows sin ~ 4u, where the far point's relative
//   error can reach O(1): use long double or integers there. Swapping l and m or reversing
//   either changes nothing, bit for bit.
// Source: cp-geo (vlecomte) ch. 2 (intersection by cross products).
#ifndef GEO_LINE_INTERSECTION_HPP
#define GEO_LINE_INTERSECTION_HPP

namespace geo {

// The point of line ab on line cd (not parallel), from the one of a, b nearer to it.
template <class T>
Point<frac_t<T>> cross_point(const Point<T>& a, const Point<T>& b, const Point<T>& c,
                             const Point<T>& d) {
  using Q = frac_t<T>;
  assert(in_range(a, 1000000000) && in_range(b, 1000000000) && in_range(c, 1000000000) &&
         in_range(d, 1000000000) && "cross_point: point out of range");
  const Point<T> e = d - c;
  const T den = (b - a).cross(e);
  assert(den != 0 && "cross_point: parallel lines");
  auto from = [&](const Point<T>& p, const Point<T>& q) {  // x = p + (q - p) t
    const Point<T>& o = dist2(p, d) < dist2(p, c) ? d : c;
    return point_cast<Q>(p) + point_cast<Q>(q - p) * (Q((o - p).cross(e)) / Q((q - p).cross(e)));
  };
  const Q t = Q((c - a).cross(e)) / Q(den);
  return t * 2 > 1 ? from(b, a) : from(a, b);
}

template <class T> std::pair<int, Point<frac_t<T>>> intersection(Line<T> l, Line<T> m) {
  canonical(l, m);
  if (parallel(l, m)) return {side_of(l.a, l.b, m.a) == 0 ? -1 : 0, {}};
  return {1, cross_point(l.a, l.b, m.a, m.b)};
}

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
// Time: O(1). Precision: cross_sign exact for every long long;
//   orient for |x|,|y| <= 4e18 (asserted); floating:
//   docs/eps.md (|x|,|y| <= 3.9e5 for double at eps = 1e-9).
//   Degenerate: a == b etc. gives 0.
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
  const long long R = (long long)4e18;  // differences fit
  assert(in_range(a, R) && in_range(b, R) && in_range(c, R));
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

// polar.hpp: exact ordering of vectors by argument (polar angle). No atan2, no eps.
// arg_less(a, b): arg(a) < arg(b) with arguments in (-pi, pi] and the origin counted as
//   argument 0 (tied with (1, 0)). A strict weak ordering: half-plane class first, then
//   cross_sign (orient.hpp) inside an open half-plane. O(1). Sort around a centre o:
//   compare a - o, b - o.
// sort_by_arg(points): std::sort by arg_less, O(n log n).
// Preconditions (asserted by cross_sign and arg_less): long long |x|,|y| <= 4e18, floating
//   finite (a NaN breaks the strict weak ordering). Floating over/underflow: not checked.
#ifndef GEO_POLAR_HPP
#define GEO_POLAR_HPP

namespace geo {

// 0: arg in (-pi, 0); 1: arg 0, origin included; 2: (0, pi); 3: arg pi.
template <class T> int arg_class(const Point<T>& p) {
  if (p.y < 0) return 0;
  if (p.y > 0) return 2;
  return p.x < 0 ? 3 : 1;
}

template <class T> bool arg_less(const Point<T>& a, const Point<T>& b) {
  assert(in_range(a, 4000000000000000000) && in_range(b, 4000000000000000000) &&
         "arg_less: out of range");  // 4e18
  const int ca = arg_class(a), cb = arg_class(b);
  if (ca != cb) return ca < cb;
  return (ca == 0 || ca == 2) && cross_sign(a, b) > 0;
}

template <class T> void sort_by_arg(std::vector<Point<T>>& points) {
  std::sort(points.begin(), points.end(),
            [](const Point<T>& a, const Point<T>& b) { return arg_less(a, b); });
}

}  // namespace geo
#endif

// halfplane.hpp: halfplane_intersection(H, box) -> the intersection of the closed half-planes
// left of (or on) each directed line a -> b in H, as a convex polygon, counter-clockwise,
// vertices Point<frac_t<T>> (double for long long). box > 0 adds the square [-box, box]^2
// (closing unbounded input). Without a box the lines' directions must leave no angular gap
// >= pi (else the intersection is unbounded or empty, and {} is returned).
// Time O(n log n): sort by direction, keep the innermost of each direction, then the deque
// sweep (Zhu's S&I scheme); O(n) to clean the rounded output.
// Decisions are exact, made for the half-planes pushed outward by an infinitesimal d
// (symbolic perturbation: every line moved by d along an axis to its outside), so the sweep
// has no degenerate case; exact vertices that coincide for d = 0 are merged (a point or a
// segment stays). long long: exact for line points |x|,|y| <= 1e9 and box <= 1e9
// (degree-4 signs in __int128 < 1.3e38). Floating: exact on the given values (a double is a
// rational): a rounded evaluation with an error bound, else expansions (Shewchuk), for
// coordinates 0 or 1e-60 <= |x| <= 1e60 (no product underflows).
// Vertices: long long cross_point (line_intersection.hpp); floating t = N / D of two exact
// cross products, each rounded once, then a1 + (b1 - a1) t. Either way each coordinate is
// within 8u (|v| + M) of the exact vertex v's (u = 2^-53, |v| and M max norms, M = largest
// |coordinate| of the input), so within that of every input half-plane.
// Rounded vertices can coincide or turn straight: the output then drops vertices until
// each turn a, b, c is left both by orient (eps) and exactly (hp_cross on the returned
// values); of a failing turn it drops the point opposite the longest side (within eps, or
// orient's error, of the other two's segment). Result: sizes 0 empty (exactly), 1 a point,
// 2 a segment (two distinct ends), >= 3 every consecutive triple has orient > 0 and exact
// turn > 0 (convex as returned: its exact area is > 0), no repeated vertices; each vertex
// within 8u (|v| + M) of an exact vertex; each exact vertex within 2 eps + 64u (|v| + M) of
// the result. The double area2 (polygon/area.hpp) of the result errs by its own rounding,
// up to about 2 n^2 u D^2 (D its largest coordinate difference; 4e3 for a triangle at 1e9,
// 900 measured), so a sliver's computed sign can be wrong there. Floating input: the exact
// turn is exact while no product of two output coordinates underflows (|x| >= 1e-140 or 0).
// Exact types (mpq_rational): the exact region, strictly convex.
// Preconditions (asserted): a != b; coordinates and box in the ranges above; box >= 0.
// Source: Zhu Zeyuan's S&I half-plane intersection (2006); symbolic perturbation as in
// Edelsbrunner and Muecke, "Simulation of Simplicity" (1990); expansion arithmetic as in
// Shewchuk, "Adaptive Precision Floating-Point Arithmetic" (1997).
#ifndef GEO_HALFPLANE_HPP
#define GEO_HALFPLANE_HPP

namespace geo {

// Exact floating arithmetic (Shewchuk 1997): the exact sum of nonoverlapping components in
// increasing magnitude (two-sum; FMA two-product). Exact while no product underflows.
template <class T> struct Expansion {
  std::vector<T> c;
  void add(T b) {  // Grow-Expansion, zero components dropped
    size_t k = 0;
    for (size_t i = 0; i < c.size(); i++) {
      const T a = c[i], s = a + b, bv = s - a, e = (a - (s - bv)) + (b - bv);
      if (e != 0) c[k++] = e;
      b = s;
    }
    c.resize(k);
    if (b != 0) c.push_back(b);
  }
  void add_product(T x, T y) {
    const T p = x * y;
    add(std::fma(x, y, -p)), add(p);
  }
  friend Expansion operator*(const Expansion& x, const Expansion& y) {
    Expansion r;
    for (T a : x.c)
      for (T b : y.c) r.add_product(a, b);
    return r;
  }
  friend Expansion operator+(Expansion x, const Expansion& y) {
    for (T b : y.c) x.add(b);
    return x;
  }
  int sign() const { return c.empty() ? 0 : c.back() > 0 ? 1 : -1; }
  T value() const {  // summed from the largest: relative error about 2u
    T s = 0;
    for (size_t i = c.size(); i-- > 0;) s += c[i];
    return s;
  }
};

// (b - a) x (d - c) exactly: b x d - b x c - a x d + a x c, 16 exact products.
template <class T>
Expansion<T> cross_exact(const Point<T>& a, const Point<T>& b, const Point<T>& c, const Point<T>& d) {
  Expansion<T> s;
  s.c.reserve(16);
  auto add = [&s](const Point<T>& p, const Point<T>& q, T k) {
    s.add_product(k * p.x, q.y), s.add_product(-k * p.y, q.x);
  };
  add(b, d, T(1)), add(b, c, T(-1)), add(a, d, T(-1)), add(a, c, T(1));
  return s;
}

// The exact sign of (b - a) x (d - c). Floating: filtered (error <= 4u (|l| + |r|)).
template <class T> int hp_cross(const Point<T>& a, const Point<T>& b, const Point<T>& c, const Point<T>& d) {
  const Point<T> u = b - a, v = d - c;
  if constexpr (is_exact_v<T>) {
    return sgn(u.cross(v));
  } else {
    const T l = u.x * v.y, r = u.y * v.x;
    if (std::abs(l - r) > 4 * std::numeric_limits<T>::epsilon() * (std::abs(l) + std::abs(r)))
      return l > r ? 1 : -1;
    return cross_exact(a, b, c, d).sign();
  }
}

template <class T> struct HalfPlane { Point<T> a, b, d, w; };  // d = b - a (rounded); w: outward axis

// The crossing of l1 and l2. Floating: t = N / D with N, D exact, rounded once each, then
// a1 + d1 t: each coordinate errs by <= 8u (|x| + |a1|) (max norms).
template <class T> Point<frac_t<T>> hp_vertex(const HalfPlane<T>& l1, const HalfPlane<T>& l2) {
  if constexpr (std::is_floating_point<T>::value) {
    const T t = cross_exact(l1.a, l2.a, l2.a, l2.b).value() / cross_exact(l1.a, l1.b, l2.a, l2.b).value();
    return l1.a + l1.d * t;
  } else {
    return cross_point(l1.a, l1.b, l2.a, l2.b);
  }
}

// Side of l3 at the crossing of l1, l2 (not parallel), the lines pushed out by d -> 0+.
// Sign of F = (d1 x d2) (d3 x (o1 - o3)) + (d3 x d1) ((o2 - o1) x d2), o = a; if 0, o = w.
template <class T> int hp_side(const HalfPlane<T>& l1, const HalfPlane<T>& l2,
                               const HalfPlane<T>& l3, bool perturbed = true) {
  auto F = [&](const Point<T>& o1, const Point<T>& o2, const Point<T>& o3) {
    if constexpr (is_exact_v<T>) {
      using W = wide_t<T>;
      const W f = W(l1.d.cross(l2.d)) * W(l3.d.cross(o1 - o3)) + W(l3.d.cross(l1.d)) * W((o2 - o1).cross(l2.d));
      return (f > 0) - (f < 0);
    } else {
      return (cross_exact(l1.a, l1.b, l2.a, l2.b) * cross_exact(l3.a, l3.b, o3, o1) +
              cross_exact(l3.a, l3.b, l1.a, l1.b) * cross_exact(o1, o2, l2.a, l2.b)).sign();
    }
  };
  const int D = hp_cross(l1.a, l1.b, l2.a, l2.b);
  int s = 2;
  if constexpr (!is_exact_v<T>) {  // filters: F rounded (error <= 10u m), then the side
    const T u = std::numeric_limits<T>::epsilon();  // of l3 at the accurate crossing x
    T m1, m2, m3, m4;
    auto cr = [](const Point<T>& v, const Point<T>& w, T& m) {
      m = std::abs(v.x * w.y) + std::abs(v.y * w.x);
      return v.x * w.y - v.y * w.x;
    };
    const T f = cr(l1.d, l2.d, m1) * cr(l3.d, l1.a - l3.a, m2) + cr(l3.d, l1.d, m3) * cr(l2.a - l1.a, l2.d, m4);
    if (std::abs(f) > 6 * u * (m1 * m2 + m3 * m4)) {
      s = f > 0 ? 1 : -1;
    } else {
      const Point<T> x = hp_vertex(l1, l2);
      const T side = cr(l3.d, x - l3.a, m1), dx = std::max(std::abs(x.x), std::abs(x.y)) +
                                                  std::max(std::abs(l1.a.x), std::abs(l1.a.y));
      if (std::abs(side) > 3 * u * m1 + 8 * u * dx * (std::abs(l3.d.x) + std::abs(l3.d.y)))
        s = (side > 0 ? 1 : -1) * D;
    }
  }
  if (s == 2) s = F(l1.a, l2.a, l3.a);
  if (s == 0 && perturbed) s = F(l1.w, l2.w, l3.w);
  return D > 0 ? s : -s;
}

// Debug precondition on a coordinate: |x| <= 1e9 (integral); 0 or 1e-60..1e60 (floating).
template <class T> bool hp_in_range(const T& x) {
  if constexpr (!std::is_floating_point<T>::value) return in_range(x, 1000000000);
  else return x == 0 || (std::abs(x) >= T(1e-60) && std::abs(x) <= T(1e60));
}

template <class T>
std::vector<Point<frac_t<T>>> halfplane_intersection(const std::vector<Line<T>>& H, T box = T(0)) {
  using HP = HalfPlane<T>;
  using R = frac_t<T>;
  assert(box >= 0 && hp_in_range(box) && "halfplane_intersection: box out of range");
  std::vector<HP> L;
  auto add = [&L](const Point<T>& a, const Point<T>& b) {
    assert(a != b && "halfplane_intersection: a == b");
    assert(hp_in_range(a.x) && hp_in_range(a.y) && hp_in_range(b.x) && hp_in_range(b.y) &&
           "halfplane_intersection: coordinate out of range");
    const Point<T> d = b - a;
    const T o(0), i(1);
    L.push_back({a, b, d, d.x > 0 ? Point<T>(o, -i) : d.x < 0 ? Point<T>(o, i)
                                  : d.y > 0 ? Point<T>(i, o) : Point<T>(-i, o)});
  };
  for (const Line<T>& l : H) add(l.a, l.b);
  if (box > 0) {
    const Point<T> c[4] = {{-box, -box}, {box, -box}, {box, box}, {-box, box}};
    for (int k = 0; k < 4; k++) add(c[k], c[(k + 1) % 4]);
  }
  auto less = [](const HP& p, const HP& q) {  // by direction (exact), arguments in (-pi, pi]
    const int cp = arg_class(p.d), cq = arg_class(q.d);  // a rounded difference keeps its sign
    if (cp != cq) return cp < cq;
    return (cp == 0 || cp == 2) && hp_cross(p.a, p.b, q.a, q.b) > 0;
  };
  std::sort(L.begin(), L.end(), [&](const HP& p, const HP& q) {
    if (less(p, q)) return true;
    if (less(q, p)) return false;
    return hp_cross(p.a, p.b, p.a, q.a) < 0;  // same direction: the inner one first
  });
  L.erase(std::unique(L.begin(), L.end(), [&](const HP& p, const HP& q) {
    return !less(p, q) && !less(q, p); }), L.end());
  const size_t m = L.size();
  auto turn = [](const HP& p, const HP& q) { return hp_cross(p.a, p.b, q.a, q.b); };
  for (size_t i = 0; i < m; i++)  // a gap >= pi between directions: unbounded (or empty)
    if (turn(L[i], L[(i + 1) % m]) <= 0) return {};
  std::vector<HP> q(m);
  size_t f = 0, e = 0;  // the deque is q[f, e)
  for (const HP& l : L) {
    while (e - f >= 2 && hp_side(q[e - 2], q[e - 1], l) <= 0) e--;
    while (e - f >= 2 && hp_side(q[f], q[f + 1], l) <= 0) f++;
    if (e - f >= 1 && turn(q[e - 1], l) <= 0) return {};  // turn >= pi: empty
    q[e++] = l;
  }
  while (e - f >= 3 && hp_side(q[e - 2], q[e - 1], q[f]) <= 0) e--;
  while (e - f >= 3 && hp_side(q[f], q[f + 1], q[e - 1]) <= 0) f++;
  if (e - f < 3 || turn(q[e - 1], q[f]) <= 0) return {};
  const size_t k = e - f;
  std::vector<Point<R>> out;
  auto at = [&](size_t i) -> const HP& { return q[f + i % k]; };
  for (size_t i = 0; i < k; i++)  // vertex i = at(i) x at(i+1); skip it if equal to vertex i-1
    if (hp_side(at(i + k - 1), at(i), at(i + 1), false) != 0) out.push_back(hp_vertex(at(i), at(i + 1)));
  if (out.empty()) out.push_back(hp_vertex(at(0), at(1)));
  // Rounded vertices can coincide or lose their turn: drop vertices until orient sees a left
  // turn at each, and so does the exact sign (orient errs beyond its range, e.g. 1e9); of a
  // turn a, b, c that fails, drop the point opposite the longest side (within eps, or
  // orient's error, of the segment of the other two), then recheck its neighbours.
  const size_t n = out.size();
  std::vector<size_t> nx(n), pv(n), todo(n);
  std::vector<char> gone(n, 0);
  for (size_t i = 0; i < n; i++) nx[i] = (i + 1) % n, pv[i] = (i + n - 1) % n, todo[i] = i;
  size_t left = n, first = 0;
  while (left >= 3 && !todo.empty()) {
    const size_t b = todo.back(), a = pv[b], c = nx[b];
    todo.pop_back();
    if (gone[b]) continue;
    if (orient(out[a], out[b], out[c]) > 0 && hp_cross(out[a], out[b], out[a], out[c]) > 0) continue;
    const R ab = dist2(out[a], out[b]), bc = dist2(out[b], out[c]), ca = dist2(out[c], out[a]);
    const size_t x = ca >= ab && ca >= bc ? b : ab >= bc ? c : a;
    gone[x] = 1, left--, first = nx[x];
    nx[pv[x]] = nx[x], pv[nx[x]] = pv[x];
    todo.push_back(pv[x]), todo.push_back(nx[x]);
  }
  if (left == 2 && out[first] == out[nx[first]]) left = 1;  // a segment rounded to a point
  std::vector<Point<R>> res;
  for (size_t i = first; res.size() < left; i = nx[i]) res.push_back(out[i]);
  return res;
}

}  // namespace geo
#endif

// polygon/convex.hpp: is_convex(P), P a closed polygon given by its vertices in order.
// True iff P bounds a convex region of positive area, traversed once, in either
// orientation. Allowed: collinear vertices (turns of 0, "angles <= 180 degrees", CGL_3_B)
// and repeated consecutive vertices (a vertex within eps of the previous kept one, or of
// the first, is skipped; exact types: equal). Rejected: fewer than 3 distinct vertices,
// all vertices collinear (zero area), a spike (the walk turns back on itself: a 180
// degree turn), turns of both signs, and walks that wind more than once (pentagram).
// Turns use orient (exact for long long with |x|,|y| <= 1e9; floating: a vertex whose
// triangle with its neighbours has smallest altitude <= eps counts as collinear). The
// winding is counted exactly (cross_sign, arg_less: polar.hpp; no eps), so a floating
// polygon that is convex up to eps-collinear vertices is accepted. O(n).
// Precondition (asserted): long long |x|,|y| <= 1e9 (u.dot(v), cross_sign of edges);
//   floating finite.
// Source: a closed polygon whose turns all have one sign and whose total turning is one
// full turn is convex (e.g. O'Rourke, "Computational Geometry in C", 2nd ed., 1.3).
#ifndef GEO_POLYGON_CONVEX_HPP
#define GEO_POLYGON_CONVEX_HPP

namespace geo {

template <class T> bool is_convex(const std::vector<Point<T>>& P) {
  for (const auto& q : P) assert(in_range(q, 1000000000) && "is_convex: vertex out of range");
  std::vector<Point<T>> Q;  // P without repeated consecutive vertices (cyclically)
  for (const Point<T>& p : P)
    if (Q.empty() || dist2(Q.back(), p) > eps<T> * eps<T>) Q.push_back(p);
  while (Q.size() > 1 && dist2(Q.back(), Q[0]) <= eps<T> * eps<T>) Q.pop_back();
  const size_t n = Q.size();
  if (n < 3) return false;
  int side = 0, winding = 0;  // sign of the strict turns; full turns made by the edges
  for (size_t i = 0; i < n; i++) {
    const Point<T>& a = Q[i];
    const Point<T>& b = Q[(i + 1) % n];
    const Point<T>& c = Q[(i + 2) % n];
    const Point<T> u = b - a, v = c - b;
    const int o = orient(a, b, c);
    if (o == 0 && u.dot(v) < 0) return false;    // spike
    if (o != 0 && side == -o) return false;      // turns both ways
    if (o != 0) side = o;
    const int s = cross_sign(u, v);              // exact turn: crossing of arg = pi
    if (s > 0 && arg_less(v, u)) winding++;
    if (s < 0 && arg_less(u, v)) winding--;
  }
  return side != 0 && winding == side;
}

}  // namespace geo
#endif

// hull/convex_intersection.hpp: intersection of two convex polygons.
// convex_intersection(a, b) -> the common part as a strict convex polygon of
//   Point<frac_t<T>> (double for integral T), counter-clockwise from its lowest point
//   (smallest y, then x: convex_hull's order): {} if disjoint, one point if they touch at
//   a point, two (the ends) if they share only a segment.
// a, b: counter-clockwise, convex, no repeated points, collinear vertices allowed, positive
//   area if n >= 3 (convex_hull output); a segment (2 points) or a point (1) works too.
//   Debug builds assert it (O(n)): in range (long long |x|,|y| <= 1e9; floating: finite),
//   two distinct points, or is_convex and a left turn at the lowest vertex.
// Time O((n + m) log(n + m)): the half-plane intersection of every edge's left side (a
//   segment: both sides of its line plus one axis-parallel cap at each end; a point: four
//   caps).
// Precision: as halfplane.hpp. Integral input: every decision exact for |x|,|y| <= 1e9,
//   touching and shared boundaries found exactly; vertices are crossings of two edge lines
//   (cross_point, one rounding of the exact quotient's parts). Floating: a vertex within
//   eps (a distance) of an edge's line counts as on it.
// Source: a convex polygon is the intersection of its edges' half-planes (textbook fact);
//   the segment and point caps are this library's.
#ifndef GEO_HULL_CONVEX_INTERSECTION_HPP
#define GEO_HULL_CONVEX_INTERSECTION_HPP

namespace geo {

// convex_intersection's precondition on one input. O(n).
template <class T> bool convex_input_ok(const std::vector<Point<T>>& v) {
  for (const Point<T>& p : v)
    if (!in_range(p, 1000000000)) return false;
  const std::size_t n = v.size();
  if (n < 3) return n < 2 || v[0] != v[1];
  std::size_t i = 0;  // the lowest vertex: a strict one
  for (std::size_t j = 1; j < n; j++)
    if (v[j].y < v[i].y || (v[j].y == v[i].y && v[j].x < v[i].x)) i = j;
  return orient(v[(i + n - 1) % n], v[i], v[(i + 1) % n]) >= 0 && is_convex(v);
}

// Half-planes whose intersection is the convex polygon, segment or point p.
template <class T> void convex_halfplanes(const std::vector<Point<T>>& p, std::vector<Line<T>>& H) {
  const std::size_t n = p.size();
  if (n >= 3) {
    for (std::size_t i = 0; i < n; i++) H.push_back({p[i], p[(i + 1) % n]});
    return;
  }
  auto cap = [&H](const Point<T>& u, const Point<T>& dir) {  // the line through u along dir
    const bool toward_origin = dir.dot(u) <= T(0);  // so integral points stay in range
    H.push_back(toward_origin ? Line<T>{u, u + dir} : Line<T>{u - dir, u});
  };
  const T o(0), i(1);
  const Point<T> up(o, i), left(-i, o);  // a line along up keeps x <= its x; along left, y <= its y
  if (n == 2) {
    H.push_back({p[0], p[1]});
    H.push_back({p[1], p[0]});
    using std::abs;
    const Point<T> d = p[1] - p[0];
    const Point<T> c = abs(d.x) >= abs(d.y) ? (d.x > o ? -up : up) : (d.y > o ? -left : left);
    cap(p[0], c);   // keeps the side of p[0] towards p[1]
    cap(p[1], -c);  // keeps the side of p[1] towards p[0]
  } else if (n == 1) {
    for (const Point<T>& dir : {up, left, -up, -left}) cap(p[0], dir);
  }
}

template <class T>
std::vector<Point<frac_t<T>>> convex_intersection(const std::vector<Point<T>>& a, const std::vector<Point<T>>& b) {
  assert(convex_input_ok(a) && convex_input_ok(b) && "convex_intersection: not a ccw convex polygon in range");
  if (a.empty() || b.empty()) return {};
  std::vector<Line<T>> H;
  convex_halfplanes(a, H);
  convex_halfplanes(b, H);
  std::vector<Point<frac_t<T>>> r = halfplane_intersection(H);
  auto lowest = std::min_element(r.begin(), r.end(), [](const Point<frac_t<T>>& s, const Point<frac_t<T>>& t) {
    return s.y < t.y || (s.y == t.y && s.x < t.x);
  });
  std::rotate(r.begin(), lowest, r.end());
  return r;
}

}  // namespace geo
#endif
