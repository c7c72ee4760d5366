// cpgeo hull/online.hpp, hash 76417d; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <cmath>
#include <cassert>
#include <algorithm>
#include <vector>
#include <functional>
#include <iterator>
#include <set>
#include <utility>

namespace geo {

// where.hpp: Where, the answer of every point-in-region test
// (polygon/contains, polygon/locate, hull/point_in_convex,
// hull/online, circle/contains, circle/enclosing).
// Where: OUTSIDE = 0, BOUNDARY = 1, INSIDE = 2, numbered as
//   AOJ CGL_3_C prints them; convertible to int (if (w) means
//   "not outside").
// Time: -.
// Precision: -.
// Degenerate: -.
// Source: AOJ CGL_3_C's output codes.
// Tests: unit where_test (through each test that returns it).
#ifndef GEO_WHERE_HPP
#define GEO_WHERE_HPP

enum Where : int { OUTSIDE = 0, BOUNDARY = 1, INSIDE = 2 };

#endif

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

// on_segment.hpp: Segment<T>, the closed segment ab (a == b:
// the point a); the side of a point against it; on_segment.
// canonical(s): s with a <= b lexicographically; asserts the
//   preconditions below.
// cross_at(s, r): (s.b - s.a) x (r - o), o the end of s nearer
//   r (floating; a tie takes canonical(s).a) or s.a (exact
//   T). Reversing s negates it, bit for bit.
// side(s, r, tol): +1 if r is left of s.a -> s.b, -1 right, 0
//   if within tol of the line (tol = 0: on it); a point s
//   gives 0. Reversing s flips the sign, bit for bit.
// on_segment(r, s): dist(r, s) <= eps (exact T: r on s),
//   endpoints included; reversing s changes nothing.
// Time: O(1).
// Precision: long long: exact in the coordinate range
//   (docs/eps.md; for tol > 0 squared in __int128). Floating:
//   eps is the distance from r to s (to the line for side);
//   the exact answer outside eps/2..2 eps while |x|,|y| <= eps
//   / (23 u) (docs/eps.md). Why the end nearer r:
//   docs/on_segment.md.
// Degenerate: a == b is the point a. Preconditions (asserted
//   by canonical and cross_at, so by every function): long
//   long in the coordinate range, r included; floating:
//   finite, and a == b or |b - a| >= 1e-140 (shorter ones
//   underflow in squared products).
// Source: the point-segment distance by projection, cp-geo
//   (vlecomte) ch. 2.
// Tests: unit on_segment_test; property segment_prop,
//   polygon_contains_prop; judge CGL_2_B, CGL_3_C.
#ifndef GEO_ON_SEGMENT_HPP
#define GEO_ON_SEGMENT_HPP

template <class T> struct Segment { Point<T> a, b; };

template <class T> Segment<T> canonical(Segment<T> s) {
  assert(in_range(s.a, 1e9) && in_range(s.b, 1e9) &&
         (s.a == s.b || dist(s.a, s.b) >= 1e-140));
  return s.b < s.a ? Segment<T>{s.b, s.a} : s;
}

template <class T> T cross_at(Segment<T> s, Point<T> r) {
  auto [a, b] = canonical(s);  // asserts
  assert(in_range(r, 1e9));
  a = is_exact_v<T> ? s.a : dist2(r, b) < dist2(r, a) ? b : a;
  return (s.b - s.a).cross(r - a);
}

template <class T> int side(Segment<T> s, Point<T> r, T tol) {
  wide_t<T> c = cross_at(s, r), t = tol, n = dist2(s.a, s.b);
  return tol == 0 || c * c > t * t * n ? (c > 0) - (c < 0) : 0;
}

template <class T> bool on_segment(Point<T> r, Segment<T> s) {
  auto [a, b] = canonical(s);
  assert(in_range(r, 1e9));
  T e = eps<T>;
  if ((b - a).dot(r - a) <= 0) return dist2(r, a) <= e * e;
  if ((b - a).dot(r - b) >= 0) return dist2(r, b) <= e * e;
  return !side(s, r, e);
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

// hull/online.hpp: OnlineHull<T>, the convex hull of points
// inserted one at a time, queried at any time.
// OnlineHull<T> h: no points.
// h.add(p): inserts p (duplicates change nothing).
// h.where(q): INSIDE, BOUNDARY or OUTSIDE the hull of the
//   points so far (OUTSIDE if none).
// h.tangents(q) -> {a, b}: for q OUTSIDE, vertices of the
//   stored hull with (a - q).cross(x - q) >= 0 >=
//   (b - q).cross(x - q) for every point x so far (the hull
//   left of q -> a, right of q -> b); with an edge on a
//   tangent line, its end farther from q (tangents.hpp's a
//   and b); a point or segment hull: its ends by the same
//   rule (q on the segment's line: the far end twice). {q, q}
//   if q is INSIDE or on the BOUNDARY. At least one point
//   (asserted).
// h.vertices(): the strict hull (no collinear vertices),
//   counter-clockwise from the lowest point (floating: the
//   stored hull after drop_near_collinear, as convex_hull).
// Time: add O(log n) amortized; where, tangents O(log n);
//   vertices O(h).
// Precision: long long: exact in the coordinate range
//   (docs/eps.md; asserted by add and where). Floating: the
//   chains store the hull by the rounded sign (p is a vertex
//   iff strictly outside its neighbours' segment; an eps band
//   here would compound over insertions), so every point so
//   far is within eps of vertices(), which may have dropped
//   the stored hull's vertices within eps of a chord (a
//   tangent a or b among them). where: q within eps (a
//   distance, on_segment) of the stored edge it meets in a
//   chain's order is BOUNDARY, else that edge's side by a
//   rounded cross product; tangents compare rounded cross
//   products. Integer coordinates to 1e5 (docs/eps.md):
//   exact.
// Degenerate: no points: vertices {}, where OUTSIDE; 1 point
//   p: vertices {p}, where(p) BOUNDARY;
//   collinear points: the segment {lowest, other end},
//   BOUNDARY on it; vertical and horizontal runs, duplicates:
//   handled (the chains are ordered by y, then x).
// Source: two monotone chains of Andrew's algorithm (the
//   right one, and the left one as the right chain of -p)
//   in balanced trees (F. P. Preparata, CACM 22, 1979); the
//   searches by the next vertex stored in each vertex are
//   this library's (derivation: docs/hull/online.md).
// Tests: unit hull_online_test; property hull_online_prop.
#ifndef GEO_HULL_ONLINE_HPP
#define GEO_HULL_ONLINE_HPP

// the right chain from the lowest point to the highest: left
// turns, ordered by y, then x
template <class T> struct HullChain {
  using P = Point<T>;
  static bool lt(P a, P b) {
    return P(a.y, a.x) < P(b.y, b.x);
  }
  struct V {
    P p;
    mutable P n;  // the next vertex of the chain (p if last)
    bool operator<(const V& o) const { return lt(p, o.p); }
    template <class F> bool operator<(F f) const {
      return f(p, n);
    }
  };
  std::set<V, std::less<>> S;
  // q against segment ab: +1 left, -1 right, 0 on it
  // (floating: within eps of it)
  static int turn(P a, P b, P q) {
    Segment<T> s{a, b};
    return on_segment(q, s) ? 0 : side(s, q, T(0));
  }
  // j is on or left of the segment between its neighbours
  // (no eps: an eps band here would compound over insertions)
  bool bad(typename decltype(S)::iterator j) {
    return j != S.begin() && std::next(j) != S.end() &&
           side(Segment<T>{std::prev(j)->p, std::next(j)->p},
                j->p, T(0)) >= 0;
  }
  void add(P p) {
    auto it = S.insert({p, p}).first;
    if (bad(it)) return void(S.erase(it));
    while (it != S.begin() && bad(std::prev(it)))
      S.erase(std::prev(it));
    while (std::next(it) != S.end() && bad(std::next(it)))
      S.erase(std::next(it));
    if (it != S.begin()) std::prev(it)->n = p;
    if (std::next(it) != S.end()) it->n = std::next(it)->p;
  }
  // +1 strictly left of the chain, between its ends (by y,
  // then x); 0 on it; -1 else (empty too)
  int in(P q) const {
    auto it = S.lower_bound(V{q, q});
    if (it == S.end() || it->p == q) return -(it == S.end());
    if (it == S.begin()) return -1;
    return turn(std::prev(it)->p, it->p, q);
  }
  // ends of the run of edges q sees (or is on the line of),
  // or other vertices: the first vertex where w ? (edge ends
  // by q or seen) : (ends by q and not seen) is false
  P cut(P q, bool w) const {
    auto f = [&](P p, P n) {
      bool s = turn(p, n, q) <= 0, r = !lt(q, n);
      return p != n && (w ? r || s : r && !s);
    };
    return S.lower_bound(f)->p;
  }
};

template <class T> struct OnlineHull {
  using P = Point<T>;
  HullChain<T> r, l;  // l: the right chain of the points * -1
  void add(P p) {
    assert(in_range(p, 1e9));
    r.add(p), l.add(p * -1);
  }
  Where where(P q) const {
    assert(in_range(q, 1e9));
    return Where(1 + std::min(r.in(q), l.in(q * -1)));
  }
  std::pair<P, P> tangents(P q) const {
    assert(!r.S.empty());
    if (where(q)) return {q, q};
    P c[] = {r.cut(q, 0), r.cut(q, 1), l.cut(q * -1, 0) * -1,
             l.cut(q * -1, 1) * -1},
      a = c[0], b = a;
    // x is past y: clockwise (s = -1), or on its ray, farther
    auto past = [&](P x, P y, int s) {
      int o = side(Segment<T>{q, y}, x, T(0)) * s;
      return o ? o > 0 : (x - y).dot(y - q) > 0;
    };
    for (P x : c) {
      if (past(x, a, -1)) a = x;
      if (past(x, b, 1)) b = x;
    }
    return {a, b};
  }
  std::vector<P> vertices() const {
    std::vector<P> h;
    for (auto& v : r.S) h.push_back(v.p);
    for (auto& v : l.S)
      if (v.p * -1 != h.back() && v.p * -1 != h[0])
        h.push_back(v.p * -1);
    return drop_near_collinear(h);
  }
};

#endif

}  // namespace geo
