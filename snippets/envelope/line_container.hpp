// cpgeo envelope/line_container.hpp, hash ed6648; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <cmath>
#include <cassert>
#include <functional>
#include <iterator>
#include <set>

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

// envelope/line_container.hpp: LineContainer<T>, the lower
// (or upper) envelope of lines y = k x + m under insertion:
// the convex hull trick, online.
// LineContainer<T> c (c(true): the maximum): no lines.
// c.add(k, m): adds the line y = k x + m, in any order.
// c.query(x): the minimum (maximum) of k x + m over the lines
//   added so far; at least one line (asserted).
// c.size(): the lines on the envelope (hidden ones are gone).
// Time: O(log n) amortized add, O(log n) query.
// Precision: long long: exact for |k|, |x| <= 1e9, |m| <=
//   1e18 (asserted): values |k x + m| <= 2e18; the hidden-
//   line test and the breakpoints compare products of a slope
//   and an intercept difference (<= 4e27) in __int128.
//   Floating: the same tests rounded: the answer is the value
//   of a line that is optimal up to rounding.
// Degenerate: equal slopes: the better line only; equal
//   lines: one; a line through the crossing of its neighbours
//   is hidden (the envelope is the same).
// Source: the dynamic convex hull trick (folklore; e.g. cp-
//   algorithms "Convex hull trick and Li Chao tree"): a set by
//   slope, a line hidden iff its neighbours cross above it.
// Tests: unit envelope_line_container_test; property
//   envelope_prop; judge line_add_get_min.
#ifndef GEO_ENVELOPE_LINE_CONTAINER_HPP
#define GEO_ENVELOPE_LINE_CONTAINER_HPP

template <class T> struct EnvLine {
  T k, m;
  mutable T n = 0, d = 0;  // breakpoint n / d, d = 0: none
  bool operator<(const EnvLine& o) const { return k < o.k; }
  bool operator<(T x) const {  // ends before x
    return d > 0 && wide_t<T>(n) < wide_t<T>(x) * d;
  }
};

// the maximum envelope of the lines (s k, s m), s = -1 for
// the minimum
template <class T> struct LineContainer {
  std::set<EnvLine<T>, std::less<>> L;
  T s;
  explicit LineContainer(bool maximum = false)
      : s(maximum ? 1 : -1) {}
  size_t size() const { return L.size(); }
  // b, between a and c by slope, is nowhere strictly highest
  static bool hidden(const EnvLine<T>& a, const EnvLine<T>& b,
                     const EnvLine<T>& c) {
    using W = wide_t<T>;
    return W(b.k - a.k) * (a.m - c.m) <=
           W(a.m - b.m) * (c.k - a.k);
  }
  void add(T k, T m) {
    assert(in_range(Point<T>(k), 1000000000) &&
           in_range(Point<T>(m), 1000000000000000000));
    EnvLine<T> f{s * k, s * m};
    auto it = L.lower_bound(f);
    if (it != L.end() && it->k == f.k) {
      if (it->m >= f.m) return;
      it = L.erase(it);
    }
    if (it != L.begin() && it != L.end() &&
        hidden(*std::prev(it), f, *it))
      return;
    it = L.insert(it, f);
    for (auto c = std::next(it); c != L.end() &&
                                 std::next(c) != L.end() &&
                                 hidden(f, *c, *std::next(c));)
      c = L.erase(c);
    while (it != L.begin() && std::prev(it) != L.begin() &&
           hidden(*std::prev(it, 2), *std::prev(it), f))
      L.erase(std::prev(it));
    for (auto a = it == L.begin() ? it : std::prev(it);
         a != L.end() && a != std::next(it); a++) {
      auto b = std::next(a);  // a's breakpoint against b
      if (b == L.end()) a->d = 0;
      else a->n = a->m - b->m, a->d = b->k - a->k;
    }
  }
  T query(T x) const {
    assert(!L.empty() && in_range(Point<T>(x), 1000000000));
    auto l = *L.lower_bound(x);
    return s * (l.k * x + l.m);
  }
};

#endif

}  // namespace geo
