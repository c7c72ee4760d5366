// cpgeo closest_pair.hpp, hash 81eaf5; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <cmath>
#include <limits>
#include <type_traits>
#include <cassert>
#include <utility>
#include <algorithm>
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
#ifndef GEO_BASE_HPP
#define GEO_BASE_HPP

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
#endif

// point.hpp: Point<T>, a 2-D point or vector; one template for exact and floating use.
// T = long long: exact; dot, cross, norm2 and dist2 are overflow-free for |x|,|y| <= 1e9
//     (debug builds assert that bound where it matters). int is refused: it overflows.
// T = double / long double: results carry rounding error only; no eps is used here.
// == and < are exact and lexicographic (x, then y): use them for sort/set/map, not to
// ask "same point up to eps" (that is dist(a, b) <= eps). All operations O(1).
// rotate, unit, angle need floating T; norm and dist return real_t<T>.
// frac_t<T>: type of constructed coordinates: double for integral T (never a truncated
//   lattice point), T itself otherwise (exact for rationals). point_cast<Q>(p): p in Q.
// lex_order(a, b): sorts a, b lexicographically; -1 if it swapped them, else +1.
// cross_at(a, b, r): (b - a) x (r - o), o the one of a, b nearer r (floating: keeps the
//   digits of r - o); exact types: o = a. long long: exact for |x|,|y| <= 1e9.
// Reading and printing (>>, <<): io.hpp.
// Source: KACTL Point.h for the one-template idea.
#ifndef GEO_POINT_HPP
#define GEO_POINT_HPP

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
template <class C> bool all_in_range(const C& points, long long bound) {  // e.g. a polygon
  for (const auto& p : points)
    if (!in_range(p, bound)) return false;
  return true;
}

template <class T>
using frac_t = std::conditional_t<std::numeric_limits<T>::is_integer, double, T>;
template <class Q, class T> Point<Q> point_cast(const Point<T>& p) { return {Q(p.x), Q(p.y)}; }

// Sorts a, b lexicographically; returns -1 if it swapped them, else +1.
template <class T> int lex_order(Point<T>& a, Point<T>& b) {
  if (!(b < a)) return 1;
  std::swap(a, b);
  return -1;
}

// (b - a) x (r - o), o = the one of a, b nearer r (floating: keeps the digits of r - o).
template <class T> T cross_at(const Point<T>& a, const Point<T>& b, const Point<T>& r) {
  if constexpr (!is_exact_v<T>)
    if (dist2(r, b) < dist2(r, a)) return (b - a).cross(r - b);
  return (b - a).cross(r - a);
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
