// circle/tangents.hpp: tangents from a point to a circle; common tangents of two circles.
// tangents(C, p): the touch points of the tangents from p: none if p is inside C, {p} if p
//   is on C (the tangent at p, perpendicular to p - c), else two, c + v r^2/|v|^2 -+
//   perp(v) r sqrt(|v|^2 - r^2)/|v|^2 (v = p - c, the first clockwise of v seen from c).
//   Radius 0 (C a point): {c} (the line pc) if p != c, none if p == c (every line). O(1).
// tangents(A, B): each common tangent line once, as two distinct points on it: {touch
//   point on A, touch point on B}, external lines first, then internal ones; a line
//   tangent at a contact point p (touching circles, a point on a circle) is {p, p +
//   perp(B.c - A.c)}. How many, by relation(A, B) (circle.hpp) and zero radii:
//     both r > 0: relation (4, 3, 2, 1, 0); concentric (relation 0 or -1): none, also for
//     equal circles (infinitely many);  a point and a circle: 2 outside (relation 4), 1 on
//     it (3), 0 inside (0);  two points: 1 (the line through them) if distinct, else none.
//   The unit normal n of a line satisfies n.(B.c - A.c) = r1 - s r2 (s = +1 external, -1
//   internal); touch points A.c + r1 n, B.c + s r2 n. A point has no internal lines (they
//   are its external ones). O(1).
// Decisions: as contains/relation (circle.hpp): exact for exact types (long long: |x|,|y|,r
//   <= 1e9, asserted, squares in __int128); floating eps is a distance (p within eps of C
//   gives {p}; | d - |r1 -+ r2| | <= eps gives one line, the square root clamped: no NaN;
//   r <= eps is a point). Radii >= 0 and finite input asserted.
// Precision (u = 2^-53). long long: |v|^2 - r^2 and d^2 - (r1 -+ r2)^2 exact, rounded once;
//   points err by <= 8u (|c| + r). Floating: the residual (distance of a touch point from its
//   circle, of the other centre from the line minus its radius) is <= 16u (|c| + r + d).
// Source: cp-geo (vlecomte) 6.4 (tangents through n . v = r1 - s r2).
#pragma once
#include "../line.hpp"
#include "circle.hpp"
#include <algorithm>
#include <cassert>
#include <cmath>
#include <utility>
#include <vector>

namespace geo {

template <class T> std::vector<Point<real_t<T>>> tangents(const Circle<T>& C, const Point<T>& p) {
  using R = real_t<T>;
  assert(valid(C) && in_range(p, 1000000000));
  const Point<T> v = p - C.c;
  const int s = cmp_dist(v.norm2(), C.r);
  if (s < 0) return {};
  if (sgn(C.r) == 0) return s > 0 ? std::vector<Point<R>>{point_cast<R>(C.c)} : std::vector<Point<R>>{};
  if (s == 0) return {point_cast<R>(p)};
  R a, h;  // touch points c + w a -+ perp(w) h, w = v
  if constexpr (is_exact_v<T>) {
    using W = wide_t<T>;
    const W d2 = W(v.norm2()), r2 = W(C.r) * W(C.r);
    a = static_cast<R>(r2) / static_cast<R>(d2);
    h = static_cast<R>(C.r) * std::sqrt(static_cast<R>(d2 - r2)) / static_cast<R>(d2);
  } else {
    const T d = v.norm(), q = C.r / d;
    a = q * q;
    h = q * std::sqrt(std::max((d - C.r) * (d + C.r), T(0))) / d;
  }
  const Point<R> w = point_cast<R>(v), m = point_cast<R>(C.c) + w * a;
  return {m - w.perp() * h, m + w.perp() * h};
}

template <class T>
std::vector<std::pair<Point<real_t<T>>, Point<real_t<T>>>> tangents(const Circle<T>& A,
                                                                    const Circle<T>& B) {
  using R = real_t<T>;
  assert(valid(A) && valid(B));
  std::vector<std::pair<Point<R>, Point<R>>> out;
  const Point<T> v = B.c - A.c;
  const T d2 = v.norm2();
  if (cmp_dist(d2, T(0)) == 0) return out;  // concentric
  const Point<R> w = point_cast<R>(v), ca = point_cast<R>(A.c), cb = point_cast<R>(B.c);
  const bool pa = sgn(A.r) == 0, pb = sgn(B.r) == 0;
  for (int s : {1, -1}) {
    if (s < 0 && (pa || pb)) break;  // a point's internal lines are its external ones
    const T dr = A.r - T(s) * B.r;  // n . v
    const int k = cmp_dist(d2, T(dr < 0 ? -dr : dr));
    if (k < 0) continue;
    R h = 0;  // sqrt(d2 - dr^2)
    if constexpr (is_exact_v<T>) {
      using W = wide_t<T>;
      h = std::sqrt(static_cast<R>(W(d2) - W(dr) * W(dr)));
    } else {
      const T d = std::sqrt(d2), l = std::abs(dr);
      if (k > 0) h = std::sqrt(std::max((d - l) * (d + l), T(0)));
    }
    for (int side : {1, -1}) {
      const Point<R> n = (w * static_cast<R>(dr) + w.perp() * (h * side)) / static_cast<R>(d2);
      const Point<R> ta = ca + n * static_cast<R>(A.r);
      if (k == 0) {  // tangent at the contact point: one line, given by a direction
        out.push_back({ta, ta + w.perp()});
        break;
      }
      out.push_back({ta, cb + n * static_cast<R>(T(s) * B.r)});
      if (pa && pb) break;  // two points: the line through them, once
    }
  }
  return out;
}

}  // namespace geo
