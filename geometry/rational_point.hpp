// rational_point.hpp: exact rational points (x / d, y / d)
// and the exact crossing point of two lines through integer
// points.
// frac_cmp(a, b, c, d): the sign of a / b - c / d (b, d > 0,
//   b, d < 2^63), exactly: products when |a|,|c| < 2^62 (then
//   < 2^125), else by continued fractions (no product).
// RatPoint(x, y, d): the point (x / d, y / d), d != 0
//   (asserted), in wide_t<long long> (__int128), kept REDUCED:
//   d > 0 and gcd(x, y, d) = 1, so one point has one
//   representation. RatPoint(p): an integer point, d = 1.
//   ==, != exact; < the exact (x, y) order (frac_cmp);
//   lattice(): an integer point (d == 1); point<F>(): as
//   Point<F> (default double), each coordinate x / d with x
//   and d rounded to F, then divided.
// cross_point_exact(a, b, c, d): the point of line ab on line
//   cd, (b - a) x (d - c) != 0 (asserted: not parallel), as a
//   RatPoint: a + (b - a) N / D, N = (c - a) x (d - c), D =
//   (b - a) x (d - c). Integer coordinates (static_assert).
// Time: O(1); the constructor's gcd and frac_cmp O(log d).
// Precision: exact. cross_point_exact: |x|,|y| <= 1e9
//   (in_range, asserted): |D|, |N| <= 8e18, numerators
//   |a D + (b - a) N| <= 2.4e28 < 1.7e38. RatPoint: d < 2^63
//   after reduction (asserted; frac_cmp's bound). point<F>():
//   relative error <= 3u per coordinate (u of F, 2^-53).
// Degenerate: parallel or equal lines, a == b or c == d:
//   asserted (D = 0); for segments use segment_exact.hpp.
// Source: Cramer's rule; continued fractions for comparing
//   fractions (as in sweep/all_intersections.hpp's events).
// Tests: unit rational_point_test; property
//   rational_point_prop; judge via halfplane_abc_prop.
#pragma once
#include "point.hpp"
#include <cassert>
#include <type_traits>

namespace geo {

template <class W> int frac_cmp(W a, W b, W c, W d) {
  W m = W(1) << 62;
  if (-m < a && a < m && -m < c && c < m)
    return (a * d > c * b) - (a * d < c * b);
  W p = a / b - (a % b < 0), q = c / d - (c % d < 0);
  if (p != q) return p < q ? -1 : 1;
  a -= p * b, c -= q * d;  // 0 <= a < b, 0 <= c < d
  return !a || !c ? (a > 0) - (c > 0) : frac_cmp(d, c, b, a);
}

struct RatPoint {
  using W = wide_t<long long>;
  W x, y, d;
  static W gcd(W a, W b) {
    return b ? gcd(b, a % b) : a < 0 ? -a : a;
  }
  RatPoint(W X, W Y, W D) {
    assert(D != 0);
    W g = gcd(gcd(X, Y), D) * (D < 0 ? -1 : 1);
    x = X / g, y = Y / g, d = D / g;
    assert(d < W(1) << 63);
  }
  template <class T> explicit RatPoint(Point<T> p)
      : RatPoint(p.x, p.y, 1) {}
  bool operator==(const RatPoint& p) const {
    return x == p.x && y == p.y && d == p.d;
  }
  bool operator!=(const RatPoint& p) const {
    return !(*this == p);
  }
  bool operator<(const RatPoint& p) const {
    int c = frac_cmp(x, d, p.x, p.d);
    return c ? c < 0 : frac_cmp(y, d, p.y, p.d) < 0;
  }
  bool lattice() const { return d == 1; }
  template <class F = double> Point<F> point() const {
    return {F(x) / F(d), F(y) / F(d)};
  }
};

template <class T>
RatPoint cross_point_exact(Point<T> a, Point<T> b, Point<T> c,
                           Point<T> d) {
  static_assert(std::is_integral_v<T>, "integer points");
  for ([[maybe_unused]] auto p : {a, b, c, d})
    assert(in_range(p, 1000000000));
  using W = RatPoint::W;
  Point<W> u(b - a), e(d - c);
  W D = u.cross(e), N = Point<W>(c - a).cross(e);
  assert(D != 0 && "parallel lines");
  return {a.x * D + u.x * N, a.y * D + u.y * N, D};
}

}  // namespace geo
