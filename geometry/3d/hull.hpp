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
//   p[0], from the line, orient3d. Points eps/2 to ~100 eps
//   from the planes of others can give faces that do not
//   close (not checked): docs/3d/hull.md.
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
  using I = unsigned;  // indices
  I n = I(p.size()), a = 0, b = 0, c = 0, d = n, x = 0,
    N = ~I(0);
  for ([[maybe_unused]] auto& q : p) assert(in_range(q, 1e9));
  if (!n) return {};
  auto e = eps<T>;
  auto m = [&](I i) {
    return (p[b] - p[a]).cross(p[i] - p[a]);
  };
  for (I i = 0; i < n; i++)  // b: the farthest from a
    if (dist2(p[a], p[i]) > dist2(p[a], p[b])) b = i;
  if (dist2(p[a], p[b]) <= e * e) return {{}, {0}};
  for (I i = 0; i < n; i++)  // c: the farthest from ab
    if (m(i).norm2() > m(c).norm2()) c = i;
  if (m(c).norm2() <= e * e * dist2(p[a], p[b])) {
    for (I i = 0; i < n; i++)  // a line: b is an end
      if (dist2(p[b], p[i]) > dist2(p[b], p[x])) x = i;
    return {{}, {int(std::min(x, b)), int(std::max(x, b))}};
  }
  for (I i = n; i--;)
    if (orient3d(p[a], p[b], p[c], p[i])) d = i;
  if (d == n) {  // flat: an apex 1 off the plane, towards 0
    auto w = m(c);
    auto A = [](T v) { return v < 0 ? -v : v; };
    T X = A(w.x), Y = A(w.y), Z = A(w.z);  // the largest axis
    P u(X >= Y && X >= Z, X < Y && Y >= Z, X < Z && Y < Z);
    p.push_back(p[a] + u * T(p[a].dot(u) > 0 ? -1 : 1));
  }
  if (orient3d(p[a], p[b], p[c], p[d]) > 0) b ^= c ^= b ^= c;
  std::vector<std::array<I, 3>> F;
  std::vector<std::vector<I>> C, D(n + 1);  // conflicts
  std::vector<std::array<I, 3>> B;  // B[f][k]: across edge k
  std::vector<I> o(n), dead, seen(n + 1, N), at(n + 1);
  auto side = [&](I f, I q) {
    auto [y, z, w] = F[f];
    return orient3d(p[y], p[z], p[w], p[q]);
  };
  auto add = [&](I y, I z, I w) {
    F.push_back({y, z, w}), B.push_back({}), C.emplace_back();
    return dead.push_back(0), I(F.size() - 1);
  };
  for (auto [y, z, w] :
       {std::array{a, b, c}, {a, c, d}, {a, d, b}, {b, d, c}})
    add(y, z, w);
  for (I f = 0; f < 16; f++)
    for (I k = 0; k < 9; k++)
      if (F[f / 4][k / 3] == F[f % 4][(k + 1) % 3] &&
          F[f / 4][(k / 3 + 1) % 3] == F[f % 4][k % 3])
        B[f / 4][k / 3] = f % 4;
  for (I q = 0; q < n; q++)
    for (I f = 0; f < 4; f++)
      if (side(f, q) > 0) C[f].push_back(q), D[q].push_back(f);
  std::iota(o.begin(), o.end(), 0);
  std::shuffle(o.begin(), o.end(), std::mt19937_64(n));
  for (I i : o) {
    I G0 = I(F.size());
    for (I f : D[i])
      if (!dead[f]) dead[f] = i + 1;  // visible
    for (I f : D[i]) {
      for (I k = 0; k < 3 && dead[f] == i + 1; k++) {
        I g = B[f][k], u = F[f][k], G;
        if (dead[g]) continue;
        at[u] = G = add(u, F[f][(k + 1) % 3], i);
        B[G][0] = g;
        for (auto& y : B[g])
          if (y == f) y = G;
        for (I h : {f, g})
          for (I q : C[h])
            if (seen[q] != G && (seen[q] = G, side(G, q) > 0))
              C[G].push_back(q), D[q].push_back(G);
      }
      C[f] = {};
    }
    for (I G = G0; G < F.size(); G++)
      B[G][1] = at[F[G][1]], B[at[F[G][1]]][2] = G;
    D[i] = {};
  }
  // corners: on faces of three distinct planes
  std::vector<std::array<I, 3>> q(n + 1, {N, N, 0});
  auto same = [&](I f, I g) {
    return !side(f, F[g][0]) && !side(f, F[g][1]) &&
           !side(f, F[g][2]);
  };
  Hull3 h;
  for (I g = 0; g < F.size(); g++) {
    if (dead[g]) continue;
    for (I y : F[g]) {
      auto& [f0, f1, k] = q[y];
      if (f0 == N) f0 = g;
      if (same(f0, g)) continue;
      if (f1 == N) f1 = g;
      k |= !same(f1, g);
    }
    auto [y, z, w] = F[g];
    if (std::max({y, z, w}) < n)
      h.f.push_back({int(y), int(z), int(w)});
  }
  for (I y = 0; y < n; y++)
    if (q[y][2]) h.v.push_back(int(y));
  return h;
}

}  // namespace geo
