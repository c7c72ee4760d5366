// cpgeo hull/convex_hull_fast.hpp, hash 9b4f6a; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <cmath>
#include <limits>
#include <type_traits>
#include <algorithm>
#include <cassert>
#include <vector>
#include <cstring>
#include <utility>

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

// hull/convex_hull.hpp: convex hull (Andrew's monotone chain).
// convex_hull(pts): the strict hull (no collinear vertices);
//   convex_hull<true>(pts) also keeps every input point on the
//   boundary. Duplicates merged. Counter-clockwise from the
//   lowest point (AOJ CGL_4_A order). Input already sorted by
//   lower is not sorted again.
// lower(a, b): a is lower than b (smaller y, then smaller x).
// Time: O(n log n). Same contract, faster: convex_hull_fast.
// Precision: long long exact for |x|,|y| <= 1e9 (asserted);
//   floating: finite (asserted). The right chain (points in
//   lower order), then the left (reverse order, without the
//   right chain's points) pop b from a, b, q unless b turns
//   left (<true>: or is on segment aq). Floating: b within eps
//   (a distance) of segment aq counts as on it; the lowest and
//   highest points are always output. What this guarantees:
//   docs/hull/convex_hull.md.
// Degenerate: {} -> {}; all equal -> {p}; all collinear ->
//   strict: {lowest, other end}; <true>: every point once,
//   from the lowest to the other end (not walked back).
// Source: A. M. Andrew, IPL 9 (1979).
// Tests: unit hull_convex_hull_test; property
//   hull_convex_hull_prop; judge CGL_4_A, CGL_4_B.
#ifndef GEO_HULL_CONVEX_HULL_HPP
#define GEO_HULL_CONVEX_HULL_HPP

namespace geo {

inline constexpr auto lower = [](auto a, auto b) {
  return a.y < b.y || (a.y == b.y && a.x < b.x);
};

template <bool keep = false, class T>
std::vector<Point<T>> convex_hull(std::vector<Point<T>> p) {
  for ([[maybe_unused]] auto q : p) assert(in_range(q, 1e9));
  if (!std::is_sorted(p.begin(), p.end(), lower))
    std::sort(p.begin(), p.end(), lower);
  p.erase(std::unique(p.begin(), p.end()), p.end());
  std::size_t n = p.size(), k = 0, s = 0, r = 0;
  decltype(p) h(n + 1);  // right chain h[0..s], then left
  auto add = [&](auto q) {
    if (r > 0 && q == h[r]) return void(r--);  // on the right
    // pop b = h[k - 1] from a, b, q unless b is a vertex
    for (; k >= s + 2; k--) {
      auto a = h[k - 2], d = h[k - 1] - a, v = q - a;
      T c = d.cross(v), e = eps<T>;  // floating: b near aq: 0
      if (!is_exact_v<T> && c * c <= e * e * v.norm2())
        c *= d.dot(v) <= 0 || v.dot(v - d) <= 0;
      if (keep ? c >= 0 : c > 0) break;
    }
    h[k++] = q;
  };
  for (auto q : p) add(q);
  for (r = k - 2, s = k - 1; n > 1 && --n;) add(p[n - 1]);
  h.resize(std::max(k, n + 1) - 1);
  return h;
}

}  // namespace geo
#endif

// hull/convex_hull_fast.hpp: convex_hull's contract, faster.
// convex_hull_fast(pts), convex_hull_fast<true>(pts): the same
//   output as convex_hull(pts), convex_hull<true>(pts).
// sort_lower(p): sorts p by lower (radix sort for long long
//   and double when n >= 512, else std::sort).
// Time: O(n log n); random input about 0.15x a std::sort of
//   it. One pass drops the points strictly inside the octagon
//   P of a sample's extreme points in 8 directions (skipped
//   when the sample says it drops < 1/4); the rest is sorted
//   and goes to convex_hull (which then skips its sort).
// Precision: as convex_hull (long long: |x|,|y| <= 1e9,
//   asserted, keeps the cross products below 8e18). Floating:
//   drops only points more than 2 eps inside P.
// Degenerate: as convex_hull.
// Source: S. G. Akl, G. T. Toussaint, IPL 7 (1978); radix
//   sort: Knuth, TAOCP 3, 5.2.5; order-preserving bits of a
//   double: M. Herf, "Radix Tricks".
// Tests: unit hull_convex_hull_test; property
//   hull_convex_hull_prop; judge static_convex_hull,
//   furthest_pair; bench hull_bench.
#ifndef GEO_HULL_CONVEX_HULL_FAST_HPP
#define GEO_HULL_CONVEX_HULL_FAST_HPP

namespace geo {

template <class T> void sort_lower(std::vector<Point<T>>& p) {
  typedef unsigned long long U;
  constexpr bool dbl = std::is_same_v<T, double>;
  if constexpr (dbl || std::is_same_v<T, long long>)
    if (p.size() >= 512) {
      U lo = 0, n = p.size(), m = ~0ull;
      auto key = [&](Point<T> q) {  // order-preserving, - lo
        U u = 0;
        if constexpr (dbl) {
          q.y += 0.0;  // -0.0 as +0.0
          std::memcpy(&u, &q.y, 8);
          u ^= u >> 63 ? ~0ull : 1ull << 63;
        } else u = U(q.y) ^ 1ull << 63;
        return u - lo;
      };
      for (auto q : p) m = dbl ? 0 : std::min(m, key(q));
      lo = m;
      const int B = 11,
                M = (1 << B) - 1;  // 6 digits of 11 bits
      std::vector<std::size_t> c(6 * (M + 2));  // not U: lo
      for (auto q : p)
        for (U k = key(q), d = 0; d < 6; d++, k >>= B)
          c[d * (M + 2) + (k & M) + 1]++;
      std::vector<Point<T>> t(n);
      for (std::size_t d = 0, *b = c.data(); d < 6;
           d++, b += M + 2) {
        if (b[(key(p[0]) >> B * d & M) + 1] == n) continue;
        for (int i = 0; i < M + 1; i++) b[i + 1] += b[i];
        for (auto q : p) t[b[key(q) >> B * d & M]++] = q;
        p.swap(t);
      }
      for (auto i = p.begin(), j = i; i != p.end(); i = j) {
        while (++j != p.end() && j->y == i->y) {}
        if (j - i > 1) std::sort(i, j, lower);
      }
      return;
    }
  std::sort(p.begin(), p.end(), lower);
}

template <bool keep = false, class T>
std::vector<Point<T>> convex_hull_fast(
    const std::vector<Point<T>>& pts) {
  typedef Point<T> P;
  for ([[maybe_unused]] auto q : pts) assert(in_range(q, 1e9));
  static const int u[8][2] = {{1, 0},  {1, 1},  {0, 1},
                              {-1, 1}, {-1, 0}, {-1, -1},
                              {0, -1}, {1, -1}};
  auto key = [](P q, int k) {
    return q.x * u[k][0] + q.y * u[k][1];
  };
  std::size_t n = pts.size(), st = n / 1024 + 1, m = 0, in = 0;
  P e[8], o[9], d[8];
  T mg[8];
  for (std::size_t i = 0; i < n; i += st)
    for (int k = 0; k < 8; k++)
      if (!i || key(pts[i], k) > key(e[k], k)) e[k] = pts[i];
  for (P q : e)
    if (!m || q != o[m - 1]) o[m++] = q;
  while (m > 1 && o[m - 1] == o[0]) m--;
  for (std::size_t k = 0; k < m; k++) {
    d[k] = o[(k + 1) % m] - o[k], mg[k] = 0;
    if constexpr (!is_exact_v<T>)
      mg[k] = 2 * eps<T> * d[k].norm();
  }
  auto inside = [&](P q) {  // more than 2 eps inside P
    bool r = m > 2;
    for (std::size_t k = 0; k < m; k++)
      r &= d[k].cross(q - o[k]) > mg[k];
    return r;
  };
  for (std::size_t i = 0; i < n; i += st) in += inside(pts[i]);
  std::vector<P> p;
  if (4 * in * st < n) p = pts;
  else
    for (P q : pts)
      if (!inside(q)) p.push_back(q);
  sort_lower(p);
  return convex_hull<keep>(std::move(p));
}

}  // namespace geo
#endif
