// oracle_circle_cover.hpp: oracles for circle/through.hpp, circle/arc.hpp and
// circle/max_cover.hpp.
//
// Independence (oracle.hpp's rule): nothing here calls geo:: algorithms; points enter through
// .x and .y, converted exactly to rationals. Formulations differ from the library's:
//   through_count  the sign of 4 r^2 - |b - a|^2 in rationals (the library: cmp_dist);
//   through_centres  m -+ perp(v)/2 sqrt(K), K = 4r^2/|v|^2 - 1, in F (50 digits);
//   in_disc        |p - c|^2 against r^2 in rationals (c exact);
//   cover          brute force O(n^3): candidate centres are every point and the (at most)
//                  two centres at distance R from both points of every pair p != q with
//                  |p - q| <= 2R, c = m + s n sqrt(K) (m the midpoint, n = perp(q - p)/2,
//                  K = 4R^2/|q - p|^2 - 1); |c - x|^2 <= R^2 expands to P + Q sqrt(K) <= 0
//                  with rational P, Q, decided by one squaring (the library sweeps angles).
//                  The optimum is among them: the centres covering a set are an
//                  intersection of discs of radius R about its points; two distinct such
//                  discs never nest, so a nonempty intersection of two or more has a
//                  vertex on two of the circles, and one disc (all points equal) contains
//                  its own centre.
#pragma once
#include "oracle.hpp"
#include <boost/multiprecision/cpp_bin_float.hpp>
#include <algorithm>
#include <utility>
#include <vector>

namespace oracle_cover {

using oracle::Q;
using oracle::QP;
using F = boost::multiprecision::cpp_bin_float_50;

inline Q sq(const Q& v) { return v * v; }
inline Q d2(const QP& a, const QP& b) { return sq(a.x - b.x) + sq(a.y - b.y); }

// the number of circles of radius r through a != b: 2, 1 or 0
inline int through_count(const QP& a, const QP& b, const Q& r) {
  const int s = oracle::sign(Q(4 * r * r - d2(a, b)));
  return s > 0 ? 2 : s == 0 ? 1 : 0;
}
// their centres in F, the one left of a -> b first
inline std::vector<std::pair<F, F>> through_centres(const QP& a, const QP& b, const Q& r) {
  std::vector<std::pair<F, F>> out;
  const int n = through_count(a, b, r);
  if (n == 0) return out;
  const Q vx = b.x - a.x, vy = b.y - a.y, K = 4 * r * r / d2(a, b) - 1;
  const F k = sqrt(F(K)), mx = F(Q((a.x + b.x) / 2)), my = F(Q((a.y + b.y) / 2));
  out.push_back({mx - F(vy) / 2 * k, my + F(vx) / 2 * k});  // perp(v) = (-vy, vx)
  if (n == 2) out.push_back({mx + F(vy) / 2 * k, my - F(vx) / 2 * k});
  return out;
}

// sign(P + Q sqrt(K)), K >= 0
inline int sign_root(const Q& P, const Q& Qc, const Q& K) {
  const int a = oracle::sign(P), b = K == 0 ? 0 : oracle::sign(Qc);
  if (a == b || b == 0) return a;
  if (a == 0) return b;
  const int c = oracle::sign(Q(P * P - Qc * Qc * K));
  return c == 0 ? 0 : c > 0 ? a : b;
}

// the most points of pts a closed disc of radius R covers (R >= 0), brute force O(n^3)
inline int cover(const std::vector<QP>& pts, const Q& R) {
  int best = 0;
  const size_t n = pts.size();
  for (size_t i = 0; i < n; i++) {  // centre at a point
    int c = 0;
    for (const QP& x : pts) c += d2(x, pts[i]) <= R * R;
    best = std::max(best, c);
  }
  for (size_t i = 0; i < n; i++)
    for (size_t j = i + 1; j < n; j++) {
      const QP &a = pts[i], &b = pts[j];
      const Q D = d2(a, b);
      if (D == 0 || D > 4 * R * R) continue;
      const Q K = 4 * R * R / D - 1, mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
      const Q nx = -(b.y - a.y) / 2, ny = (b.x - a.x) / 2, n2 = nx * nx + ny * ny;
      for (int s : {-1, 1}) {
        int c = 0;
        for (const QP& x : pts) {  // |m - x + s n sqrt(K)|^2 <= R^2
          const Q wx = mx - x.x, wy = my - x.y;
          const Q P = wx * wx + wy * wy + K * n2 - R * R, Qc = 2 * s * (wx * nx + wy * ny);
          c += sign_root(P, Qc, K) <= 0;
        }
        best = std::max(best, c);
      }
    }
  return best;
}
template <class Pt, class T> int cover_of(const std::vector<Pt>& pts, const T& R) {
  std::vector<QP> q;
  for (const Pt& p : pts) q.push_back(oracle::qp(p));
  return cover(q, oracle::q(R));
}

// p against the closed disc (c, r): +1 strictly inside, 0 on the circle, -1 outside
inline int in_disc(const QP& p, const QP& c, const Q& r) {
  return oracle::sign(Q(r * r - d2(p, c)));
}

}  // namespace oracle_cover

namespace oracle_cover {

// the part of circle A = (a, ra) in the closed disc B = (b, rb), by exact cases:
// -1 none, 0 one point, 1 an arc (0 < length < 2 pi), 2 all of A
inline int arc_kind(const QP& a, const Q& ra, const QP& b, const Q& rb) {
  const Q D = d2(a, b);
  if (ra == 0) {  // a point: all when B is that same point (equal circles) or holds it
    const int s = rb == 0 && D == 0 ? 1 : in_disc(a, b, rb);
    return s > 0 ? 2 : s == 0 ? 0 : -1;
  }
  if (rb >= ra && D <= sq(rb - ra)) return 2;                // A inside B (or equal)
  if (D > sq(ra + rb) || (ra > rb && D < sq(ra - rb))) return -1;  // apart, B inside A
  if (D == sq(ra + rb) || (ra > rb && D == sq(ra - rb))) return 0;  // tangent
  return 1;
}

}  // namespace oracle_cover
