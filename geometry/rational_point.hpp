// rational_point.hpp: exact rational points (x / d, y / d),
// as intersection_exact.hpp and halfplane_abc.hpp return them.
// frac_cmp(a, b, c, d): the sign of a / b - c / d (b, d > 0,
//   b, d < 2^63), exactly: products when |a|,|c| < 2^62 (then
//   < 2^125), else by continued fractions (no product).
// RatPoint{x, y, d}: the point (x / d, y / d), d > 0, in
//   wide_t<long long> (__int128), not reduced: compare points
//   with == and <, never the fields. == exact; < the exact (x,
//   y) order (frac_cmp); cmp(p): -1, 0, 1 in that order;
//   lattice(): an integer point (d divides x and y);
//   point<F>(): as Point<F> (default double), each coordinate
//   x / d with x and d rounded to F, then divided. An integer
//   point p: {p.x, p.y, 1}.
// Time: O(1); == and < O(1) on products, else O(log d).
// Precision: exact for 0 < d < 2^63 (frac_cmp's bound) and
//   any __int128 numerators. point<F>(): relative error <=
//   3u per coordinate (u of F, 2^-53 for double).
// Degenerate: a point has many representations (k x, k y, k
//   d): == and < treat them as one.
// Source: continued fractions for comparing fractions.
// Tests: unit rational_point_test; property
//   rational_point_prop; used by sweep/all_intersections.
#pragma once
#include "point.hpp"

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

struct RatPoint {  // (x / d, y / d), d > 0
  using W = wide_t<long long>;
  typedef RatPoint R;
  W x, y, d;
  int cmp(R p) const {  // the sign of (x, y) - p's
    int c = frac_cmp(x, d, p.x, p.d);
    return c ? c : frac_cmp(y, d, p.y, p.d);
  }
  bool operator==(R p) const { return !cmp(p); }
  bool operator<(R p) const { return cmp(p) < 0; }
  bool lattice() const { return x % d == 0 && y % d == 0; }
  template <class F = double> Point<F> point() const {
    return {F(x) / F(d), F(y) / F(d)};
  }
};

}  // namespace geo
