// circle/triangle.hpp: the circumcircle and the incircle of a triangle. O(1). Circle<real_t<T>>.
// circumcircle(a, b, c): centre a + N / D, N = (v.y |u|^2 - u.y |v|^2, u.x |v|^2 - v.x |u|^2),
//   D = 2 u x v (u = b - a, v = c - a); radius |u| |v| |b - c| / |D|.
//   Precondition: D != 0, i.e. not exactly collinear (asserted: pitfall 9). Nearly
//   collinear points give a huge, ill-conditioned circle (condition ~ 1 / sin(smallest angle)).
// incircle(a, b, c): centre (la a + lb b + lc c) / (la + lb + lc), la = |b - c| etc.; radius
//   |u x v| / (la + lb + lc) (twice the area over the perimeter). Collinear points give r = 0
//   and a centre on the segment; precondition: not all three equal (asserted).
// Precision (u = 2^-53). long long: N (degree 3) and D exact in __int128 for |x|,|y| <= 1e9,
//   each rounded once: circumcentre error <= 3u (|a| + r), radius relative error <= 6u.
//   incircle: lengths rounded once each, error <= 8u (|a| + longest side). Floating:
//   circumcircle error <= 16u (|a| + r) times (longest side)^2 / |D|, incircle as above.
// Source: Coxeter, "Introduction to Geometry", 1.5 and 1.4 (circumcentre, incentre).
#pragma once
#include "circle.hpp"
#include <cassert>
#include <cmath>

namespace geo {

template <class T>
Circle<real_t<T>> circumcircle(const Point<T>& a, const Point<T>& b, const Point<T>& c) {
  using R = real_t<T>;
  using W = wide_t<T>;
  assert(in_range(a, 1000000000) && in_range(b, 1000000000) && in_range(c, 1000000000));
  const Point<T> u = b - a, v = c - a;
  const W D = W(u.cross(v)) * 2, uu = W(u.norm2()), vv = W(v.norm2());
  assert(D != 0 && "circumcircle of collinear points");
  const W nx = W(v.y) * uu - W(u.y) * vv, ny = W(u.x) * vv - W(v.x) * uu;
  const R den = static_cast<R>(D);
  return {{static_cast<R>(a.x) + static_cast<R>(nx) / den, static_cast<R>(a.y) + static_cast<R>(ny) / den},
          u.norm() * v.norm() * (b - c).norm() / std::abs(den)};
}

template <class T>
Circle<real_t<T>> incircle(const Point<T>& a, const Point<T>& b, const Point<T>& c) {
  using R = real_t<T>;
  assert(in_range(a, 1000000000) && in_range(b, 1000000000) && in_range(c, 1000000000));
  const Point<T> u = b - a, v = c - a;
  const R la = (c - b).norm(), lb = v.norm(), lc = u.norm(), s = la + lb + lc;
  assert(s > 0 && "incircle of three equal points");
  return {{static_cast<R>(a.x) + (lb * static_cast<R>(u.x) + lc * static_cast<R>(v.x)) / s,
           static_cast<R>(a.y) + (lb * static_cast<R>(u.y) + lc * static_cast<R>(v.y)) / s},
          std::abs(static_cast<R>(u.cross(v))) / s};
}

}  // namespace geo
