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
//   all_intersections on S and its ends as point segments;
//   O(n + k + Q) memory. The edges at a vertex are sorted by
//   angle in (-90, 270]; nx[h] is the edge just before h's
//   twin in ccw order. One sweep in (x, y) order over the
//   vertices and queries keeps the edges crossing x = X + 0
//   (a vertical one while the sweep is on it) in a set by
//   height. At a vertex v it walks the boundaries whose least
//   vertex is v: the one holding v's last edge is a part's
//   outer one, in the face above the edge just below v (0 if
//   none); the others are new faces. A query lies on the edge
//   just below or through it, else in the face above it.
// Precision: long long: exact in the coordinate range (|x|,|y|
//   <= 1e9, asserted) for the graph, faces and queries: the
//   vertices as all_intersections gives them (d <= 8e18, |x|,
//   |y| <= 8e27), a vertex's side of a segment <= 6.4e37 in
//   __int128 (its side()), directions' cross <= 8e18 in long
//   long. area is a double from exact parts: each vertex minus
//   an integer point within 1 of the boundary's first vertex,
//   rounded once; a boundary of m edges errs by <= u m (m +
//   16) D^2, D its diameter + 2 (u = 2^-53), wherever it lies;
//   a face adds u b S for b boundaries of total |area| S.
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
  std::vector<double> area{0};
  std::vector<std::array<int, 2>> at;
};

template <class T>
Arr arrangement(std::vector<Segment<T>> s,
                std::vector<Point<T>> q = {}) {
  using R = RatPoint;
  using U = unsigned;
  using I2 = std::array<int, 2>;
  Arr A;
  U n = U(s.size());
  for (U i = 0; i < n; i++)  // ends as points
    for (auto p : {(s[i] = canonical(s[i])).a, s[i].b})
      s.push_back({p, p});
  std::vector<U> l(n, ~0u);  // the last vertex on segment k
  std::map<std::array<U, 2>, U> es;  // edge -> its segment
  std::vector<std::pair<R, U>> ev;   // vertex v, query v - nv
  for (auto [i, j, pc, x, y, d] : all_intersections(s)) {
    if (R p{x, y, d}; ev.empty() || ev.back().first < p)
      ev.push_back({p, U(ev.size())}), A.v.push_back(p);
    U v = U(ev.size() - 1);
    for (U k : {U(i), U(j)})
      if (k < n && l[k] != v) es[{l[k], v}] = k, l[k] = v;
  }
  for (auto [k, i] : es)  // not {~0u, a segment's first}
    if (k[0] < k[1]) A.e.push_back({k[0], k[1], i});
  U ne = U(A.e.size()), nv = U(A.v.size()), H = 2 * ne;
  auto dir = [&](U h) {
    auto [a, b] = s[A.e[h / 2][2]];
    return h & 1 ? a - b : b - a;
  };
  std::vector<std::vector<U>> out(nv);
  A.nx.resize(H), A.f.assign(H, -1), A.v.resize(nv + 1);
  for (U h = H; h--;) out[A.e[h / 2][h & 1]].push_back(h);
  for (auto& o : out) {  // by angle in (-90, 270] degrees
    std::sort(o.begin(), o.end(), [&](U g, U h) {
      auto a = dir(g), b = dir(h), z = Point<T>();
      return (a < z) != (b < z) ? b < z : a.cross(b) > 0;
    });
    for (U j = 0, m = U(o.size()); j < m; j++)
      A.nx[o[j] ^ 1] = o[(j ? j : m) - 1];
  }
  int nf = 1;
  auto walk = [&](U h, int F) {  // h's boundary, in face F
    R p = A.v[A.e[h / 2][h & 1]], o{p.x / p.d, p.y / p.d, 1};
    auto d = [&](U g) {  // vertex - o, rounded once
      R r = A.v[A.e[g / 2][g & 1]];
      return R{r.x - o.x * r.d, r.y - o.y * r.d, r.d}.point();
    };
    double a = 0;
    for (U g = h; A.f[g] < 0; g = A.nx[g])
      A.f[g] = F, a += d(g).cross(d(A.nx[g]));
    A.area.resize(U(nf)), A.area[U(F)] += a;
  };
  // the sweep: edges crossing x = X + 0, lowest first
  auto sd = [&](U k, R p) { return side(s[A.e[k][2]], p); };
  auto bel = [&](U i, U j) {  // i below j
    U a = i < ne ? A.e[i][0] : nv, b = j < ne ? A.e[j][0] : nv;
    if (a == b) return dir(2 * i).cross(dir(2 * j)) > 0;
    return a > b ? sd(j, A.v[a]) < 0 : sd(i, A.v[b]) > 0;
  };
  std::set<U, decltype(bel)> st(bel);
  auto face = [&](R p) {  // {0, face} or {1, edge}
    auto x = (A.v[nv] = p, st.upper_bound(ne));
    if (x == st.begin()) return I2{0, 0};
    U g = *--x;
    return sd(g, p) ? I2{0, A.f[2 * g]} : I2{1, int(g)};
  };
  for (auto& p : q)
    assert(in_range(p, 1e9)),
        ev.push_back({{p.x, p.y, 1}, U(ev.size())});
  std::sort(ev.begin(), ev.end()), A.at.resize(q.size());
  U u = nv;  // the last vertex
  for (auto [p, v] : ev)
    if (v >= nv)
      A.at[v - nv] =
          u < nv && A.v[u] == p ? I2{2, int(u)} : face(p);
    else {
      auto& o = out[u = v];
      for (U i = U(o.size()); i--;) {  // the ends first
        U h = o[i];  // o.back() unseen: an outer boundary
        if (A.f[h] < 0)
          walk(h, i + 1 < o.size() ? nf++ : face(p)[1]);
        h & 1 ? void(st.erase(h / 2)) : void(st.insert(h / 2));
      }
      A.vf.push_back(o.empty() ? face(p)[1] : -1);
    }
  A.v.pop_back();
  return A;
}

}  // namespace geo
