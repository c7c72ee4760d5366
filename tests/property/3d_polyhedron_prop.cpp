// Properties of geometry/3d/polyhedron.hpp against tests/support/oracle_sphere3d.hpp.
//   long long, convex polyhedra (the brute-force hull of 4..9 points in general position,
//     |x| <= 2 .. 1e9, the bound; moment-curve points when a draw is degenerate): volume6
//     equals the oracle's divergence-theorem volume exactly, also with every face flipped
//     (the negative) and after a translation (the same); centroid within 1e-13 of the
//     oracle's exact one relative to the coordinates' size (the same for the flipped mesh);
//     surface_area within 1e-14 relative of the oracle's 50-digit one.
//   long long, closed meshes with moved vertices (the hull's faces over new random points,
//     duplicates allowed: self-intersecting, nonconvex, zero volume): volume6 exact.
//   long long, boxes at the bound: volume6 == 6 a b c exactly.
//   double, 4..9 points near an offset up to 1e3 times their spread: volume6 within 1e-13 of
//     the exact volume of the same doubles, relative to the sum over faces of the product of
//     the three edge lengths from the apex
//     of the same doubles, area within 1e-14, centroid within 1e-12 of the exact one.
#include "geometry/3d/polyhedron.hpp"

#include "generators.hpp"
#include "oracle_sphere3d.hpp"
#include "property.hpp"

#include <array>
#include <cmath>
#include <vector>

namespace {

using geo::Point3;
using LL = long long;
namespace os = oracle_sphere3d;
using oracle::Q;
using A3 = std::array<LL, 3>;

double to_d(const Q& v) { return v.convert_to<double>(); }

std::vector<Point3<LL>> points(const std::vector<A3>& v) {
  std::vector<Point3<LL>> p;
  for (const auto& a : v) p.push_back(Point3<LL>(a[0], a[1], a[2]));
  return p;
}
rc::Gen<std::vector<A3>> cloud(LL R, int lo, int hi) {
  auto c = geotest::uniform_int(-R, R);
  return rc::gen::mapcat(geotest::uniform_int(lo, hi), [c](LL n) {
    return rc::gen::container<std::vector<A3>>(static_cast<size_t>(n), rc::gen::container<A3>(c));
  });
}
// Points in general position: the draw itself, or else the moment curve (s, s^2, s^3),
// s = -4..4 (no three collinear, no four coplanar: a Vandermonde determinant).
std::vector<Point3<LL>> general(const std::vector<A3>& v) {
  if (os::general_position(os::q3s(points(v)))) return points(v);
  RC_TAG("moment curve");
  std::vector<Point3<LL>> p;
  for (LL i = 0; i < static_cast<LL>(v.size()); i++) {
    const LL s = i - 4;
    p.push_back(Point3<LL>(s, s * s, s * s * s));
  }
  return p;
}

CPGEO_PROP(Polyhedron3dProp, ConvexExact, 300, ()) {
  const LL R = *rc::gen::elementOf(std::vector<LL>{2, 20, 1000, 1000000, 1000000000});
  const auto p = general(*cloud(R, 4, 9));
  const auto qs = os::q3s(p);
  const auto f = os::convex_hull_faces(qs);
  const Q want = os::volume6(qs, f);
  RC_ASSERT(want > 0);
  RC_ASSERT(oracle::q(geo::volume6(p, f)) == want);
  RC_ASSERT(oracle::q(geo::volume6(p, os::flip(f))) == -want);
  const os::Q3 c = os::centroid(qs, f);
  LL M = 1;
  for (const auto& x : p) M = std::max({M, std::abs(x.x), std::abs(x.y), std::abs(x.z)});
  for (const auto& g : {f, os::flip(f)}) {
    const auto got = geo::centroid(p, g);
    RC_ASSERT(std::abs(got.x - to_d(c.x)) <= 1e-13 * M);
    RC_ASSERT(std::abs(got.y - to_d(c.y)) <= 1e-13 * M);
    RC_ASSERT(std::abs(got.z - to_d(c.z)) <= 1e-13 * M);
  }
  const double area = os::area(qs, f).convert_to<double>();
  RC_ASSERT(std::abs(geo::surface_area(p, f) - area) <= 1e-14 * area);
  RC_ASSERT(geo::surface_area(p, os::flip(f)) == geo::surface_area(p, f));
  // Translated (staying in range): the same exact volume.
  const auto t = *rc::gen::container<A3>(geotest::uniform_int(-R, R));
  std::vector<Point3<LL>> moved;
  bool in = true;
  for (const auto& x : p) {
    moved.push_back(Point3<LL>(x.x + t[0], x.y + t[1], x.z + t[2]));
    in = in && std::abs(moved.back().x) <= 1000000000 && std::abs(moved.back().y) <= 1000000000 &&
         std::abs(moved.back().z) <= 1000000000;
  }
  if (in) RC_ASSERT(oracle::q(geo::volume6(moved, f)) == want);
}

CPGEO_PROP(Polyhedron3dProp, MovedVerticesExact, 300, ()) {
  const LL R = *rc::gen::elementOf(std::vector<LL>{3, 1000, 1000000000});
  const auto p = general(*cloud(1000, 4, 8));
  const auto f = os::convex_hull_faces(os::q3s(p));
  // New positions for the same vertices (few distinct values for R = 3: duplicates, flat).
  const auto v = *rc::gen::container<std::vector<A3>>(p.size(), rc::gen::container<A3>(geotest::uniform_int(-R, R)));
  const auto np = points(v);
  const Q want = os::volume6(os::q3s(np), f);
  RC_ASSERT(oracle::q(geo::volume6(np, f)) == want);
  RC_ASSERT(oracle::q(geo::volume6(np, os::flip(f))) == -want);
  RC_CLASSIFY(want == 0, "zero volume");
  RC_CLASSIFY(want < 0, "negative");
}

CPGEO_PROP(Polyhedron3dProp, BoxesAtTheBound, 200, ()) {
  const LL B = 1000000000;
  const auto o = *rc::gen::container<A3>(geotest::uniform_int(-B, B));
  const auto s = *rc::gen::container<A3>(geotest::uniform_int(0, 2 * B));
  LL a[3];
  for (int i = 0; i < 3; i++) a[i] = std::min(s[i], B - o[i]);  // the far corner in range
  const auto p = os::box_points(Point3<LL>(o[0], o[1], o[2]), a[0], a[1], a[2]);
  const __int128 want = (__int128)6 * a[0] * a[1] * a[2];
  RC_ASSERT(geo::volume6(p, os::box_faces()) == want);
  RC_ASSERT(geo::volume6(p, os::flip(os::box_faces())) == -want);
}

CPGEO_PROP(Polyhedron3dProp, Floating, 300, ()) {
  const double R = *rc::gen::elementOf(std::vector<double>{1e-3, 1.0, 1e6});
  const double T = *rc::gen::elementOf(std::vector<double>{0.0, 1.0, 1e3});  // offset, in units of R
  const auto n = *geotest::uniform_int(4, 9);
  auto g = geotest::uniform_real<double>(R);
  std::vector<Point3<double>> p;
  for (LL i = 0; i < n; i++) p.push_back(Point3<double>(*g + T * R, *g - T * R, *g + T * R));
  const auto qs = os::q3s(p);
  RC_PRE(os::general_position(qs));
  const auto f = os::convex_hull_faces(qs);
  const Q want = os::volume6(qs, f);
  // The rounding is relative to the sum over faces of |a - o| |b - o| |c - o| (o the apex
  // p[f[0][0]]), not to the volume (a thin tetrahedron has a small one); the offset only
  // rounds the input, which the oracle sees too.
  double scale = 0;
  auto len = [&](int i) {
    const auto& a = p[static_cast<size_t>(i)];
    const auto& o = p[static_cast<size_t>(f[0][0])];
    return std::hypot(a.x - o.x, a.y - o.y, a.z - o.z);
  };
  for (const auto& t : f) scale += len(t[0]) * len(t[1]) * len(t[2]);
  RC_ASSERT(std::abs(geo::volume6(p, f) - to_d(want)) <= 1e-13 * scale);
  const double area = os::area(qs, f).convert_to<double>();
  RC_ASSERT(std::abs(geo::surface_area(p, f) - area) <= 1e-14 * area);
  const os::Q3 c = os::centroid(qs, f);
  const auto got = geo::centroid(p, f);
  const double tol = 1e-12 * R * (1 + T);
  RC_ASSERT(std::abs(got.x - to_d(c.x)) <= tol);
  RC_ASSERT(std::abs(got.y - to_d(c.y)) <= tol);
  RC_ASSERT(std::abs(got.z - to_d(c.z)) <= tol);
}

}  // namespace
