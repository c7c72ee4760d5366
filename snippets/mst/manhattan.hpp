// cpgeo mst/manhattan.hpp, hash 3645b7; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
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

// mst/kruskal.hpp: Kruskal's minimum spanning forest over a list of candidate edges.
// kruskal(n, cand) -> the edges of cand kept by Kruskal, as (weight, {u, v}) in increasing
//   weight: each joins two different components of the vertices 0 .. n-1. If the candidates
//   contain a minimum spanning tree of the complete graph (Delaunay edges, octant
//   neighbours), the result is one. Ties by {u, v}, so the result is deterministic.
// Time O(m log m) for m candidates (sort), then near-linear union-find (path halving).
// Precision: only weight comparisons: exact for integral weights, as rounded for floating.
// Source: J. B. Kruskal, "On the shortest spanning subtree of a graph", Proc. AMS 7 (1956).
#ifndef GEO_MST_KRUSKAL_HPP
#define GEO_MST_KRUSKAL_HPP

namespace geo {

template <class W>
std::vector<std::pair<W, std::array<int, 2>>> kruskal(std::size_t n, std::vector<std::pair<W, std::array<int, 2>>> cand) {
  std::sort(cand.begin(), cand.end());
  std::vector<int> up(n);  // union-find parent
  std::iota(up.begin(), up.end(), 0);
  auto find = [&up](int x) {
    while (up[std::size_t(x)] != x) x = up[std::size_t(x)] = up[std::size_t(up[std::size_t(x)])];
    return x;
  };
  std::size_t kept = 0;
  for (const auto& c : cand) {
    assert(c.second[0] >= 0 && std::size_t(c.second[0]) < n && c.second[1] >= 0 && std::size_t(c.second[1]) < n);
    const int a = find(c.second[0]), b = find(c.second[1]);
    if (a != b) up[std::size_t(a)] = b, cand[kept++] = c;
  }
  cand.resize(kept);
  return cand;
}

}  // namespace geo
#endif

// mst/manhattan.hpp: minimum spanning tree under the L1 (Manhattan) distance.
// manhattan_mst(p) -> {total weight, n - 1 edges {u, v}} (indices into p; {0, {}} for
//   n <= 1). Duplicates are joined by weight-0 edges. Any MST when there are ties.
// Method: for each point and each of the four closed octants {dy >= dx >= 0}, {dx >= dy >= 0},
//   {dx >= -dy >= 0}, {-dy >= dx >= 0} (dx = q.x - p.x, dy = q.y - p.y) keep an edge to the
//   L1-nearest point there; some MST uses only these <= 4n edges (two points in one octant of
//   p are no farther apart than the farther of them from p), then Kruskal. Each octant is
//   turned into the first (x, y), (y, x), (-y, x), (x, -y) and swept by y - x descending, with
//   a Fenwick tree of the minimum x + y over x >= p.x.
// Time O(n log n), memory O(n).
// Precision: long long exact for |x|,|y| <= 1e9 (sums <= 2e9 in magnitude, total weight
//   <= 4e9 (n - 1)). Floating: sums and differences rounded; no eps.
// Source: the octant lemma of H. Zhou, N. Shenoy, W. Nicholls, "Efficient minimum spanning
// tree construction without Delaunay triangulation", IPL 81(5), 2002.
#ifndef GEO_MST_MANHATTAN_HPP
#define GEO_MST_MANHATTAN_HPP

namespace geo {

template <class T>
std::pair<T, std::vector<std::array<int, 2>>> manhattan_mst(const std::vector<Point<T>>& p) {
  const int n = static_cast<int>(p.size());
  std::vector<std::pair<T, std::array<int, 2>>> cand;
  std::vector<Point<T>> q(p.size());
  std::vector<int> ord(p.size()), rank(p.size());
  std::vector<std::pair<T, int>> fen(p.size() + 1);  // (min x + y, index) over a prefix of ranks
  for (int pass = 0; pass < 4; pass++) {
    for (int i = 0; i < n; i++) {
      const Point<T>& a = p[size_t(i)];
      assert(in_range(a, 1000000000) && "manhattan_mst: coordinate out of range or NaN");
      q[size_t(i)] = pass == 0 ? a : pass == 1 ? Point<T>(a.y, a.x)
                   : pass == 2 ? Point<T>(-a.y, a.x) : Point<T>(a.x, -a.y);
    }
    std::iota(ord.begin(), ord.end(), 0);
    std::sort(ord.begin(), ord.end(), [&](int i, int j) {  // by x descending: ranks
      return q[size_t(i)].x > q[size_t(j)].x;
    });
    for (int k = 0; k < n; k++)
      rank[size_t(ord[size_t(k)])] =
          k > 0 && q[size_t(ord[size_t(k)])].x == q[size_t(ord[size_t(k - 1)])].x
              ? rank[size_t(ord[size_t(k - 1)])] : k + 1;
    std::sort(ord.begin(), ord.end(), [&](int i, int j) {  // y - x descending, then x descending
      const T ki = q[size_t(i)].y - q[size_t(i)].x, kj = q[size_t(j)].y - q[size_t(j)].x;
      return ki > kj || (ki == kj && q[size_t(i)].x > q[size_t(j)].x);
    });
    std::fill(fen.begin(), fen.end(), std::make_pair(T(0), -1));
    for (int i : ord) {
      const T s = q[size_t(i)].x + q[size_t(i)].y;
      std::pair<T, int> best(T(0), -1);  // nearest so far with x >= q[i].x
      for (int r = rank[size_t(i)]; r > 0; r -= r & -r)
        if (fen[size_t(r)].second >= 0 && (best.second < 0 || fen[size_t(r)].first < best.first))
          best = fen[size_t(r)];
      if (best.second >= 0) cand.push_back({best.first - s, {best.second, i}});
      for (int r = rank[size_t(i)]; r <= n; r += r & -r)
        if (fen[size_t(r)].second < 0 || s < fen[size_t(r)].first) fen[size_t(r)] = {s, i};
    }
  }
  std::pair<T, std::vector<std::array<int, 2>>> out{T(0), {}};
  for (const auto& [w, e] : kruskal(p.size(), std::move(cand))) out.first += w, out.second.push_back(e);
  return out;
}

}  // namespace geo
#endif
