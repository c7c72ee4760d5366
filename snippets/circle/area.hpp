// cpgeo circle/area.hpp, hash 3dca2b; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
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

// projection.hpp: project(r, l), the foot of the perpendicular from r to the line l, and
// reflect(r, l), the mirror image of r in l. O(1). Point<frac_t<T>> (point.hpp): double for
// integral T, never a truncated lattice point; exact for rationals.
// long long (|x|,|y| <= 1e9): the exact ratio t = (r - a).d / |d|^2 of two exact products,
//   then a + d t in double: error <= 5u (|x| + |a|), u = 2^-53.
// Floating: from the defining point a nearer r (pitfall 1 of docs/pitfalls.md), so a point next to b on a
//   long line keeps its digits: project errs by <= 8u (|r - a| + |x|), reflect (= 2x - r) by
//   <= 18u (|r - a| + |x|) + u |r|, x the foot, barring underflow. Reversing l changes
//   nothing, bit for bit.
// Preconditions (asserted): l's of line.hpp (a != b, in range); r: long long |x|,|y| <= 1e9,
//   floating finite.
// Source: cp-geo (vlecomte) ch. 2.
#ifndef GEO_PROJECTION_HPP
#define GEO_PROJECTION_HPP

namespace geo {

template <class T> Point<frac_t<T>> project(const Point<T>& r, const Line<T>& l) {
  using Q = frac_t<T>;
  assert(in_range(r, 1000000000) && "project: point out of range");
  Line<T> c = canonical(l);
  if (dist2(r, c.b) < dist2(r, c.a)) std::swap(c.a, c.b);  // start from the nearer point
  const Point<T> d = c.b - c.a;
  return point_cast<Q>(c.a) + point_cast<Q>(d) * (Q(d.dot(r - c.a)) / Q(d.norm2()));
}
template <class T> Point<frac_t<T>> reflect(const Point<T>& r, const Line<T>& l) {
  using Q = frac_t<T>;
  return project(r, l) * Q(2) - point_cast<Q>(r);
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

// circle/intersect.hpp: intersection points of a circle with a line and with a circle.
// intersection(C, l): 0, 1 (tangent) or 2 points of circle C on line l, ordered along l's
//   direction a -> b. Point<real_t<T>> (double for long long: never truncated). O(1).
// intersection(A, B): 0, 1 or 2 points of two circles; none for equal circles (relation -1,
//   circle.hpp: ask it first) and for concentric ones. The same vector, bit for bit, for
//   (A, B) and (B, A): the circles are put in a canonical order first. O(1).
// chord(A, B): {d, a, h} for crossing circles: d = |B.c - A.c| (> 0), a = signed distance
//   from A.c to the common chord along A.c -> B.c, h = half the chord. Used by area.hpp and
//   union.hpp.
// Counts. Exact types: decided exactly, on the discriminant r^2 |b-a|^2 - cross^2 (line;
//   degree 4 in __int128) or on relation() (circles), so a nearly tangent pair that is not
//   tangent gives two distinct points. long long: exact for |x|,|y|,r <= 1e9. Floating: eps
//   is a distance: one point iff | dist(c, l) - r | <= eps (line), or relation() says tangent.
//   A half chord whose square rounds below 0 is clamped: no NaN ever.
// Constructions (u = 2^-53). long long: every integer quantity (discriminant, |v|^2,
//   r1^2 - r2^2, the two factors of 4 d^2 h^2) is exact in __int128, rounded once. Line: the
//   points err by <= 6u (|x| + r + D), D the distance from x to the nearer of a, b (the foot
//   is projection.hpp's project). Circles: <= 10u (|x| + r), r the smaller radius (the
//   construction starts at that centre, the nearer one). A tangent pair's point is
//   A.c +- r_A (B.c - A.c)/d, A the smaller circle. Floating: the residual | |x - c| - r | of
//   a crossing point is <= 16u (|x| + |c| + r) on both circles; a tangency decided within eps
//   gives a point within eps (+ rounding) of both. Near tangency the true points are
//   ill-conditioned (they move by sqrt(error * r) along the chord): the problem, not the code.
// Source: cp-geo (vlecomte) 6.2-6.3 (chord via the radical line); the factorisation
//   16 (area of the triangle d, r1, r2)^2 = ((r1+r2)^2 - d^2)(d^2 - (r1-r2)^2) (Heron).
#ifndef GEO_CIRCLE_INTERSECT_HPP
#define GEO_CIRCLE_INTERSECT_HPP

namespace geo {

template <class T> struct Chord { real_t<T> d, a, h; };

template <class T> Chord<T> chord(const Circle<T>& A, const Circle<T>& B) {
  using R = real_t<T>;
  const Point<T> v = B.c - A.c;
  if constexpr (is_exact_v<T>) {
    using W = wide_t<T>;
    const W d2 = W(v.norm2()), r1 = W(A.r), r2 = W(B.r);
    const W f1 = (r1 + r2) * (r1 + r2) - d2, f2 = d2 - (r1 - r2) * (r1 - r2);
    const R d = std::sqrt(static_cast<R>(d2)), k = static_cast<R>(f1) * static_cast<R>(f2);
    return {d, static_cast<R>(d2 + r1 * r1 - r2 * r2) / (2 * d),
            std::sqrt(std::max(k, R(0))) / (2 * d)};
  } else {
    const T d = v.norm(), s = A.r + B.r, l = std::abs(A.r - B.r);
    const T k = std::max((s - d) * (s + d), T(0)) * std::max((d - l) * (d + l), T(0));
    return {d, (d + (A.r - B.r) * s / d) / 2, std::sqrt(k) / (2 * d)};
  }
}

template <class T> std::vector<Point<real_t<T>>> intersection(const Circle<T>& C, const Line<T>& l) {
  using R = real_t<T>;
  assert(valid(C));
  const Point<T> d = checked(l).b - l.a;
  const T cr = cross_at(l.a, l.b, C.c);  // |d| * distance(c, l)
  R h = 0;                               // half chord / |d|
  if constexpr (is_exact_v<T>) {
    using W = wide_t<T>;
    const W disc = W(C.r) * W(C.r) * W(d.norm2()) - W(cr) * W(cr);
    if (disc < 0) return {};
    h = std::sqrt(static_cast<R>(disc)) / static_cast<R>(d.norm2());
  } else {
    const T n = d.norm(), dl = std::abs(cr) / n;
    const int s = sgn(dl - C.r);
    if (s > 0) return {};
    if (s < 0) h = std::sqrt(std::max((C.r - dl) * (C.r + dl), T(0))) / n;
  }
  const Point<R> f = point_cast<R>(project(C.c, l));
  if (h == 0) return {f};
  const Point<R> off = point_cast<R>(d) * h;
  return {f - off, f + off};
}

template <class T> std::vector<Point<real_t<T>>> intersection(Circle<T> A, Circle<T> B) {
  using R = real_t<T>;
  assert(valid(A) && valid(B));
  if (B.r < A.r || (B.r == A.r && B.c < A.c)) std::swap(A, B);  // canonical: A the smaller
  const int rel = relation(A, B);
  if (rel != 1 && rel != 2 && rel != 3) return {};
  const Chord<T> ch = chord(A, B);
  const Point<R> v = point_cast<R>(B.c - A.c) / ch.d;  // unit direction
  if (rel != 2) return {point_cast<R>(A.c) + v * static_cast<R>(rel == 3 ? A.r : -A.r)};
  const Point<R> m = point_cast<R>(A.c) + v * ch.a;
  if (ch.h == 0) return {m};
  return {m - v.perp() * ch.h, m + v.perp() * ch.h};
}

}  // namespace geo
#endif

// circle/area.hpp: area of a circle intersected with a polygon, and with another circle.
// area(C, P): the area of C ∩ P, P a simple polygon (std::vector<Point<T>>, either
//   orientation, non-convex allowed, vertices on or edges tangent to C allowed). Sum over
//   the edges of the signed area of C ∩ triangle (c, p_i, p_i+1): each edge is cut at the
//   entry and exit points of C, inside pieces are triangles, outside ones sectors
//   (r^2/2 atan2(cross, dot)). Returns |sum|. O(n).
// area(A, B): the area of A ∩ B. 0 if apart or externally tangent; pi min(r)^2 if one
//   contains the other (relation 0, 1 or -1: concentric and equal circles included); else
//   the two circular segments r^2 (x - sin x) / 2, x = 2 atan2(h, a) the central angle
//   (chord(), intersect.hpp), with x - sin x from its Taylor series for x < 1: no
//   cancellation, so radius-6e8 circles overlapping by a sliver keep full relative precision.
//   Symmetric: area(A, B) == area(B, A). O(1).
// seg_area(r, x): r^2 (x - sin x) / 2, the circular segment of central angle x in [0, 2 pi].
// Decisions (which edge meets C, which relation) are exact for long long (|x|,|y|,r <= 1e9:
//   discriminants in __int128, as intersect.hpp) and use eps as a distance for floating T.
// Precision (u = 2^-53). area(C, P): each edge contributes an error <= 20u r (r + |e|)
//   (|e| its length from the nearer endpoint), the entry/exit points being built from the
//   foot of the perpendicular. area(A, B): relative error <= 30u when the decisions are
//   exact (long long); floating, the chord factors r1 + r2 - d etc. carry the absolute error
//   4u (d + r1 + r2) of d, which bounds the error of h^2 / (r d).
// Source: the triangle-fan decomposition of circle ∩ polygon (e.g. Chan, "Circle polygon
//   intersection", folklore in ICPC notebooks); segment area r^2 (x - sin x)/2 (any table).
#ifndef GEO_CIRCLE_AREA_HPP
#define GEO_CIRCLE_AREA_HPP

namespace geo {

template <class R> R seg_area(const R& r, const R& x) {
  R f = x - std::sin(x);
  if (x < 1) {  // x^3/3! - x^5/5! + ...: every term positive-alternating, no cancellation
    R term = x * x * x / 6, sum = 0;
    for (int k = 4; term != 0 && k < 40; k += 2) sum += term, term *= -x * x / R(k * (k + 1));
    f = sum;
  }
  return r * r * f / 2;
}

// Signed area of disk(0, r) ∩ triangle(0, a, b); a, b relative to the centre.
template <class T> real_t<T> cap_area(const Point<T>& a, const Point<T>& b, const T& r) {
  using R = real_t<T>;
  const Point<R> pa = point_cast<R>(a), pb = point_cast<R>(b);
  const R rr = static_cast<R>(r);
  auto sector = [rr](const Point<R>& p, const Point<R>& q) {
    return rr * rr * std::atan2(p.cross(q), p.dot(q)) / 2;
  };
  const Point<T> d = b - a;
  if (d == Point<T>()) return 0;
  R h = 0;  // half chord / |d|
  if constexpr (is_exact_v<T>) {
    using W = wide_t<T>;
    const W disc = W(r) * W(r) * W(d.norm2()) - W(a.cross(b)) * W(a.cross(b));
    if (disc <= 0) return sector(pa, pb);
    h = std::sqrt(static_cast<R>(disc)) / static_cast<R>(d.norm2());
  } else {
    const T n = d.norm(), dl = std::abs(cross_at(a, b, Point<T>())) / n;
    if (sgn(dl - r) >= 0) return sector(pa, pb);
    h = std::sqrt(std::max((r - dl) * (r + dl), T(0))) / n;
  }
  const bool from_a = a.norm2() <= b.norm2();  // the foot from the nearer endpoint
  const T dot = from_a ? a.dot(d) : b.dot(d);
  const R t = static_cast<R>(dot) / static_cast<R>(d.norm2());  // foot = (a or b) - d t
  const Point<R> dd = point_cast<R>(d), f = (from_a ? pa : pb) - dd * t;
  const R t0 = from_a ? -t : 1 - t;  // the foot's parameter on a + d s
  if (t0 + h <= 0 || t0 - h >= 1) return sector(pa, pb);
  const Point<R> e = t0 - h <= 0 ? pa : f - dd * h, x = t0 + h >= 1 ? pb : f + dd * h;
  return sector(pa, e) + e.cross(x) / 2 + sector(x, pb);
}

template <class T> real_t<T> area(const Circle<T>& C, const std::vector<Point<T>>& P) {
  assert(valid(C));
  for (size_t i = 0; i < P.size(); i++) assert(in_range(P[i], 1000000000));
  real_t<T> s = 0;
  for (size_t i = 0, n = P.size(); i < n; i++) s += cap_area(P[i] - C.c, P[(i + 1) % n] - C.c, C.r);
  return std::abs(s);
}

template <class T> real_t<T> area(const Circle<T>& A, const Circle<T>& B) {
  using R = real_t<T>;
  const int rel = relation(A, B);
  if (rel >= 3) return 0;
  const R m = static_cast<R>(std::min(A.r, B.r));
  if (rel != 2) return std::acos(R(-1)) * m * m;
  const Chord<T> x = chord(A, B), y = chord(B, A);
  return seg_area(static_cast<R>(A.r), 2 * std::atan2(x.h, x.a)) +
         seg_area(static_cast<R>(B.r), 2 * std::atan2(y.h, y.a));
}

}  // namespace geo
#endif
