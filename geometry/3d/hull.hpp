// 3d/hull.hpp: 3-D convex hull (randomized incremental, one
// conflict face per point).
// hull3d(p): Hull3 h. h.f: the hull's faces, triangles of
//   indices into p, each outward (orient3d(p[a], p[b], p[c],
//   q) <= 0 for every input point q; floating: on the
//   lattice below) and non-degenerate, a closed surface;
//   their vertices are exactly the corners. h.v: the corners,
//   increasing (distinct input points that are extreme: not
//   inside the hull, a face or an edge; one index per distinct
//   point, the copy the hull used).
// Volume and area: volume6(p, h.f), surface_area(p, h.f) of
//   3d/polyhedron.hpp (0 and the polygon's area when planar).
// Time: O(n log n) expected in general position (a point's
//   walk over the removed faces it sees is paid by the
//   conflicts of Clarkson-Shor's bound); coplanar points: no
//   facet is re-triangulated as a whole (docs/3d/hull.md:
//   measured on pyramids, prisms, lattices). Insertion order
//   shuffled by a fixed seed (same input, same output).
//   3d/hull_fast.hpp: the same contract, faster.
// Precision: long long: exact in the coordinate range
//   (docs/eps.md; asserted). Floating: the dimension is
//   decided with eps as a length (all within eps of p[0]: one
//   point; of the line ab: a segment; of the plane abc by
//   orient3d: flat); then each x becomes the long long point
//   round((x - p[0]) / g), g the least power of 2 above
//   max(eps / 4, (largest distance from p[0]) / 1e9) (flat:
//   the coordinate along which the normal of abc is longest
//   set to 0), and h is the exact hull of those points: a
//   closed surface whatever the rounding, exact for integer
//   -valued input (g divides exactly); every input point
//   within sqrt(3) g of the hull of the corners (solid; flat:
//   of the polygon projected along that axis). Points
//   rounded to one lattice point are one point.
// Degenerate: empty -> no face, no corner; all equal (within
//   eps) -> v = {0}; all collinear (within eps of the line
//   ab) -> v = the two ends; all coplanar -> f triangulates
//   the convex polygon once (normals to one side), v its
//   corners. Duplicates,
//   collinear and coplanar subsets: any number.
//   NaN or infinite coordinates: a precondition (asserted).
// Source: de Berg, Cheong, van Kreveld, Overmars, Comp. Geom.
//   (3rd ed.), ch. 11 (Lemma 11.4: a point outside a new face
//   is outside one of the two old faces at its horizon edge);
//   Clarkson and Shor, DCG 4 (1989); Barber, Dobkin,
//   Huhdanpaa, ACM TOMS 22 (1996) (one conflict face per
//   point).
// Tests: unit 3d_hull_test (both variants, a 40001-point
//   pyramid); property 3d_hull_prop (both variants); judge
//   convex_hull_3d (hull_fast; its pyramids take hull3d's
//   path).
#pragma once
#include "point3.hpp"
#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <random>
#include <utility>
#include <vector>

namespace geo {

struct Hull3 {
  std::vector<std::array<int, 3>> f;
  std::vector<int> v;
};

template <class T> Hull3 hull3d(std::vector<Point3<T>> p) {
  using I = unsigned;                             // indices
  auto [n, h] = std::pair(I(p.size()), Hull3());  // h: result
  std::vector<I> o(n), at(n + 1), V, Z, K(n + 1), D(2);
  for (I i = n; i--;) o[i] = i, assert(in_range(p[i], 1e9));
  if (!n) return {};
  auto far = [&](auto k, I r = 0) {  // first largest k(i)
    for (I i : o) r = k(i) > k(r) ? i : r;
    return r;
  };
  auto a = p[0];
  I b = far([&](I i) { return dist2(a, p[i]); }), c, d, e;
  auto m = [&](I i) { return (p[b] - a).cross(p[i] - a); };
  if (dist2(a, p[b]) <= eps<T> * eps<T>) return {{}, {0}};
  c = far([&](I i) { return m(i).norm2(); });
  if (m(c).norm2() <= eps<T> * eps<T> * dist2(a, p[b]))
    return d = far([&](I i) { return dist2(p[b], p[i]); }),
           Hull3{{}, {int(d < b ? d : b), int(d < b ? b : d)}};
  std::vector<std::array<I, 3>> F{{0, b, c}, {0, c, b}},
      B{{1, 1, 1}, {0, 0, 0}};       // B[f][k]: across edge k
  std::vector<std::vector<I>> C(2);  // C[f]: points out of f
  auto s = [&](I q, I f = 0) {       // F[0]: the plane abc
    return orient3d(p[F[f][0]], p[F[f][1]], p[F[f][2]], p[q]);
  };
  d = far([&](I i) { return s(i) != 0; });
  if constexpr (!is_exact_v<T>) {  // exact, on a lattice
    auto [N, g] = std::pair(m(c), dist(a, p[b]) / T(1e9));
    g = std::max(g, eps<T> / 4);  // then up to a power of 2:
    g = std::ldexp(T(1), std::ilogb(g) + 1);  // exact division
    T x = std::abs(N.x), y = std::abs(N.y), z = std::abs(N.z);
    auto r = [](T t) { return std::llround(t); };
    std::vector<Point3<long long>> q;
    for (auto v : p) {
      v = (v - a) / g;
      if (!s(d))  // flat: drop the axis N is longest along
        (x >= std::max(y, z) ? v.x : y >= z ? v.y : v.z) = 0;
      q.emplace_back(r(v.x), r(v.y), r(v.z));
    }
    return hull3d(q);
  }
  // flat (no d off the plane abc): d = an apex 1 to 3 off a,
  // towards 0
  if (p.push_back(a); !s(d)) d = n;
  for (T* x : {&p[n].x, &p[n].y, &p[n].z})
    if (!s(d)) *x += *x > 0 ? -1 : 1;
  std::shuffle(o.begin(), o.end(), std::mt19937_64(n));
  // d first; a point on the plane goes to the face d sees
  // (s is -1, 0 or 1: the sign of 2 s(q) + s(d) is s(q)'s, or
  // s(d)'s when s(q) = 0)
  o.insert(o.begin(), d);
  for (I q : o) C[K[q] = 2 * s(q) + s(d) < 0].push_back(q);
  for (I i : o) {
    if (D[K[i]]) continue;  // K[i]: a live face i is out of
    // a corner w of f stops being one: i on or out of all the
    // faces around w (across the edge into w)
    auto gone = [&](I f) {  // i out of f, or on it and a
      if (int t = s(i, f)) return t > 0;  // corner of f goes
      for (I w : F[f])
        for (I g = f; s(i, g) >= 0;)
          if ((g = B[g][F[g][0] == w ? 2 : F[g][2] == w]) == f)
            return true;
      return false;
    };
    // V: the faces i is out of, and those of dropped corners
    V = {K[i]}, D[K[i]] = n, e = I(F.size());
    for (I j = 0; j < V.size(); j++)
      for (I g : B[V[j]])
        if (!D[g] && gone(g)) D[g] = n, V.push_back(g);
    for (I f : V)
      for (I k = 0; k < 3; k++)  // horizon edge u -> v: new
        // face G = (u, v, i) beside the kept g, at[u] = G
        if (I g = B[f][k], u = F[f][k]; !D[g])
          at[u] = B[f][k] = I(F.size()), B.push_back({g}),
          B[g][F[g][0] == u ? 2 : F[g][2] == u] = B[f][k],
          F.push_back({u, F[f][(k + 1) % 3], i});
    for (I G = e; G < F.size(); G++)
      B[G][1] = at[F[G][1]], B[at[F[G][1]]][2] = G;
    // q of a removed face walks the removed faces it is out of
    // (Z; D[f] = ~q: dead, seen by q) to the horizon: a new
    // face there, or the kept face beside it, if q is out of
    // any live face (hull.md)
    C.resize(F.size()), D.resize(F.size());
    for (I f : V)
      for (I q : std::exchange(C[f], {}))
        for (I z = (Z = {f}, D[f] = ~q, 0);
             z < Z.size() && D[K[q]]; z++)
          for (I y : B[Z[z]])
            if (D[y] && D[y] != ~q && (D[y] = ~q, s(q, y) > 0))
              Z.push_back(y);
            else if (!D[y])
              for (I x : {y, B[y][0]})
                if (D[K[q]] && s(q, x) > 0)
                  C[K[q] = x].push_back(q);
  }
  // the faces' vertices are the corners
  for (I g = 0; g < F.size(); g++)
    if (auto [x, y, z] = F[g]; std::max({x, y, z, D[g]}) < n)
      h.f.push_back({int(x), int(y), int(z)}),
          K[x] = K[y] = K[z] = g;
  for (I y = 0; y < n; y++)
    if (!D[K[y]]) h.v.push_back(int(y));
  return std::move(h);
}

}  // namespace geo
