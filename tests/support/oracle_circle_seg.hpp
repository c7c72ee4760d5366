// oracle_circle_seg.hpp: the points of a closed segment on a circle, exactly
// (geometry/circle/segment.hpp's segment_intersection). Tests only.
// Independence (oracle.hpp's rule): no geo:: call. The segment is a + t (b - a), t in
// [0, 1]; |a + t d - c|^2 = r^2 is the quadratic A t^2 + 2 B t + C0 = 0 of
// oracle_circle::line_quad (A = |d|^2, B = d.(a - c), C0 = |a - c|^2 - r^2), with roots
// t = (-B -+ sqrt(D)) / A, D = B^2 - A C0. Each root's membership in [0, 1] is decided
// exactly by squaring only when both sides are known non-negative:
//   t1 >= 0  <=>  -B >= sqrt(D)        <=>  -B >= 0 and B^2 >= D
//   t1 <= 1  <=>  -(A + B) <= sqrt(D)  <=>  A + B >= 0 or (A + B)^2 <= D
//   t2 >= 0  <=>  sqrt(D) >= B         <=>  B <= 0 or D >= B^2
//   t2 <= 1  <=>  sqrt(D) <= A + B     <=>  A + B >= 0 and D <= (A + B)^2
// (the library tests the endpoints' powers and the foot of the centre instead).
//   seg_roots(C, a, b)   which of {t1, t2} lie in [0, 1]: {} / {t1} / {t2} / {t1, t2},
//                        as a vector of root indices 0 (t1) and 1 (t2); a tangent line
//                        (D = 0) has the single root index 0; a == b: {0} iff a on C.
//   seg_points(C, a, b)  those points in F (50 digits), ordered along a -> b.
#pragma once
#include "oracle_circle.hpp"
#include <vector>

namespace oracle_circle {

inline std::vector<int> seg_roots(const OC& C, const QP& a, const QP& b) {
  if (a.x == b.x && a.y == b.y) return where(C, a) == 0 ? std::vector<int>{0} : std::vector<int>{};
  const Quad q = line_quad(C, a, b);
  const Q D = q.disc(), AB = q.A + q.B;
  if (D < 0) return {};
  const bool t1_lo = -q.B >= 0 && q.B * q.B >= D, t1_hi = AB >= 0 || AB * AB <= D;
  const bool t2_lo = q.B <= 0 || D >= q.B * q.B, t2_hi = AB >= 0 && D <= AB * AB;
  std::vector<int> out;
  if (t1_lo && t1_hi) out.push_back(0);
  if (D != 0 && t2_lo && t2_hi) out.push_back(1);
  return out;
}

inline std::vector<FP> seg_points(const OC& C, const QP& a, const QP& b) {
  if (a.x == b.x && a.y == b.y) return where(C, a) == 0 ? std::vector<FP>{fp(a)} : std::vector<FP>{};
  const std::vector<FP> all = line_points(C, a, b);  // ordered: t1 then t2
  std::vector<FP> out;
  for (int i : seg_roots(C, a, b)) out.push_back(all[i]);
  return out;
}

}  // namespace oracle_circle
