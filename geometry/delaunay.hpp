// delaunay.hpp: Delaunay triangulation of a point set (divide and conquer, quad-edges).
// delaunay(p) -> Triangulation {triangles, edges, rep}, indices into p:
//   triangles  counter-clockwise {a, b, c}; no input point lies strictly inside any
//              triangle's circumcircle. Four or more cocircular points: some triangulation
//              of their polygon (any one is Delaunay). Order unspecified.
//   edges      every edge once as {u, v}, u < v: the triangles' edges, plus, when all
//              points are collinear, the chain joining consecutive distinct points in
//              (x, y) order (then triangles is empty).
//   rep        rep[i] = the smallest j with p[j] == p[i]: duplicates are merged and only
//              representatives appear in triangles and edges.
//   n = 0 -> all empty; one distinct point -> no edges. #edges = 3m - 3 - h, #triangles =
//   2m - 2 - h for m distinct points, h on the hull boundary, unless all collinear.
// Time O(n log n) worst case, memory O(n): sort by (x, y); vertical strips of ~sqrt(n log n)
//   points, each sorted by y and triangulated by halving across y; strips merged pairwise
//   (Dwyer's cuts: fewer long thin triangles built then deleted). Each merge is linear.
// Also usable: in_circle(a, b, c, d) = +1 if d is strictly inside the circle through the
//   counter-clockwise a, b, c, 0 on it, -1 outside (same precision as below).
// Precision. Predicates: orient (3 points) and in-circle (4 points), no constructions.
//   long long: exact for |x|,|y| <= 1e9 (debug-asserted). In-circle is evaluated relative
//   to the fourth point (differences <= 2e9); its three terms reach 6.4e37 each and their
//   sum 1.9e38 > 1.7e38 = max __int128, so the positive and the negative terms are summed
//   apart as unsigned __int128 (<= 3.4e38) and compared. A double filter (error < 8u times
//   the permanent, u = 2^-53; differences are exact in double) answers first.
//   Floating: the rounded determinants' signs, no eps (an eps-collinear or eps-cocircular
//   test would make the predicates inconsistent). Exact when the coordinates are integers
//   with |x|,|y| <= 2500 (every product then fits 53 bits); otherwise input degenerate up
//   to rounding may give a triangulation that is not exactly Delaunay or, rarely, not
//   valid: scale to integers for guarantees. NaN is a (debug-asserted) precondition violation.
// Source: L. Guibas, J. Stolfi, "Primitives for the manipulation of general subdivisions and
// the computation of Voronoi diagrams", ACM TOG 4(2), 1985 (quad-edge, merge step);
// R. A. Dwyer, "A faster divide-and-conquer algorithm for constructing Delaunay
// triangulations", Algorithmica 2, 1987 (strips); J. R. Shewchuk, "Adaptive precision
// floating-point arithmetic and fast robust geometric predicates", 1997 (filter idea).
#pragma once
#include "point.hpp"
#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <type_traits>
#include <utility>
#include <vector>

namespace geo {

struct Triangulation {
  std::vector<std::array<int, 3>> triangles;
  std::vector<std::array<int, 2>> edges;
  std::vector<int> rep;
};

template <class T> int dt_orient(const Point<T>& a, const Point<T>& b, const Point<T>& c) {
  const T v = (b - a).cross(c - a);
  return (v > 0) - (v < 0);
}

// The sign of the in-circle determinant of a, b, c relative to the origin, exactly.
inline int in_circle_exact(const Point<long long>& a, const Point<long long>& b,
                           const Point<long long>& c) {
  using T = long long;
  __extension__ typedef unsigned __int128 U;
  U pos = 0, neg = 0;  // each term <= 8e18 * 8e18; each sum <= 1.92e38 < 2^128
  auto add = [&](const Point<T>& p, const Point<T>& q, const Point<T>& r) {
    const long long cr = q.cross(r);  // |cr| <= 8e18
    const U t = U(static_cast<unsigned long long>(p.norm2())) *
                U(static_cast<unsigned long long>(cr < 0 ? -cr : cr));
    (cr < 0 ? neg : pos) += t;
  };
  add(a, b, c), add(b, c, a), add(c, a, b);
  return (pos > neg) - (pos < neg);
}

// +1 if d is strictly inside the circle through a, b, c (counter-clockwise), 0 on it.
template <class T>
int in_circle(const Point<T>& a0, const Point<T>& b0, const Point<T>& c0, const Point<T>& d) {
  const Point<T> a = a0 - d, b = b0 - d, c = c0 - d;
  if constexpr (std::is_same<T, long long>::value) {
    const double ax = double(a.x), ay = double(a.y), bx = double(b.x), by = double(b.y),
                 cx = double(c.x), cy = double(c.y);
    const double la = ax * ax + ay * ay, lb = bx * bx + by * by, lc = cx * cx + cy * cy;
    const double det = la * (bx * cy - by * cx) + lb * (cx * ay - cy * ax) + lc * (ax * by - ay * bx);
    const double perm = la * (std::abs(bx * cy) + std::abs(by * cx)) +
                        lb * (std::abs(cx * ay) + std::abs(cy * ax)) +
                        lc * (std::abs(ax * by) + std::abs(ay * bx));
    if (det > 0x1p-50 * perm) return 1;
    if (det < -0x1p-50 * perm) return -1;
    return in_circle_exact(a, b, c);
  } else {
    const T v = a.norm2() * b.cross(c) + b.norm2() * c.cross(a) + c.norm2() * a.cross(b);
    return (v > 0) - (v < 0);
  }
}

template <class T> struct DelaunayBuilder {
  struct Site { Point<T> p; int id; };
  std::vector<Site> V;             // distinct points, permuted while building
  std::vector<int> nx, og, freed;  // onext of each of 4 edges per quad; origin of primal edges
  explicit DelaunayBuilder(std::vector<Site> sites) : V(std::move(sites)) {
    const size_t n = V.size();
    nx.reserve(4 * (3 * n + 8)), og.reserve(2 * (3 * n + 8));
  }
  static int rot(int e) { return (e & ~3) | ((e + 1) & 3); }
  static int invrot(int e) { return (e & ~3) | ((e + 3) & 3); }
  const Point<T>& pt(int v) const { return V[size_t(v)].p; }
  int org(int e) const { return og[size_t(e >> 1)]; }
  int dest(int e) const { return og[size_t((e ^ 2) >> 1)]; }
  int onext(int e) const { return nx[size_t(e)]; }
  int oprev(int e) const { return rot(nx[size_t(rot(e))]); }
  int lnext(int e) const { return rot(nx[size_t(invrot(e))]); }
  int rprev(int e) const { return nx[size_t(e ^ 2)]; }
  int make(int a, int b) {
    int q;
    if (!freed.empty()) q = freed.back(), freed.pop_back();
    else q = int(og.size() / 2), nx.resize(nx.size() + 4), og.resize(og.size() + 2);
    const int e = 4 * q;
    nx[size_t(e)] = e, nx[size_t(e + 1)] = e + 3, nx[size_t(e + 2)] = e + 2, nx[size_t(e + 3)] = e + 1;
    og[size_t(2 * q)] = a, og[size_t(2 * q + 1)] = b;
    return e;
  }
  void splice(int a, int b) {
    const int al = rot(nx[size_t(a)]), be = rot(nx[size_t(b)]);
    std::swap(nx[size_t(a)], nx[size_t(b)]), std::swap(nx[size_t(al)], nx[size_t(be)]);
  }
  int connect(int a, int b) {
    const int e = make(dest(a), org(b));
    splice(e, lnext(a)), splice(e ^ 2, b);
    return e;
  }
  void remove(int e) {
    splice(e, oprev(e)), splice(e ^ 2, oprev(e ^ 2));
    og[size_t(e >> 1 & ~1)] = og[size_t((e >> 1) | 1)] = -1, freed.push_back(e >> 2);
  }
  bool left_of(int v, int e) const { return dt_orient(V[size_t(v)].p, pt(org(e)), pt(dest(e))) > 0; }
  bool right_of(int v, int e) const { return dt_orient(V[size_t(v)].p, pt(dest(e)), pt(org(e))) > 0; }
  bool inside(int a, int b, int c, int d) const { return in_circle(pt(a), pt(b), pt(c), pt(d)) > 0; }

  // Frame 0: "left" = smaller (x, y); frame 1: the plane turned by -90 degrees, smaller
  // (y, -x). Both predicates are invariant under rotation, so one merge serves both.
  static bool before(int axis, const Point<T>& a, const Point<T>& b) {
    if (axis == 0) return a.x < b.x || (a.x == b.x && a.y < b.y);
    return a.y < b.y || (a.y == b.y && a.x > b.x);
  }
  // From any hull edge e (hull on its left), the counter-clockwise hull edge out of the
  // first point in the frame's order and the clockwise one out of the last.
  std::pair<int, int> extremes(int e, int axis) const {
    int lo = e, hi = e, f = e;
    do {
      if (before(axis, pt(org(f)), pt(org(lo)))) lo = f;
      if (before(axis, pt(org(hi)), pt(org(f)))) hi = f;
      f = rprev(f);
    } while (f != e);
    return {lo, oprev(hi)};
  }
  // Triangulates V[lo, hi), hi - lo >= 2, sorted in the frame. Returns {counter-clockwise
  // hull edge out of the first point, clockwise hull edge out of the last point}.
  std::pair<int, int> build(int lo, int hi) {
    if (hi - lo == 2) {
      const int a = make(lo, lo + 1);
      return {a, a ^ 2};
    }
    if (hi - lo == 3) {
      const int a = make(lo, lo + 1), b = make(lo + 1, lo + 2);
      splice(a ^ 2, b);
      const int turn = dt_orient(pt(lo), pt(lo + 1), pt(lo + 2));
      if (turn == 0) return {a, b ^ 2};
      const int c = connect(b, a);
      return turn > 0 ? std::make_pair(a, b ^ 2) : std::make_pair(c ^ 2, c);
    }
    const int mid = lo + (hi - lo) / 2;
    const auto l = build(lo, mid), r = build(mid, hi);
    return merge(l.first, l.second, r.first, r.second);
  }
  // Dwyer's strips: the points (sorted by (x, y)) cut at cut[0] < cut[1] < ... into vertical
  // strips of ~sqrt(n log n) points; each strip is triangulated in frame 1 (cut across y,
  // so no long thin triangles), then the strips are merged in frame 0.
  std::pair<int, int> strips(const std::vector<int>& cut, size_t s0, size_t s1) {
    if (s1 - s0 == 1) {
      std::sort(V.begin() + cut[s0], V.begin() + cut[s1],
                [](const Site& a, const Site& b) { return before(1, a.p, b.p); });
      return extremes(build(cut[s0], cut[s1]).first, 0);
    }
    const size_t sm = (s0 + s1) / 2;
    const auto l = strips(cut, s0, sm), r = strips(cut, sm, s1);
    return merge(l.first, l.second, r.first, r.second);
  }
  // Guibas-Stolfi merge of two triangulations separated in the frame (left before right).
  std::pair<int, int> merge(int ldo, int ldi, int rdi, int rdo) {
    for (;;) {  // lower common tangent
      if (left_of(org(rdi), ldi)) ldi = lnext(ldi);
      else if (right_of(org(ldi), rdi)) rdi = rprev(rdi);
      else break;
    }
    int base = connect(rdi ^ 2, ldi);  // right to left
    if (org(ldi) == org(ldo)) ldo = base ^ 2;
    if (org(rdi) == org(rdo)) rdo = base;
    for (;;) {  // zip upwards
      int lc = onext(base ^ 2), rc = oprev(base);
      if (right_of(dest(lc), base))
        while (inside(dest(base), org(base), dest(lc), dest(onext(lc)))) {
          const int t = onext(lc);
          remove(lc), lc = t;
        }
      if (right_of(dest(rc), base))
        while (inside(dest(base), org(base), dest(rc), dest(oprev(rc)))) {
          const int t = oprev(rc);
          remove(rc), rc = t;
        }
      const bool lv = right_of(dest(lc), base), rv = right_of(dest(rc), base);
      if (!lv && !rv) break;
      if (!lv || (rv && inside(dest(lc), org(lc), org(rc), dest(rc))))
        base = connect(rc, base ^ 2);
      else
        base = connect(base ^ 2, lc ^ 2);
    }
    return {ldo, rdo};
  }
};

template <class T> Triangulation delaunay(const std::vector<Point<T>>& p) {
  const int n = static_cast<int>(p.size());
  Triangulation out;
  using Site = typename DelaunayBuilder<T>::Site;
  std::vector<Site> sites(static_cast<size_t>(n));  // then: distinct points, first index of each
  for (int i = 0; i < n; i++) {
    sites[size_t(i)] = {p[size_t(i)], i};
    assert(in_range(p[size_t(i)], 1000000000) && "delaunay: coordinate out of range or NaN");
  }
  std::sort(sites.begin(), sites.end(), [](const Site& a, const Site& b) {
    return a.p < b.p || (a.p == b.p && a.id < b.id);
  });
  out.rep.assign(size_t(n), 0);
  size_t m = 0;
  for (const Site& s : sites) {
    if (m == 0 || sites[m - 1].p != s.p) sites[m++] = s;
    out.rep[size_t(s.id)] = sites[m - 1].id;
  }
  sites.resize(m);
  if (sites.size() < 2) return out;
  DelaunayBuilder<T> d(std::move(sites));
  std::vector<int> cut{0};  // strips of >= 2 points
  const int width = std::max(2, int(std::sqrt(double(m) * std::log2(double(m)))));
  while (cut.back() + 2 * width <= int(m)) cut.push_back(cut.back() + width);
  cut.push_back(int(m));
  d.strips(cut, 0, cut.size() - 1);
  const int quads = int(d.og.size() / 2);
  std::vector<char> seen(size_t(2 * quads), 0);  // per directed primal edge
  auto id = [&](int e) { return d.V[size_t(d.org(e))].id; };
  out.edges.reserve(3 * m), out.triangles.reserve(2 * m);
  for (int q = 0; q < quads; q++) {
    if (d.og[size_t(2 * q)] < 0) continue;
    const int u = id(4 * q), v = id(4 * q + 2);
    out.edges.push_back({std::min(u, v), std::max(u, v)});
    for (int e : {4 * q, 4 * q + 2}) {
      if (seen[size_t(e >> 1)]) continue;
      const int b = d.lnext(e), c = d.lnext(b);
      seen[size_t(e >> 1)] = 1;
      if (d.lnext(c) != e) continue;
      seen[size_t(b >> 1)] = seen[size_t(c >> 1)] = 1;
      if (dt_orient(d.pt(d.org(e)), d.pt(d.org(b)), d.pt(d.org(c))) > 0)
        out.triangles.push_back({id(e), id(b), id(c)});
    }
  }
  return out;
}

}  // namespace geo
