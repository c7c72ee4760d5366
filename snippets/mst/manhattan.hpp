// cpgeo mst/manhattan.hpp, hash 11f5bc; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <cmath>
#include <limits>
#include <type_traits>
#include <algorithm>
#include <array>
#include <cassert>
#include <numeric>
#include <utility>
#include <vector>

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

// mst/kruskal.hpp: Kruskal's minimum spanning forest over
// candidate edges.
// kruskal(n, cand) -> the edges of cand that Kruskal keeps, as
//   (weight, {u, v}) by increasing weight, vertices 0 .. n-1
//   (asserted); ties by {u, v}, so deterministic. If cand
//   holds a minimum spanning tree of the complete graph
//   (Delaunay edges, octant neighbours), the result is one.
// Time: O(m log m) for m candidates (sort), then union-find
//   with path halving.
// Precision: weight comparisons only: exact for integral
//   weights, as rounded for floating.
// Degenerate: n = 0 or no candidates -> {}; self-loops are
//   never kept.
// Source: J. B. Kruskal, Proc. AMS 7 (1956).
// Tests: unit mst_kruskal_test (and the MST tests below).
#ifndef GEO_MST_KRUSKAL_HPP
#define GEO_MST_KRUSKAL_HPP

namespace geo {

template <class W>
std::vector<std::pair<W, std::array<int, 2>>> kruskal(
    size_t n,
    std::vector<std::pair<W, std::array<int, 2>>> c) {
  std::sort(c.begin(), c.end());
  std::vector<int> up(n);  // union-find parent
  std::iota(up.begin(), up.end(), 0);
  auto find = [&](int x) {
    for (int y; (y = up[size_t(x)]) != x; x = y)
      up[size_t(x)] = up[size_t(y)];
    return x;
  };
  size_t k = 0;
  for (auto& [w, e] : c) {
    for ([[maybe_unused]] int v : e)
      assert(v >= 0 && size_t(v) < n);
    int a = find(e[0]), b = find(e[1]);
    if (a != b) up[size_t(a)] = b, c[k++] = {w, e};
  }
  c.resize(k);
  return c;
}

}  // namespace geo
#endif

// mst/manhattan.hpp: minimum spanning tree under the L1
// (Manhattan) distance.
// manhattan_mst(p) -> {total weight, n - 1 edges {u, v}}
//   (indices into p). Ties: any MST. For each point and each
//   of the four closed octants {dy >= dx >= 0}, {dx >= dy >=
//   0}, {dx >= -dy >= 0}, {-dy >= dx >= 0} (d = q - p) keep
//   the edge to the L1-nearest point there (some MST uses only
//   these <= 4n edges), then Kruskal. Each octant is turned
//   into the first ((x, y), (y, x), (-y, x), (x, -y)) and
//   swept by y - x descending, with a Fenwick tree of the
//   minimum x + y over x >= p.x.
// Time: O(n log n), memory O(n).
// Precision: long long exact for |x|,|y| <= 1e9 (asserted;
//   sums <= 2e9, total <= 4e9 (n - 1)). Floating: sums and
//   differences rounded; no eps.
// Degenerate: n <= 1 -> {0, {}}; duplicates are joined by
//   weight-0 edges.
// Source: H. Zhou, N. Shenoy, W. Nicholls, IPL 81(5), 2002
//   (the octant lemma).
// Tests: unit mst_manhattan_test; property mst_manhattan_prop;
//   judge manhattanmst.
#ifndef GEO_MST_MANHATTAN_HPP
#define GEO_MST_MANHATTAN_HPP

namespace geo {

template <class T>
std::pair<T, std::vector<std::array<int, 2>>> manhattan_mst(
    const std::vector<Point<T>>& p) {
  const int n = static_cast<int>(p.size());
  std::vector<std::pair<T, std::array<int, 2>>> cand;
  std::vector<Point<T>> q(p.size());
  std::vector<int> ord(p.size()), rank(p.size());
  std::vector<std::pair<T, int>> fen(
      p.size() +
      1);  // (min x + y, index) over a prefix of ranks
  for (int pass = 0; pass < 4; pass++) {
    for (int i = 0; i < n; i++) {
      const Point<T>& a = p[size_t(i)];
      assert(in_range(a, 1000000000) &&
             "manhattan_mst: coordinate out of range or NaN");
      q[size_t(i)] = pass == 0   ? a
                     : pass == 1 ? Point<T>(a.y, a.x)
                     : pass == 2 ? Point<T>(-a.y, a.x)
                                 : Point<T>(a.x, -a.y);
    }
    std::iota(ord.begin(), ord.end(), 0);
    std::sort(ord.begin(), ord.end(),
              [&](int i, int j) {  // by x descending: ranks
                return q[size_t(i)].x > q[size_t(j)].x;
              });
    for (int k = 0; k < n; k++)
      rank[size_t(ord[size_t(k)])] =
          k > 0 && q[size_t(ord[size_t(k)])].x ==
                       q[size_t(ord[size_t(k - 1)])].x
              ? rank[size_t(ord[size_t(k - 1)])]
              : k + 1;
    std::sort(
        ord.begin(), ord.end(),
        [&](int i,
            int j) {  // y - x descending, then x descending
          const T ki = q[size_t(i)].y - q[size_t(i)].x,
                  kj = q[size_t(j)].y - q[size_t(j)].x;
          return ki > kj ||
                 (ki == kj && q[size_t(i)].x > q[size_t(j)].x);
        });
    std::fill(fen.begin(), fen.end(),
              std::make_pair(T(0), -1));
    for (int i : ord) {
      const T s = q[size_t(i)].x + q[size_t(i)].y;
      std::pair<T, int> best(
          T(0), -1);  // nearest so far with x >= q[i].x
      for (int r = rank[size_t(i)]; r > 0; r -= r & -r)
        if (fen[size_t(r)].second >= 0 &&
            (best.second < 0 ||
             fen[size_t(r)].first < best.first))
          best = fen[size_t(r)];
      if (best.second >= 0)
        cand.push_back({best.first - s, {best.second, i}});
      for (int r = rank[size_t(i)]; r <= n; r += r & -r)
        if (fen[size_t(r)].second < 0 ||
            s < fen[size_t(r)].first)
          fen[size_t(r)] = {s, i};
    }
  }
  std::pair<T, std::vector<std::array<int, 2>>> out{T(0), {}};
  for (const auto& [w, e] : kruskal(p.size(), std::move(cand)))
    out.first += w, out.second.push_back(e);
  return out;
}

}  // namespace geo
#endif
