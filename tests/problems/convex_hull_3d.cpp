// convex_hull_3d (a problem of our own, no upstream judge): N (1 <= N <= 1e5) points x y z,
// integers with |.| <= 1e6 (duplicates, coplanar and collinear sets allowed). Output: V, the
// number of extreme points (distinct points that are corners of the hull), then A W, the
// surface area and the volume (absolute or relative error <= 1e-6). All coplanar, not
// collinear: V the polygon's corners, A its area once, W = 0. Collinear: 2, 0 0. One
// point: 1, 0 0. geo::hull3d_fast (3d/hull_fast.hpp: hull3d's contract, faster), then
// volume6 and surface_area of its faces (a planar hull's faces tile the polygon once: W = 0,
// A its area); W = volume6 / 6 is printed exactly.
// cpgeo-judge: LOCAL (cases and exact checker: tests/problems/checkers/convex_hull_3d.py)
#include "geometry/3d/hull_fast.hpp"
#include "geometry/3d/polyhedron.hpp"
#include "input.hpp"
#include <cstdio>
#include <vector>

int main() {
  Input in;
  long long n = 0;
  if (!in.next(n) || n < 1) return 1;
  std::vector<geo::Point3<long long>> p(static_cast<std::size_t>(n));
  for (auto& q : p)
    if (!in.next(q.x) || !in.next(q.y) || !in.next(q.z)) return 1;
  const geo::Hull3 h = geo::hull3d_fast(p);
  const auto v6 = geo::volume6(p, h.f);  // <= 6 (2e6)^3 = 4.8e19: W's integer part fits
  const long long whole = static_cast<long long>(v6 / 6), sixths = static_cast<long long>(v6 % 6);
  std::printf("%zu\n%.6f %lld.%09lld\n", h.v.size(), geo::surface_area(p, h.f), whole, sixths * 1000000000LL / 6);
  return 0;
}
