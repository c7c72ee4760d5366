// circle/area.hpp: area of a circle intersected with a polygon, and with another circle.
// area(C, P): the area of C ∩ P, P a simple polygon (std::vector<Point<T>>, either
//   orientation, non-convex allowed, vertices on or edges tangent to C allowed). Sum over
//   the edges of the signed area of C ∩ triangle (c, p_i, p_i+1): each edge is cut at the
//   entry and exit points of C, inside pieces are triangles, outside ones sectors
//   (r^2/2 atan2(cross, dot)). Returns |sum|. O(n).
// area(A, B): the area of A ∩ B. 0 if apart or externally tangent; pi min(r)^2 if one
//   contains the other (relation 0, 1 or -1: concentric and equal circles included); else
//   the two circular segments r^2 (x - sin x) / 2, x = 2 atan2(h, a) the central angle
//   (chord(), intersect.hpp), with x - sin x from its Taylor series for x < 1: no
//   cancellation, so radius-6e8 circles overlapping by a sliver keep full relative precision.
//   Symmetric: area(A, B) == area(B, A). O(1).
// seg_area(r, x): r^2 (x - sin x) / 2, the circular segment of central angle x in [0, 2 pi].
// Decisions (which edge meets C, which relation) are exact for long long (|x|,|y|,r <= 1e9:
//   discriminants in __int128, as intersect.hpp) and use eps as a distance for floating T.
// Precision (u = 2^-53). area(C, P): each edge contributes an error <= 20u r (r + |e|)
//   (|e| its length from the nearer endpoint), the entry/exit points being built from the
//   foot of the perpendicular. area(A, B): relative error <= 30u when the decisions are
//   exact (long long); floating, the chord factors r1 + r2 - d etc. carry the absolute error
//   4u (d + r1 + r2) of d, which bounds the error of h^2 / (r d).
// Source: the triangle-fan decomposition of circle ∩ polygon (e.g. Chan, "Circle polygon
//   intersection", folklore in ICPC notebooks); segment area r^2 (x - sin x)/2 (any table).
#pragma once
#include "../line.hpp"
#include "intersect.hpp"
#include <algorithm>
#include <cassert>
#include <cmath>
#include <vector>

namespace geo {

template <class R> R seg_area(const R& r, const R& x) {
  R f = x - std::sin(x);
  if (x < 1) {  // x^3/3! - x^5/5! + ...: every term positive-alternating, no cancellation
    R term = x * x * x / 6, sum = 0;
    for (int k = 4; term != 0 && k < 40; k += 2) sum += term, term *= -x * x / R(k * (k + 1));
    f = sum;
  }
  return r * r * f / 2;
}

// Signed area of disk(0, r) ∩ triangle(0, a, b); a, b relative to the centre.
template <class T> real_t<T> cap_area(const Point<T>& a, const Point<T>& b, const T& r) {
  using R = real_t<T>;
  const Point<R> pa = point_cast<R>(a), pb = point_cast<R>(b);
  const R rr = static_cast<R>(r);
  auto sector = [rr](const Point<R>& p, const Point<R>& q) {
    return rr * rr * std::atan2(p.cross(q), p.dot(q)) / 2;
  };
  const Point<T> d = b - a;
  if (d == Point<T>()) return 0;
  R h = 0;  // half chord / |d|
  if constexpr (is_exact_v<T>) {
    using W = wide_t<T>;
    const W disc = W(r) * W(r) * W(d.norm2()) - W(a.cross(b)) * W(a.cross(b));
    if (disc <= 0) return sector(pa, pb);
    h = std::sqrt(static_cast<R>(disc)) / static_cast<R>(d.norm2());
  } else {
    const T n = d.norm(), dl = std::abs(cross_at(a, b, Point<T>())) / n;
    if (sgn(dl - r) >= 0) return sector(pa, pb);
    h = std::sqrt(std::max((r - dl) * (r + dl), T(0))) / n;
  }
  const bool from_a = a.norm2() <= b.norm2();  // the foot from the nearer endpoint
  const T dot = from_a ? a.dot(d) : b.dot(d);
  const R t = static_cast<R>(dot) / static_cast<R>(d.norm2());  // foot = (a or b) - d t
  const Point<R> dd = point_cast<R>(d), f = (from_a ? pa : pb) - dd * t;
  const R t0 = from_a ? -t : 1 - t;  // the foot's parameter on a + d s
  if (t0 + h <= 0 || t0 - h >= 1) return sector(pa, pb);
  const Point<R> e = t0 - h <= 0 ? pa : f - dd * h, x = t0 + h >= 1 ? pb : f + dd * h;
  return sector(pa, e) + e.cross(x) / 2 + sector(x, pb);
}

template <class T> real_t<T> area(const Circle<T>& C, const std::vector<Point<T>>& P) {
  assert(valid(C));
  for (size_t i = 0; i < P.size(); i++) assert(in_range(P[i], 1000000000));
  real_t<T> s = 0;
  for (size_t i = 0, n = P.size(); i < n; i++) s += cap_area(P[i] - C.c, P[(i + 1) % n] - C.c, C.r);
  return std::abs(s);
}

template <class T> real_t<T> area(const Circle<T>& A, const Circle<T>& B) {
  using R = real_t<T>;
  const int rel = relation(A, B);
  if (rel >= 3) return 0;
  const R m = static_cast<R>(std::min(A.r, B.r));
  if (rel != 2) return std::acos(R(-1)) * m * m;
  const Chord<T> x = chord(A, B), y = chord(B, A);
  return seg_area(static_cast<R>(A.r), 2 * std::atan2(x.h, x.a)) +
         seg_area(static_cast<R>(B.r), 2 * std::atan2(y.h, y.a));
}

}  // namespace geo
