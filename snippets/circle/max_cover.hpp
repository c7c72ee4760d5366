// cpgeo circle/max_cover.hpp, hash aab6b8; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <cmath>
#include <algorithm>
#include <cassert>
#include <tuple>
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

// circle/max_cover.hpp: the most points a closed disc of
// radius R covers (points on its circle and repeated points
// all count).
// max_cover(P, R) -> int: 0 for empty P, else >= 1.
// How: an optimal disc can be moved until a point p is on its
//   circle; its centre is then p + R (cos t, sin t), and q (v
//   = q - p, 0 < |v| <= 2R) is covered for t in [phi - a, phi
//   + a], phi = arg v, a = acos(|v| / 2R): events at the
//   directions v |v|^2 -+ perp(v) sqrt(S), S = |v|^2 (4R^2 -
//   |v|^2), swept counter-clockwise from angle 0 with entries
//   before exits at one direction (a closed disc).
// Time: O(n^2 log n).
// Precision: long long: exact for |x|,|y| <= 1e9 and R <= 2e4
//   (asserted). Events are sorted by a double key (the angle,
//   error < 2e-11), then every run of keys closer than 1e-9 is
//   re-sorted exactly: the half-plane of an event and the sign
//   of the cross product of two are signs of a sqrt(A) + b
//   sqrt(B) with integers, by one squaring in __int128
//   (largest term 1024 R^8 <= 1.7e38). So three points on one
//   circle of radius R and pairs exactly 2R apart are ties,
//   found exactly (docs: the derivation).
//   Floating: eps is a LENGTH: the sweep runs with radius R +
//   eps and each angle interval widened by eps / 2 (R + eps):
//   the answer k has cover(R) <= k <= cover(R + 2 eps), cover
//   exact on the given numbers, while R <= eps / (64u) (1.4e5
//   at eps 1e-9, u = 2^-53).
// Degenerate: empty P: 0; R = 0: the most repeated point;
//   equal points always counted together; collinear points
//   fine. Asserts R >= 0 and every point in range.
// Source: the angular sweep of the classic "Circle and
//   Points" (AOJ 1132, POJ 1981); the exact comparison is ours
//   (docs).
// Tests: unit circle_max_cover_test; property
//   circle_max_cover_prop; judge max_points_in_circle.
#ifndef GEO_CIRCLE_MAX_COVER_HPP
#define GEO_CIRCLE_MAX_COVER_HPP

// sign of a sqrt(A) + b sqrt(B), A, B >= 0 (exact in W)
template <class W> int sgn2(W a, W A, W b, W B) {
  int i = A > 0 ? (a > 0) - (a < 0) : 0,
      j = B > 0 ? (b > 0) - (b < 0) : 0;
  W x = a * a * A, y = b * b * B;
  return i == j || !j ? i : !i ? j : i * ((x > y) - (x < y));
}
template <class T>
int max_cover(const std::vector<Point<T>>& P, T R) {
  using F = real_t<T>;
  using W = wide_t<T>;
  using E = std::tuple<F, int, int, Point<T>>;  // key (the
  // angle), -1 entry / 1 exit, half (exact T: in [pi, 2pi)), v
  F r = F(R) + F(eps<T>), pi = std::acos(F(-1));
  T w = 4 * R * R;
  auto ev = [&](Point<T> v, int s) {
    T D = v.norm2();
    int y = sgn2<W>(v.y, D, s * v.x, w - D),  // u.v = D > 0:
        h = is_exact_v<T> &&
            (y < 0 || (!y && v.x < 0));  // u.x ~ v.x
    F a = std::atan2(F(v.y), F(v.x)) +
          s * (std::acos(
                   std::min(std::sqrt(F(D)) / 2 / r, F(1))) +
               F(eps<T>) / 2 / r);
    a -= 2 * pi * std::round((a - pi / 2 - pi * h) / 2 / pi);
    return E{a, s, h, v};
  };
  // exact T: by the sign of e.u x f.u (docs)
  auto lt = [&](const E& e, const E& f) {
    if constexpr (!is_exact_v<T>) return e < f;
    auto& [a, s, h, v] = e;
    auto& [b, t, g, z] = f;
    W D = v.norm2(), B = z.norm2(), G = w - D, H = w - B,
      M = D * B, C = v.cross(z), d = v.dot(z), q = s * t;
    int x = sgn2<W>(1, M, q, G * H),
        c = x * sgn2<W>(C, 1, 0, 0),
        k = t * sgn2<W>(1, D * H, -q, B * G) *
            sgn2<W>(d, 1, 0, 0);
    if (k && c != k)
      c = c ? c * sgn2<W>(x * M - w * (d < 0 ? -d : d), 1,
                          x * q, M * G * H)
            : k;
    return h != g ? h < g : c ? c > 0 : s < t;
  };
  int best = 0;
  for (auto p : P) {
    std::vector<E> V;
    int k = 0;
    for (auto q : P) {
      assert(R >= 0 && (!is_exact_v<T> || R <= T(2e4)) &&
             in_range(q, 1e9));
      T D = dist2(q, p);
      if (D == 0) k++;
      else if (F(D) <= 4 * r * r)  // exact T: D <= 4R^2
        V.push_back(ev(q - p, -1)), V.push_back(ev(q - p, 1)),
            k += lt(V.back(), V.end()[-2]);  // wraps past 0
    }
    std::sort(V.begin(), V.end());
    for (auto i = V.begin(), j = i;
         is_exact_v<T> && i != V.end(); i = j) {
      while (++j != V.end() &&
             std::get<0>(*j) - std::get<0>(j[-1]) < 1e-9) {}
      std::sort(i, j, lt);  // runs of near keys, exactly
    }
    best = std::max(best, k);
    for (auto& [a, s, h, v] : V) best = std::max(best, k -= s);
  }
  return best;
}

#endif

}  // namespace geo
