// cpgeo sweep/any_intersection.hpp, hash 6bf886; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <cmath>
#include <limits>
#include <type_traits>
#include <cassert>
#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>
#include <iterator>
#include <set>

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

// on_segment.hpp: Segment<T>, the closed segment ab (a == b:
// the point a); the side of a point against it; on_segment.
// canonical(s): s with a <= b lexicographically; asserts the
//   preconditions below.
// side(s, r, tol): +1 if r is left of s.a -> s.b, -1 right, 0
//   if within tol of the line (tol = 0: on it); a point s
//   gives 0. Reversing s flips the sign, bit for bit. Exact T
//   takes the plain cross product from s.a (no sorting).
// on_segment(r, s): dist(r, s) <= eps (exact T: r on s),
//   endpoints included; reversing s changes nothing.
// Time: O(1).
// Precision: long long exact for |x|,|y| <= 1e9 (products of
//   differences <= 8e18; for tol > 0 squared in __int128).
//   Floating: eps is the distance from r to s (to the line for
//   side); the exact answer outside eps/2..2 eps while |x|,|y|
//   <= eps / (23 u) (docs/eps.md). Floating T takes the cross
//   product from the end of canonical(s) nearer r
//   (docs/on_segment.md).
// Degenerate: a == b is the point a. Preconditions (asserted
//   by canonical, so by every function): long long |x|,|y| <=
//   1e9, r included; floating: finite, and a == b or |b - a|
//   >= 1e-140 (shorter ones underflow in squared products).
// Source: the point-segment distance by projection, cp-geo
//   (vlecomte) ch. 2.
// Tests: unit segment_test; property segment_prop,
//   polygon_contains_prop; judge CGL_2_B, CGL_3_C.
#ifndef GEO_ON_SEGMENT_HPP
#define GEO_ON_SEGMENT_HPP

namespace geo {

template <class T> struct Segment { Point<T> a, b; };

template <class T> Segment<T> canonical(Segment<T> s) {
  assert(in_range(s.a, 1e9) && in_range(s.b, 1e9) &&
         (is_exact_v<T> || s.a == s.b ||
          dist(s.a, s.b) >= 1e-140));
  return s.b < s.a ? Segment<T>{s.b, s.a} : s;
}

template <class T> int side(Segment<T> s, Point<T> r, T tol) {
  auto [a, b] = canonical(s);  // asserts
  assert(in_range(r, 1e9));
  if (is_exact_v<T>) a = s.a, b = s.b;  // exact: s as given
  auto d = b - a, o = a;  // floating: the end nearer r
  if (!is_exact_v<T> && dist2(r, b) < dist2(r, a)) o = b;
  wide_t<T> c = d.cross(r - o), t = tol;
  if (tol != 0 ? c * c <= t * t * d.norm2() : c == 0) return 0;
  return (c > 0) == (a == s.a) ? 1 : -1;
}

template <class T> bool on_segment(Point<T> r, Segment<T> s) {
  auto [a, b] = canonical(s);
  assert(in_range(r, 1e9));
  T e = eps<T>;
  if ((b - a).dot(r - a) <= 0) return dist2(r, a) <= e * e;
  if ((b - a).dot(r - b) >= 0) return dist2(r, b) <= e * e;
  return !side(s, r, e);
}

}  // namespace geo
#endif

// segment.hpp: segment intersection (Segment, canonical, side
// and on_segment: on_segment.hpp).
// crosses(s, t, tol = eps): a proper crossing: the ends of
//   each on opposite sides of the other's line, each farther
//   than tol from it (never collinear, never touching).
// intersect(s, t): s and t share a point (closed: touching and
//   overlapping count); floating: dist(s, t) <= eps. A
//   crossing at tol = eps/2 or an end on the other segment
//   says yes; exact T says no at once when the ends of one lie
//   strictly on one side of the other's line.
// intersection<T, Q>(s, t): {} | {x} | {p, q} as Point<Q> (Q:
//   double for integers, never truncated, else T). The ends
//   of s and t lying on the other segment (on_segment), if
//   any: their least and greatest in (x, y) order, {p} if
//   within eps of each other (exact T: the overlap, or the
//   touching point). Else the crossing point x, built from the
//   end a of one segment nearer x and the end c of the other
//   nearer a. Returned ends are input points, exactly.
// All order the points first: swapping s and t or reversing
//   either changes nothing, bit for bit.
// Time: O(1).
// Precision: long long exact for |x|,|y| <= 1e9; a crossing
//   point within 5u (|x| + |a|) (u = 2^-53). Floating, eps a
//   distance: the exact answer outside the band eps/2..2 eps
//   while |x|,|y| <= eps / (23 u) (crosses: the least distance
//   from an end to the other's line), eps / (46 u) for
//   intersect (2.0e5 for double at eps 1e-9), as it decides a
//   crossing at eps/2. intersection: {} iff !intersect; every
//   point within 2 eps of both segments; an exact overlap's
//   end comes back exactly unless another end lies within 2
//   eps of it; a crossing point errs by <= 24u R / sin(angle)
//   + 2u |x|, R = max(|x - a|, |x - c|) (sin(angle) >= 64u).
//   Derivations: docs/segment.md.
// Degenerate: a == b is the point a everywhere. Preconditions:
//   on_segment.hpp's (asserted).
// Source: the orientation test (CLRS 33.1); cp-geo (vlecomte)
//   ch. 2.
// Tests: unit segment_test; property segment_prop; judge
//   CGL_2_B, CGL_2_C.
#ifndef GEO_SEGMENT_HPP
#define GEO_SEGMENT_HPP

namespace geo {

template <class T>
bool crosses(Segment<T> s, Segment<T> t, T tol = eps<T>) {
  return side(s, t.a, tol) * side(s, t.b, tol) < 0 &&
         side(t, s.a, tol) * side(t, s.b, tol) < 0;
}

template <class T> bool intersect(Segment<T> s, Segment<T> t) {
  T z = eps<T> / 2;
  int p = side(s, t.a, z) * side(s, t.b, z),
      q = side(t, s.a, z) * side(t, s.b, z);
  if (p < 0 && q < 0) return true;  // crosses(s, t, z)
  if (is_exact_v<T> && (p > 0 || q > 0)) return false;
  return on_segment(s.a, t) || on_segment(s.b, t) ||
         on_segment(t.a, s) || on_segment(t.b, s);
}

template <class T, class Q = std::conditional_t<
                       std::is_integral_v<T>, double, T>>
std::vector<Point<Q>> intersection(Segment<T> s,
                                   Segment<T> t) {
  auto P = [](Point<T> p) { return Point<Q>(Q(p.x), Q(p.y)); };
  if (!intersect(s, t)) return {};
  s = canonical(s), t = canonical(t);
  if (std::tie(t.a, t.b) < std::tie(s.a, s.b)) std::swap(s, t);
  Point<T> a = s.a, b = s.b, c = t.a, d = t.b;
  std::vector<Point<T>> r;  // the ends on both segments
  for (auto p : {a, b, c, d})
    if (on_segment(p, s) && on_segment(p, t)) r.push_back(p);
  if (r.empty()) {  // a proper crossing x
    auto e = d - c;
    auto f = [&] {
      return Q((c - a).cross(e)) / Q((b - a).cross(e));
    };
    if (f() * 2 > 1) std::swap(a, b);  // a: the end nearer x
    if (dist2(a, d) < dist2(a, c)) c = d;  // c: nearer a
    return {P(a) + P(b - a) * f()};
  }
  auto [p, q] = std::minmax_element(r.begin(), r.end());
  if (dist2(*p, *q) > eps<T> * eps<T>) return {P(*p), P(*q)};
  return {P(*p)};
}

}  // namespace geo
#endif

// sweep/any_intersection.hpp: any_intersection(S) -> {i, j},
// i < j, two segments of S that share a point (closed:
// touching ends, overlaps and shared endpoints count), or
// {-1, -1} if no two do (Shamos-Hoey). Point segments
// (a == b) are allowed. The first meeting pair found is
// returned, not necessarily the leftmost one.
// Time: O(n log n): sweep in x; the segments crossing the
//   sweep line sit in a std::set ordered by their y at the
//   larger of the two left ends (a vertical one by its lower
//   end); a new segment is tested against its two neighbours,
//   a removed one's neighbours against each other; at equal x,
//   insertions come first.
// Precision: long long exact for |x|,|y| <= 1e9 (the order
//   compares y's as fractions in __int128; the meeting test is
//   segment.hpp's intersect). Floating: the order is rounded
//   and intersect uses eps (a distance): keep non-meeting
//   segments farther than ~eps apart (not checked).
// Degenerate: n = 0, 1 give {-1, -1}. Preconditions: those of
//   on_segment.hpp, asserted for every segment.
// Source: Shamos and Hoey, "Geometric intersection problems"
//   (FOCS 1976).
// Tests: unit sweep_any_intersection_test; property
//   sweep_any_intersection_prop.
#ifndef GEO_SWEEP_ANY_INTERSECTION_HPP
#define GEO_SWEEP_ANY_INTERSECTION_HPP

namespace geo {

template <class T> std::pair<int, int> any_intersection(
    std::vector<Segment<T>> s) {
  using W = wide_t<T>;
  // events (x, 0 in / 1 out, i), y_i < y_j at the larger x
  std::vector<std::tuple<T, int, unsigned>> ev;
  for (unsigned i = 0; i < s.size(); i++) {
    auto [a, b] = s[i] = canonical(s[i]);
    ev.emplace_back(a.x, 0, i), ev.emplace_back(b.x, 1, i);
  }
  std::sort(ev.begin(), ev.end());
  auto below = [&s](unsigned i, unsigned j) {
    T x = std::max(s[i].a.x, s[j].a.x);
    auto y = [&](Segment<T> r) -> std::pair<W, W> {  // y d, d
      T d = r.b.x - r.a.x;  // > 0, or 0: vertical
      if (d == 0) return {r.a.y, 1};
      return {W(r.a.y) * d + W(r.b.y - r.a.y) * (x - r.a.x),
              d};
    };
    auto [p, q] = y(s[i]);
    auto [u, v] = y(s[j]);
    return p * v < u * q;
  };
  std::set<unsigned, decltype(below)> A(below);  // active
  std::vector<decltype(A.begin())> at(s.size());
  std::pair<int, int> r(-1, -1);
  auto hit = [&](unsigned i, unsigned j) {
    if (intersect(s[i], s[j])) r = std::minmax(int(i), int(j));
    return r.first >= 0;
  };
  for (auto [x, out, i] : ev)
    if (!out) {
      auto nx = A.lower_bound(i), pv = nx;
      if (nx != A.end() && hit(*nx, i)) break;
      if (nx != A.begin() && hit(*--pv, i)) break;
      at[i] = A.insert(nx, i);
    } else {
      auto it = at[i], nx = std::next(it), pv = it;
      if (it != A.begin() && nx != A.end() && hit(*--pv, *nx))
        break;
      A.erase(it);
    }
  return r;
}

}  // namespace geo
#endif
