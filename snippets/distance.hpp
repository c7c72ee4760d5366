// cpgeo distance.hpp, hash 8df594; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
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

// segment.hpp: Segment<T>, the closed segment ab; a == b is allowed (a point). All O(1).
// dist2(r, s): squared distance from r to s as Dist2{num, den} = num/den, den > 0, exact
//   for exact T; .value() as real_t, .zero() "<= eps" (== 0 exactly for exact T), and <
//   compares exactly (long long: quotient then remainders, no overflow).
// on_segment(r, s): dist2(r, s).zero(): r on s, endpoints included.
// intersect(s, t): s and t share a point (closed: touching and overlapping count).
// crosses(s, t): a proper crossing, one point interior to both (never collinear).
// intersect(l, s), crosses(l, s): the same for a line l and a segment s.
// intersection(s, t): {} | {x} | {p, q}, the overlap sub-segment p..q; Point<frac_t<T>>.
//   Overlap ends and touching endpoints are input points, so they come back exactly;
//   a crossing point is built from the nearer endpoints (line_intersection.hpp).
// long long: exact for |x|,|y| <= 1e9 (products <= 8e18; dist2 in __int128 <= 6.4e37).
// Floating, eps a distance: on_segment iff dist(r, s) <= eps; intersect iff dist(s, t)
//   <= eps; crosses iff the sides are opposite and each endpoint is farther than eps from
//   the other's line. Contract: exact answer outside the band eps/2..2eps while |x|,|y|
//   <= eps / (23 u) (intersect: eps / (46 u), as it decides a crossing at eps/2: 2.0e5 for
//   double at eps 1e-9). intersection: {} iff !intersect; "overlap" iff the shorter one's
//   endpoints are within eps of the longer one's line; a one-point overlap if its ends are
//   within eps. Every function orders the points canonically first: swapping s and t or
//   reversing either changes nothing, bit for bit. A nonzero length must be >= 1e-140
//   (double; long double 1e-2400), as for lines.
// Preconditions, asserted by every function (canonical(), and dist2 for r): long long
//   |x|,|y| <= 1e9; floating: finite, and a == b or |b - a| >= 1e-140 as above.
// Source: the classic orientation test (CLRS 33.1); cp-geo (vlecomte) ch. 2.
#ifndef GEO_SEGMENT_HPP
#define GEO_SEGMENT_HPP

namespace geo {

template <class T> struct Segment { Point<T> a, b; };

template <class T> struct Dist2 {
  wide_t<T> num, den;
  real_t<T> value() const { return real_t<T>(num) / real_t<T>(den); }
  bool zero() const {
    if constexpr (is_exact_v<T>) return num == 0;
    else return num <= eps<T> * eps<T> * den;
  }
  bool operator<(const Dist2& o) const {
    if constexpr (!std::numeric_limits<T>::is_integer) return num * o.den < o.num * den;
    else {  // num >= 0, den > 0: quotients, then remainders (< den <= 8e18: no overflow)
      const wide_t<T> q = num / den, oq = o.num / o.den;
      return q != oq ? q < oq : num % den * o.den < o.num % o.den * den;
    }
  }
};

template <class T> Segment<T> canonical(Segment<T> s) {
  assert(in_range(s.a, 1000000000) && in_range(s.b, 1000000000) && "segment out of range");
  assert(not_tiny(s.b - s.a) && "segment shorter than 1e-140");
  lex_order(s.a, s.b);
  return s;
}
template <class T> void canonical(Segment<T>& s, Segment<T>& t) {
  s = canonical(s), t = canonical(t);
  if (t.a < s.a || (t.a == s.a && t.b < s.b)) std::swap(s, t);
}

template <class T> Dist2<T> dist2(const Point<T>& r, Segment<T> s) {
  assert(in_range(r, 1000000000) && "dist2: point out of range");
  s = canonical(s);
  const Point<T> d = s.b - s.a;
  if (d.dot(r - s.a) <= 0) return {dist2(r, s.a), 1};
  if (d.dot(r - s.b) >= 0) return {dist2(r, s.b), 1};
  const wide_t<T> c = cross_at(s.a, s.b, r);
  return {c * c, d.norm2()};
}
template <class T> bool on_segment(const Point<T>& r, const Segment<T>& s) {
  return dist2(r, s).zero();
}

// Opposite sides both ways, each endpoint farther than tol from the other's line.
template <class T> bool cross_tol(const Segment<T>& s, const Segment<T>& t, const T& tol) {
  return side_of(s.a, s.b, t.a, tol) * side_of(s.a, s.b, t.b, tol) < 0 &&
         side_of(t.a, t.b, s.a, tol) * side_of(t.a, t.b, s.b, tol) < 0;
}
template <class T> bool crosses(const Segment<T>& s, const Segment<T>& t) {
  return cross_tol(canonical(s), canonical(t), eps<T>);
}

template <class T> bool intersect(Segment<T> s, Segment<T> t) {
  canonical(s, t);
  if constexpr (is_exact_v<T>) {
    const Point<T> d = s.b - s.a, e = t.b - t.a;
    const int o1 = sgn(d.cross(t.a - s.a)), o2 = sgn(d.cross(t.b - s.a));
    const int o3 = sgn(e.cross(s.a - t.a)), o4 = sgn(e.cross(s.b - t.a));
    if (o1 * o2 > 0 || o3 * o4 > 0) return false;
    return o1 || o2 || !(s.b < t.a || t.b < s.a);  // collinear: lexicographic overlap
  } else {  // boxes apart by more than eps: no; a crossing beyond eps/2 (sure under
            // rounding), or an endpoint within eps of the other: yes
    const T e = eps<T>;
    const auto [slo, shi] = std::minmax(s.a.y, s.b.y);
    const auto [tlo, thi] = std::minmax(t.a.y, t.b.y);
    if (s.b.x + e < t.a.x || t.b.x + e < s.a.x || shi + e < tlo || thi + e < slo) return false;
    return cross_tol(s, t, T(e / 2)) || on_segment(s.a, t) || on_segment(s.b, t) ||
           on_segment(t.a, s) || on_segment(t.b, s);
  }
}

template <class T> bool intersect(const Line<T>& l, const Segment<T>& s) {
  return side(l, s.a) * side(l, s.b) <= 0;
}
template <class T> bool crosses(const Line<T>& l, const Segment<T>& s) {
  return side(l, s.a) * side(l, s.b) < 0;
}

template <class T> std::vector<Point<frac_t<T>>> intersection(Segment<T> s, Segment<T> t) {
  using Q = frac_t<T>;
  canonical(s, t);
  if (!intersect(s, t)) return {};
  if ((s.b - s.a).norm2() < (t.b - t.a).norm2()) std::swap(s, t);  // t is the shorter
  if (t.a == t.b) return {point_cast<Q>(t.a)};
  if (side_of(s.a, s.b, t.a) == 0 && side_of(s.a, s.b, t.b) == 0) {  // collinear
    const Point<T> d = s.b - s.a;
    Point<T> lo = t.a, hi = t.b;
    if (d.dot(hi - lo) < 0) std::swap(lo, hi);
    if (d.dot(lo - s.a) < 0) lo = s.a;
    if (d.dot(hi - s.b) > 0) hi = s.b;
    if (d.dot(hi - lo) <= 0 || dist2(lo, hi) <= eps<T> * eps<T>) return {point_cast<Q>(lo)};
    return {point_cast<Q>(lo), point_cast<Q>(hi)};
  }
  for (const Point<T>& p : {t.a, t.b})
    if (on_segment(p, s)) return {point_cast<Q>(p)};
  for (const Point<T>& p : {s.a, s.b})
    if (on_segment(p, t)) return {point_cast<Q>(p)};
  return {cross_point(s.a, s.b, t.a, t.b)};
}

}  // namespace geo
#endif

// distance.hpp: distances between points, lines and segments. All O(1).
// dist2(r, l), dist2(s, t), dist2(l, m): squared distance point-line, segment-segment,
//   line-line as Dist2{num, den} (segment.hpp; with dist2(r, s) point-segment there);
//   exact for exact T: long long |x|,|y| <= 1e9, num <= 6.4e37 in __int128.
// dist(r, l), dist(r, s), dist(s, t), dist(l, m): the distance, real_t<T> = sqrt(value).
//   long long: relative error <= 3u (u = 2^-53). Floating: measured from the nearer
//   defining point, absolute error <= 6u |r - a| (a that point) plus 2u of the result,
//   barring underflow (squared lengths below the smallest normal number).
// Floating segments: dist(s, t) is 0 when they cross with every endpoint farther than
//   eps/2 from the other's line, else the smallest endpoint-to-segment distance, so a
//   crossing within eps/2 of an endpoint may report up to ~eps instead of 0, and
//   dist2(s, t).zero() == intersect(s, t). Floating lines: parallel(l, m) (line.hpp)
//   decides; parallel lines give the distance of m's first point to l.
// Preconditions (asserted): those of line.hpp and segment.hpp (a != b for a line; long long
//   |x|,|y| <= 1e9, the point r included; floating: finite).
// Source: cp-geo (vlecomte) ch. 2.
#ifndef GEO_DISTANCE_HPP
#define GEO_DISTANCE_HPP

namespace geo {

template <class T> Dist2<T> dist2(const Point<T>& r, const Line<T>& l) {
  assert(in_range(r, 1000000000) && "dist2: point out of range");
  const Line<T> c = canonical(l);
  const wide_t<T> x = cross_at(c.a, c.b, r);
  return {x * x, (c.b - c.a).norm2()};
}

template <class T> Dist2<T> dist2(Segment<T> s, Segment<T> t) {
  canonical(s, t);
  if (cross_tol(s, t, T(eps<T> / 2))) return {0, 1};
  return std::min({dist2(s.a, t), dist2(s.b, t), dist2(t.a, s), dist2(t.b, s)});
}

template <class T> Dist2<T> dist2(Line<T> l, Line<T> m) {
  canonical(l, m);
  if (!parallel(l, m)) return {0, 1};
  return dist2(m.a, l);
}

template <class T> real_t<T> dist(const Point<T>& r, const Line<T>& l) {
  return std::sqrt(dist2(r, l).value());
}
template <class T> real_t<T> dist(const Point<T>& r, const Segment<T>& s) {
  return std::sqrt(dist2(r, s).value());
}
template <class T> real_t<T> dist(const Segment<T>& s, const Segment<T>& t) {
  return std::sqrt(dist2(s, t).value());
}
template <class T> real_t<T> dist(const Line<T>& l, const Line<T>& m) {
  return std::sqrt(dist2(l, m).value());
}

}  // namespace geo
#endif
