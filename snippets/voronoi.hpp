// cpgeo voronoi.hpp, hash 23802f; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <cmath>
#include <limits>
#include <type_traits>
#include <algorithm>
#include <array>
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

// delaunay.hpp: Delaunay triangulation of a point set (divide and conquer, Dwyer's strips).
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
// Time O(n log n) worst case, memory O(n): no global sort. Points are counting-sorted into
//   x-buckets split at the x-quantiles of a sample, grouped into vertical strips of
//   ~sqrt(n log n) / 2 points; each strip is sorted by y and triangulated by halving across
//   y; strips are merged pairwise (Dwyer's cuts: fewer long thin triangles built then
//   deleted). Each merge is linear. Edges are pairs of half-edges in one array (no dual
//   edges, no per-edge allocation; removed edges are reused).
// Also usable: in_circle(a, b, c, d) = +1 if d is strictly inside the circle through the
//   counter-clockwise a, b, c, 0 on it, -1 outside (clockwise a, b, c: the sign flips);
//   same precision and range (asserted) as below.
// Precision. Predicates: orient (3 points) and in-circle (4 points), no constructions.
//   long long: exact for |x|,|y| <= 1e9 (debug-asserted). In-circle is evaluated relative
//   to the fourth point (differences <= 2e9); its three terms reach 6.4e37 each and their
//   sum 1.9e38 > 1.7e38 = max __int128, so the positive and the negative terms are summed
//   apart as unsigned __int128 (<= 3.4e38) and compared. A double filter (error < 8u times
//   the permanent, u = 2^-53; differences are exact in double) answers first; a zero
//   permanent means every term is exactly 0 (e.g. d is a, b or c), so the answer is 0.
//   Floating: the rounded determinants' signs, no eps (an eps-collinear or eps-cocircular
//   test would make the predicates inconsistent). Exact when the coordinates are integers
//   with |x|,|y| <= 2500 (every product then fits 53 bits); otherwise input degenerate up
//   to rounding may give a triangulation that is not exactly Delaunay or, rarely, not
//   valid: scale to integers for guarantees. NaN is a (debug-asserted) precondition violation.
// Source: L. Guibas, J. Stolfi, "Primitives for the manipulation of general subdivisions and
// the computation of Voronoi diagrams", ACM TOG 4(2), 1985 (merge step; edge algebra, of
// which only the primal rings around vertices are kept);
// R. A. Dwyer, "A faster divide-and-conquer algorithm for constructing Delaunay
// triangulations", Algorithmica 2, 1987 (strips); J. R. Shewchuk, "Adaptive precision
// floating-point arithmetic and fast robust geometric predicates", 1997 (filter idea).
#ifndef GEO_DELAUNAY_HPP
#define GEO_DELAUNAY_HPP

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
  assert(in_range(a0, 1000000000) && in_range(b0, 1000000000) && in_range(c0, 1000000000) &&
         in_range(d, 1000000000) && "in_circle: coordinate out of range or NaN");
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
    if (perm == 0) return 0;  // no product of nonzero integers rounds to 0: every term is 0
    return in_circle_exact(a, b, c);
  } else {
    const T v = a.norm2() * b.cross(c) + b.norm2() * c.cross(a) + c.norm2() * a.cross(b);
    return (v > 0) - (v < 0);
  }
}

template <class T> struct DelaunayBuilder {
  // Edge k is the pair of half-edges 2k, 2k + 1 (sym(e) = e ^ 1). A half-edge stores its
  // origin and the next / previous half-edge counter-clockwise around that origin; the
  // faces follow: lnext(e) = oprev(sym(e)). One 24-byte record per edge, one array.
  struct Half { int org, nx, pv; };
  std::vector<Point<T>> P;  // distinct points; vertex v is P[v]
  std::vector<Half> H;
  std::vector<int> freed;   // removed edges (even half-edge), reused first
  explicit DelaunayBuilder(std::vector<Point<T>> pts) : P(std::move(pts)) { H.reserve(6 * P.size() + 8); }
  const Point<T>& pt(int v) const { return P[size_t(v)]; }
  int org(int e) const { return H[size_t(e)].org; }
  int dest(int e) const { return H[size_t(e ^ 1)].org; }
  int onext(int e) const { return H[size_t(e)].nx; }
  int oprev(int e) const { return H[size_t(e)].pv; }
  int lnext(int e) const { return H[size_t(e ^ 1)].pv; }  // next edge of the left face
  int rprev(int e) const { return H[size_t(e ^ 1)].nx; }
  int make(int a, int b) {  // a new edge a -> b, alone at both ends
    if (freed.empty()) {
      const int e = int(H.size());
      H.push_back({a, e, e}), H.push_back({b, e + 1, e + 1});
      return e;
    }
    const int e = freed.back();
    freed.pop_back();
    H[size_t(e)] = {a, e, e}, H[size_t(e + 1)] = {b, e + 1, e + 1};
    return e;
  }
  void insert_after(int x, int e) {  // e, alone at org(x), becomes onext(x)
    const int y = H[size_t(x)].nx;
    H[size_t(e)].nx = y, H[size_t(e)].pv = x, H[size_t(x)].nx = e, H[size_t(y)].pv = e;
  }
  void unlink(int e) {
    const Half h = H[size_t(e)];
    H[size_t(h.pv)].nx = h.nx, H[size_t(h.nx)].pv = h.pv;
  }
  int connect(int a, int b) {  // a new edge dest(a) -> org(b) in the left face of a and b
    const int e = make(dest(a), org(b));
    insert_after(lnext(a), e), insert_after(b, e ^ 1);
    return e;
  }
  void remove(int e) {
    unlink(e), unlink(e ^ 1);
    H[size_t(e)].org = H[size_t(e ^ 1)].org = -1, freed.push_back(e & ~1);
  }
  bool left_of(int v, int e) const { return dt_orient(pt(v), pt(org(e)), pt(dest(e))) > 0; }
  bool right_of(int v, int e) const { return dt_orient(pt(v), pt(dest(e)), pt(org(e))) > 0; }
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
  // Triangulates P[lo, hi), hi - lo >= 2, sorted in frame 1. Returns {counter-clockwise
  // hull edge out of the first point, clockwise hull edge out of the last point}.
  std::pair<int, int> build(int lo, int hi) {
    if (hi - lo == 2) {
      const int a = make(lo, lo + 1);
      return {a, a ^ 1};
    }
    if (hi - lo == 3) {
      const int a = make(lo, lo + 1), b = make(lo + 1, lo + 2);
      insert_after(a ^ 1, b);
      const int turn = dt_orient(pt(lo), pt(lo + 1), pt(lo + 2));
      if (turn == 0) return {a, b ^ 1};
      const int c = connect(b, a);
      return turn > 0 ? std::make_pair(a, b ^ 1) : std::make_pair(c ^ 1, c);
    }
    const int mid = lo + (hi - lo) / 2;
    const auto l = build(lo, mid), r = build(mid, hi);
    return merge(l.first, l.second, r.first, r.second);
  }
  // Dwyer's strips P[cut[s], cut[s + 1]) (separated in x, each sorted in frame 1): each is
  // triangulated in frame 1 (cut across y: no long thin triangles), then they are merged
  // pairwise in frame 0.
  std::pair<int, int> strips(const std::vector<int>& cut, size_t s0, size_t s1) {
    if (s1 - s0 == 1) return extremes(build(cut[s0], cut[s1]).first, 0);
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
    int base = connect(rdi ^ 1, ldi);  // right to left
    if (org(ldi) == org(ldo)) ldo = base ^ 1;
    if (org(rdi) == org(rdo)) rdo = base;
    for (;;) {  // zip upwards
      int lc = onext(base ^ 1), rc = oprev(base);
      bool lv = right_of(dest(lc), base), rv = right_of(dest(rc), base);  // candidates above base
      if (lv && inside(dest(base), org(base), dest(lc), dest(onext(lc)))) {
        do {
          const int t = onext(lc);
          remove(lc), lc = t;
        } while (inside(dest(base), org(base), dest(lc), dest(onext(lc))));
        lv = right_of(dest(lc), base);
      }
      if (rv && inside(dest(base), org(base), dest(rc), dest(oprev(rc)))) {
        do {
          const int t = oprev(rc);
          remove(rc), rc = t;
        } while (inside(dest(base), org(base), dest(rc), dest(oprev(rc))));
        rv = right_of(dest(rc), base);
      }
      if (!lv && !rv) break;
      if (!lv || (rv && inside(dest(lc), org(lc), org(rc), dest(rc))))
        base = connect(rc, base ^ 1);
      else
        base = connect(base ^ 1, lc ^ 1);
    }
    return {ldo, rdo};
  }
};

template <class T> Triangulation delaunay(const std::vector<Point<T>>& p) {
  const int n = static_cast<int>(p.size());
  Triangulation out;
  out.rep.resize(size_t(n));
  if (n == 0) return out;
  // 1. Counting sort into F buckets by x, split at x-quantiles of a sample (16 per bucket).
  //    The bucket is a non-decreasing function of x, so buckets are separated in x and
  //    equal points share one.
  const int width = std::max(2, int(std::sqrt(double(n) * std::log2(double(n) + 1)) / 2));
  const int F = std::max(1, int(2LL * n / width));  // about 2 buckets per strip
  const int ns = std::min(n, 16 * F);  // sample p[i * n / ns]
  std::vector<T> split(static_cast<size_t>(ns));
  for (int i = 0; i < ns; i++) split[size_t(i)] = p[size_t(i * (long long)n / ns)].x;
  std::sort(split.begin(), split.end());
  for (int j = 1; j < F; j++) split[size_t(j - 1)] = split[size_t(j * (long long)ns / F)];
  int P = 1;  // splitters padded to P - 1 with T's maximum, for a branch-free binary search
  while (P < F) P *= 2;
  split.resize(size_t(P - 1));
  std::fill(split.begin() + (F - 1), split.end(), std::numeric_limits<T>::max());
  std::vector<int> bucket(static_cast<size_t>(n)), start(static_cast<size_t>(F) + 1, 0);
  for (int i = 0; i < n; i++) {
    const Point<T>& q = p[size_t(i)];
    assert(in_range(q, 1000000000) && "delaunay: coordinate out of range or NaN");
    int b = 0;  // the number of splitters <= q.x
    for (int step = P / 2; step > 0; step /= 2) b += split[size_t(b + step - 1)] <= q.x ? step : 0;
    bucket[size_t(i)] = b, start[size_t(b) + 1]++;
  }
  for (int b = 0; b < F; b++) start[size_t(b) + 1] += start[size_t(b)];
  struct Site { Point<T> p; int id; };
  std::vector<Site> s(static_cast<size_t>(n));
  {
    std::vector<int> at(start.begin(), start.end() - 1);
    for (int i = 0; i < n; i++) s[size_t(at[size_t(bucket[size_t(i)])]++)] = {p[size_t(i)], i};
  }
  // 2. Strips: consecutive buckets with >= width points, each sorted in frame 1 (y, -x),
  //    duplicates merged (rep = smallest index), compacted into s[0, m). A strip left with
  //    fewer than 2 distinct points joins the next one (or, last, the previous one).
  auto frame1 = [](const Site& a, const Site& b) {
    return a.p.y < b.p.y || (a.p.y == b.p.y && a.p.x > b.p.x);
  };
  std::vector<int> cut{0};
  int m = 0;
  for (int b0 = 0, b1 = 0; b0 < F; b0 = b1) {
    while (b1 < F && start[size_t(b1)] - start[size_t(b0)] < width) b1++;
    const int g0 = start[size_t(b0)], g1 = start[size_t(b1)], lo = cut.back();
    std::move(s.begin() + g0, s.begin() + g1, s.begin() + m);
    const int hi = m + g1 - g0;
    std::sort(s.begin() + lo, s.begin() + hi, frame1);
    m = lo;
    for (int i = lo, j; i < hi; i = j) {
      int id = s[size_t(i)].id;
      for (j = i + 1; j < hi && s[size_t(j)].p == s[size_t(i)].p; j++) id = std::min(id, s[size_t(j)].id);
      for (int k = i; k < j; k++) out.rep[size_t(s[size_t(k)].id)] = id;
      s[size_t(m++)] = {s[size_t(i)].p, id};
    }
    if (m - lo >= 2) cut.push_back(m);
  }
  if (m - cut.back() == 1 && cut.size() > 1) {
    cut.pop_back();
    std::sort(s.begin() + cut.back(), s.begin() + m, frame1);
    cut.push_back(m);
  }
  if (m < 2) return out;
  std::vector<Point<T>> pts(static_cast<size_t>(m));
  std::vector<int> id(static_cast<size_t>(m));
  for (int i = 0; i < m; i++) pts[size_t(i)] = s[size_t(i)].p, id[size_t(i)] = s[size_t(i)].id;
  std::vector<Site>().swap(s);
  DelaunayBuilder<T> d(std::move(pts));
  const int ldo = d.strips(cut, 0, cut.size() - 1).first;
  // 3. Output. The outer face lies left of sym(ldo): its half-edges get onext = -1 (no longer
  //    needed). Every other face is a triangle e, b = lnext(e), c = lprev(e), all three read
  //    from e's own record, output from its smallest half-edge.
  int f = ldo ^ 1;
  do {
    const int g = d.lnext(f);
    d.H[size_t(f)].nx = -1, f = g;
  } while (f != (ldo ^ 1));
  out.edges.reserve(3 * size_t(m)), out.triangles.reserve(2 * size_t(m));
  const int halves = int(d.H.size());
  for (int e = 0; e < halves; e++) {
    if (d.org(e) < 0) continue;  // removed
    if (e % 2 == 0) {
      const int u = id[size_t(d.org(e))], v = id[size_t(d.dest(e))];
      out.edges.push_back({std::min(u, v), std::max(u, v)});
    }
    if (d.onext(e) < 0) continue;  // outer face
    const int b = d.lnext(e), c = d.onext(e) ^ 1;  // lprev(e) = sym(onext(e))
    assert(d.lnext(b) == c && "delaunay: a face that is not a triangle");
    if (e < b && e < c)
      out.triangles.push_back({id[size_t(d.org(e))], id[size_t(d.dest(e))], id[size_t(d.org(c))]});
  }
  return out;
}

}  // namespace geo
#endif

// voronoi.hpp: the Voronoi diagram of a point set, each cell clipped to a box.
// voronoi(p, lo, hi) -> cells, cells[i] = the points of the box [lo.x, hi.x] x [lo.y, hi.y]
//   at least as close to p[i] as to every other input point: that convex polygon's vertices,
//   counter-clockwise, rounded (below), as Point<real_t<T>> (double for long long), no vertex
//   repeated; {} when it has no area (the cell misses the box or meets it only on one box
//   side; also when every rounded vertex lies on one box side). Duplicates get the same cell;
//   n = 1 gives the whole box; all collinear gives parallel slabs. Preconditions (asserted):
//   lo.x < hi.x, lo.y < hi.y; sites and box in range (|x|,|y| <= 1e9 for long long; no NaN).
// round_div(num, den) -> num / den rounded to the nearest double, den > 0, |num| < 2^100,
//   den < 2^70 (__int128).
// Method: each Voronoi vertex is the circumcentre of a Delaunay triangle (delaunay.hpp),
//   computed once. The cell of p[i] is the fan of its triangles' vertices, closed by two
//   rays (vertices at infinity) for a hull site, then clipped to the box side by side
//   (Sutherland-Hodgman) only where it leaves the box. A clipped vertex is a box corner or
//   the crossing of a box side with the bisector of p[i] and a neighbour.
// Time O(n log n): Delaunay, then O(n) (O(d) for a site of degree d).
// Precision. long long: each vertex is an exact rational rounded once, each coordinate to
//   the nearest double (error <= half an ulp, i.e. <= 2^-53 |coordinate|); so a vertex shared
//   by several cells, even the common centre of cocircular sites, is the same double in each.
//   Circumcentre x = (a.x D + Nx) / D, D = 2 (b - a) x (c - a), Nx = v.y |u|^2 - u.y |v|^2 (u = b - a,
//   v = c - a): |numerator| < 5e28, 0 < D < 1.7e19, in __int128; bisector-box crossing:
//   (|b|^2 - |a|^2 - 2 (b.x - a.x) c) / (2 (b.y - a.y)) < 1e19. Inside/outside the box: exact.
//   Floating: the same formulas in T; the same guarantee when sites and box are integers
//   times one power of two, |x|,|y| <= 2500 units (every intermediate is then exact, as in
//   delaunay.hpp); otherwise rounded, with no stated bound (scale to integers).
// Source: Voronoi-Delaunay duality, de Berg et al., "Computational Geometry", 3rd ed., ch. 7, 9;
// round to odd: S. Boldo, G. Melquiond, "Emulation of FMA and correctly rounded sums", 2008.
#ifndef GEO_VORONOI_HPP
#define GEO_VORONOI_HPP

namespace geo {

// num / den rounded to the nearest double (den > 0): the quotient scaled to 55..57 bits, its
// last bit set if inexact (round to odd), then converted with a single rounding.
inline double round_div(wide_t<long long> num, wide_t<long long> den) {
  __extension__ typedef unsigned __int128 U;
  if (num == 0) return 0;
  U n = num < 0 ? U(-num) : U(num), d = U(den);  // |num| < 2^100, den < 2^70
  auto bits = [](U x) {
    const auto h = static_cast<unsigned long long>(x >> 64);
    return h ? 128 - __builtin_clzll(h) : 64 - __builtin_clzll(static_cast<unsigned long long>(x));
  };
  const int s = bits(d) + 56 - bits(n);  // n 2^s / d in [2^55, 2^57)
  if (s >= 0) n <<= s;
  else d <<= -s;
  const unsigned long long q = static_cast<unsigned long long>(n / d) | (n % d != 0 ? 1ULL : 0ULL);
  const double r = std::ldexp(static_cast<double>(q), -s);
  return num < 0 ? -r : r;
}

template <class T>
std::vector<std::vector<Point<real_t<T>>>> voronoi(const std::vector<Point<T>>& p, const Point<T>& lo,
                                                   const Point<T>& hi) {
  using R = real_t<T>;
  using W = wide_t<T>;
  assert(in_range(lo, 1000000000) && in_range(hi, 1000000000) && "voronoi: box out of range or NaN");
  assert(lo.x < hi.x && lo.y < hi.y && "voronoi: empty box");
  auto div = [](const W& a, const W& b) -> R {
    if constexpr (std::is_same<W, wide_t<long long>>::value) return round_div(a, b);
    else return static_cast<R>(a / b);
  };
  const W side[4] = {W(lo.x), W(hi.x), W(lo.y), W(hi.y)};  // side s: x >= lo.x, x <= hi.x, ...
  // Bit s of an outcode: the point is strictly outside side s (exact for long long).
  auto code = [&](const W& X, const W& Y, const W& D) {  // the point (X / D, Y / D), D > 0
    return int(X < side[0] * D) | int(X > side[1] * D) << 1 | int(Y < side[2] * D) << 2 |
           int(Y > side[3] * D) << 3;
  };
  // A polygon vertex; line = the line of the edge to the next vertex: the bisector of the
  // site and p[line] (line >= 0), box side s (-1 - s), or the line at infinity (ARC).
  struct V { Point<R> q; int out, line; };
  const int ARC = -5;
  auto ideal = [](const Point<T>& d, int base, int line) {  // at infinity in direction d; a zero
    int o = d.x < 0 ? 1 : d.x > 0 ? 2 : base & 3;            // component keeps base's code
    o |= d.y < 0 ? 4 : d.y > 0 ? 8 : base & 12;
    return V{{}, o, line};
  };
  const Triangulation t = delaunay(p);
  const size_t n = p.size(), nt = t.triangles.size();
  std::vector<V> tv(nt);  // the circumcentres
  std::vector<int> start(n + 1, 0), fan(3 * nt);  // fan[start[i] ..]: 3 k + r, p[i] corner r of k
  for (size_t k = 0; k < nt; k++) {
    const auto& tr = t.triangles[k];
    const Point<T>& a = p[size_t(tr[0])];
    const Point<T> u = p[size_t(tr[1])] - a, v = p[size_t(tr[2])] - a;
    const W D = W(u.cross(v)) * 2, uu = W(u.norm2()), vv = W(v.norm2());
    const W X = W(a.x) * D + W(v.y) * uu - W(u.y) * vv, Y = W(a.y) * D + W(u.x) * vv - W(v.x) * uu;
    tv[k] = {{div(X, D), div(Y, D)}, code(X, Y, D), 0};
    for (int r = 0; r < 3; r++) start[size_t(tr[size_t(r)]) + 1]++;
  }
  for (size_t i = 0; i < n; i++) start[i + 1] += start[i];
  {
    std::vector<int> at(start.begin(), start.end() - 1);
    for (size_t k = 0; k < nt; k++)
      for (int r = 0; r < 3; r++) fan[size_t(at[size_t(t.triangles[k][size_t(r)])]++)] = int(3 * k) + r;
  }
  auto nb = [&](int e, int step) { return t.triangles[size_t(e / 3)][size_t((e % 3 + step) % 3)]; };
  std::vector<std::vector<int>> chain(nt == 0 ? n : 0);  // all collinear: neighbours on the line
  for (const auto& e : t.edges)
    if (nt == 0) chain[size_t(e[0])].push_back(e[1]), chain[size_t(e[1])].push_back(e[0]);
  std::vector<int> slot(n), has_b(n, -1), has_c(n, -1);
  std::vector<V> poly, buf;
  std::vector<std::vector<Point<R>>> cells(n);
  for (size_t i = 0; i < n; i++) {
    if (t.rep[i] != int(i)) {
      cells[i] = cells[size_t(t.rep[i])];
      continue;
    }
    const Point<T>& a = p[i];
    const int I = int(i);
    poly.clear();
    auto mid = [&](int j) { return code(W(a.x) + W(p[size_t(j)].x), W(a.y) + W(p[size_t(j)].y), W(2)); };
    if (nt == 0) {  // a slab or a half-plane: the bisectors' ends are vertices at infinity
      for (int j : chain[i]) {
        const Point<T> d = (p[size_t(j)] - a).perp();
        poly.push_back(ideal(-d, mid(j), j)), poly.push_back(ideal(d, mid(j), ARC));
      }
      if (chain[i].size() == 1) poly.push_back(ideal(a - p[size_t(chain[i][0])], 0, ARC));  // arcs < 180 deg
      if (chain[i].empty())
        for (int k = 0; k < 4; k++)  // the box
          poly.push_back({{R(k == 1 || k == 2 ? hi.x : lo.x), R(k < 2 ? lo.y : hi.y)}, 0, 0});
    } else {  // the fan of triangles around p[i], counter-clockwise
      const int f0 = start[i], f1 = start[i + 1];
      int e = fan[size_t(f0)];
      for (int f = f0; f < f1; f++) {  // triangle fan[f] spans the angle b -> c at p[i]
        const int b = nb(fan[size_t(f)], 1), c = nb(fan[size_t(f)], 2);
        slot[size_t(b)] = fan[size_t(f)], has_b[size_t(b)] = I, has_c[size_t(c)] = I;
      }
      for (int f = f0; f < f1; f++)
        if (has_c[size_t(nb(fan[size_t(f)], 1))] != I) e = fan[size_t(f)];  // a hull site's first
      const int first = e;
      for (int f = f0; f < f1; f++) {
        const V& c = tv[size_t(e / 3)];
        poly.push_back({c.q, c.out, nb(e, 2)});
        if (f + 1 == f1 || has_b[size_t(nb(e, 2))] != I) break;  // (a valid fan never breaks early)
        e = slot[size_t(nb(e, 2))];
      }
      if (has_b[size_t(nb(e, 2))] != I) {  // hull site: a ray out of the last vertex, one into the first
        poly.push_back(ideal((p[size_t(nb(e, 2))] - a).perp(), poly.back().out, ARC));
        poly.push_back(ideal((a - p[size_t(nb(first, 1))]).perp(), poly[0].out, nb(first, 1)));
      }
    }
    // Sutherland-Hodgman on the exact outcodes; a new vertex is computed from the two lines
    // that meet there (never from rounded vertices), so each cell gets the same double.
    auto crossing = [&](const V& P, int s, bool pin) {  // P's edge with side s
      const int line = P.line, ax = s / 2, to = pin ? -1 - s : line;
      if (line == ARC) {  // at infinity, along side s, in the direction of the arc
        const T one = pin == (s == 0 || s == 3) ? T(1) : T(-1);
        return ideal(ax == 0 ? Point<T>(0, one) : Point<T>(one, 0), 0, to);
      }
      if (line < 0) {  // a box corner
        const W& c = side[-1 - line];
        return V{ax == 0 ? Point<R>(R(side[s]), R(c)) : Point<R>(R(c), R(side[s])), 0, to};
      }
      const Point<T>& b = p[size_t(line)];
      const W pa = ax == 0 ? W(a.y) : W(a.x), pb = ax == 0 ? W(b.y) : W(b.x);  // along the side
      const W qa = ax == 0 ? W(a.x) : W(a.y), qb = ax == 0 ? W(b.x) : W(b.y);
      W num = W(b.norm2()) - W(a.norm2()) - 2 * (qb - qa) * side[s], den = 2 * (pb - pa);
      if (den < 0) num = -num, den = -den;
      assert(den != 0);
      const R z = div(num, den);
      const int o = int(num < side[2 - 2 * ax] * den) | int(num > side[3 - 2 * ax] * den) << 1;
      return ax == 0 ? V{{R(side[s]), z}, o << 2, to} : V{{z, R(side[s])}, o, to};
    };
    for (int s = 0; s < 4; s++) {
      bool cut = false;
      for (const V& v : poly) cut |= (v.out >> s & 1) != 0;
      if (!cut) continue;
      buf.clear();
      for (size_t k = 0; k < poly.size(); k++) {
        const bool pin = !(poly[k].out >> s & 1), qin = !(poly[(k + 1) % poly.size()].out >> s & 1);
        if (pin) buf.push_back(poly[k]);
        if (pin != qin) buf.push_back(crossing(poly[k], s, pin));
      }
      poly.swap(buf);
    }
    std::vector<Point<R>>& c = cells[i];
    for (const V& v : poly)
      if (c.empty() || !(v.q == c.back())) c.push_back(v.q);
    while (c.size() > 1 && c.back() == c[0]) c.pop_back();
    bool flat = c.size() < 3;  // no area: within one side of the box
    for (int s = 0; s < 4; s++) {
      bool on = true;
      for (const Point<R>& q : c) on = on && (s < 2 ? q.x : q.y) == R(side[s]);
      flat = flat || on;
    }
    if (flat) c.clear();
  }
  return cells;
}

}  // namespace geo
#endif
