// cpgeo union/polygons.hpp, hash 8b32dd; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
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

// polygon/area.hpp: signed area, orientation, perimeter and centroid of a polygon
// (std::vector<Point<T>>, vertices in order, either orientation; closing edge implied).
// area2(P)      twice the signed area, > 0 counter-clockwise. Shoelace about P[0]. O(n).
//               long long: exact in wide_t (__int128) for |x|,|y| <= 1e9 and any n (each
//               term <= 8e18). Floating: rounding only (terms taken relative to P[0]).
// area(P)       area2 / 2 as real_t<T> (signed). Exact integral data: 2A is an integer,
//               so A prints exactly from area2 (CGL_3_A).
// orientation(P) +1 counter-clockwise, -1 clockwise, 0 zero area. Exact types: sign of
//               area2. Floating: 0 iff |area2| <= eps * perimeter, i.e. the polygon's mean
//               width (2 area / perimeter) is <= 2 eps: eps is a LENGTH, not an area.
// perimeter(P)  sum of edge lengths, real_t<T>. O(n).
// centroid(P)   centre of mass of the enclosed region, Point<real_t<T>>, O(n). long long:
//               sums exact in __int128 (|x|,|y| <= 1e9, n <= 4e9), one rounding per
//               coordinate at the end. Precondition: area2(P) != 0 (asserted; pitfall 9:
//               a zero-area polygon has no region centroid; use the vertex mean instead).
// n = 0, 1, 2 (and repeated or collinear vertices): area2 0, orientation 0, perimeter of
// the closed walk (2 |ab| for n = 2). Self-intersecting P: the signed sum (winding-weighted).
// Precondition of every function (asserted, O(n)): long long |x|,|y| <= 1e9; floating finite.
// Source: shoelace formula; centroid by triangle fan, e.g. Bourke, "Calculating the area
// and centroid of a polygon" (1988); cp-geo (vlecomte) 5.
#ifndef GEO_POLYGON_AREA_HPP
#define GEO_POLYGON_AREA_HPP

namespace geo {

template <class T> wide_t<T> area2(const std::vector<Point<T>>& P) {
  for (const auto& q : P) assert(in_range(q, 1000000000) && "area2: vertex out of range");
  wide_t<T> s = 0;
  for (size_t i = 1; i + 1 < P.size(); i++) s += P[0].cross(P[i], P[i + 1]);
  return s;
}

template <class T> real_t<T> area(const std::vector<Point<T>>& P) {
  return static_cast<real_t<T>>(area2(P)) / 2;
}

template <class T> real_t<T> perimeter(const std::vector<Point<T>>& P) {
  for (const auto& q : P) assert(in_range(q, 1000000000) && "perimeter: vertex out of range");
  real_t<T> s = 0;
  for (size_t i = 0, n = P.size(); i < n; i++) s += dist(P[i], P[(i + 1) % n]);
  return s;
}

template <class T> int orientation(const std::vector<Point<T>>& P) {
  const wide_t<T> a = area2(P);
  if constexpr (!is_exact_v<T>)
    if (std::abs(a) <= eps<T> * perimeter(P)) return 0;
  return (a > 0) - (a < 0);
}

template <class T> Point<real_t<T>> centroid(const std::vector<Point<T>>& P) {
  using W = wide_t<T>;
  using R = real_t<T>;
  for (const auto& q : P) assert(in_range(q, 1000000000) && "centroid: vertex out of range");
  W a = 0, sx = 0, sy = 0;  // 2A and 6A times the centroid, relative to P[0]
  for (size_t i = 1; i + 1 < P.size(); i++) {
    const Point<T> u = P[i] - P[0], v = P[i + 1] - P[0];
    const W c = u.cross(v);
    a += c, sx += c * W(u.x + v.x), sy += c * W(u.y + v.y);
  }
  assert(a != 0 && "centroid of a zero-area polygon");
  const R d = 3 * static_cast<R>(a);
  return {static_cast<R>(P[0].x) + static_cast<R>(sx) / d,
          static_cast<R>(P[0].y) + static_cast<R>(sy) / d};
}

}  // namespace geo
#endif

// union/polygons.hpp: polygon_union_area(Ps): the area of the union of simple polygons
// (each a vertex list in order, either orientation; n = 0..2 or zero-area ones add nothing;
// repeated vertices are harmless). Overlaps, shared edges, nesting and duplicates count once.
// Method: the union's boundary is made of the pieces of each edge covered by no other
// polygon; area = sum over those pieces of cross(p - o, q - o) / 2 (Green; o = an input
// vertex, so the rounding does not grow with the distance to the origin). For an edge ab of
// polygon i, every edge cd of another polygon j crossing the line ab (one end strictly right
// of it, the other not) opens or closes j along ab; an edge of j with i's direction on the
// same line, for j < i, covers its overlap (so a shared edge is kept once); an opposite one
// is left to the crossings (the two then cancel).
// Time O(N^2 log N), N = total vertex count. Sides are side_of (line.hpp): exact for long
// long (|x|,|y| <= 1e9, asserted); floating, eps is a distance: a vertex within eps of the
// line ab is on it (never an eps on a product). The crossing parameters are rounded
// (real_t): with every vertex on (up to rounding) or >= 2 eps off every other polygon's edge
// lines, the area errs by <= 64 u (M + D) L, u = 2^-53, M = max |coordinate|, D the
// diameter, L the total perimeter (the property tests check this bound).
// Source: union area by boundary integration, e.g. the "area of union of polygons"
// technique in competitive programming notebooks; Green's theorem.
#ifndef GEO_UNION_POLYGONS_HPP
#define GEO_UNION_POLYGONS_HPP

namespace geo {

template <class T> real_t<T> polygon_union_area(std::vector<std::vector<Point<T>>> Ps) {
  using R = real_t<T>;
  for (auto& P : Ps) {
    for (size_t k = 0; k < P.size(); k++) assert(in_range(P[k], 1000000000));
    if (area2(P) < 0) std::reverse(P.begin(), P.end());  // counter-clockwise
  }
  Point<T> o;  // any input vertex
  for (const auto& P : Ps)
    if (!P.empty()) o = P[0];
  R total = 0;
  std::vector<std::pair<R, int>> ev;
  for (size_t i = 0; i < Ps.size(); i++) {
    const auto& P = Ps[i];
    if (area2(P) == 0) continue;
    for (size_t k = 0; k < P.size(); k++) {
      const Point<T> a = P[k], b = P[(k + 1) % P.size()], u = b - a;
      if (a == b) continue;
      ev.clear();
      for (size_t j = 0; j < Ps.size(); j++) {
        const auto& Q = Ps[j];
        if (j == i || area2(Q) == 0) continue;
        for (size_t l = 0; l < Q.size(); l++) {
          const Point<T> c = Q[l], d = Q[(l + 1) % Q.size()];
          const int sc = side_of(a, b, c), sd = side_of(a, b, d);
          if (sc != sd && std::min(sc, sd) < 0) {  // cd crosses line ab: j opens or closes
            const R ta = R((d - c).cross(a - c)), tb = R((d - c).cross(b - c));
            ev.push_back({ta / (ta - tb), sc > sd ? 1 : -1});
          } else if (sc == 0 && sd == 0 && j < i && u.dot(d - c) > 0) {  // same line and way
            const R n = R(u.norm2());
            ev.push_back({R(u.dot(c - a)) / n, 1}), ev.push_back({R(u.dot(d - a)) / n, -1});
          }
        }
      }
      std::sort(ev.begin(), ev.end());
      R free = 0, last = 0;  // uncovered length of ab, as a fraction of it
      int cover = 0;
      for (const auto& e : ev) {
        const R t = std::min(std::max(e.first, R(0)), R(1));
        if (cover == 0) free += t - last;
        last = t, cover += e.second;
      }
      if (cover == 0) free += 1 - last;
      total += R((a - o).cross(b - o)) * free;
    }
  }
  return total / 2;
}

}  // namespace geo
#endif
