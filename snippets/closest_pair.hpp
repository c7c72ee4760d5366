// cpgeo closest_pair.hpp, hash 6dd00a; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
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

// closest_pair.hpp: closest_pair(P) -> {i, j}, i < j, indices of two points of P at the
// smallest distance; {-1, -1} when P has fewer than 2 points. Duplicates give distance 0.
// Ties: any closest pair. dist2(P[i], P[j]) is the distance (squared).
// Time O(n log n): sort by x (integral T, n >= 8192: LSD radix, 3 passes for |x| <= 1e9);
// an x-sweep looking back while dx^2 < best (about linear on spread-out points); past 16 n
// checks, divide and conquer with a merge by y and the strip check (each strip point meets
// only the points less than the best distance below it).
// Precision: comparisons of squared distances only. long long: exact for |x|,|y| <= 1e9
// (dist2 <= 8e18). Floating: each squared distance is rounded (relative error <= 3u), so the
// returned pair is closest up to that; no eps is used. Precondition: finite coordinates.
// Source: Shamos and Hoey, "Closest-point problems" (FOCS 1975); strip bound as in CLRS 33.4.
#ifndef GEO_CLOSEST_PAIR_HPP
#define GEO_CLOSEST_PAIR_HPP

namespace geo {

template <class T> std::pair<int, int> closest_pair(const std::vector<Point<T>>& P) {
  struct Item { T x, y; int i; };
  const size_t n = P.size();
  if (n < 2) return {-1, -1};
  std::vector<Item> a(n), buf(n);
  for (size_t i = 0; i < n; i++) {
    assert(in_range(P[i], 1000000000));
    a[i] = {P[i].x, P[i].y, static_cast<int>(i)};
  }
  bool sorted = false;
  if constexpr (std::is_integral<T>::value)  // large n: LSD radix sort by x, 11 bits a pass
    if (n >= 8192) {
      using U = unsigned long long;
      T lo = a[0].x;
      for (const Item& p : a) lo = std::min(lo, p.x);
      U top = 0;
      for (const Item& p : a) top = std::max(top, U(p.x - lo));
      for (unsigned shift = 0; shift == 0 || (shift < 64 && (top >> shift) != 0); shift += 11) {
        std::vector<size_t> cnt(2049, 0);
        for (const Item& p : a) cnt[((U(p.x - lo) >> shift) & 2047) + 1]++;
        for (size_t k = 1; k < cnt.size(); k++) cnt[k] += cnt[k - 1];
        for (const Item& p : a) buf[cnt[(U(p.x - lo) >> shift) & 2047]++] = p;
        a.swap(buf);
      }
      sorted = true;
    }
  if (!sorted)
    std::sort(a.begin(), a.end(), [](const Item& p, const Item& q) { return p.x < q.x; });
  auto by_y = [](const Item& p, const Item& q) { return p.y < q.y; };
  auto d2 = [](const Item& p, const Item& q) {
    return (p.x - q.x) * (p.x - q.x) + (p.y - q.y) * (p.y - q.y);
  };
  auto answer = [](int i, int j) { return std::make_pair(std::min(i, j), std::max(i, j)); };
  T best = d2(a[0], a[1]);
  int bi = a[0].i, bj = a[1].i;
  auto try_pair = [&](const Item& p, const Item& q) {
    const T d = d2(p, q);
    if (d < best) best = d, bi = p.i, bj = q.i;
  };
  // Sweep by x, looking back while dx^2 < best: linear after the sort unless many points
  // share an x-window (e.g. a vertical line); past a budget of 16 n checks, fall back to
  // divide and conquer, O(n log n) in every case.
  size_t budget = 16 * n;
  for (size_t i = 1; i < n && budget > 0; i++)
    for (size_t j = i; j-- > 0 && budget > 0 && (a[i].x - a[j].x) * (a[i].x - a[j].x) < best;
         budget--)
      if ((a[i].y - a[j].y) * (a[i].y - a[j].y) < best) try_pair(a[i], a[j]);
  if (budget > 0) return answer(bi, bj);
  auto rec = [&](auto&& self, size_t l, size_t r) -> void {  // also sorts a[l, r) by y
    if (r - l <= 3) {
      for (size_t i = l; i < r; i++)
        for (size_t j = i + 1; j < r; j++) try_pair(a[i], a[j]);
      std::sort(a.begin() + long(l), a.begin() + long(r), by_y);
      return;
    }
    const size_t m = (l + r) / 2;
    const T mx = a[m].x;
    self(self, l, m), self(self, m, r);
    std::merge(a.begin() + long(l), a.begin() + long(m), a.begin() + long(m), a.begin() + long(r),
               buf.begin(), by_y);
    std::copy(buf.begin(), buf.begin() + long(r - l), a.begin() + long(l));
    size_t s = 0;  // the strip, by y, in buf
    for (size_t i = l; i < r; i++) {
      if ((a[i].x - mx) * (a[i].x - mx) >= best) continue;
      for (size_t k = s; k-- > 0 && (a[i].y - buf[k].y) * (a[i].y - buf[k].y) < best;)
        try_pair(a[i], buf[k]);
      buf[s++] = a[i];
    }
  };
  rec(rec, 0, n);
  return answer(bi, bj);
}

}  // namespace geo
#endif
