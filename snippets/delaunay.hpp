// cpgeo delaunay.hpp, hash 323794; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
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
