// 3d/hull_fast.hpp: hull3d's contract, faster for long long.
// hull3d_fast(p): a Hull3 with the corners h.v of hull3d(p)
//   (a repeated corner may be named by another copy) and faces
//   h.f meeting the same contract (the same surface, vertices
//   the corners; which diagonals cut a facet may differ).
//   Types other than long long, fewer than 4 points, and all
//   points equal, collinear or coplanar go to hull3d itself
//   (the same output).
// Time: as hull3d (O(n log n) expected conflict changes);
//   per point flat in a cube, 1.9x on a sphere from 1e4 to
//   1e6 (tests/bench/README.md). A pass drops the points
//   strictly inside a box B checked to lie in the hull of the
//   extreme points in the 8 diagonal directions
//   (Akl-Toussaint); the rest is renumbered along a
//   Morton curve and inserted in a biased randomized order
//   (shuffled rounds of doubling size, Morton order in each;
//   fixed seed), one conflict face per point in a linked list,
//   faces recycled, each face's plane kept as doubles: a side
//   is its sign unless within the rounding bound, else
//   orient3d decides.
// Precision: long long: exact in the coordinate range
//   (asserted): the normal N = (b - a) x (c - a) is exact in
//   long long (<= 8e18 per coordinate); rounding it to doubles
//   and the two dot products err by at most ~13 u |N|_1 M
//   (u = 2^-53, M the largest |coordinate| kept); the filter
//   answers only beyond 4e-15 |N|_1 M (36 u). Other types: as
//   hull3d.
// Degenerate: as hull3d (its own code decides them).
// Source: Amenta, Choi, Rote, "Incremental constructions con
//   BRIO", SoCG 2003 (the order keeps the expected bound);
//   Akl and Toussaint, IPL 7 (1978) (dropping inside points);
//   Barber, Dobkin, Huhdanpaa, ACM TOMS 22 (1996) (one outside
//   set per point, the points above a removed face need only
//   the new faces); Shewchuk (1997) (filtered predicates).
// Tests: unit 3d_hull_fast_test, 3d_hull_test (both
//   variants); property 3d_hull_prop (both variants); judge
//   convex_hull_3d; bench hull3d_bench.
#pragma once
#include "hull.hpp"
#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <numeric>
#include <random>
#include <type_traits>
#include <vector>

namespace geo {

template <class T>
Hull3 hull3d_fast(std::vector<Point3<T>> p) {
  using I = unsigned;
  using L = long long;
  using P = Point3<L>;
  if constexpr (!std::is_same_v<T, L>) {
    return hull3d(std::move(p));
  } else {
    I n = I(p.size()), N = ~I(0);
    for ([[maybe_unused]] auto& q : p)
      assert(in_range(q, 1e9));
    if (n < 4) return hull3d(std::move(p));
    // B: a box inside the hull of 8 diagonal extremes
    std::array<I, 8> E{};
    for (I i = 0; i < n; i++)
      for (I s = 0; s < 8; s++) {
        auto k = [&](I j) {
          return (s & 1 ? p[j].x : -p[j].x) +
                 (s & 2 ? p[j].y : -p[j].y) +
                 (s & 4 ? p[j].z : -p[j].z);
        };
        if (k(i) > k(E[s])) E[s] = i;
      }
    L lo[3], hi[3];
    for (I k = 0; k < 3; k++) lo[k] = -(hi[k] = L(3e9));
    for (I s = 0; s < 8; s++)
      for (I k = 0; k < 3; k++) {
        L v = k == 0   ? p[E[s]].x
              : k == 1 ? p[E[s]].y
                       : p[E[s]].z;
        if (s >> k & 1) hi[k] = std::min(hi[k], v);
        else lo[k] = std::max(lo[k], v);
      }
    std::vector<P> e;
    for (I s : E) e.push_back(p[s]);
    auto H = hull3d(e);
    bool box = !H.f.empty() && lo[0] < hi[0] &&
               lo[1] < hi[1] && lo[2] < hi[2],
         solid = false;  // a flat H: every corner on face 0
    for (int v : H.v)
      if (box)
        solid |= orient3d(e[I(H.f[0][0])], e[I(H.f[0][1])],
                          e[I(H.f[0][2])], e[I(v)]) < 0;
    box &= solid;
    for (I c = 0; c < 8 && box; c++) {
      P q(c & 1 ? hi[0] : lo[0], c & 2 ? hi[1] : lo[1],
          c & 4 ? hi[2] : lo[2]);
      for (auto [x, y, z] : H.f)
        box &= orient3d(e[I(x)], e[I(y)], e[I(z)], q) <= 0;
    }
    std::vector<I> id;  // the points kept, in Morton order
    std::vector<std::pair<unsigned long long, I>> mo;
    for (I i = 0; i < n; i++)
      if (!box || !(lo[0] < p[i].x && p[i].x < hi[0] &&
                    lo[1] < p[i].y && p[i].y < hi[1] &&
                    lo[2] < p[i].z && p[i].z < hi[2])) {
        unsigned long long m = 0;
        L c[3] = {p[i].x, p[i].y, p[i].z};
        for (int b = 20; b >= 0; b--)
          for (int k = 0; k < 3; k++)
            m = m << 1 |
                ((unsigned long long)(c[k] + L(1e9)) >>
                     (b + 10) &
                 1);
        mo.push_back({m, i});
      }
    std::sort(mo.begin(), mo.end());
    I m = I(mo.size());
    std::vector<P> q(m);
    for (I i = 0; i < m; i++)
      id.push_back(mo[i].second), q[i] = p[id[i]];
    // the first simplex: degenerate input goes to hull3d
    I a = 0, b = 0, c = 0, d = m;
    for (I i = 0; i < m; i++)
      if (dist2(q[a], q[i]) > dist2(q[a], q[b])) b = i;
    auto X = [&](I i) {
      return (q[b] - q[a]).cross(q[i] - q[a]);
    };
    for (I i = 0; i < m; i++)
      if (X(i).norm2() > X(c).norm2()) c = i;
    for (I i = m; i--;)
      if (orient3d(q[a], q[b], q[c], q[i])) d = i;
    if (d == m) return hull3d(std::move(p));
    double M = 1;
    for (auto& r : q)
      M = std::max({M, std::fabs(double(r.x)),
                    std::fabs(double(r.y)),
                    std::fabs(double(r.z))});
    struct Face {
      std::array<I, 3> v, nb;
      double x, y, z, w, err;
      I head;
      bool dead;
    };
    std::vector<Face> F;
    std::vector<I> fr, nf;  // free faces, the step's new faces
    F.reserve(2 * m + 64);
    auto add = [&](I u, I v, I w) {
      P A = q[u], n3 = (q[v] - A).cross(q[w] - A);
      double x = double(n3.x), y = double(n3.y),
             z = double(n3.z);
      Face f{
          {u, v, w},
          {},
          x,
          y,
          z,
          x * double(A.x) + y * double(A.y) + z * double(A.z),
          4e-15 *
              (std::fabs(x) + std::fabs(y) + std::fabs(z)) * M,
          N,
          false};
      I g = I(F.size());
      if (fr.empty()) F.push_back(f);
      else g = fr.back(), fr.pop_back(), F[g] = f;
      return nf.push_back(g), g;
    };
    auto side = [&](I f, I i) {
      auto& g = F[f];
      double v = g.x * double(q[i].x) + g.y * double(q[i].y) +
                 g.z * double(q[i].z) - g.w;
      if (v > g.err) return 1;
      if (v < -g.err) return -1;
      return orient3d(q[g.v[0]], q[g.v[1]], q[g.v[2]], q[i]);
    };
    std::vector<I> K(m), nx(m, N), at(m), V, o(m);
    auto link = [&](I i, I g) {
      K[i] = g, nx[i] = F[g].head, F[g].head = i;
    };
    add(a, b, c), add(a, c, b), nf.clear();
    F[0].nb = {1, 1, 1}, F[1].nb = {0, 0, 0};
    std::iota(o.begin(), o.end(), 0);
    std::shuffle(o.begin(), o.end(), std::mt19937_64(n));
    for (I r = 1; r < m; r *= 2)  // BRIO rounds [r, 2r)
      std::sort(o.begin() + r, o.begin() + std::min(2 * r, m));
    I kd = orient3d(q[a], q[b], q[c], q[d]) < 0;
    for (I i : o) {  // the plane's points: in the face d sees
      int s = orient3d(q[a], q[b], q[c], q[i]);
      link(i, s ? s < 0 : kd);
    }
    o.insert(o.begin(), d);  // d first
    for (I i : o) {
      if (K[i] == N) continue;
      V = {K[i]}, F[K[i]].dead = 1, nf.clear();
      for (I j = 0; j < V.size(); j++)
        for (I k = 0, f = V[j]; k < 3; k++) {
          I g = F[f].nb[k], u = F[f].v[k],
            v = F[f].v[(k + 1) % 3];
          if (!F[g].dead && side(g, i) >= 0)
            F[g].dead = 1, V.push_back(g);
          if (F[g].dead) continue;
          I G = at[u] = add(u, v, i);
          F[G].nb[0] = g;
          F[g].nb[(F[g].v[1] == v) + 2 * (F[g].v[2] == v)] = G;
        }
      for (I G : nf) {
        I h = at[F[G].v[1]];
        F[G].nb[1] = h, F[h].nb[2] = G;
      }
      for (I f : V)
        for (I j = F[f].head, t; j != N; j = t) {
          t = nx[j], K[j] = N;
          for (I g : nf)
            if (side(g, j) > 0) {
              link(j, g);
              break;
            }
        }
      fr.insert(fr.end(), V.begin(), V.end());
    }
    Hull3 h;
    std::vector<char> c3(n);
    for (auto& f : F)
      if (!f.dead) {
        std::array<int, 3> t;
        for (I k = 0; k < 3; k++)
          t[k] = int(id[f.v[k]]), c3[id[f.v[k]]] = 1;
        h.f.push_back(t);
      }
    for (I i = 0; i < n; i++)
      if (c3[i]) h.v.push_back(int(i));
    return h;
  }
}

}  // namespace geo
