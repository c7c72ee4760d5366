// halfplane.hpp: halfplane_intersection(H, box) -> the intersection of the closed half-planes
// left of (or on) each directed line a -> b in H, as a convex polygon: counter-clockwise,
// no repeated or collinear vertices, vertices Point<frac_t<T>> (double for long long).
// Sizes: 0 empty; 1 a point; 2 a segment (its two ends); >= 3 a polygon of positive area,
// so area(result) (polygon/area.hpp) is never negative for a zero-area result.
// box > 0 adds the square [-box, box]^2 (closing unbounded input). Without a box the lines'
// directions must leave no angular gap >= pi (else the intersection is unbounded or empty,
// and {} is returned). Parallel lines: same direction keeps the inner one; opposite
// directions give a strip, a line (a segment after clipping) or nothing.
// Time O(n log n): sort by direction (exact, polar.hpp), keep the innermost of each
// direction, then the deque sweep (Shamos-Hoey / Zhu's S&I scheme).
// Decisions are made for the half-planes pushed outward by an infinitesimal d (symbolic
// perturbation: every line moved by d along an axis to its outside), so the region always
// has interior when not empty, and the sweep has no degenerate case; vertices that coincide
// for d = 0 are merged exactly, leaving the point or segment. long long: every decision is
// exact for line points |x|,|y| <= 1e9 and box <= 1e9 (degree-4 signs in __int128 < 1.3e38);
// vertices come from cross_point (line_intersection.hpp). Floating: a vertex within eps
// (a distance) of a line counts as on it, ties then broken as above; range as line.hpp.
// Precondition: a != b for every line (asserted).
// Source: Zhu Zeyuan's S&I half-plane intersection (2006); symbolic perturbation as in
// Edelsbrunner and Muecke, "Simulation of Simplicity" (1990).
#pragma once
#include "line_intersection.hpp"
#include "polar.hpp"
#include <algorithm>
#include <vector>

namespace geo {

template <class T> struct HalfPlane { Point<T> a, b, d, w; };  // d = b - a; w: outward axis

// Side of l3 at the crossing of l1, l2 (not parallel), the lines pushed out by d -> 0+.
template <class T> int hp_side(const HalfPlane<T>& l1, const HalfPlane<T>& l2,
                               const HalfPlane<T>& l3, bool perturbed = true) {
  using W = wide_t<T>;
  const T D = l1.d.cross(l2.d), x31 = l3.d.cross(l1.d);
  int s = 0;
  if constexpr (is_exact_v<T>) {
    const W f0 = W(l3.d.cross(l1.a - l3.a)) * W(D) + W(x31) * W((l2.a - l1.a).cross(l2.d));
    s = (f0 > 0) - (f0 < 0);
  } else {
    s = side_of(l3.a, l3.b, cross_point(l1.a, l1.b, l2.a, l2.b)) * (D > 0 ? 1 : -1);
  }
  if (s == 0 && perturbed) {
    const W f1 = W(l3.d.cross(l1.w - l3.w)) * W(D) + W(x31) * W((l2.w - l1.w).cross(l2.d));
    s = (f1 > 0) - (f1 < 0);
  }
  return D > 0 ? s : -s;
}

template <class T>
std::vector<Point<frac_t<T>>> halfplane_intersection(const std::vector<Line<T>>& H, T box = T(0)) {
  using HP = HalfPlane<T>;
  std::vector<HP> L;
  auto add = [&L](const Point<T>& a, const Point<T>& b) {
    checked(Line<T>{a, b});
    const Point<T> d = b - a;
    const T o(0), i(1);
    L.push_back({a, b, d, d.x > 0 ? Point<T>(o, -i) : d.x < 0 ? Point<T>(o, i)
                                  : d.y > 0 ? Point<T>(i, o) : Point<T>(-i, o)});
  };
  for (const Line<T>& l : H) add(l.a, l.b);
  if (box > 0) {
    const Point<T> c[4] = {{-box, -box}, {box, -box}, {box, box}, {-box, box}};
    for (int k = 0; k < 4; k++) add(c[k], c[(k + 1) % 4]);
  }
  std::sort(L.begin(), L.end(), [](const HP& p, const HP& q) {
    if (arg_less(p.d, q.d)) return true;
    if (arg_less(q.d, p.d)) return false;
    return p.d.cross(q.a - p.a) < 0;  // same direction: the inner one first
  });
  L.erase(std::unique(L.begin(), L.end(), [](const HP& p, const HP& q) {
    return !arg_less(p.d, q.d) && !arg_less(q.d, p.d); }), L.end());
  const size_t m = L.size();
  for (size_t i = 0; i < m; i++) {  // a gap >= pi between directions: unbounded (or empty)
    const Point<T>& u = L[i].d; const Point<T>& v = L[(i + 1) % m].d;
    if (cross_sign(u, v) <= 0) return {};
  }
  std::vector<HP> q(m);
  size_t f = 0, e = 0;  // the deque is q[f, e)
  for (const HP& l : L) {
    while (e - f >= 2 && hp_side(q[e - 2], q[e - 1], l) <= 0) e--;
    while (e - f >= 2 && hp_side(q[f], q[f + 1], l) <= 0) f++;
    if (e - f >= 1 && cross_sign(q[e - 1].d, l.d) <= 0) return {};  // turn >= pi: empty
    q[e++] = l;
  }
  while (e - f >= 3 && hp_side(q[e - 2], q[e - 1], q[f]) <= 0) e--;
  while (e - f >= 3 && hp_side(q[f], q[f + 1], q[e - 1]) <= 0) f++;
  if (e - f < 3 || cross_sign(q[e - 1].d, q[f].d) <= 0) return {};
  const size_t k = e - f;
  std::vector<Point<frac_t<T>>> out;
  auto at = [&](size_t i) -> const HP& { return q[f + i % k]; };
  for (size_t i = 0; i < k; i++)  // vertex i = at(i) x at(i+1); skip it if equal to vertex i-1
    if (hp_side(at(i + k - 1), at(i), at(i + 1), false) != 0)
      out.push_back(cross_point(at(i).a, at(i).b, at(i + 1).a, at(i + 1).b));
  if (out.empty()) out.push_back(cross_point(at(0).a, at(0).b, at(1).a, at(1).b));
  return out;
}

}  // namespace geo
