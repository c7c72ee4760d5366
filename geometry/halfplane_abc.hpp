// halfplane_abc.hpp: halfplane_abc(H, box): the intersection
// of the closed half-planes a x + b y <= c, each Abc{a, b, c}
// of H with integers, as a convex polygon, counter-clockwise,
// exact RatPoint vertices (rational_point.hpp; .point() gives
// doubles). box > 0 adds |x|, |y| <= box. Without a box the
// normals (a, b) must leave no angular gap >= pi, else the
// region is unbounded or empty and {} is returned.
// Result: size 0 empty, 1 a point, 2 a segment (its two
//   ends), >= 3 a polygon with no repeated vertex and no three
//   consecutive vertices collinear.
// Time: O(n log n): sort by the normal's direction, of one
//   direction the tightest first, then the deque sweep (Zhu's
//   S&I), which skips a line parallel to its last one.
// Precision: every decision exact in __int128: the crossing
//   of lines 1, 2 (D = a1 b2 - a2 b1 > 0) is outside or on
//   half-plane 3 iff G = a3 (c1 b2 - c2 b1) + b3 (a1 c2 - a2
//   c1) - c3 D >= 0, decided for c pushed out to c + e (e ->
//   0+): G's sign, on a tie that of G at c = (1, 1, 1). |G| <=
//   6 A^2 C < 1.7e38 for |a|,|b| <= A = 2e9, |c|, box <= C =
//   4e18 (asserted): lines through points with |x|,|y| <= 1e9
//   fit. Vertices (X / D, Y / D) exact, |X|,|Y| <= 1.6e28.
//   Parallel lines 1, 2 (same direction): 1 first iff
//   b2 X < a2 Y (each side <= 3.2e37).
// Degenerate: a = b = 0: 0 <= c, ignored if c >= 0, else
//   empty. Parallel: the tightest; opposite: a strip, a line
//   (then a segment or a point) or empty; duplicates; many
//   lines through a vertex: one vertex.
// Source: Zhu Zeyuan's S&I half-plane intersection (2006);
//   the perturbation as in Edelsbrunner and Muecke,
//   "Simulation of Simplicity" (1990).
// Tests: unit halfplane_abc_test; property halfplane_abc_prop.
#pragma once
#include "rational_point.hpp"
#include <algorithm>
#include <cassert>
#include <vector>

namespace geo {

// a half-plane a x + b y <= c
struct Abc {
  long long a, b, c;
};

inline std::vector<RatPoint> halfplane_abc(std::vector<Abc> H,
                                           long long box = 0) {
  using W = RatPoint::W;
  assert(0 <= box && box <= 4000000000000000000);
  for (int i = 0; box && i < 4; i++)  // x, y, -x, -y <= box
    H.push_back({(1 - i) % 2, (2 - i) % 2, box});
  std::vector<Abc> q;
  for (auto h : H) {
    assert(in_range(Point<long long>(h.a, h.b), 2000000000));
    assert(in_range(Point<long long>(h.c), 4e18));
    if (h.a || h.b) q.push_back(h);
    else if (h.c < 0) return {};  // 0 <= c < 0
  }
  auto I = [](Abc p, Abc g) {  // the crossing of p, g
    return RatPoint{W(p.c) * g.b - W(g.c) * p.b,
                    W(p.a) * g.c - W(g.a) * p.c,
                    W(p.a) * g.b - W(g.a) * p.b};
  };
  // the crossing of p, g (D > 0) is outside or on r, for c
  // pushed out to c + e (e -> 0+): on a tie G at c = 1
  auto out = [&](Abc p, Abc g, Abc r) {
    auto v = I(p, g);
    W G = r.a * v.x + r.b * v.y - r.c * v.d;
    if (!G) G = W(r.a * (g.b - p.b)) + r.b * (p.a - g.a) - v.d;
    return G >= 0;
  };
  auto u = [](Abc h) { return h.b < 0 || (!h.b && h.a < 0); };
  // by the normal's angle, then the tightest first (parallel:
  // (x, y) = (c1 - k c2) (b2, -a2) for (a1, b1) = k (a2, b2))
  std::sort(q.begin(), q.end(), [&](Abc p, Abc g) {
    auto [x, y, d] = I(p, g);
    if (u(p) != u(g)) return u(g);
    return d ? d > 0 : g.b * x < g.a * y;
  });
  size_t f = 0, e = 0;  // the deque q[f, e)
  for (auto& l : q) {
    while (e - f > 1 && out(q[e - 2], q[e - 1], l)) e--;
    while (e - f > 1 && out(q[f], q[f + 1], l)) f++;
    if (e == f || I(q[e - 1], l).d > 0) q[e++] = l;
    else if (u(q[e - 1]) != u(l)) return {};  // else parallel
  }
  while (e - f > 2 && out(q[e - 2], q[e - 1], q[f])) e--;
  while (e - f > 2 && out(q[f], q[f + 1], q[e - 1])) f++;
  if (e - f < 3 || I(q[e - 1], q[f]).d <= 0) return {};
  std::vector<RatPoint> r;  // the vertices at e = 0, merged
  q.resize(e + 1), q[e] = q[f];
  for (auto i = f; i < e; i++) r.push_back(I(q[i], q[i + 1]));
  r.erase(std::unique(r.begin(), r.end()), r.end());
  while (r.size() > 1 && r[0] == r.back()) r.pop_back();
  return r;
}

}  // namespace geo
