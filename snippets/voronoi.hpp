// cpgeo voronoi.hpp, hash 956c72; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <cmath>
#include <limits>
#include <type_traits>
#include <cassert>
#include <istream>
#include <ostream>
#include <sstream>
#include <string>
#include <algorithm>
#include <array>
#include <utility>
#include <vector>

// base.hpp: the scalar layer. Every tolerance decision in cpgeo goes through here.
// eps<T>  a LENGTH. 0 for exact types (integral, multiprecision); GEO_EPS (default 1e-9)
//         for floating ones. Override: #define GEO_EPS 1e-7 before the first include, or
//         assign geo::eps<double> = 1e-7 at run time (exact types ignore it).
// sgn, cmp  exact for exact types; floating: |x| <= eps counts as 0, so apply them to
//         lengths, never to raw products (an area is not a length).
// wide_t<T>  type for degree-3/4 intermediates: __int128 for long long.
// real_t<T>  type of lengths and angles: T if floating, else double.
// Where  a point against a region: OUTSIDE 0, BOUNDARY 1, INSIDE 2 (AOJ CGL_3_C codes).
// Time O(1). Source: the zero-eps-for-integers trick of tourist/algo; vlecomte cp-geo 1.

#ifndef GEO_EPS
#define GEO_EPS 1e-9
#endif

namespace geo {

template <class T> constexpr bool is_exact_v = std::numeric_limits<T>::is_exact;

template <class T> inline T eps = is_exact_v<T> ? T(0) : T(GEO_EPS);

template <class T> int sgn(const T& x) {
  if constexpr (is_exact_v<T>) return (x > 0) - (x < 0);
  else return (x > eps<T>) - (x < -eps<T>);
}

template <class T> int cmp(const T& a, const T& b) { return sgn(T(a - b)); }

enum Where : int { OUTSIDE = 0, BOUNDARY = 1, INSIDE = 2 };

template <class T> struct wide { using type = T; };
template <> struct wide<long long> { __extension__ typedef __int128 type; };
template <class T> using wide_t = typename wide<T>::type;

template <class T>
using real_t = std::conditional_t<std::is_floating_point<T>::value, T, double>;

// Debug-build precondition: finite if floating; |x| <= bound if a 64-bit integer.
template <class T> bool in_range(const T& x, long long bound) {
  if constexpr (std::is_floating_point<T>::value) return std::isfinite(x);
  else if constexpr (std::is_integral<T>::value && sizeof(T) <= 8) return -bound <= x && x <= bound;
  else return true;
}

}  // namespace geo

// point.hpp: Point<T>, a 2-D point or vector; one template for exact and floating use.
// T = long long: exact; dot, cross, norm2 and dist2 are overflow-free for |x|,|y| <= 1e9
//     (debug builds assert that bound where it matters). int is refused: it overflows.
// T = double / long double: results carry rounding error only; no eps is used here.
// == and < are exact and lexicographic (x, then y): use them for sort/set/map, not to
// ask "same point up to eps" (that is dist(a, b) <= eps). All operations O(1).
// rotate, unit, angle need floating T; norm and dist return real_t<T>.
// Printing: fixed with the stream's precision, at least 10 digits unless a float
// format was set; a value that rounds to zero prints without a minus sign.
// Source: KACTL Point.h for the one-template idea.

namespace geo {

template <class T> struct Point {
  static_assert(!std::is_integral<T>::value || sizeof(T) >= 8,
                "use Point<long long>: cross products of int coordinates overflow");
  T x{}, y{};
  Point() = default;
  Point(const T& px, const T& py) : x(px), y(py) {}

  Point operator+(const Point& p) const { return {x + p.x, y + p.y}; }
  Point operator-(const Point& p) const { return {x - p.x, y - p.y}; }
  Point operator-() const { return {-x, -y}; }
  Point operator*(const T& k) const { return {x * k, y * k}; }
  Point operator/(const T& k) const { return {x / k, y / k}; }  // truncates for integral T
  Point& operator+=(const Point& p) { return *this = *this + p; }
  Point& operator-=(const Point& p) { return *this = *this - p; }
  friend Point operator*(const T& k, const Point& p) { return p * k; }
  bool operator==(const Point& p) const { return x == p.x && y == p.y; }
  bool operator!=(const Point& p) const { return !(*this == p); }
  bool operator<(const Point& p) const { return x < p.x || (x == p.x && y < p.y); }

  T dot(const Point& p) const { return x * p.x + y * p.y; }
  T cross(const Point& p) const { return x * p.y - y * p.x; }
  T cross(const Point& a, const Point& b) const { return (a - *this).cross(b - *this); }
  T norm2() const { return dot(*this); }
  real_t<T> norm() const { return std::sqrt(static_cast<real_t<T>>(norm2())); }
  Point perp() const { return {-y, x}; }      // rotated +90 degrees, exact
  Point perp_cw() const { return {y, -x}; }   // rotated -90 degrees, exact
  T angle() const {  // argument in (-pi, pi]
    static_assert(std::is_floating_point<T>::value, "angle needs floating T");
    return std::atan2(y + T(0), x);  // + 0 turns -0.0 into 0.0: never -pi
  }
  Point rotate(const T& a) const {  // counter-clockwise by a radians
    static_assert(std::is_floating_point<T>::value, "rotate needs floating T");
    T c = std::cos(a), s = std::sin(a);
    return {x * c - y * s, x * s + y * c};
  }
  Point unit() const {  // precondition: not the zero vector
    static_assert(std::is_floating_point<T>::value, "unit needs floating T");
    assert((x != 0 || y != 0) && "unit() of the zero vector");
    return *this / norm();
  }
};

template <class T> T dist2(const Point<T>& a, const Point<T>& b) { return (a - b).norm2(); }
template <class T> real_t<T> dist(const Point<T>& a, const Point<T>& b) { return (a - b).norm(); }

// Signed angle turning a onto b, in (-pi, pi]; 0 if either is the zero vector.
template <class T> real_t<T> angle(const Point<T>& a, const Point<T>& b) {
  return std::atan2(static_cast<real_t<T>>(a.cross(b)) + real_t<T>(0), static_cast<real_t<T>>(a.dot(b)));
}

// Debug-build precondition for exact formulas: finite, and |x|,|y| <= bound if integral.
template <class T> bool in_range(const Point<T>& p, long long bound) {
  return in_range(p.x, bound) && in_range(p.y, bound);
}

template <class T> void write_real(std::ostream& os, T v) {
  if constexpr (!std::is_floating_point<T>::value) {
    os << v;
  } else {
    std::ostringstream text;
    text.flags(os.flags());
    text.precision(os.precision());
    if (!(os.flags() & std::ios::floatfield)) {
      text.setf(std::ios::fixed, std::ios::floatfield);
      if (os.precision() < 10) text.precision(10);
    }
    text << v;
    std::string s = text.str();  // "-0.000" -> "0.000": rounds to zero, no sign
    if (s[0] == '-' && std::isfinite(v) && s.find_first_of("123456789") == std::string::npos)
      s.erase(0, 1);
    os << s;
  }
}

template <class T> std::ostream& operator<<(std::ostream& os, const Point<T>& p) {
  write_real(os, p.x);
  os << ' ';
  write_real(os, p.y);
  return os;
}

template <class T> std::istream& operator>>(std::istream& is, Point<T>& p) {
  return is >> p.x >> p.y;
}

}  // namespace geo

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
//   counter-clockwise a, b, c, 0 on it, -1 outside (same precision as below).
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

// line.hpp: Line<T>, the infinite line through a and b (directed a -> b), and its
// predicates. All O(1). Constructions: projection.hpp, line_intersection.hpp.
// Line{a, b}: precondition a != b (asserted). line_abc(A, B, C): the line A x + B y = C
//   (Line<frac_t<T>>: the foot of the perpendicular from the origin, and a second point).
// side(l, r): +1 r left of a -> b, -1 right, 0 on l.  on_line(r, l): side(l, r) == 0.
// parallel(l, m), orthogonal(l, m); intersect(l, m): the lines share a point.
// frac_t<T>: type of constructed coordinates: double for integral T (never a truncated
//   lattice point), T itself otherwise (exact for rationals such as mpq_rational).
// long long: exact for |x|,|y| <= 1e9 (products of differences <= 8e18).
// Floating: eps is a distance. side == 0 iff dist(r, l) <= eps; parallel (orthogonal) iff
//   the tip of the shorter direction d = b - a lies within eps of the longer one's line
//   (normal): |d1 x d2| (|d1 . d2|) <= eps max(|d1|, |d2|). Contract as orient's: the
//   exact answer outside the band eps/2..2eps while |coordinates| <= eps / (23 u). Points
//   are put in a canonical order first: reversing a line or swapping l and m changes
//   nothing (side flips sign), bit for bit, FMA or not. Needs |b - a| >= 1e-140 (double;
//   long double 1e-2400): products of shorter differences underflow.
// Source: cp-geo (vlecomte) ch. 2 for the formulas; the eps rules are cpgeo's (docs/eps.md).

namespace geo {

template <class T>
using frac_t = std::conditional_t<std::numeric_limits<T>::is_integer, double, T>;
template <class Q, class T> Point<Q> point_cast(const Point<T>& p) { return {Q(p.x), Q(p.y)}; }

// Sorts a, b lexicographically; returns -1 if it swapped them, else +1.
template <class T> int lex_order(Point<T>& a, Point<T>& b) {
  if (!(b < a)) return 1;
  std::swap(a, b);
  return -1;
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

// (b - a) x (r - o), o = the one of a, b nearer r (floating: keeps the digits of r - o).
template <class T> T cross_at(const Point<T>& a, const Point<T>& b, const Point<T>& r) {
  if constexpr (!is_exact_v<T>)
    if (dist2(r, b) < dist2(r, a)) return (b - a).cross(r - b);
  return (b - a).cross(r - a);
}

// Side of r against a -> b; floating: 0 if r is within tol of the line. a == b gives 0.
template <class T> int side_of(Point<T> a, Point<T> b, const Point<T>& r, const T& tol = eps<T>) {
  const int parity = lex_order(a, b);
  const T c = cross_at(a, b, r);
  if constexpr (!is_exact_v<T>)
    if (c * c <= tol * tol * (b - a).norm2()) return 0;
  return c > 0 ? parity : c < 0 ? -parity : 0;
}

template <class T> const Line<T>& checked(const Line<T>& l) {
  assert(l.a != l.b && "degenerate line");
  assert(in_range(l.a, 1000000000) && in_range(l.b, 1000000000));
  return l;
}
template <class T> Line<T> canonical(Line<T> l) {
  checked(l);
  lex_order(l.a, l.b);
  return l;
}

template <class T> int side(const Line<T>& l, const Point<T>& r) {
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

// line_intersection.hpp: the intersection point of two lines. O(1).
// intersection(l, m): {1, x} one point x; {0, _} parallel and apart; {-1, _} the same line.
//   Floating: "parallel" is parallel(l, m) (line.hpp), then "the same line" iff m's first
//   canonical point is on l.
// cross_point(a, b, c, d): the point of line ab on line cd (precondition: not parallel),
//   built from the one of a, b nearer to it and the one of c, d nearer to that (pitfall 1).
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

namespace geo {

// The point of line ab on line cd (not parallel), from the one of a, b nearer to it.
template <class T>
Point<frac_t<T>> cross_point(const Point<T>& a, const Point<T>& b, const Point<T>& c,
                             const Point<T>& d) {
  using Q = frac_t<T>;
  const Point<T> e = d - c;
  auto from = [&](const Point<T>& p, const Point<T>& q) {  // x = p + (q - p) t
    const Point<T>& o = dist2(p, d) < dist2(p, c) ? d : c;
    return point_cast<Q>(p) + point_cast<Q>(q - p) * (Q((o - p).cross(e)) / Q((q - p).cross(e)));
  };
  const Q t = Q((c - a).cross(e)) / Q((b - a).cross(e));
  return t * 2 > 1 ? from(b, a) : from(a, b);
}

template <class T> std::pair<int, Point<frac_t<T>>> intersection(Line<T> l, Line<T> m) {
  canonical(l, m);
  if (parallel(l, m)) return {side_of(l.a, l.b, m.a) == 0 ? -1 : 0, {}};
  return {1, cross_point(l.a, l.b, m.a, m.b)};
}

}  // namespace geo

// polar.hpp: exact ordering of vectors by argument (polar angle). No atan2, no eps.
// cross_sign(a, b): the exact sign of a.cross(b). Exact types: direct (long long needs
//   |x|,|y| <= 2e9). Floating: Kahan's FMA difference of products, whose relative error
//   is <= 2u (Jeannerod, Louvet, Muller 2013), so the sign is exact for every finite
//   input unless a product overflows or underflows (|x*y| outside ~1e-290..1e300).
//   A plain evaluation with an error bound answers first; FMA only when in doubt.
// arg_less(a, b): arg(a) < arg(b) with arguments in (-pi, pi] and the origin counted as
//   argument 0 (tied with (1, 0)). A strict weak ordering: half-plane class first, then
//   cross_sign inside an open half-plane. O(1). Sort around a centre o: compare a-o, b-o.
// sort_by_arg(points): std::sort by arg_less, O(n log n).

namespace geo {

template <class T> int cross_sign(const Point<T>& a, const Point<T>& b) {
  if constexpr (is_exact_v<T>) {
    return sgn(a.cross(b));
  } else {
    const T l = a.x * b.y, r = a.y * b.x, d = l - r;  // |d - exact| <= 2u(|l|+|r|+|d|)
    if (std::abs(d) > 4 * std::numeric_limits<T>::epsilon() * (std::abs(l) + std::abs(r)))
      return d > 0 ? 1 : -1;  // sign certain: skip the slower exact step
    const T rounding = std::fma(a.y, b.x, -r);  // a.y*b.x == r + rounding exactly
    const T e = std::fma(a.x, b.y, -r) - rounding;
    return (e > 0) - (e < 0);
  }
}

// 0: arg in (-pi, 0); 1: arg 0, origin included; 2: (0, pi); 3: arg pi.
template <class T> int arg_class(const Point<T>& p) {
  if (p.y < 0) return 0;
  if (p.y > 0) return 2;
  return p.x < 0 ? 3 : 1;
}

template <class T> bool arg_less(const Point<T>& a, const Point<T>& b) {
  const int ca = arg_class(a), cb = arg_class(b);
  if (ca != cb) return ca < cb;
  return (ca == 0 || ca == 2) && cross_sign(a, b) > 0;
}

template <class T> void sort_by_arg(std::vector<Point<T>>& points) {
  std::sort(points.begin(), points.end(),
            [](const Point<T>& a, const Point<T>& b) { return arg_less(a, b); });
}

}  // namespace geo

// halfplane.hpp: halfplane_intersection(H, box) -> the intersection of the closed half-planes
// left of (or on) each directed line a -> b in H, as a convex polygon: counter-clockwise,
// no repeated or collinear vertices, vertices Point<frac_t<T>> (double for long long).
// Sizes: 0 empty; 1 a point; 2 a segment (its two ends); >= 3 a polygon of positive area,
// so area(result) (polygon/area.hpp) is never negative for a zero-area result.
// box > 0 adds the square [-box, box]^2 (closing unbounded input). Without a box the lines'
// directions must leave no angular gap >= pi (else the intersection is unbounded or empty,
// and {} is returned). Parallel lines: same direction keeps the inner one; opposite
// directions give a strip, a line (a segment after clipping) or nothing.
// Time O(n log n): sort by direction (exact, polar.hpp), keep the innermost of each
// direction, then the deque sweep (Shamos-Hoey / Zhu's S&I scheme).
// Decisions are made for the half-planes pushed outward by an infinitesimal d (symbolic
// perturbation: every line moved by d along an axis to its outside), so the region always
// has interior when not empty, and the sweep has no degenerate case; vertices that coincide
// for d = 0 are merged exactly, leaving the point or segment. long long: every decision is
// exact for line points |x|,|y| <= 1e9 and box <= 1e9 (degree-4 signs in __int128 < 1.3e38);
// vertices come from cross_point (line_intersection.hpp). Floating: a vertex within eps
// (a distance) of a line counts as on it, ties then broken as above; range as line.hpp.
// Precondition: a != b for every line (asserted).
// Source: Zhu Zeyuan's S&I half-plane intersection (2006); symbolic perturbation as in
// Edelsbrunner and Muecke, "Simulation of Simplicity" (1990).

namespace geo {

template <class T> struct HalfPlane { Point<T> a, b, d, w; };  // d = b - a; w: outward axis

// Side of l3 at the crossing of l1, l2 (not parallel), the lines pushed out by d -> 0+.
template <class T> int hp_side(const HalfPlane<T>& l1, const HalfPlane<T>& l2,
                               const HalfPlane<T>& l3, bool perturbed = true) {
  using W = wide_t<T>;
  const T D = l1.d.cross(l2.d), x31 = l3.d.cross(l1.d);
  int s = 0;
  if constexpr (is_exact_v<T>) {
    const W f0 = W(l3.d.cross(l1.a - l3.a)) * W(D) + W(x31) * W((l2.a - l1.a).cross(l2.d));
    s = (f0 > 0) - (f0 < 0);
  } else {
    s = side_of(l3.a, l3.b, cross_point(l1.a, l1.b, l2.a, l2.b)) * (D > 0 ? 1 : -1);
  }
  if (s == 0 && perturbed) {
    const W f1 = W(l3.d.cross(l1.w - l3.w)) * W(D) + W(x31) * W((l2.w - l1.w).cross(l2.d));
    s = (f1 > 0) - (f1 < 0);
  }
  return D > 0 ? s : -s;
}

template <class T>
std::vector<Point<frac_t<T>>> halfplane_intersection(const std::vector<Line<T>>& H, T box = T(0)) {
  using HP = HalfPlane<T>;
  std::vector<HP> L;
  auto add = [&L](const Point<T>& a, const Point<T>& b) {
    checked(Line<T>{a, b});
    const Point<T> d = b - a;
    const T o(0), i(1);
    L.push_back({a, b, d, d.x > 0 ? Point<T>(o, -i) : d.x < 0 ? Point<T>(o, i)
                                  : d.y > 0 ? Point<T>(i, o) : Point<T>(-i, o)});
  };
  for (const Line<T>& l : H) add(l.a, l.b);
  if (box > 0) {
    const Point<T> c[4] = {{-box, -box}, {box, -box}, {box, box}, {-box, box}};
    for (int k = 0; k < 4; k++) add(c[k], c[(k + 1) % 4]);
  }
  std::sort(L.begin(), L.end(), [](const HP& p, const HP& q) {
    if (arg_less(p.d, q.d)) return true;
    if (arg_less(q.d, p.d)) return false;
    return p.d.cross(q.a - p.a) < 0;  // same direction: the inner one first
  });
  L.erase(std::unique(L.begin(), L.end(), [](const HP& p, const HP& q) {
    return !arg_less(p.d, q.d) && !arg_less(q.d, p.d); }), L.end());
  const size_t m = L.size();
  for (size_t i = 0; i < m; i++) {  // a gap >= pi between directions: unbounded (or empty)
    const Point<T>& u = L[i].d; const Point<T>& v = L[(i + 1) % m].d;
    if (cross_sign(u, v) <= 0) return {};
  }
  std::vector<HP> q(m);
  size_t f = 0, e = 0;  // the deque is q[f, e)
  for (const HP& l : L) {
    while (e - f >= 2 && hp_side(q[e - 2], q[e - 1], l) <= 0) e--;
    while (e - f >= 2 && hp_side(q[f], q[f + 1], l) <= 0) f++;
    if (e - f >= 1 && cross_sign(q[e - 1].d, l.d) <= 0) return {};  // turn >= pi: empty
    q[e++] = l;
  }
  while (e - f >= 3 && hp_side(q[e - 2], q[e - 1], q[f]) <= 0) e--;
  while (e - f >= 3 && hp_side(q[f], q[f + 1], q[e - 1]) <= 0) f++;
  if (e - f < 3 || cross_sign(q[e - 1].d, q[f].d) <= 0) return {};
  const size_t k = e - f;
  std::vector<Point<frac_t<T>>> out;
  auto at = [&](size_t i) -> const HP& { return q[f + i % k]; };
  for (size_t i = 0; i < k; i++)  // vertex i = at(i) x at(i+1); skip it if equal to vertex i-1
    if (hp_side(at(i + k - 1), at(i), at(i + 1), false) != 0)
      out.push_back(cross_point(at(i).a, at(i).b, at(i + 1).a, at(i + 1).b));
  if (out.empty()) out.push_back(cross_point(at(0).a, at(0).b, at(1).a, at(1).b));
  return out;
}

}  // namespace geo

// voronoi.hpp: the Voronoi diagram of a point set, each cell clipped to a box.
// voronoi(p, lo, hi) -> cells, cells[i] = the points of the box [lo.x, hi.x] x [lo.y, hi.y]
//   at least as close to p[i] as to every other input point: a convex polygon,
//   counter-clockwise, as Point<real_t<T>> (double for long long); {} when that part of the
//   box is empty (p[i] outside the box, far from it). Duplicates get the same cell; n = 1
//   gives the whole box; all collinear gives parallel slabs. Precondition lo.x < hi.x and
//   lo.y < hi.y (asserted).
// Method: the cell of p[i] is the half-plane intersection (halfplane.hpp) of the box's
//   four sides and the perpendicular bisectors of p[i] and each of its Delaunay neighbours
//   (delaunay.hpp).
// Time O(n log n): Delaunay, then O(d log d) per site of degree d (a site with Theta(n)
//   neighbours, the centre of n cocircular points, costs O(n log n), not O(n^2)).
// Precision: the neighbours are exact (delaunay.hpp). The cell vertices are floating
//   constructions: long long bisectors are exact in double (midpoints of |x| <= 1e9 are
//   halves, directions integers), so each vertex errs by a few u times the cell's size.
//   The half-plane intersection treats a vertex within eps<double> of a bisector as on it
//   (no sliver edges shorter than about eps). A cell with no area (a segment or a point of
//   the box) is returned as {}.
// Source: Voronoi cells as intersections of half-planes and duality with the Delaunay
// triangulation, e.g. de Berg et al., "Computational Geometry", 3rd ed., ch. 7 and 9.

namespace geo {

template <class T>
std::vector<std::vector<Point<real_t<T>>>> voronoi(const std::vector<Point<T>>& p, const Point<T>& lo,
                                                   const Point<T>& hi) {
  using R = real_t<T>;
  assert(lo.x < hi.x && lo.y < hi.y && "voronoi: empty box");
  const Triangulation t = delaunay(p);
  std::vector<std::vector<int>> adj(p.size());
  for (const auto& e : t.edges)
    adj[size_t(e[0])].push_back(e[1]), adj[size_t(e[1])].push_back(e[0]);
  auto conv = [](const Point<T>& a) { return Point<R>(static_cast<R>(a.x), static_cast<R>(a.y)); };
  const Point<R> l = conv(lo), h = conv(hi);
  const Point<R> box[4] = {l, {h.x, l.y}, h, {l.x, h.y}};
  std::vector<std::vector<Point<R>>> cells(p.size());
  std::vector<Line<R>> H;
  for (size_t i = 0; i < p.size(); i++) {
    if (t.rep[i] != int(i)) {
      cells[i] = cells[size_t(t.rep[i])];
      continue;
    }
    H.clear();
    for (int k = 0; k < 4; k++) H.push_back({box[k], box[(k + 1) % 4]});
    const Point<R> a = conv(p[i]);
    for (int j : adj[i]) {
      const Point<R> b = conv(p[size_t(j)]), mid = (a + b) / R(2);
      H.push_back({mid, mid + (b - a).perp()});  // keeps the side of a
    }
    cells[i] = halfplane_intersection(H);
    if (cells[i].size() < 3) cells[i].clear();
  }
  return cells;
}

}  // namespace geo
