// Unit tests of geometry/3d/polyhedron.hpp (volume6, surface_area, centroid).
#include "geometry/3d/polyhedron.hpp"

#include "oracle_sphere3d.hpp"

#include <gtest/gtest.h>
#include <cmath>
#include <vector>

namespace {

using geo::Point3;
using LL = long long;
using PL = Point3<LL>;
using PD = Point3<double>;
namespace os = oracle_sphere3d;

const geo::Faces tetra{{0, 2, 1}, {0, 1, 3}, {0, 3, 2}, {1, 2, 3}};  // outward for the unit corner

TEST(Polyhedron, UnitTetrahedron) {
  const std::vector<PL> p{{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
  EXPECT_EQ(geo::volume6(p, tetra), 1);
  EXPECT_DOUBLE_EQ(geo::surface_area(p, tetra), 1.5 + std::sqrt(3.0) / 2);
  const PD c = geo::centroid(p, tetra);
  EXPECT_DOUBLE_EQ(c.x, 0.25);
  EXPECT_DOUBLE_EQ(c.y, 0.25);
  EXPECT_DOUBLE_EQ(c.z, 0.25);
}

TEST(Polyhedron, BoxBothOrientations) {
  const auto p = os::box_points(PL(-3, 5, 7), 2, 3, 4);
  const auto f = os::box_faces();
  EXPECT_EQ(geo::volume6(p, f), 6 * 24);
  EXPECT_EQ(geo::volume6(p, os::flip(f)), -6 * 24);  // inward: the negative volume
  EXPECT_EQ(geo::surface_area(p, f), 52.0);
  EXPECT_EQ(geo::surface_area(p, os::flip(f)), 52.0);
  for (const auto& g : {f, os::flip(f)}) {  // the centroid does not depend on the orientation
    const PD c = geo::centroid(p, g);
    EXPECT_DOUBLE_EQ(c.x, -2);
    EXPECT_DOUBLE_EQ(c.y, 6.5);
    EXPECT_DOUBLE_EQ(c.z, 9);
  }
}

TEST(Polyhedron, TheFaceOrderAndTheApexDoNotMatter) {
  const auto p = os::box_points(PL(1, 1, 1), 5, 1, 2);
  auto f = os::box_faces();
  for (int r = 0; r < 12; r++) {  // each face first in turn: a different apex each time
    std::rotate(f.begin(), f.begin() + 1, f.end());
    EXPECT_EQ(geo::volume6(p, f), 60);
    std::rotate(f[0].begin(), f[0].begin() + 1, f[0].end());  // a face's cyclic order
    EXPECT_EQ(geo::volume6(p, f), 60);
  }
}

// Exact at the coordinate range's corners: the box [-1e9, 1e9]^3, 6 V = 6 * 8e27 = 4.8e28.
TEST(Polyhedron, ExactAtTheBound) {
  const LL B = 1000000000;
  const auto p = os::box_points(PL(-B, -B, -B), 2 * B, 2 * B, 2 * B);
  const auto v = geo::volume6(p, os::box_faces());
  EXPECT_TRUE(v == (__int128)48 * 1000000000000000000LL * 1000000000LL);
  EXPECT_DOUBLE_EQ(geo::surface_area(p, os::box_faces()), 24e18);
  const PD c = geo::centroid(p, os::box_faces());  // rounded relative to the apex (-B, -B, -B)
  const double tol = 4 * std::ldexp(1.0, -53) * 2 * B;
  EXPECT_NEAR(c.x, 0, tol);
  EXPECT_NEAR(c.y, 0, tol);
  EXPECT_NEAR(c.z, 0, tol);
  // A sliver next to the big box: one unit of volume still counts exactly.
  std::vector<PL> q{{B, B, B}, {-B, B, B}, {B, -B, B}, {B, B, B - 1}};
  EXPECT_TRUE(geo::volume6(q, tetra) == (__int128)-4 * B * B);
}

TEST(Polyhedron, NonConvexLShape) {
  // Two unit cubes glued along a face become one box [0,2]x[0,1]x[0,1]; an L of three cubes
  // is the box [0,2]^2 x [0,1] minus [1,2]^2 x [0,1]: written as a prism over the L polygon.
  const std::vector<std::array<LL, 2>> L{{0, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 2}, {0, 2}};
  std::vector<PL> p;
  for (LL z : {0, 1})
    for (auto [x, y] : L) p.push_back(PL(x, y, z));
  geo::Faces f;
  const int n = 6;
  for (int i = 1; i + 1 < n; i++) f.push_back({0, i + 1, i}), f.push_back({n, n + i, n + i + 1});  // bottom, top fans
  for (int i = 0; i < n; i++) {
    const int j = (i + 1) % n;
    f.push_back({i, j, n + j}), f.push_back({i, n + j, n + i});
  }
  // The fans are not convex pieces (the L's fan from vertex 0 overlaps itself with signed
  // areas) but the mesh is closed and outward, so the total is right.
  EXPECT_EQ(geo::volume6(p, f), 18);
  EXPECT_DOUBLE_EQ(geo::surface_area(p, f), 2 * 3 + 8);
  const PD c = geo::centroid(p, f);
  EXPECT_DOUBLE_EQ(c.x, 5.0 / 6);
  EXPECT_DOUBLE_EQ(c.y, 5.0 / 6);
  EXPECT_DOUBLE_EQ(c.z, 0.5);
}

TEST(Polyhedron, FloatingTranslated) {
  const auto f = os::box_faces();
  for (double t : {0.0, 1e3, -1e6, 1e8}) {
    const auto p = os::box_points(PD(t, -t, t / 3), 0.5, 0.25, 2);
    EXPECT_NEAR(geo::volume6(p, f), 1.5, 1.5 * 1e-15 * (1 + std::abs(t))) << t;
    EXPECT_NEAR(geo::surface_area(p, f), 3.25, 1e-15 * (1 + std::abs(t))) << t;
    EXPECT_NEAR(geo::centroid(p, f).z, t / 3 + 1, 4e-16 * (1 + std::abs(t))) << t;
  }
}

TEST(Polyhedron, Degenerate) {
  const std::vector<PL> p{{0, 0, 0}, {1, 0, 0}, {0, 1, 0}};
  EXPECT_EQ(geo::volume6(p, {}), 0);
  EXPECT_EQ(geo::surface_area(p, {}), 0);
  // A flat "mesh": the triangle and its back face: volume 0, area counted twice.
  const geo::Faces flat{{0, 1, 2}, {0, 2, 1}};
  EXPECT_EQ(geo::volume6(p, flat), 0);
  EXPECT_DOUBLE_EQ(geo::surface_area(p, flat), 1);
}

TEST(PolyhedronDeathTest, Preconditions) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  const std::vector<PL> p{{0, 0, 0}, {1, 0, 0}, {0, 1, 0}};
  EXPECT_DEATH(geo::centroid(p, {{0, 1, 2}, {0, 2, 1}}), "zero volume");
  EXPECT_DEATH(geo::centroid(p, {}), "zero volume");
  const std::vector<PL> far{{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1000000001}};
  EXPECT_DEATH(geo::volume6(far, tetra), "");
  EXPECT_DEATH(geo::surface_area(far, tetra), "");
  const std::vector<PD> nan{{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, std::nan("")}};
  EXPECT_DEATH(geo::volume6(nan, tetra), "");
}

}  // namespace
