// 3d/polyhedron.hpp: volume, surface area and centroid of a
// closed triangle mesh.
// A mesh is a point list p and faces f, index triples into p
//   (Hull3's f fits), each oriented OUTWARD: seen from
//   outside, a -> b -> c turns counter-clockwise, i.e. the
//   normal (b - a) x (c - a) points out. Closed: every edge
//   is used once in each direction (not checked; an open
//   mesh's volume depends on the reference point p[f[0][0]]).
// volume6(p, f): 6 x the signed volume, wide_t<T>: > 0 for an
//   outward mesh, its negative for an inward one (all faces
//   flipped).
// surface_area(p, f): the sum of the triangle areas,
//   real_t<T>, either orientation.
// centroid(p, f): the centre of mass of the solid,
//   Point3<real_t<T>>; the same for an inward mesh.
//   Precondition: volume6 != 0 (asserted).
// Time: O(|f|).
// Precision: long long: in the coordinate range (asserted,
//   O(|p|)): volume6 exact: each tetrahedron from the apex o
//   = p[f[0][0]] is (a - o) x (b - o) . (c - o), the cross
//   <= 8e18 per coordinate in long long, the dot <= 4.8e28 in
//   __int128, so the sum is exact for |f| <= 3.5e9. The area:
//   each cross exact, one norm each. centroid: the tetrahedra
//   summed in double (error ~u (|o| + the mesh's size) for a
//   convex mesh). Floating: rounding only, relative to the
//   apex: volume6 errs by ~10u times the sum over faces of
//   |a - o| |b - o| |c - o| (not relative to the volume: a
//   thin solid loses digits), whatever the mesh's offset;
//   surface_area: each triangle's area to ~u L / h relative
//   (L its longest side, h its least altitude: the cross
//   product of nearly parallel sides cancels).
// Degenerate: no faces: volume6 0, area 0, centroid asserts;
//   zero-area faces add 0.
// Source: the divergence theorem over a tetrahedron fan, e.g.
//   KACTL PolyhedronVolume.h.
// Tests: unit 3d_polyhedron_test; property 3d_polyhedron_prop.
#pragma once
#include "point3.hpp"
#include <array>
#include <cassert>
#include <vector>

namespace geo {

using Faces = std::vector<std::array<int, 3>>;
template <class T>
wide_t<T> volume6(const std::vector<Point3<T>>& p,
                  const Faces& f) {
  wide_t<T> s = 0;
  auto q = p.data();  // int indices, no sign conversion
  for ([[maybe_unused]] auto& x : p) assert(in_range(x, 1e9));
  for (auto [a, b, c] : f) {
    auto o = q[f[0][0]];
    s += (q[a] - o).cross(q[b] - o).dot(q[c] - o);
  }
  return s;
}
template <class T>
real_t<T> surface_area(const std::vector<Point3<T>>& p,
                       const Faces& f) {
  real_t<T> s = 0;
  auto q = p.data();
  for ([[maybe_unused]] auto& x : p) assert(in_range(x, 1e9));
  for (auto [a, b, c] : f)
    s += (q[b] - q[a]).cross(q[c] - q[a]).norm() / 2;
  return s;
}
template <class T>
Point3<real_t<T>> centroid(const std::vector<Point3<T>>& p,
                           const Faces& f) {
  using R = real_t<T>;
  using P = Point3<R>;
  wide_t<T> v = volume6(p, f);
  assert(v != 0 && "zero volume");
  P s;  // 24 V times (centroid - o)
  auto q = p.data();
  for (auto [a, b, c] : f) {
    auto o = q[f[0][0]], u = q[a] - o, w = q[b] - o,
         x = q[c] - o;
    s = s + P(u + w + x) * R(u.cross(w).dot(x));
  }
  return P(q[f[0][0]]) + s / (4 * R(v));
}

}  // namespace geo
