// cpgeo delaunay_fast.hpp, hash 45ab43; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <cmath>
#include <algorithm>
#include <array>
#include <cassert>
#include <numeric>
#include <utility>
#include <vector>
#include <limits>
#include <tuple>

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

// delaunay.hpp: Delaunay triangulation (divide and conquer).
// delaunay(p) -> Triangulation {triangles, edges, rep},
// indices
//   into p. triangles: counter-clockwise {a, b, c}, no point
//   of p strictly inside a circumcircle (4+ cocircular points:
//   any triangulation of their polygon); edges: each edge once
//   as {u, v}, u < v (all collinear: the chain of consecutive
//   points in (x, y) order, no triangles); rep[i]: the
//   smallest j with p[j] == p[i] (only reps appear in the
//   output). Order unspecified. Faster, same contract:
//   delaunay_fast.hpp.
// in_circle(a, b, c, d): +1 if d is strictly inside the circle
//   through the counter-clockwise a, b, c, 0 on it, -1 outside
//   (the sign flips for clockwise a, b, c).
// Time: O(n log n) (sort by (x, y), halve, Guibas-Stolfi
//   merge); memory O(n) (removed edges are reused).
// Precision: predicates only, no eps. long long: exact in the
//   coordinate range (docs/eps.md; asserted): in-circle's
//   terms reach 6.4e37, summed by sign in unsigned __int128.
//   Floating: rounded signs; exact for integers |x|,|y| <=
//   2500, else degenerate input may give a non-Delaunay or
//   (rarely) invalid result.
// Degenerate: n = 0 -> all empty; one distinct point -> no
//   edges; m distinct points, h on the hull: 2m - 2 - h
//   triangles, 3m - 3 - h edges unless all collinear. NaN:
//   asserted.
// Source: L. Guibas, J. Stolfi, ACM TOG 4(2), 1985 (merge; the
//   edge algebra reduced to rings around vertices).
// Tests: unit delaunay_test; property delaunay_prop; judge
//   euclidean_mst (via mst/euclidean.hpp).
#ifndef GEO_DELAUNAY_HPP
#define GEO_DELAUNAY_HPP

struct Triangulation {
  std::vector<std::array<int, 3>> triangles;
  std::vector<std::array<int, 2>> edges;
  std::vector<int> rep;
};

template <class T>
int in_circle(Point<T> a, Point<T> b, Point<T> c, Point<T> d) {
  for ([[maybe_unused]] auto q : {a, b, c, d})
    assert(in_range(q, 1e9));
  a = a - d, b = b - d, c = c - d;
  if constexpr (std::is_integral_v<T>) {
    __extension__ typedef unsigned __int128 U;
    U s[2] = {0, 0};  // positive, negative terms
    auto f = [&](Point<T> p, Point<T> q, Point<T> r) {
      T x = q.cross(r);
      s[x < 0] += U(p.norm2()) * U(x < 0 ? -x : x);
    };
    f(a, b, c), f(b, c, a), f(c, a, b);
    return (s[0] > s[1]) - (s[0] < s[1]);
  }
  T v = a.norm2() * b.cross(c) + b.norm2() * c.cross(a) +
        c.norm2() * a.cross(b);
  return (v > 0) - (v < 0);
}

// Half-edges e, e ^ 1 form an edge; a half-edge holds its
// origin and the next/previous half-edge counter-clockwise
// around it. Vertex v is P[v], input index id[v].
template <class T, int (*IC)(Point<T>, Point<T>, Point<T>,
                             Point<T>) = in_circle<T>>
struct Delaunay {
  typedef std::pair<int, int> E;
  std::vector<Point<T>> P;
  std::vector<int> id, fr;            // fr: removed edges
  std::vector<std::array<int, 3>> H;  // origin, next, prev
  auto& at(int e) { return H[size_t(e)]; }
  Point<T> pt(int v) { return P[size_t(v)]; }
  int org(int e) { return at(e)[0]; }
  int dst(int e) { return org(e ^ 1); }
  int nx(int e) { return at(e)[1]; }
  int pv(int e) { return at(e)[2]; }
  int lnext(int e) { return pv(e ^ 1); }
  bool right(int v, int e) {  // P[v] right of e
    return pt(v).cross(pt(dst(e)), pt(org(e))) > 0;
  }
  int make(int a, int b) {
    int e = int(H.size());
    if (fr.empty()) H.resize(H.size() + 2);
    else e = fr.back(), fr.pop_back();
    at(e) = {a, e, e}, at(e ^ 1) = {b, e ^ 1, e ^ 1};
    return e;
  }
  void link(int x, int e) {  // e, alone, after x
    int y = nx(x);
    at(e)[1] = y, at(e)[2] = x, at(x)[1] = e, at(y)[2] = e;
  }
  void remove(int e) {
    fr.push_back(e);
    for (int f : {e, e ^ 1})
      at(pv(f))[1] = nx(f), at(nx(f))[2] = pv(f),
      at(f)[0] = -1;
  }
  int connect(int a, int b) {  // dst(a) -> org(b)
    int e = make(dst(a), org(b));
    link(lnext(a), e), link(b, e ^ 1);
    return e;
  }
  // P[lo, hi) sorted, hi - lo >= 2. Returns the hull edges:
  // ccw out of the first point, cw out of the last.
  E build(int lo, int hi) {
    if (hi - lo == 2) {
      int a = make(lo, lo + 1);
      return {a, a ^ 1};
    }
    if (hi - lo == 3) {
      int a = make(lo, lo + 1), b = make(lo + 1, lo + 2);
      link(a ^ 1, b);
      T t = pt(lo).cross(pt(lo + 1), pt(lo + 2));
      if (t == 0) return {a, b ^ 1};
      int c = connect(b, a);
      return t > 0 ? E(a, b ^ 1) : E(c ^ 1, c);
    }
    E l = build(lo, (lo + hi) / 2);
    return merge(l, build((lo + hi) / 2, hi));
  }
  E merge(E l, E r) {  // l before r in the sort order
    auto [ldo, ldi] = l;
    auto [rdi, rdo] = r;
    for (;;)  // the lower common tangent
      if (right(org(rdi), ldi ^ 1)) ldi = lnext(ldi);
      else if (right(org(ldi), rdi)) rdi = nx(rdi ^ 1);
      else break;
    int b = connect(rdi ^ 1, ldi);
    if (org(ldi) == org(ldo)) ldo = b ^ 1;
    if (org(rdi) == org(rdo)) rdo = b;
    auto in = [&](int x, int y) {
      return IC(pt(dst(b)), pt(org(b)), pt(dst(x)),
                pt(dst(y))) > 0;
    };
    for (;;) {
      int lc = nx(b ^ 1), rc = pv(b), t;
      bool lv = right(dst(lc), b), rv = right(dst(rc), b);
      if (lv) {
        for (; in(lc, t = nx(lc)); lc = t) remove(lc);
        lv = right(dst(lc), b);
      }
      if (rv) {
        for (; in(rc, t = pv(rc)); rc = t) remove(rc);
        rv = right(dst(rc), b);
      }
      if (!lv && !rv) return {ldo, rdo};
      if (!lv || (rv && in(lc, rc))) b = connect(rc, b ^ 1);
      else b = connect(b ^ 1, lc ^ 1);
    }
  }
  // The result; e0: a hull edge with the outer face right.
  Triangulation out(int e0, std::vector<int> rep) {
    Triangulation t{{}, {}, std::move(rep)};
    for (int f = e0 ^ 1, g; nx(f) >= 0; f = g)
      g = lnext(f), at(f)[1] = -1;  // mark the outer face
    for (int e = 0; e < int(H.size()); e++) {
      if (org(e) < 0) continue;  // removed
      int b = lnext(e), c = nx(e) ^ 1, u = id[size_t(org(e))],
          v = id[size_t(dst(e))];
      if (e % 2 == 0)
        t.edges.push_back({std::min(u, v), std::max(u, v)});
      if (nx(e) >= 0 && e < b && e < c)
        t.triangles.push_back({u, v, id[size_t(org(c))]});
    }
    return t;
  }
};

template <class T>
Triangulation delaunay(const std::vector<Point<T>>& p) {
  for ([[maybe_unused]] auto& q : p) assert(in_range(q, 1e9));
  std::vector<int> o(p.size()), rep = o;
  std::iota(o.begin(), o.end(), 0);
  auto at = [&](int i) { return std::pair(p[size_t(i)], i); };
  std::sort(o.begin(), o.end(),
            [&](int i, int j) { return at(i) < at(j); });
  Delaunay<T> d;
  for (int i : o) {
    if (d.P.empty() || d.P.back() != at(i).first)
      d.P.push_back(at(i).first), d.id.push_back(i);
    rep[size_t(i)] = d.id.back();
  }
  if (d.P.size() < 2) return {{}, {}, rep};
  return d.out(d.build(0, int(d.P.size())).first, rep);
}

#endif

// delaunay_fast.hpp: delaunay's contract (delaunay.hpp),
// faster. delaunay_fast(p): a Triangulation as delaunay(p)
// documents it
//   (same rep and edges count; the same triangles unless 4+
//   points are cocircular, then another Delaunay choice).
// in_circle_fast(a, b, c, d): in_circle's answer; long long: a
//   double filter first, the exact in_circle when it is
//   unsure.
// Time: O(n log n), memory O(n); no global sort. Points are
//   counting-sorted into x-buckets split at the x-quantiles of
//   a sample, grouped into vertical strips of about sqrt(n log
//   n) / 2 points; each strip is sorted by y and triangulated
//   by halving across y (the plane turned by -90 degrees),
//   then the strips are merged pairwise across x (Dwyer's
//   cuts: fewer long thin triangles built, deleted).
// Precision: as delaunay. The filter: differences exact in
//   double, error < 8u times the permanent (u = 2^-53); a zero
//   permanent means every term is 0.
// Degenerate: as delaunay.
// Source: R. A. Dwyer, Algorithmica 2 (1987) (strips); J. R.
//   Shewchuk, "Adaptive precision floating-point arithmetic
//   and fast robust geometric predicates" (1997) (filter).
// Tests: unit delaunay_fast_test; property delaunay_prop
//   (both variants); bench delaunay_bench.
#ifndef GEO_DELAUNAY_FAST_HPP
#define GEO_DELAUNAY_FAST_HPP

template <class T> int in_circle_fast(Point<T> a, Point<T> b,
                                      Point<T> c, Point<T> d) {
  if constexpr (std::is_same_v<T, long long>) {
    Point<double> A(double(a.x - d.x), double(a.y - d.y)),
        B(double(b.x - d.x), double(b.y - d.y)),
        C(double(c.x - d.x), double(c.y - d.y));
    double det = 0, perm = 0;
    auto t = [&](auto p, auto q, auto r) {
      double l = p.norm2();
      det += l * q.cross(r);
      perm += l * (std::abs(q.x * r.y) + std::abs(q.y * r.x));
    };
    t(A, B, C), t(B, C, A), t(C, A, B);  // perm = 0: all 0
    if (perm == 0 || std::abs(det) > 0x1p-50 * perm)
      return (det > 0) - (det < 0);
  }
  return in_circle(a, b, c, d);
}

template <class T>
Triangulation delaunay_fast(const std::vector<Point<T>>& p) {
  for ([[maybe_unused]] auto& q : p) assert(in_range(q, 1e9));
  size_t n = p.size(), m = 0, w, F, k, P2 = 1;
  std::vector<int> rep(n);
  std::vector<size_t> cut{0}, bk(n);
  w = 2 + size_t(std::sqrt(double(n) * std::log2(n + 1)) / 2);
  F = 2 * n / w, k = std::min(n, 16 * F);  // buckets, sample
  std::vector<T> sm;  // padded for a branch-free search
  for (size_t i = 0; i < k; i++) sm.push_back(p[i * n / k].x);
  std::sort(sm.begin(), sm.end());
  while (P2 <= k) P2 *= 2;
  sm.resize(P2 - 1, std::numeric_limits<T>::max());
  std::vector<size_t> st(F + 2);  // to be: bucket b at st[b]
  for (size_t i = 0, b, s; i < n; i++) {
    for (b = 0, s = P2 / 2; s > 0; s /= 2)  // sample <= x
      b += sm[b + s - 1] <= p[i].x ? s : 0;
    bk[i] = b * F / (k + 1), st[bk[i] + 2]++;
  }
  for (size_t b = 1; b <= F; b++) st[b + 1] += st[b];
  std::vector<std::pair<Point<T>, int>> s(n);
  auto S = s.data();
  for (size_t i = 0; i < n; i++)
    S[st[bk[i] + 1]++] = {p[i], int(i)};
  auto f1 = [](auto& a, auto& b) {  // by (y, -x, index)
    return std::tuple(a.first.y, b.first.x, a.second) <
           std::tuple(b.first.y, a.first.x, b.second);
  };
  // Strips: consecutive buckets, >= w points, sorted by f1,
  // duplicates merged; < 2 distinct points: join the next.
  for (size_t b0 = 0, b1 = 0; b0 < F; b0 = b1) {
    while (b1 < F && st[b1] - st[b0] < w) b1++;
    auto e = std::move(S + st[b0], S + st[b1], S + m);
    std::sort(S + cut.back(), e, f1);
    m = cut.back();
    for (auto i = S + m, j = i; i < e; S[m++] = *i, i = j)
      for (; j < e && j->first == i->first; j++)
        rep[size_t(j->second)] = i->second;
    if (m - cut.back() >= 2) cut.push_back(m);
  }
  if (cut.size() > 1 && m - cut.back() == 1)  // join the last
    cut.back() = m, std::sort(S + cut.end()[-2], S + m, f1);
  if (m < 2) return {{}, {}, rep};
  Delaunay<T, in_circle_fast<T>> d;
  for (size_t i = 0; i < m; i++)
    d.P.push_back(S[i].first), d.id.push_back(S[i].second);
  d.H.reserve(6 * m + 8);
  auto X = [&](int e) { return d.pt(d.org(e)); };
  auto rec = [&](auto& self, size_t a, size_t b) {
    if (b - a == 1) {  // a strip; its hull edges out of the
      int e = d.build(int(cut[a]), int(cut[b])).first, l = e,
          h = e;  // x-extremes
      for (int f = d.nx(e ^ 1); f != e; f = d.nx(f ^ 1))
        l = X(f) < X(l) ? f : l, h = X(h) < X(f) ? f : h;
      return std::pair(l, d.pv(h));
    }
    auto l = self(self, a, (a + b) / 2);
    return d.merge(l, self(self, (a + b) / 2, b));
  };
  return d.out(rec(rec, 0, cut.size() - 1).first, rep);
}

#endif

}  // namespace geo
