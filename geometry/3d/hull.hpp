// 3d/hull.hpp: 3-D convex hull (randomized incremental with a
// conflict graph).
// hull3d(p): Hull3 h. h.f: the hull's faces, triangles of
//   indices into p, each outward (orient3d(p[a], p[b], p[c],
//   q) <= 0 for every input point q) and non-degenerate. h.v:
//   the corners, increasing (distinct input points that are
//   extreme: not inside the hull, a face or an edge; one index
//   per distinct point).
// Volume and area: volume6(p, h.f), surface_area(p, h.f) of
//   3d/polyhedron.hpp (0 and the polygon's area when planar).
// Time: O(n log n) expected (insertion order shuffled by a
//   fixed seed: the same input gives the same output).
// Precision: long long: exact in the coordinate range
//   (docs/eps.md; asserted). Floating: eps is a length; a
//   point adds faces only if orient3d says it is strictly
//   outside one (the tetrahedron with the face has smallest
//   altitude > eps); the dimension tests: distance > eps from
//   p[0], from the line, orient3d. What this guarantees:
//   docs/3d/hull.md.
// Degenerate: empty -> no face, no corner; all equal (within
//   eps) -> v = {0}; all collinear -> v = the two ends; all
//   coplanar -> f triangulates the convex polygon once
//   (normals to one side), v its corners. Duplicates,
//   collinear and coplanar subsets: any number.
// Source: de Berg, Cheong, van Kreveld, Overmars, Comp. Geom.
//   (3rd ed.), ch. 11 (conflict graph); Clarkson and Shor,
//   DCG 4 (1989).
// Tests: unit 3d_hull_test; property 3d_hull_prop; judge
//   convex_hull_3d.
#pragma once
#include "point3.hpp"
#include <algorithm>
#include <array>
#include <cassert>
#include <numeric>
#include <random>
#include <vector>

namespace geo {

struct Hull3 {
  std::vector<std::array<int, 3>> f;
  std::vector<int> v;
};

template <class T> Hull3 hull3d(std::vector<Point3<T>> p) {
  using P = Point3<T>;
  int n = int(p.size()), a = 0, b = -1, c = -1, d = -1;
  for ([[maybe_unused]] auto& q : p) assert(in_range(q, 1e9));
  if (!n) return {};
  std::vector<int> o(n);
  std::iota(o.begin(), o.end(), 0);
  auto best = [&](auto f) {  // first index of the largest f
    return *std::max_element(
        o.begin(), o.end(),
        [&](int i, int j) { return f(i) < f(j); });
  };
  auto e = eps<T>;
  auto m = [&](int i) {
    return (p[b] - p[a]).cross(p[i] - p[a]);
  };
  auto t = [&](int i) {
    return (p[b] - p[a]).dot(p[i] - p[a]);
  };
  b = best([&](int i) { return dist2(p[a], p[i]); });
  if (dist2(p[a], p[b]) <= e * e) return {{}, {0}};
  c = best([&](int i) { return m(i).norm2(); });
  if (m(c).norm2() <= e * e * dist2(p[a], p[b])) {  // a line
    int x = best([&](int i) { return -t(i); }), y = best(t);
    return {{}, {std::min(x, y), std::max(x, y)}};
  }
  auto w = m(c);
  d = best([&](int i) {
    auto v = w.dot(p[i] - p[a]);
    return v < 0 ? -v : v;
  });
  bool flat = !orient3d(p[a], p[b], p[c], p[d]);
  if (flat) {  // an apex one unit off the plane, towards 0
    auto A = [](T x) { return x < 0 ? -x : x; };
    P u(1);
    if (A(w.y) > A(w.x)) u = P(0, 1);
    if (A(w.z) > std::max(A(w.x), A(w.y))) u = P(0, 0, 1);
    p.push_back(p[a] + u * T(p[a].dot(u) > 0 ? -1 : 1));
    d = n;
  }
  if (orient3d(p[a], p[b], p[c], p[d]) > 0) std::swap(b, c);
  std::shuffle(o.begin(), o.end(), std::mt19937(n));
  o.push_back(n);  // work on the points in shuffled order
  std::vector<int> r(n + 1);
  std::vector<P> s;
  for (int i = 0; i <= n; i++) r[o[i]] = i;
  for (int i = 0; i < int(p.size()); i++) s.push_back(p[o[i]]);
  p.swap(s), a = r[a], b = r[b], c = r[c], d = r[d];
  std::vector<std::array<int, 3>> F, N;  // N: across edge k
  std::vector<std::vector<int>> C, D(n + 1);  // conflicts
  std::vector<int> dead, at(n + 1), seen(n + 1, -1);
  auto vis = [&](int f, int q) {
    auto [x, y, z] = F[f];
    return orient3d(p[x], p[y], p[z], p[q]) > 0;
  };
  auto add = [&](int x, int y, int z) {
    F.push_back({x, y, z}), N.push_back({}), C.emplace_back();
    dead.push_back(0);
    return int(F.size()) - 1;
  };
  for (auto [x, y, z] :
       {std::array{a, b, c}, {a, c, d}, {a, d, b}, {b, d, c}})
    add(x, y, z);
  for (int f = 0; f < 4; f++)
    for (int g = 0; g < 4; g++)
      for (int k = 0; k < 3; k++)
        for (int j = 0; j < 3; j++)
          if (F[f][k] == F[g][(j + 1) % 3] &&
              F[f][(k + 1) % 3] == F[g][j])
            N[f][k] = g;
  for (int q = 0; q < n; q++)
    for (int f = 0; f < 4; f++)
      if (vis(f, q)) C[f].push_back(q), D[q].push_back(f);
  for (int i = 0; i < n; i++) {
    int G0 = int(F.size());
    for (int f : D[i])
      if (!dead[f]) dead[f] = 2;  // visible
    for (int f : D[i])
      for (int k = 0; k < 3 && dead[f] == 2; k++) {
        int g = N[f][k], u = F[f][k], G;
        if (dead[g]) continue;
        at[u] = G = add(u, F[f][(k + 1) % 3], i);
        N[G][0] = g;
        for (auto& x : N[g])
          if (x == f) x = G;
        for (int h : {f, g})
          for (int q : C[h])
            if (seen[q] != G && (seen[q] = G, vis(G, q)))
              C[G].push_back(q), D[q].push_back(G);
      }
    for (int G = G0; G < int(F.size()); G++) {
      int H = at[F[G][1]];
      N[G][1] = H, N[H][2] = G;
    }
    for (int f : D[i])
      if (dead[f] == 2)
        dead[f] = 1, std::vector<int>().swap(C[f]);
    std::vector<int>().swap(D[i]);
  }
  // corners: on three faces of distinct planes
  std::vector<int> f0(n + 1, -1), f1(n + 1, -1), cor(n + 1);
  auto same = [&](int f, int g) {  // coplanar faces
    auto [x, y, z] = F[f];
    for (int q : F[g])
      if (orient3d(p[x], p[y], p[z], p[q])) return false;
    return true;
  };
  Hull3 h;
  for (int g = 0; g < int(F.size()); g++) {
    if (dead[g]) continue;
    for (int x : F[g])
      if (f0[x] < 0) f0[x] = g;
      else if (!same(f0[x], g)) {
        if (f1[x] < 0) f1[x] = g;
        else if (!same(f1[x], g)) cor[x] = 1;
      }
    auto [x, y, z] = F[g];
    if (std::max({x, y, z}) < n)
      h.f.push_back({o[x], o[y], o[z]});
  }
  for (int x = 0; x < n; x++)
    if (cor[x]) h.v.push_back(o[x]);
  std::sort(h.v.begin(), h.v.end());
  return h;
}

}  // namespace geo
