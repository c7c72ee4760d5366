// cpgeo hull/convex_hull_fast.hpp, hash cb3ba4; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <cmath>
#include <limits>
#include <type_traits>
#include <algorithm>
#include <cassert>
#include <utility>
#include <vector>
#include <cstring>

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

// hull/convex_hull_fast.hpp: convex_hull's contract (hull/convex_hull.hpp), faster.
// convex_hull_fast(pts), convex_hull_fast<true>(pts): the same output as convex_hull(pts),
//   convex_hull<true>(pts) (order, start, degenerate cases, floating eps rules). Takes
//   pts by const& and copies only the points the pre-pass keeps.
// Time O(n log n); about 0.15x a std::sort of the input on uniform points, 0.4-0.6x with
//   every point on the hull. One pass drops the points strictly inside the 16-gon P of a
//   sample's extreme points in 16 directions (Akl-Toussaint; skipped when the sample says
//   it would drop < 1/4); the rest is sorted by (y, x) (radix sort for long long and
//   double) and goes to convex_hull's chains (hull_of_sorted).
// Precision: as convex_hull. long long: |x|,|y| <= 1e9 (asserted) keeps the pre-pass's
//   cross products below 8e18, its keys and levels below 2e11. Floating: the pre-pass
//   drops only points at least 2 eps inside P.
// Degenerate: as convex_hull.
// Source: S. G. Akl, G. T. Toussaint, IPL 7 (1978); radix sort: Knuth, TAOCP 3, 5.2.5;
//   order-preserving bits of a double: M. Herf, "Radix Tricks".
#ifndef GEO_HULL_CONVEX_HULL_FAST_HPP
#define GEO_HULL_CONVEX_HULL_FAST_HPP

namespace geo {

// Sorts p by (y, x). long long and double, n >= 512: LSD radix sort by y on 8-bit digits,
// skipping the digits every key shares, then each run of equal y sorted by x.
template <class T> void sort_by_y_then_x(std::vector<Point<T>>& p) {
  using U = unsigned long long;
  constexpr bool dbl = std::is_same_v<T, double>;
  if constexpr (dbl || std::is_same_v<T, long long>) {
    if (p.size() >= 512) {
      U base = ~U(0);  // long long: the key is y - min y (unsigned: any range)
      if constexpr (!dbl)
        for (const Point<T>& q : p) base = std::min(base, static_cast<U>(q.y) ^ U(1) << 63);
      auto key = [base](const Point<T>& q) {
        U u = static_cast<U>(q.y);
        if constexpr (dbl) {
          if (q.y == 0) return U(1) << 63;  // -0.0 as +0.0
          std::memcpy(&u, &q.y, sizeof u);
          return u >> 63 ? ~u : u | U(1) << 63;  // negatives reversed, below the positives
        }
        return (u ^ U(1) << 63) - base;
      };
      std::vector<std::size_t> cnt(8 * 257);
      for (const Point<T>& q : p)
        for (U k = key(q), d = 0; d < 8; d++, k >>= 8) cnt[d * 257 + (k & 255) + 1]++;
      std::vector<Point<T>> tmp(p.size());
      for (U d = 0; d < 8; d++) {
        std::size_t* c = &cnt[d * 257];
        if (c[(key(p[0]) >> 8 * d & 255) + 1] == p.size()) continue;  // a digit all share
        for (int b = 0; b < 256; b++) c[b + 1] += c[b];
        for (const Point<T>& q : p) tmp[c[key(q) >> 8 * d & 255]++] = q;
        p.swap(tmp);
      }
      for (auto i = p.begin(), j = i; i != p.end(); i = j) {  // ties in y: by x
        while (++j != p.end() && j->y == i->y) {}
        if (j - i > 1) std::sort(i, j, [](const Point<T>& a, const Point<T>& b) { return a.x < b.x; });
      }
      return;
    }
  }
  std::sort(p.begin(), p.end(), [](const Point<T>& a, const Point<T>& b) {
    return a.y < b.y || (a.y == b.y && a.x < b.x);
  });
}

template <bool keep_collinear = false, class T>
std::vector<Point<T>> convex_hull_fast(const std::vector<Point<T>>& pts) {
  if (pts.empty()) return {};
  for (const auto& q : pts) assert(in_range(q, 1000000000));
  // Pre-pass. P: the extremes of a sample in 16 directions (a, b), key a x + b y, from -90
  // degrees counter-clockwise (consecutive repeats removed); points strictly inside P go.
  // Q: the 16-gon {key_k < lev_k for all k} (16 comparisons, no products), the polygon of
  // the sample's support lines shrunk towards P's centroid by a factor lambda, the largest
  // of 31/32, ..., 1/2 for which Q's vertices are strictly inside P (else Q is empty). Then
  // Q lies strictly inside P (every edge of Q lies between two checked vertices): it only
  // decides the bulk of the points faster, with no products.
  constexpr int D = 16;  // dir[k + 8] = -dir[k]
  static constexpr int dir[D][2] = {{0, -1}, {1, -2}, {1, -1}, {2, -1}, {1, 0}, {2, 1}, {1, 1}, {1, 2},
                                    {0, 1}, {-1, 2}, {-1, 1}, {-2, 1}, {-1, 0}, {-2, -1}, {-1, -1}, {-1, -2}};
  auto keys = [](const Point<T>& q, T* key) {  // key[k] = dir[k] . q, by sums
    const T s = q.x + q.y, d = q.x - q.y;
    const T k[D / 2] = {-q.y, d - q.y, d, d + q.x, q.x, s + q.x, s, s + q.y};
    for (int i = 0; i < D / 2; i++) key[i] = k[i], key[i + D / 2] = -k[i];
  };
  T best[D], key[D];
  Point<T> ext[D];
  const std::size_t stride = pts.size() / 1024 + 1;
  for (std::size_t i = 0; i < pts.size(); i += stride) {
    keys(pts[i], key);
    for (int k = 0; k < D; k++)
      if (i == 0 || key[k] > best[k]) best[k] = key[k], ext[k] = pts[i];
  }
  std::vector<Point<T>> poly;
  for (const Point<T>& e : ext)
    if (poly.empty() || e != poly.back()) poly.push_back(e);
  while (poly.size() > 1 && poly.back() == poly[0]) poly.pop_back();
  const int m = static_cast<int>(poly.size());
  Point<T> edge[D], start[D], c, lb = poly[0], ub = poly[0];  // c: centroid, [lb, ub]: box
  T margin[D];  // q is inside P iff edge[k].cross(q - start[k]) > margin[k] for every k
  for (int k = 0; k < D; k++) {  // fewer than D edges: repeat edge 0; fewer than 3: none
    const Point<T>* o = poly.data();
    start[k] = m >= 3 ? o[k < m ? k : 0] : pts[0];
    edge[k] = m >= 3 ? o[k + 1 < m ? k + 1 : (k < m ? 0 : 1)] - start[k] : Point<T>();
    margin[k] = T(0);
    if constexpr (!is_exact_v<T>) margin[k] = 2 * eps<T> * edge[k].norm();
  }
  for (const Point<T>& v : poly) {
    c += v;
    lb = {std::min(lb.x, v.x), std::min(lb.y, v.y)}, ub = {std::max(ub.x, v.x), std::max(ub.y, v.y)};
  }
  c = c / T(m);
  auto inside = [&](const Point<T>& q, int f) {  // long long: |cross| <= 2 (2e9)^2 < 2^63
    bool in = true;
    for (int k = 0; k < D; k++) in &= edge[k].cross(q - start[k]) > T(f) * margin[k];
    return in;
  };
  T lev[D], kc[D];
  keys(c, kc);
  for (int num : {31, 30, 29, 28, 27, 26, 25, 24, 22, 20, 16, 0}) {  // lambda = num / 32; 0: Q empty
    bool ok = true;
    for (int k = 0; k < D; k++) lev[k] = kc[k] + (best[k] - kc[k]) * T(num) / T(32);
    for (int k = 0; k < D && ok; k++) {  // vertex on lines k, k + 1 (determinant 1)
      const int* a = dir[k];
      const int* b = dir[(k + 1) % D];
      const Point<T> v{lev[k] * T(b[1]) - lev[(k + 1) % D] * T(a[1]),
                       lev[(k + 1) % D] * T(a[0]) - lev[k] * T(b[0])};
      ok = lb.x <= v.x && v.x <= ub.x && lb.y <= v.y && v.y <= ub.y && inside(v, 2);
    }  // floating: twice the margin covers the rounding of lev and v
    if (ok) break;
  }
  using U = unsigned long long;  // long long: lo < key < hi as one unsigned comparison
  U width[D / 2] = {};
  if constexpr (std::is_same_v<T, long long>)
    for (int k = 0; k < D / 2; k++)
      if (-lev[k + D / 2] < lev[k]) width[k] = static_cast<U>(lev[k] + lev[k + D / 2] - 1);
  auto between = [&](T t, int k) -> int {  // -lev[k + 8] < t < lev[k]
    if constexpr (std::is_same_v<T, long long>) return static_cast<U>(t + lev[k + D / 2] - 1) < width[k];
    else return (-lev[k + D / 2] < t) && (t < lev[k]);
  };
  auto in_q = [&](const Point<T>& q) {
    const T s = q.x + q.y, d = q.x - q.y;
    return between(-q.y, 0) & between(d - q.y, 1) & between(d, 2) & between(d + q.x, 3) &
           between(q.x, 4) & between(s + q.x, 5) & between(s, 6) & between(s + q.y, 7);
  };
  std::size_t sampled = 0, sample_inside = 0;
  for (std::size_t i = 0; i < pts.size(); i += stride) sampled++, sample_inside += inside(pts[i], 1);
  std::vector<Point<T>> p;  // pass 1, unless the sample says it drops little
  if (4 * sample_inside >= sampled) {
    for (const Point<T>& q : pts)
      if (!in_q(q) && !inside(q, 1)) p.push_back(q);
  } else {
    p = pts;
  }
  sort_by_y_then_x(p);
  p.erase(std::unique(p.begin(), p.end()), p.end());
  return hull_of_sorted<keep_collinear>(std::move(p));
}

}  // namespace geo
#endif
