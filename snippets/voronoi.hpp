// cpgeo voronoi.hpp, hash 8ef573; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <cmath>
#include <algorithm>
#include <array>
#include <cassert>
#include <numeric>
#include <utility>
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

// voronoi.hpp: the Voronoi diagram of a point set, each cell
// clipped to a box.
// voronoi(p, lo, hi) -> C, C[i]: the part of the box [lo.x,
//   hi.x] x [lo.y, hi.y] at least as close to p[i] as to any
//   other site, a convex polygon: its vertices counter-
//   clockwise from some vertex, each coordinate the exact one
//   rounded to nearest, as Point<real_t<T>> (double for long
//   long), consecutive equal ones merged; {} when fewer than 3
//   remain or all share one x or one y (no area: the cell
//   misses the box or touches it only along a side, or is an
//   axis-parallel sliver thinner than the rounding). Equal
//   sites share the cell. Preconditions (asserted): lo.x <
//   hi.x, lo.y < hi.y; sites and box in range (long long: the
//   coordinate range; no NaN).
// round_div(n, d): n / d rounded to the nearest double (ties
//   to even) for __int128 n, d: 0 < d < 2^70, |n| < 2^126
//   (round to odd on a quotient of >= 55 bits, then one
//   rounding); for floating a, b: a / b.
// Method: a cell is the fan of the site's Delaunay neighbours
//   in angular order: two consecutive ones less than 180
//   degrees apart give a circumcentre, the others two rays to
//   far points (a third one if only one neighbour); then
//   Sutherland-Hodgman on the sides x >= lo.x, x <= hi.x,
//   y >= lo.y, y <= hi.y. Every vertex is the meet of two
//   lines (bisectors, box sides), by Cramer's rule.
// Time: O(n log n): Delaunay, then O(d log d) for a site of
//   degree d.
// Precision: long long, in the coordinate range (docs/eps.md):
//   exact vertices (X / D, Y / D) in __int128, each coordinate
//   rounded once (error <= 2^-53 |x|), so a vertex shared by
//   several cells, even the centre of 4+ cocircular sites, is
//   the same double in each; the inside/outside tests are
//   exact. Bisector of a, b: 2 (b - a) . x = |b|^2 - |a|^2; D
//   < 3.2e19 < 2^65, |X|, |Y| < 1.6e28 < 2^94. Floating: the
//   same formulas in T: the same guarantee for integers
//   |x|,|y| <= 2500 times one power of two (every intermediate
//   exact), else rounded, no bound.
// Degenerate: n = 0 -> {}; one distinct site: the whole box
//   (even if the site is outside it); all collinear: parallel
//   slabs (half-planes at the ends).
// Source: Voronoi-Delaunay duality: de Berg et al.,
//   "Computational Geometry", 3rd ed., ch. 7, 9; round to odd:
//   S. Boldo, G. Melquiond, "Emulation of FMA and correctly
//   rounded sums", 2008.
// Tests: unit voronoi_test; property voronoi_prop (against
//   exact GMP cells, to the bit).
#ifndef GEO_VORONOI_HPP
#define GEO_VORONOI_HPP

__extension__ inline double round_div(__int128 n, __int128 d) {
  if (n < 0) return -round_div(-n, d);
  int s = 0;
  for (; n && n >> 125 == 0; s++) n <<= 1;
  return std::ldexp(double(n / d | (n % d > 0)), -s);
}
template <class F> F round_div(F a, F b) { return a / b; }

template <class T, class P = Point<T>, class W = wide_t<T>>
auto voronoi(const std::vector<Point<T>>& p, Point<T> lo,
             Point<T> hi) {
  assert(in_range(lo, 1e9) && in_range(hi, 1e9) &&
         lo.x < hi.x && lo.y < hi.y);
  Triangulation t = delaunay(p);
  std::vector<std::vector<int>> G(p.size());
  for (auto [u, v] : t.edges)
    G[size_t(u)].push_back(v), G[size_t(v)].push_back(u);
  W S[5] = {lo.x, hi.x, lo.y, hi.y, 0}, K = W(1e27);
  auto cut = [&](auto x, int s) {  // outside side s
    return (x[s > 1] - S[s] * x[2]) * (1 - s % 2 * 2) < 0;
  };
  std::vector<std::vector<Point<real_t<T>>>> C(p.size());
  for (size_t i = 0; i < p.size(); i++) {
    const P a = p[i], *q = p.data();
    std::vector<std::array<W, 4>> g, h;  // (X, Y) / D, D, line
    auto L = [&](int j) -> std::array<W, 3> {  // A x + B y = C
      if (j < 0) return {W(~j % 4 < 2), W(~j > 1), S[~j]};
      return {W(q[j].x - a.x) * 2, W(q[j].y - a.y) * 2,
              W(q[j].norm2()) - W(a.norm2())};
    };
    auto meet = [&](int i1, int i2, bool o) {
      auto [a1, b1, c1] = L(i1);
      auto [a2, b2, c2] = L(i2);
      W D = a1 * b2 - a2 * b1, k = D < 0 ? -1 : 1;
      return std::array{(c1 * b2 - c2 * b1) * k,
                        (a1 * c2 - a2 * c1) * k, D * k,
                        W(o ? i1 : i2)};
    };
    auto ray = [&](int j, int r, int l) {
      P u = r == 2 ? a - q[j] : (q[j] - a).perp() * T(2 - r);
      return std::array{a.x + q[j].x + K * u.x,
                        a.y + q[j].y + K * u.y, W(2), W(l)};
    };
    std::sort(G[i].begin(), G[i].end(), [&](int j, int k) {
      P u = q[j] - a, w = q[k] - a;
      return (u < P()) != (w < P()) ? w < P() : u.cross(w) > 0;
    });
    for (size_t k = 0; k < G[i].size(); k++) {
      int b = G[i][k], c = G[i][(k + 1) % G[i].size()];
      if (a.cross(q[b], q[c]) > 0) g.push_back(meet(b, c, 0));
      else
        for (int r : {1, b == c ? 2 : 1, 3})
          g.push_back(ray(r < 3 ? b : c, r, r < 3 ? -5 : c));
    }
    for (P z(-1, -1); G[i].empty() && g.size() < 4;)
      g.push_back({K * z.x, K * z.y, 1, -5}), z = z.perp();
    for (int s = 0; s < 4; s++, g.swap(h), h.clear()) {
      for (size_t k = 0, o; k < g.size(); k++) {
        auto x = g[k], y = g[(k ? k : g.size()) - 1];
        S[4] = (o = cut(y, s)) == (s % 3 == 0) ? -K : K;
        if (o != cut(x, s))
          h.push_back(meet(int(y[3]), ~s, o));
        if (!cut(x, s)) h.push_back(x);
      }
    }
    auto& c = C[i];
    for (auto [X, Y, D, l] : g)
      c.push_back({round_div(X, D), round_div(Y, D)});
    c.erase(std::unique(c.begin(), c.end()), c.end());
    while (c.size() > 1 && c.back() == c[0]) c.pop_back();
    // all on one vertical (fx) or horizontal (fy) line
    bool fx = 1, fy = 1;
    for (auto v : c) fx &= v.x == c[0].x, fy &= v.y == c[0].y;
    if (c.size() < 3 || fx || fy) c.clear();
  }
  for (size_t i = p.size(); i--;) C[i] = C[size_t(t.rep[i])];
  return C;
}

#endif

}  // namespace geo
