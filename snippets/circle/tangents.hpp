// cpgeo circle/tangents.hpp, hash b5558c; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
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

// circle/circle.hpp: Circle<T>{c, r} (centre, radius >= 0); a point against a circle and the
// relation of two circles. All O(1).
// contains(C, p) -> Where: INSIDE 2, BOUNDARY 1, OUTSIDE 0.
// relation(A, B): 4 apart, 3 externally tangent, 2 crossing, 1 internally tangent, 0 one
//   strictly inside the other (concentric, different radii); -1 for equal circles (same
//   centre and radius). AOJ CGL_7_A codes: the number of common tangent lines when both
//   radii are positive (with a zero radius, see tangents.hpp's table).
// cmp_dist(d2, L): sign(sqrt(d2) - L), L >= 0, the comparison behind both (also used by the
//   other circle headers).
// Exact types: decided on squares in wide_t (long long: exact for |x|,|y|,r <= 1e9; d2 <=
//   8e18 in long long, L^2 in __int128). Zero radius is a point: contains gives BOUNDARY
//   only at c; relation of two points is -1 (equal) or 4.
// Floating: eps is a LENGTH. BOUNDARY iff | |p - c| - r | <= eps; relation compares the centre
//   distance d with r1 + r2 and |r1 - r2| within eps, and d <= eps counts as concentric (-1
//   if also |r1 - r2| <= eps, else 0), so no direction is ever taken from a zero vector.
//   d, r1 + r2, |r1 - r2| err by <= 6u M (M the largest |coordinate| or radius, u = 2^-53),
//   so the exact answer comes back outside the band eps/2..2eps while M <= eps / (24 u)
//   (3.7e5 for double at eps = 1e-9). relation(A, B) == relation(B, A) bit for bit.
// Debug builds assert the preconditions of every circle header (valid(C): r >= 0, |x|,|y|,r
//   <= 1e9 for long long, no NaN or infinity for floating T).
// Source: the tangent-count classification of AOJ CGL_7_A; cp-geo (vlecomte) 6.
#ifndef GEO_CIRCLE_CIRCLE_HPP
#define GEO_CIRCLE_CIRCLE_HPP

namespace geo {

template <class T> struct Circle {
  Point<T> c;
  T r;
};

// Debug-build precondition of every circle function: r >= 0; centre and r within 1e9 for
// 64-bit integers, finite for floating T.
template <class T> bool valid(const Circle<T>& C) {
  return in_range(C.c, 1000000000) && in_range(C.r, 1000000000) && !(C.r < 0);
}

template <class T> int cmp_dist(const T& d2, const T& L) {
  if constexpr (is_exact_v<T>) {
    const wide_t<T> x = wide_t<T>(d2) - wide_t<T>(L) * wide_t<T>(L);
    return (x > 0) - (x < 0);
  } else {
    return sgn(std::sqrt(d2) - L);
  }
}

template <class T> Where contains(const Circle<T>& C, const Point<T>& p) {
  assert(valid(C) && in_range(p, 1000000000));
  const int s = cmp_dist(dist2(p, C.c), C.r);
  return s < 0 ? INSIDE : s == 0 ? BOUNDARY : OUTSIDE;
}

template <class T> int relation(const Circle<T>& A, const Circle<T>& B) {
  assert(valid(A) && valid(B));
  const T d2 = dist2(A.c, B.c), lo = A.r < B.r ? B.r - A.r : A.r - B.r;
  if (cmp_dist(d2, T(0)) == 0) return sgn(lo) == 0 ? -1 : 0;  // concentric
  const int out = cmp_dist(d2, T(A.r + B.r)), in = cmp_dist(d2, lo);
  if (out != 0) return out > 0 ? 4 : in > 0 ? 2 : in == 0 ? 1 : 0;
  return 3;
}

}  // namespace geo
#endif

// circle/tangents.hpp: tangents from a point to a circle; common tangents of two circles.
// tangents(C, p): the touch points of the tangents from p: none if p is inside C, {p} if p
//   is on C (the tangent at p, perpendicular to p - c), else two, c + v r^2/|v|^2 -+
//   perp(v) r sqrt(|v|^2 - r^2)/|v|^2 (v = p - c, the first clockwise of v seen from c).
//   Radius 0 (C a point): {c} (the line pc) if p != c, none if p == c (every line). O(1).
// tangents(A, B): each common tangent line once, as two distinct points on it: {touch
//   point on A, touch point on B}, external lines first, then internal ones; a line
//   tangent at a contact point p (touching circles, a point on a circle) is {p, p +
//   perp(B.c - A.c)}. How many, by relation(A, B) (circle.hpp) and zero radii:
//     both r > 0: relation (4, 3, 2, 1, 0); concentric (relation 0 or -1): none, also for
//     equal circles (infinitely many);  a point and a circle: 2 outside (relation 4), 1 on
//     it (3), 0 inside (0);  two points: 1 (the line through them) if distinct, else none.
//   The unit normal n of a line satisfies n.(B.c - A.c) = r1 - s r2 (s = +1 external, -1
//   internal); touch points A.c + r1 n, B.c + s r2 n. A point has no internal lines (they
//   are its external ones). O(1).
// Decisions: as contains/relation (circle.hpp): exact for exact types (long long: |x|,|y|,r
//   <= 1e9, asserted, squares in __int128); floating eps is a distance (p within eps of C
//   gives {p}; | d - |r1 -+ r2| | <= eps gives one line, the square root clamped: no NaN;
//   r <= eps is a point). Radii >= 0 and finite input asserted.
// Precision (u = 2^-53). long long: |v|^2 - r^2 and d^2 - (r1 -+ r2)^2 exact, rounded once;
//   points err by <= 8u (|c| + r). Floating: the residual (distance of a touch point from its
//   circle, of the other centre from the line minus its radius) is <= 16u (|c| + r + d).
// Source: cp-geo (vlecomte) 6.4 (tangents through n . v = r1 - s r2).
#ifndef GEO_CIRCLE_TANGENTS_HPP
#define GEO_CIRCLE_TANGENTS_HPP

namespace geo {

template <class T> std::vector<Point<real_t<T>>> tangents(const Circle<T>& C, const Point<T>& p) {
  using R = real_t<T>;
  assert(valid(C) && in_range(p, 1000000000));
  const Point<T> v = p - C.c;
  const int s = cmp_dist(v.norm2(), C.r);
  if (s < 0) return {};
  if (sgn(C.r) == 0) return s > 0 ? std::vector<Point<R>>{point_cast<R>(C.c)} : std::vector<Point<R>>{};
  if (s == 0) return {point_cast<R>(p)};
  R a, h;  // touch points c + w a -+ perp(w) h, w = v
  if constexpr (is_exact_v<T>) {
    using W = wide_t<T>;
    const W d2 = W(v.norm2()), r2 = W(C.r) * W(C.r);
    a = static_cast<R>(r2) / static_cast<R>(d2);
    h = static_cast<R>(C.r) * std::sqrt(static_cast<R>(d2 - r2)) / static_cast<R>(d2);
  } else {
    const T d = v.norm(), q = C.r / d;
    a = q * q;
    h = q * std::sqrt(std::max((d - C.r) * (d + C.r), T(0))) / d;
  }
  const Point<R> w = point_cast<R>(v), m = point_cast<R>(C.c) + w * a;
  return {m - w.perp() * h, m + w.perp() * h};
}

template <class T>
std::vector<std::pair<Point<real_t<T>>, Point<real_t<T>>>> tangents(const Circle<T>& A,
                                                                    const Circle<T>& B) {
  using R = real_t<T>;
  assert(valid(A) && valid(B));
  std::vector<std::pair<Point<R>, Point<R>>> out;
  const Point<T> v = B.c - A.c;
  const T d2 = v.norm2();
  if (cmp_dist(d2, T(0)) == 0) return out;  // concentric
  const Point<R> w = point_cast<R>(v), ca = point_cast<R>(A.c), cb = point_cast<R>(B.c);
  const bool pa = sgn(A.r) == 0, pb = sgn(B.r) == 0;
  for (int s : {1, -1}) {
    if (s < 0 && (pa || pb)) break;  // a point's internal lines are its external ones
    const T dr = A.r - T(s) * B.r;  // n . v
    const int k = cmp_dist(d2, T(dr < 0 ? -dr : dr));
    if (k < 0) continue;
    R h = 0;  // sqrt(d2 - dr^2)
    if constexpr (is_exact_v<T>) {
      using W = wide_t<T>;
      h = std::sqrt(static_cast<R>(W(d2) - W(dr) * W(dr)));
    } else {
      const T d = std::sqrt(d2), l = std::abs(dr);
      if (k > 0) h = std::sqrt(std::max((d - l) * (d + l), T(0)));
    }
    for (int side : {1, -1}) {
      const Point<R> n = (w * static_cast<R>(dr) + w.perp() * (h * side)) / static_cast<R>(d2);
      const Point<R> ta = ca + n * static_cast<R>(A.r);
      if (k == 0) {  // tangent at the contact point: one line, given by a direction
        out.push_back({ta, ta + w.perp()});
        break;
      }
      out.push_back({ta, cb + n * static_cast<R>(T(s) * B.r)});
      if (pa && pb) break;  // two points: the line through them, once
    }
  }
  return out;
}

}  // namespace geo
#endif
