// cpgeo hull/convex_hull.hpp, hash 6f9146; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
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

// orient.hpp: the turn a -> b -> c, and the exact sign of a
// cross product.
// cross_sign(a, b): the exact sign of a.cross(b), no eps.
//   Exact T: compared in wide_t. Floating: a plain product
//   when its error bound allows, else Kahan's FMA difference
//   of products (relative error <= 2u), exact unless a
//   product overflows or underflows.
// orient(a, b, c): +1 counter-clockwise, -1 clockwise, 0
//   collinear. Exact T: cross_sign(b - a, c - a). Floating:
//   0 iff the triangle's smallest altitude |cross| / longest
//   side is <= eps (a length); evaluated on the points
//   sorted, so every order of a, b, c gives the same answer
//   bit for bit, and exactly 0 when two points coincide.
// Time: O(1). Precision: cross_sign exact for every long long;
//   orient for |x|,|y| <= 4e18 (asserted); floating:
//   docs/eps.md (|x|,|y| <= 3.9e5 for double at eps = 1e-9).
//   Degenerate: a == b etc. gives 0.
// Source: Kahan's difference of products; Jeannerod, Louvet,
//   Muller, Math. Comp. 82 (2013) for its error bound.
// Tests: unit orient_test; property orient_prop.
#ifndef GEO_ORIENT_HPP
#define GEO_ORIENT_HPP

namespace geo {

template <class T> int cross_sign(Point<T> a, Point<T> b) {
  wide_t<T> l = wide_t<T>(a.x) * b.y, r = wide_t<T>(a.y) * b.x;
  assert(l - l == 0 && r - r == 0);  // finite products
  if constexpr (!is_exact_v<T>)  // error of l - r: 2u(|l|+|r|)
    if (std::abs(l - r) <=
        4 * std::numeric_limits<T>::epsilon() *
            (std::abs(l) + std::abs(r)))
      l = std::fma(a.x, b.y, -r), r = std::fma(a.y, b.x, -r);
  return (l > r) - (l < r);
}

template <class T>
int orient(Point<T> a, Point<T> b, Point<T> c) {
  const long long R = (long long)4e18;  // differences fit
  assert(in_range(a, R) && in_range(b, R) && in_range(c, R));
  if constexpr (is_exact_v<T>) return cross_sign(b - a, c - a);
  else {
    if (b < a) return -orient(b, a, c);  // sort a <= b <= c
    if (c < b) return -orient(a, c, b);
    if (a == b || b == c) return 0;
    T A = a.cross(b, c),
      L = std::max({dist2(a, b), dist2(a, c), dist2(b, c)});
    return A * A <= eps<T> * eps<T> * L ? 0 : A > 0 ? 1 : -1;
  }
}

}  // namespace geo
#endif

// hull/convex_hull.hpp: convex hull of a point set (Andrew's monotone chain).
// convex_hull(pts): the strict hull (every vertex a left turn); convex_hull<true>(pts) also
//   keeps every input point lying on the hull boundary. Duplicates are merged. Output is
//   counter-clockwise and starts at the lowest point (smallest y, then smallest x), the
//   AOJ CGL_4_A order. Faster for large n, same contract: hull/convex_hull_fast.hpp.
// Time O(n log n): sort by (y, x), split by the line lowest -> highest, one chain per side.
// Precision: long long exact for |x|,|y| <= 1e9 (asserted, as finiteness for floating T).
//   Floating: turns by orient, eps = a distance: a point within about eps of the line of
//   a hull edge counts as on it (kept by <true>, else dropped); if every point is within
//   eps of the line lowest -> highest the input counts as collinear (ordered by
//   projection on that line). Range as orient (|x|,|y| <= 3.9e5 for double, eps = 1e-9).
// Degenerate: none -> {}; all equal -> {p}; all collinear -> strict: the two ends
//   {lowest, other end}; <true>: every distinct point once, from the lowest to the other
//   end (not walked back). Floating: all within eps of the lowest -> {lowest}; the strict
//   hull drops the lowest point (and starts at its successor) when it is within eps of
//   its neighbours' line.
// Source: A. M. Andrew, "Another efficient algorithm for convex hulls", IPL 9 (1979).
#ifndef GEO_HULL_CONVEX_HULL_HPP
#define GEO_HULL_CONVEX_HULL_HPP

namespace geo {

// The hull of p, which is sorted by (y, x) without duplicates (convex_hull_fast uses it).
template <bool keep_collinear, class T>
std::vector<Point<T>> hull_of_sorted(std::vector<Point<T>> p) {
  const Point<T> lo = p[0], hi = p.back();  // split by the line lo -> hi
  std::vector<Point<T>> left;  // candidates left of lo -> hi; the right ones stay in p
  std::size_t right = 0;
  bool collinear = true;
  for (const Point<T>& q : p) {
    const int side = orient(lo, hi, q);
    if (side <= 0) p[right++] = q;
    if (side >= 0) left.push_back(q);
    collinear = collinear && side == 0;
  }
  p.resize(right);
  if (collinear) {  // one line: order along lo -> hi, the ends first and last
    if constexpr (!is_exact_v<T>)  // a point at the scale of eps
      if (std::all_of(p.begin(), p.end(), [&](const Point<T>& q) { return dist(lo, q) <= eps<T>; }))
        return {lo};
    const Point<T> d = hi - lo;
    std::stable_sort(p.begin(), p.end(),  // ties stay in (y, x) order
                     [&](const Point<T>& a, const Point<T>& b) { return d.dot(a) < d.dot(b); });
    if (!keep_collinear && p.size() > 2) p.erase(p.begin() + 1, p.end() - 1);
    return p;
  }
  std::reverse(left.begin(), left.end());  // (y, x) descending
  auto pops = [](int turn) { return keep_collinear ? turn < 0 : turn <= 0; };
  auto chain = [&](std::vector<Point<T>>& h) {  // in place: h[0..k) is the chain
    std::size_t k = 0;
    auto near_top = [&](const Point<T>& q) {  // floating: q is the top up to eps; skip q
      return !is_exact_v<T> && k >= 1 && (q - h[k - 1]).norm2() <= eps<T> * eps<T>;
    };  // keeps stacked neighbours > eps apart, so the edge directions below mean something
    for (std::size_t i = 0; i < h.size(); i++) {
      const Point<T> q = h[i];
      if (near_top(q)) continue;
      int turn = 1;
      while (k >= 2 && pops(turn = orient(h[k - 2], h[k - 1], q))) {
        // floating: q within eps of the last edge's line but behind its end: drop q
        if (!is_exact_v<T> && turn == 0 && (h[k - 1] - h[k - 2]).dot(q - h[k - 1]) <= 0) break;
        k--;
      }
      if (near_top(q)) continue;
      if (is_exact_v<T> || k < 2 || turn != 0 || i + 1 == h.size() ||
          (h[k - 1] - h[k - 2]).dot(q - h[k - 1]) > 0) {
        h[k++] = q;
      } else if (keep_collinear) {  // insert q in order along that edge (k <= i: room)
        const Point<T> d = h[k - 1] - h[k - 2];
        std::size_t j = k++;
        for (; j > 1 && d.dot(h[j - 1]) > d.dot(q); j--) h[j] = h[j - 1];
        h[j] = q;
      }
    }
    h.resize(k);
  };
  chain(p);     // right chain, lo up to hi
  chain(left);  // left chain, hi down to lo
  const std::size_t at_hi = p.size() - 1;
  p.insert(p.end(), left.begin() + 1, left.end() - 1);
  if constexpr (!is_exact_v<T>)  // floating: hi or lo may lie within eps of a hull edge
    for (std::size_t i : {at_hi, std::size_t(0)}) {
      const std::size_t n = p.size();
      if (!keep_collinear && n >= 3 && orient(p[(i + n - 1) % n], p[i], p[(i + 1) % n]) == 0)
        p.erase(p.begin() + static_cast<std::ptrdiff_t>(i));
    }
  return p;
}

template <bool keep_collinear = false, class T>
std::vector<Point<T>> convex_hull(std::vector<Point<T>> p) {
  if (p.empty()) return {};
  for (const auto& q : p) assert(in_range(q, 1000000000));
  std::sort(p.begin(), p.end(), [](const Point<T>& a, const Point<T>& b) {
    return a.y < b.y || (a.y == b.y && a.x < b.x);
  });
  p.erase(std::unique(p.begin(), p.end()), p.end());
  return hull_of_sorted<keep_collinear>(std::move(p));
}

}  // namespace geo
#endif
