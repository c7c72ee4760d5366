// sweep/arrangement.hpp: the planar graph of n segments, its
// faces with their areas, and the face of each query point.
// arrangement(S, Q) -> Arr A, for integer segments S and
//   integer query points Q:
//   A.v: the vertices, every end and every common point of
//   two segments, each once, as RatPoint (rational_point.hpp:
//   exact), sorted (so index order is point order).
//   A.e: the edges {lo, hi, s}: vertices lo < hi, none
//   between, on S[s] (one segment holding it); collinear
//   overlaps give one edge. Half-edge h = 2 k + t of edge k
//   runs from A.e[k][t] to A.e[k][1 - t]; its face is on its
//   left. A.nx[h]: the next half-edge around that face
//   (bounded faces: ccw). A.f[h]: its face: 0 the unbounded
//   one, 1.. the bounded ones in the order of their least
//   vertex. The outer boundary of a connected part (cw, a
//   hole) holds the face containing it. A.vf[v]: for a vertex
//   with no edge, the face holding it (else -1). A.area[f]:
//   twice the signed area of face f, the sum over its
//   boundaries (outer ccw > 0, holes <= 0; face 0: its holes
//   only). A.at[i] = {kind, id} for Q[i]: {0, f} inside face
//   f, {1, k} on edge k (not at an end), {2, v} on vertex v.
// Time: O((n + k + Q) log(n + k + Q)), k the meeting pairs of
//   all_intersections; O(n + k + Q) memory. The edges at a
//   vertex are sorted by angle; nx[h] is the edge just before
//   h's twin in ccw order. A boundary is a part's outer one
//   iff it holds the last edge (angles in (-180, 180]) of its
//   least vertex. One sweep in (x, y) order over the vertices
//   and queries keeps the non-vertical edges crossing x = X +
//   0 in a set ordered by height; a query's face (and a
//   part's, from just below its least vertex) is above the
//   edge just below it, 0 if none.
// Precision: long long: exact in the coordinate range (|x|,|y|
//   <= 1e9, asserted) for the graph, faces and queries: the
//   vertices as all_intersections gives them (d <= 8e18, |x|,
//   |y| <= 8e27), a vertex's side of a segment <= 6.4e37 in
//   __int128, directions' cross <= 8e18 in long long. area is
//   a double from exact parts: each vertex minus an integer
//   point within 1 of the boundary's first vertex, rounded
//   once; a boundary of m edges errs by <= u m (m + 16) D^2, D
//   its diameter + 2 (u = 2^-53), wherever it lies; a face
//   adds u b S for b boundaries of total |area| S.
// Degenerate: n = 0: one face, area 0. A point segment is a
//   vertex (isolated unless on another segment); duplicates
//   and overlaps merge; many segments through a point meet at
//   one vertex. A tree part has one boundary, area 0. Integer
//   T only (all_intersections' static_assert).
// Source: de Berg et al., Computational Geometry, ch. 2 (the
//   doubly connected edge list; a hole's face from the edge
//   below its leftmost vertex) and ch. 6 (point location).
// Tests: unit sweep_arrangement_test; property
//   sweep_arrangement_prop; judge planar_arrangement; bench
//   arrangement_bench (against CGAL's Arrangement_2).
#pragma once
#include "all_intersections.hpp"
#include <algorithm>
#include <array>
#include <cassert>
#include <map>
#include <set>
#include <utility>
#include <vector>

namespace geo {

struct Arr {
  std::vector<RatPoint> v;
  std::vector<std::array<unsigned, 3>> e;
  std::vector<unsigned> nx;
  std::vector<int> f, vf;
  std::vector<double> area;
  std::vector<std::array<int, 2>> at;
};

template <class T>
Arr arrangement(std::vector<Segment<T>> s,
                std::vector<Point<T>> q = {}) {
  using W = RatPoint::W;
  using I2 = std::array<int, 2>;
  using R = RatPoint;
  using U = unsigned;
  auto pt = [](Point<T> p) { return R{p.x, p.y, 1}; };
  auto M = all_intersections(s);
  Arr A;
  auto& V = A.v;
  auto& E = A.e;
  for (auto& x : s)
    x = canonical(x), V.insert(V.end(), {pt(x.a), pt(x.b)});
  for (auto& m : M) V.push_back({m.x, m.y, m.d});
  std::sort(V.begin(), V.end());
  V.erase(std::unique(V.begin(), V.end()), V.end());
  auto id = [&](R p) {
    return U(std::lower_bound(V.begin(), V.end(), p) -
             V.begin());
  };
  std::vector<std::vector<U>> on;
  for (auto [a, b] : s) on.push_back({id(pt(a)), id(pt(b))});
  for (auto& m : M) {  // an overlap: its two ends on both
    U i = U(m.i), j = U(m.j), k = id({m.x, m.y, m.d}),
      l = m.piece ? id(pt(std::min(s[i].b, s[j].b))) : k;
    for (U x : {i, j}) on[x].push_back(k), on[x].push_back(l);
  }
  std::map<std::array<U, 2>, U> es;  // edge -> its segment
  for (U i = 0; i < on.size(); i++) {
    auto& o = on[i];
    std::sort(o.begin(), o.end());
    for (size_t j = 1; j < o.size(); j++)
      if (o[j - 1] < o[j]) es[{o[j - 1], o[j]}] = i;
  }
  for (auto [k, i] : es) E.push_back({k[0], k[1], i});
  U ne = U(E.size()), nv = U(V.size()), H = 2 * ne;
  auto fr = [&](U h) { return E[h / 2][h & 1]; };
  auto dir = [&](U h) {
    auto [a, b] = s[E[h / 2][2]];
    return h & 1 ? a - b : b - a;
  };
  std::vector<std::vector<U>> out(nv);
  std::vector<U> cy(H, H);
  auto& nx = A.nx = std::vector<U>(H);
  for (U h = 0; h < H; h++) out[fr(h)].push_back(h);
  for (auto& o : out) {  // by angle in (-180, 180] degrees
    std::sort(o.begin(), o.end(), [&](U g, U h) {
      auto a = dir(g), b = dir(h);
      bool x = a.y < 0 || (a.y == 0 && a.x > 0),
           y = b.y < 0 || (b.y == 0 && b.x > 0);
      return x != y ? x : a.cross(b) > 0;
    });
    for (size_t j = 0; j < o.size(); j++)
      nx[o[j] ^ 1] = o[(j + o.size() - 1) % o.size()];
  }
  std::vector<double> ca;  // twice the area of each boundary
  for (U h = 0; h < H; h++)
    if (cy[h] == H) {
      auto o = Point<W>(V[fr(h)].x, V[fr(h)].y) / V[fr(h)].d;
      auto d = [&](U g) {
        R p = V[fr(g)];
        return Point<double>(Point<W>(p.x, p.y) - o * p.d) /
               double(p.d);
      };
      double a = 0;
      for (U g = h; cy[g] == H; g = nx[g])
        cy[g] = U(ca.size()), a += d(g).cross(d(nx[g]));
      ca.push_back(a);
    }
  std::vector<int> fc(ca.size(), -1);  // the face of each
  // the sweep: edges crossing x = X + 0, lowest first
  R P{0, 0, 1};
  U pv = nv;  // P's vertex, if any
  auto sd = [&](U k, R p) {
    auto [a, b] = s[E[k][2]];
    W c = W(b.x - a.x) * (p.y - a.y * p.d) -
          W(b.y - a.y) * (p.x - a.x * p.d);
    return (c > 0) - (c < 0);
  };
  auto bel = [&](U i, U j) {   // i below j
    if (i == ne || j == ne) {  // P just below its vertex
      U k = i + j - ne;
      int c = sd(k, P);
      return (c > 0 || (!c && E[k][0] != pv)) == (j == ne);
    }
    U a = E[i][0], b = E[j][0];
    if (a == b) return dir(2 * i).cross(dir(2 * j)) > 0;
    return a > b ? sd(j, V[a]) < 0 : sd(i, V[b]) > 0;
  };
  std::set<U, decltype(bel)> st(bel);
  std::vector<decltype(st.begin())> it(ne);
  auto face = [&](R p, U v) {  // {0, face} or {1, edge}
    P = p, pv = v;
    auto x = st.lower_bound(ne);
    if (x == st.begin()) return I2{0, 0};
    U g = *--x;
    return v == nv && !sd(g, p) ? I2{1, int(g)}
                                : I2{0, fc[cy[2 * g]]};
  };
  std::vector<std::pair<R, U>> ev;  // vertex v, query v - nv
  for (U v = 0; v < nv; v++) ev.push_back({V[v], v});
  for (auto& p : q)
    assert(in_range(p, 1e9)),
        ev.push_back({pt(p), U(ev.size())});
  std::sort(ev.begin(), ev.end());
  int nf = 1;
  U u = nv, vo = ne;  // the last vertex, its edge up
  A.at.resize(q.size());
  for (auto [p, v] : ev)
    if (v >= nv)
      A.at[v - nv] = u < nv && V[u] == p ? I2{2, int(u)}
                     : vo < ne           ? I2{1, int(vo)}
                                         : face(p, nv);
    else {
      u = v, vo = ne;
      for (U t : {1u, 0u})  // the edges ending at v go first
        for (U h : out[v])
          if (U k = h / 2; (h & 1) != t) continue;
          else if (dir(h).x == 0) vo = t ? vo : k;
          else if (t) st.erase(it[k]);
          else it[k] = st.insert(k).first;
      for (U h : out[v])  // v is the least vertex of h's walk
        if (int& F = fc[cy[h]]; F < 0)  // outer: a part's hole
          F = cy[out[v].back()] == cy[h] ? face(V[v], v)[1]
                                         : nf++;
      A.vf.push_back(out[v].empty() ? face(V[v], v)[1] : -1);
    }
  for (U h = 0; h < H; h++) A.f.push_back(fc[cy[h]]);
  A.area.assign(size_t(nf), 0);
  for (U c = 0; c < ca.size(); c++) A.area[U(fc[c])] += ca[c];
  return A;
}

}  // namespace geo
