// polygon/triangulate_fast.hpp: triangulation of a simple
// polygon in O(n log n): monotone pieces, then a stack.
// triangulate_fast(P): the contract of polygon/triangulate.hpp
//   (n - 2 counter-clockwise triangles of positive area, as
//   index triples, tiling P; P simple, either orientation,
//   collinear vertices allowed), other triangles.
//   1. Sweep in (x, y) order; a set holds the edges crossing
//   the sweep line with P[e] < P[e + 1] (interior above),
//   each with a helper; split and merge vertices get
//   diagonals, so every face is monotone in (x, y) order.
//   2. Faces: edges sorted by angle at each vertex; a face is
//   walked from its first vertex along its lower chain.
//   3. Each face in order with a stack (pop while the turn is
//   strict: a straight angle stays for a diagonal).
// Time: O(n log n); O(n) memory.
// Precision: long long: exact for |x|,|y| <= 1e9 (orient in
//   __int128; area2's assert). Floating: orient with eps: the
//   exact-coordinate answer while every vertex triple is
//   collinear or has smallest altitude >= 2 eps, |x|,|y| <=
//   eps / (23 u); else unspecified, {} when the sweep finds
//   no edge below a vertex (use integers).
// Degenerate: n < 3 or zero area (all collinear): {}.
//   Not simple: unspecified (not checked).
// Source: Garey, Johnson, Preparata, Tarjan, "Triangulating a
//   simple polygon" (IPL 1978); de Berg et al., Computational
//   Geometry, ch. 3 (vertex types, helpers).
// Tests: unit polygon_triangulate_test (both variants),
//   polygon_triangulate_fast_test; property
//   polygon_triangulate_prop; judge polygon_triangulation.
#pragma once
#include "../orient.hpp"
#include "area.hpp"
#include <algorithm>
#include <array>
#include <set>
#include <utility>
#include <vector>

namespace geo {

template <class T>
std::vector<std::array<int, 3>> triangulate_fast(
    const std::vector<Point<T>>& P) {
  typedef size_t I;
  I n = P.size();
  std::vector<std::array<int, 3>> r;
  auto A = area2(P);  // clockwise: orient mirrored
  if (n < 3 || A == 0) return r;
  auto o = [&](I a, I b, I c) {
    return (A < 0 ? -1 : 1) * orient(P[a], P[b], P[c]);
  };
  auto lt = [&](I a, I b) { return P[a] < P[b]; };
  auto nx = [&](I i) { return (i + 1) % n; };
  auto pv = [&](I i) { return (i + n - 1) % n; };
  std::vector<std::vector<I>> G(n);
  std::vector<I> id(n), H(n), U(n);  // U: upper chain
  auto seg = [&](I a, I b) {
    G[a].push_back(b), G[b].push_back(a);
  };
  auto cmp = [&](I e, I f) {  // e below f; >= n: a point
    I a = e % n, c = f % n, b = e < n ? nx(a) : a,
      d = f < n ? nx(c) : c;
    return lt(a, c) ? o(a, b, c) > 0 : o(c, d, a) < 0;
  };
  auto fix = [&](I e, I v) {  // helper a merge vertex
    I h = H[e];
    if (lt(pv(h), h) && lt(nx(h), h) && o(pv(h), h, nx(h)) < 0)
      seg(h, v);
  };
  std::set<I, decltype(cmp)> S(cmp);
  for (I i = 0; i < n; i++) id[i] = i, seg(i, nx(i));
  std::sort(id.begin(), id.end(), lt);
  for (I v : id) {
    I p = pv(v);
    bool ap = lt(p, v), aq = lt(nx(v), v);
    if (ap) fix(p, v), S.erase(p);
    if (ap == aq ? o(p, v, nx(v)) < 0 : aq) {
      auto it = S.lower_bound(v + n);
      if (it == S.begin()) return {};  // floating only
      I j = *--it;                     // the edge below v
      if (aq) fix(j, v);
      else seg(H[j], v);
      H[j] = v;
    }
    if (!aq) H[v] = v, S.insert(v);
  }
  for (I v = 0; v < n; v++)  // counter-clockwise from -90
    std::sort(G[v].begin(), G[v].end(), [&](I a, I b) {
      bool x = lt(a, v), y = lt(b, v);
      return x != y ? y : o(v, a, b) > 0;
    });
  for (I v = 0; v < n; v++)
    for (I k = 0, d = G[v].size(); k < d; k++) {
      I w = G[v][k];
      if (lt(w, v) || lt(G[v][(k + 1) % d], v) || w == pv(v))
        continue;  // v is not the first vertex of this face
      std::vector<I> F{v}, st;
      for (I a = v, b = w; b != v;) {
        auto& g = G[b];
        I j = I(std::find(g.begin(), g.end(), a) - g.begin());
        F.push_back(b);
        a = b, b = g[(j + g.size() - 1) % g.size()];
      }
      I t = I(std::max_element(F.begin(), F.end(), lt) -
              F.begin());
      for (I i = 0; i < F.size(); i++) U[F[i]] = i > t;
      std::sort(F.begin(), F.end(), lt);
      auto tri = [&](I a, I b, I x) {
        if (orient(P[a], P[b], P[x]) < 0) std::swap(b, x);
        r.push_back({int(a), int(b), int(x)});
      };
      for (I x : F) {
        if (st.size() < 2) {
          st.push_back(x);
        } else if (x == F.back() || U[x] != U[st.back()]) {
          for (I i = 1; i < st.size(); i++)
            tri(st[i - 1], st[i], x);
          st = {st.back(), x};
        } else {
          for (I y = 0; st.size() > 1 &&
                        o(y = st[st.size() - 2], st.back(),
                        x) == (U[x] ? -1 : 1);
               st.pop_back())
            tri(y, st.back(), x);
          st.push_back(x);
        }
      }
    }
  return r;
}

}  // namespace geo
