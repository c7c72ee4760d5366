// oracle_rational.hpp: exact oracles for geometry/rational_point.hpp, intersection_exact.hpp,
// halfplane_abc.hpp and the lattice points of a segment (tests only). Independence
// (oracle.hpp's rule): no geo:: algorithm is called; points enter through .x/.y, numbers as
// long long / __int128, everything is converted exactly to Boost rationals.
//
//   cramer(a1, b1, c1, a2, b2, c2, x)  false if a1 b2 = a2 b1, else x = the solution of
//                              a1 X + b1 Y = c1, a2 X + b2 Y = c2 by Cramer's rule
//   line_cross(a, b, c, d, x)  the point of line ab on line cd by Cramer's rule on the two
//                              implicit equations (a line through p, r: (r - p).y X -
//                              (r - p).x Y = that at p); false if parallel
//   same(x, num_x, num_y, den) the rational point x equals (num_x / den, num_y / den)
//   Abc3                       {a, b, c}: the half-plane a X + b Y <= c
//   abc_spans(H)               the nonzero normals (a, b) positively span the plane, i.e. no
//                              direction u != 0 has a u.x + b u.y <= 0 for every one (only
//                              u = +-perp(n) need a check: a closed half-plane holding all
//                              normals can be turned until its border holds one); false
//                              when there is none
//   abc_hpi(H, box)            the feasible region of H (plus |X|,|Y| <= box if box > 0) as
//                              its vertex list: every pairwise line intersection (Cramer)
//                              satisfying every constraint, then the strict hull of those
//                              (oracle_planar.hpp: CCW from the lowest-leftmost; 1 point, 2
//                              ends, or {}); a = b = 0 constraints: 0 <= c checked. O(n^3)
//   lattice_on(a, b)           the lattice points of the closed segment ab, every point of
//                              its bounding box tested (collinear and between), sorted in
//                              the direction a -> b
#pragma once
#include "oracle.hpp"
#include "oracle_planar.hpp"
#include <algorithm>
#include <vector>

namespace oracle {

inline bool cramer(const Q& a1, const Q& b1, const Q& c1, const Q& a2, const Q& b2, const Q& c2,
                   QP& x) {
  const Q det = a1 * b2 - a2 * b1;
  if (det == 0) return false;
  x = QP{(c1 * b2 - c2 * b1) / det, (a1 * c2 - a2 * c1) / det};
  return true;
}

template <class P> bool line_cross(const P& a, const P& b, const P& c, const P& d, QP& x) {
  const QP A = qp(a), B = qp(b), C = qp(c), D = qp(d);
  const Q a1 = B.y - A.y, b1 = A.x - B.x, c1 = a1 * A.x + b1 * A.y;
  const Q a2 = D.y - C.y, b2 = C.x - D.x, c2 = a2 * C.x + b2 * C.y;
  return cramer(a1, b1, c1, a2, b2, c2, x);
}

inline bool same(const QP& x, int128 nx, int128 ny, int128 den) {
  return den != 0 && x.x == q(nx) / q(den) && x.y == q(ny) / q(den);
}

struct Abc3 {
  long long a, b, c;
};

inline bool abc_spans(const std::vector<Abc3>& H) {
  std::vector<Abc3> n;
  for (auto& h : H)
    if (h.a != 0 || h.b != 0) n.push_back(h);
  if (n.empty()) return false;
  for (auto& h : n)
    for (int s : {-1, 1}) {
      const Q ux = Q(-h.b) * s, uy = Q(h.a) * s;  // +-perp(normal)
      bool all = true;
      for (auto& g : n) all = all && Q(g.a) * ux + Q(g.b) * uy <= 0;
      if (all) return false;
    }
  return true;
}

inline std::vector<QP> abc_hpi(std::vector<Abc3> H, long long box) {
  if (box > 0) {
    H.push_back({1, 0, box});
    H.push_back({-1, 0, box});
    H.push_back({0, 1, box});
    H.push_back({0, -1, box});
  }
  for (auto& h : H)
    if (h.a == 0 && h.b == 0 && h.c < 0) return {};
  std::vector<QP> cand;
  for (size_t i = 0; i < H.size(); i++)
    for (size_t j = i + 1; j < H.size(); j++) {
      QP x;
      if (!cramer(Q(H[i].a), Q(H[i].b), Q(H[i].c), Q(H[j].a), Q(H[j].b), Q(H[j].c), x)) continue;
      bool ok = true;
      for (auto& h : H) ok = ok && Q(h.a) * x.x + Q(h.b) * x.y <= Q(h.c);
      if (ok) cand.push_back(x);
    }
  return strict_hull(cand);
}

template <class P> std::vector<QP> lattice_on(const P& a, const P& b) {
  std::vector<QP> r;
  const long long x0 = std::min(a.x, b.x), x1 = std::max(a.x, b.x);
  const long long y0 = std::min(a.y, b.y), y1 = std::max(a.y, b.y);
  for (long long x = x0; x <= x1; x++)
    for (long long y = y0; y <= y1; y++) {
      const QP p{Q(x), Q(y)};
      if (on_seg(qp(a), qp(b), p)) r.push_back(p);
    }
  const QP A = qp(a);
  std::sort(r.begin(), r.end(), [&](const QP& p, const QP& s) {
    return dist2(A, p) < dist2(A, s);
  });
  return r;
}

}  // namespace oracle
