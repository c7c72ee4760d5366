// oracle_triangulation.hpp: exact oracles for geometry/polygon/triangulate*.hpp, in
// rationals (oracle.hpp's Q, oracle_polygon.hpp's where / twice_area).
// Independence: nothing here calls geo:: code; points enter as oracle::QP.
//   check_tiling(P, T)   "" if the triangles T (index triples into P) tile the simple
//                        counter-clockwise polygon P, else what is wrong. Checked from the
//                        definition, each condition directly, O(n^2 + |T|^2):
//                          |T| = n - 2, indices in range and distinct;
//                          every triangle counter-clockwise of positive area (det3 > 0);
//                          every side a polygon edge or a diagonal: no vertex of P on its
//                            open segment, no proper crossing with an edge of P, its midpoint
//                            strictly inside P (oracle::where == 2);
//                          pairwise disjoint interiors (a separating line among the six
//                            sides: one triangle on each closed side);
//                          the areas sum to P's area (trapezoid sum).
//   check_chain(P, T)    the same verdict in O(n log n) by the boundary-chain argument:
//                        every triangle positive, and the triangles' directed sides, with
//                        a -> b cancelling b -> a, are exactly the edges i -> i + 1 of P.
//                        Then for every point q off all sides, the number of triangles
//                        containing q is the winding number of P around q (winding numbers
//                        add over chains), 1 inside P and 0 outside: a tiling. Used at the
//                        sizes where check_tiling is too slow.
#pragma once
#include "oracle_polygon.hpp"
#include <array>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace oracle {

using Tri = std::array<int, 3>;

inline std::string check_basic(const QPoly& P, const std::vector<Tri>& T) {
  const int n = static_cast<int>(P.size());
  if (static_cast<int>(T.size()) != n - 2) return "count " + std::to_string(T.size()) + " != n - 2";
  for (const Tri& t : T) {
    for (int k = 0; k < 3; k++)
      if (t[k] < 0 || t[k] >= n) return "index out of range";
    if (t[0] == t[1] || t[1] == t[2] || t[0] == t[2]) return "repeated index";
    if (det3(P[t[0]], P[t[1]], P[t[2]]) <= 0) return "triangle not of positive area";
  }
  return "";
}

// Closed segments ab and cd cross at one point interior to both.
inline bool crosses_properly(const QP& a, const QP& b, const QP& c, const QP& d) {
  return orientation(a, b, c) * orientation(a, b, d) < 0 && orientation(c, d, a) * orientation(c, d, b) < 0;
}

inline bool diagonal_inside(const QPoly& P, int i, int j) {
  const int n = static_cast<int>(P.size());
  if ((i + 1) % n == j || (j + 1) % n == i) return true;  // a polygon edge
  const QP &a = P[i], &b = P[j];
  for (int k = 0; k < n; k++) {
    if (k != i && k != j && on_segment(a, b, P[k])) return false;
    if (crosses_properly(a, b, P[k], P[(k + 1) % n])) return false;
  }
  return where(P, QP{(a.x + b.x) / 2, (a.y + b.y) / 2}) == 2;
}

inline bool interiors_disjoint(const QPoly& P, const Tri& s, const Tri& t) {
  for (int side = 0; side < 2; side++) {
    const Tri &A = side ? t : s, &B = side ? s : t;
    for (int k = 0; k < 3; k++) {  // A counter-clockwise: B on the right of a side of A
      const QP &a = P[A[k]], &b = P[A[(k + 1) % 3]];
      bool right = true;
      for (int m = 0; m < 3; m++) right = right && orientation(a, b, P[B[m]]) <= 0;
      if (right) return true;
    }
  }
  return false;
}

inline std::string check_tiling(const QPoly& P, const std::vector<Tri>& T) {
  std::string e = check_basic(P, T);
  if (!e.empty()) return e;
  Q sum = 0;
  for (const Tri& t : T) {
    for (int k = 0; k < 3; k++)
      if (!diagonal_inside(P, t[k], t[(k + 1) % 3])) return "a side is not inside P";
    sum += det3(P[t[0]], P[t[1]], P[t[2]]);
  }
  for (size_t i = 0; i < T.size(); i++)
    for (size_t j = i + 1; j < T.size(); j++)
      if (!interiors_disjoint(P, T[i], T[j])) return "two triangles overlap";
  if (sum != twice_area(P)) return "areas do not sum to P's area";
  return "";
}

inline std::string check_chain(const QPoly& P, const std::vector<Tri>& T) {
  std::string e = check_basic(P, T);
  if (!e.empty()) return e;
  const int n = static_cast<int>(P.size());
  std::map<std::pair<int, int>, int> net;  // key (min, max): + for min -> max
  auto add = [&](int a, int b, int w) {
    if (a < b) net[{a, b}] += w;
    else net[{b, a}] -= w;
  };
  for (const Tri& t : T)
    for (int k = 0; k < 3; k++) add(t[k], t[(k + 1) % 3], 1);
  for (int i = 0; i < n; i++) add(i, (i + 1) % n, -1);
  for (auto& [k, w] : net)
    if (w != 0) return "sides do not cancel to the boundary at " + std::to_string(k.first) + "-" + std::to_string(k.second);
  return "";
}

}  // namespace oracle
