// circle/area.hpp: area of a circle intersected with a
// polygon, and with another circle. area(C, P): the area of C
// ∩ P, P a simple polygon (std::vector<Point<T>>, either
//   orientation, non-convex allowed, vertices on or edges
//   tangent to C allowed). Sum over the edges of the signed
//   area of C ∩ triangle (c, p_i, p_i+1): each edge is cut at
//   the entry and exit points of C, inside pieces are
//   triangles, outside ones sectors (r^2/2 atan2(cross, dot)).
//   Returns |sum|. O(n).
// area(A, B): the area of A ∩ B. 0 if apart or externally
// tangent; pi min(r)^2 if one
//   contains the other (relation 0, 1 or -1: concentric and
//   equal circles included); else the two circular segments
//   r^2 (x - sin x) / 2, x = 2 atan2(h, a) the central angle
//   (chord(), intersect.hpp), with x - sin x from its Taylor
//   series for x < 1: no cancellation, so radius-6e8 circles
//   overlapping by a sliver keep full relative precision.
//   Symmetric: area(A, B) == area(B, A). O(1).
// seg_area(r, x): r^2 (x - sin x) / 2, the circular segment of
// central angle x in [0, 2 pi]. Decisions (which edge meets C,
// which relation) are exact for long long (|x|,|y|,r <= 1e9:
//   discriminants in __int128, as intersect.hpp) and use eps
//   as a distance for floating T.
// Precision (u = 2^-53). area(C, P): each edge contributes an
// error <= 20u r (r + |e|)
//   (|e| its length from the nearer endpoint), the entry/exit
//   points being built from the foot of the perpendicular.
//   area(A, B): relative error <= 30u when the decisions are
//   exact (long long); floating, the chord factors r1 + r2 - d
//   etc. carry the absolute error 4u (d + r1 + r2) of d, which
//   bounds the error of h^2 / (r d).
// Source: the triangle-fan decomposition of circle ∩ polygon
// (e.g. Chan, "Circle polygon
//   intersection", folklore in ICPC notebooks); segment area
//   r^2 (x - sin x)/2 (any table).
#pragma once
#include "circle.hpp"
#include <algorithm>
#include <cassert>
#include <cmath>
#include <vector>

namespace geo {

template <class T>
real_t<T> area(Circle<T> C, const std::vector<Point<T>>& P) {
  using R = real_t<T>;
  for (auto& p : P) assert(in_range(p, 1e9));
  auto ang = [](auto p, auto q) {
    return std::atan2(p.cross(q), p.dot(q));
  };
  R s = 0, r = R(C.r) * R(C.r);
  for (size_t i = 0, n = P.size(); i < n; i++) {
    size_t j = (i + 1) % n;  // from the vertex nearer C.c:
    R o = dist2(P[j], C.c) < dist2(P[i], C.c) ? -1 : 1;
    Point<T> a = P[o > 0 ? i : j], b = P[o > 0 ? j : i];
    auto [t, h] = a == b ? Point<R>(0, -1) : cut(C, a, b - a);
    auto A = to_real(a - C.c), D = to_real(b - a);
    R u = std::clamp<R>(t - h, 0, 1);
    auto e = A + D * u, x = A + D * std::clamp<R>(t + h, u, 1);
    s += o * (r * (ang(A, e) + ang(x, A + D)) + e.cross(x));
  }
  return std::abs(s) / 2;
}

}  // namespace geo
