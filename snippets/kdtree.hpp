// cpgeo kdtree.hpp, hash 0024a2; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <cmath>
#include <algorithm>
#include <cassert>
#include <queue>
#include <utility>
#include <vector>

namespace geo {

// scalar.hpp: the scalar rules every header decides with.
// is_exact_v<T>: T is not floating (integers, multiprecision).
// eps<T>: a LENGTH; 0 for exact T, 1e-9 for floating T;
//   change it at run time: geo::eps<double> = 1e-7 (never
//   for exact T).
// sgn(x): sign with eps (apply it to lengths, never to raw
//   products).
// wide_t<T>: __int128 for integers (degree-3/4 terms), else T.
// real_t<T>: type of lengths and angles (double for exact T).
// Time: O(1) each.
// Precision: sgn is exact for exact T (eps 0: the sign); for
//   floating T, |x| <= eps is 0 (a sound test only for a
//   length whose rounding error is below eps / 2; the ranges:
//   docs/eps.md).
// Degenerate: sgn(NaN) is 0 (NaN compares false).
// Source: tourist's algo library (eps 0 for integers); KACTL
//   (one template for every type).
// Tests: unit scalar_test; property scalar_prop.
#ifndef GEO_SCALAR_HPP
#define GEO_SCALAR_HPP

template <class T> constexpr bool is_exact_v =
    !std::is_floating_point_v<T>;
template <class T> inline T eps = T(is_exact_v<T> ? 0 : 1e-9);
template <class T> int sgn(const T& x) {
  return x > eps<T> ? 1 : x < -eps<T> ? -1 : 0;
}
__extension__ template <class T> using wide_t =  // products
    std::conditional_t<std::is_integral_v<T>, __int128, T>;
template <class T> using real_t =
    std::conditional_t<is_exact_v<T>, double, T>;

#endif

// point.hpp: Point<T>, a 2-D point or vector. It stands on
// the scalar rules (eps, sgn, wide_t, real_t: scalar.hpp).
// in_range(p, bound): debug precondition: finite (floating),
//   |x|,|y| <= bound (integers), else true. A number r:
//   in_range(Point<T>(r), bound).
// Point: + - * /, dot, cross, cross(a, b), norm2, norm, perp;
//   ==, != and < exact, < lexicographic (for sort, set, map;
//   "same up to eps" is dist(a, b) <= eps). Point<Q>(p):
//   explicit conversion, each coordinate cast to Q (long long
//   to double rounds once; double to long long truncates).
//   dist2(a, b), dist(a, b): hidden friends, call them
//   unqualified. No +=, -=, unary minus or unit() (kept
//   short): write a = a + b, p * -1, p / p.norm(). angle and
//   rotate: polar.hpp.
// Time: O(1) each.
// Precision: long long: exact in the coordinate range, |x|,|y|
//   <= 1e9 (docs/eps.md; in_range(p, 1e9)): cross(a, b), dist2
//   <= 8e18; dot, cross, norm2 of vectors to 2e9. / of
//   integers truncates. Floating: rounding only, no eps.
// Degenerate: p / p.norm() of the zero vector is (NaN, NaN).
// Source: KACTL Point.h (one template for every type).
// Tests: unit point_test; property point_prop.
#ifndef GEO_POINT_HPP
#define GEO_POINT_HPP

template <class T> struct Point {
  typedef Point P;
  T x, y;
  Point(const T& a = 0, const T& b = 0) : x(a), y(b) {}
  template <class U>  // Point<double>(q): each coordinate cast
  explicit Point(Point<U> p) : P(T(p.x), T(p.y)) {}
  P operator+(P p) const { return {x + p.x, y + p.y}; }
  P operator-(P p) const { return {x - p.x, y - p.y}; }
  P operator*(const T& k) const { return {x * k, y * k}; }
  P operator/(const T& k) const { return {x / k, y / k}; }
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
  P perp() const { return {-y, x}; }  // +90 degrees, exact
  friend T dist2(P a, P b) { return (a - b).norm2(); }
  friend auto dist(P a, P b) { return (a - b).norm(); }
};

template <class T> bool in_range(Point<T> p, long long b) {
  if constexpr (std::is_integral_v<T>)
    return -b <= p.x && p.x <= b && -b <= p.y && p.y <= b;
  return (p - p).norm2() == 0;  // finite
}

#endif

// kdtree.hpp: KDTree<T>, a 2-d tree over a static point set:
// nearest, k nearest, points in a rectangle or a disc.
// KDTree<T> t(P): the tree over a copy of P; every answer is
//   an index into P. Precondition (asserted): every point and
//   query point finite; long long in the coordinate range.
// t.nearest(q, s = -1): the index of a point nearest q other
//   than index s (nearest(P[i], i): another point nearest
//   P[i]); ties: any of them; -1 if there is none.
// t.knn(q, k, s = -1): the indices of min(k, n') points
//   nearest q (n' = the points other than s), by increasing
//   distance; ties: any order; k >= 0 (asserted).
// t.rect(lo, hi): the indices of the points with lo.x <= x <=
//   hi.x and lo.y <= y <= hi.y (closed; lo, hi any values),
//   in no order.
// t.within(q, r): the indices of the points at distance <= r
//   from q (closed), in no order; r >= 0 (asserted).
// Time: build O(n log n); nearest: expected O(log n) on random
//   points, knn O((log n + k) log k); rect, within: O(sqrt n +
//   m) for m answers on random points; any query at most O(n).
// Precision: compares squared distances, no eps. long long:
//   exact in the coordinate range (docs/eps.md): dist2 <=
//   8e18; within compares with r * r in wide_t (any r).
//   Floating (u = 2^-53 for double; no underflow): nearest's
//   squared distance is at most (1 + 9u) times the minimum;
//   within reports every dist2 <= r^2 (1 - 6u) and none >
//   r^2 (1 + 6u); rect compares coordinates only: exact.
// Degenerate: n = 0: -1 and empty lists; n = 1: nearest(q, 0)
//   is -1; duplicates: distance 0 (a copy of P[i] is
//   nearest(P[i], i)); all equal or all collinear: each split
//   halves its range (the median of the box's wider side),
//   depth log2(n / 8) (leaves of at most 8 points).
// Source: J. L. Bentley, "Multidimensional binary search trees
//   used for associative searching" (CACM 1975); J. H.
//   Friedman, J. L. Bentley, R. A. Finkel, "An algorithm for
//   finding best matches in logarithmic expected time" (TOMS
//   1977); KACTL kdTree.h (split the wider side).
// Tests: unit kdtree_test; property kdtree_prop; judge
//   nearest_neighbors; bench kdtree_bench.
#ifndef GEO_KDTREE_HPP
#define GEO_KDTREE_HPP

template <class T> struct KDTree {
  typedef Point<T> P;
  struct N {
    P p;
    int i;
    bool y;  // splits on y
  };
  std::vector<N> t;  // node m of [l, r) is t[(l + r) / 2]
  static T at(P a, bool y) { return y ? a.y : a.x; }
  KDTree(const std::vector<P>& Q) {
    for (P p : Q)
      assert(in_range(p, 1000000000)),
          t.push_back({p, int(t.size()), 0});
    build(0, t.size());
  }
  void build(size_t l, size_t r) {  // leaves: 8 points
    if (r - l <= 8) return;
    P lo = t[l].p, hi = lo;
    for (size_t k = l; k < r; k++) {
      P q = t[k].p;
      lo = {std::min(lo.x, q.x), std::min(lo.y, q.y)};
      hi = {std::max(hi.x, q.x), std::max(hi.y, q.y)};
    }
    size_t m = (l + r) / 2;
    bool y = hi.x - lo.x < hi.y - lo.y;
    std::nth_element(
        &t[l], &t[m], t.data() + r,
        [y](N& a, N& b) { return at(a.p, y) < at(b.p, y); });
    t[m].y = y, build(l, m), build(m + 1, r);
  }
  // g(node) at each node; the side of q first (L: the left),
  // the other side iff far(node, L)
  template <class G, class F>
  void walk(size_t l, size_t r, P q, G& g, F& far) const {
    if (r - l <= 8) {
      for (size_t k = l; k < r; k++) g(t[k]);
      return;
    }
    size_t m = (l + r) / 2;
    const N& n = t[m];
    g(n);
    bool L = at(q, n.y) < at(n.p, n.y);
    walk(L ? l : m + 1, L ? m : r, q, g, far);
    if (far(n, L)) walk(L ? m + 1 : l, L ? r : m, q, g, far);
  }
  static T e2(const N& n, P q) {  // to n's split line, squared
    T e = at(q, n.y) - at(n.p, n.y);
    return e * e;
  }
  int nearest(P q, int s = -1) const {
    assert(in_range(q, 1000000000));
    T b = 0;
    int r = -1;
    auto g = [&](const N& n) {
      T d = dist2(n.p, q);
      if (n.i != s && (r < 0 || d < b)) b = d, r = n.i;
    };
    auto far = [&](const N& n, bool) {
      return r < 0 || e2(n, q) < b;
    };
    walk(0, t.size(), q, g, far);
    return r;
  }
  std::vector<int> knn(P q, int k, int s = -1) const {
    assert(in_range(q, 1000000000) && k >= 0);
    std::priority_queue<std::pair<T, int>> h;
    auto g = [&](const N& n) {
      if (n.i != s) h.push({dist2(n.p, q), n.i});
      if (int(h.size()) > k) h.pop();
    };
    auto far = [&](const N& n, bool) {
      return int(h.size()) < k ||
             (k && e2(n, q) < h.top().first);
    };
    walk(0, t.size(), q, g, far);
    std::vector<int> r(h.size());
    for (size_t j = r.size(); j--; h.pop())
      r[j] = h.top().second;
    return r;
  }
  std::vector<int> within(P q, T r) const {
    assert(in_range(q, 1000000000) && r >= 0);
    std::vector<int> o;
    wide_t<T> r2 = wide_t<T>(r) * r;
    auto g = [&](const N& n) {
      if (dist2(n.p, q) <= r2) o.push_back(n.i);
    };
    auto far = [&](const N& n, bool) {
      return e2(n, q) <= r2;
    };
    walk(0, t.size(), q, g, far);
    return o;
  }
  std::vector<int> rect(P lo, P hi) const {
    std::vector<int> o;
    auto g = [&](const N& n) {
      P p = n.p;
      if (lo.x <= p.x && p.x <= hi.x && lo.y <= p.y &&
          p.y <= hi.y)
        o.push_back(n.i);
    };
    auto far = [&](const N& n, bool L) {  // the right iff L
      T c = at(n.p, n.y);
      return L ? c <= at(hi, n.y) : c == at(lo, n.y);
    };
    walk(0, t.size(), lo, g, far);
    return o;
  }
};

#endif

}  // namespace geo
