// Unit tests of geometry/3d/enclosing.hpp (min_enclosing_sphere, sphere_of).
#include "geometry/3d/enclosing.hpp"

#include "oracle_sphere3d.hpp"
#include "scoped_eps.hpp"

#include <gtest/gtest.h>
#include <cmath>
#include <vector>

namespace {

using geo::Point3;
using LL = long long;
using PL = Point3<LL>;
using PD = Point3<double>;
using VL = std::vector<PL>;

void expect_ball(const geo::Sphere<double>& s, PD c, double r, double tol) {
  EXPECT_NEAR(s.c.x, c.x, tol);
  EXPECT_NEAR(s.c.y, c.y, tol);
  EXPECT_NEAR(s.c.z, c.z, tol);
  EXPECT_NEAR(s.r, r, tol);
}

TEST(EnclosingSphere, OneTwoAndDuplicates) {
  expect_ball(geo::min_enclosing_sphere(VL{{3, -4, 5}}), PD(3, -4, 5), 0, 0);
  expect_ball(geo::min_enclosing_sphere(VL{{7, 7, 7}, {7, 7, 7}, {7, 7, 7}}), PD(7, 7, 7), 0, 0);
  expect_ball(geo::min_enclosing_sphere(VL{{0, 0, 0}, {2, 4, 4}}), PD(1, 2, 2), 3, 0);
  expect_ball(geo::min_enclosing_sphere(VL{{0, 0, 0}, {2, 4, 4}, {0, 0, 0}, {2, 4, 4}, {1, 2, 2}}), PD(1, 2, 2), 3,
              0);
}

TEST(EnclosingSphere, CollinearAndCoplanar) {
  VL line;
  for (LL k = 0; k < 40; k++) line.push_back({3 * k - 50, 2 * k + 1, -k});
  std::rotate(line.begin(), line.begin() + 17, line.end());
  const double half = std::sqrt(9.0 + 4 + 1) * 39 / 2;  // the ends' diameter
  expect_ball(geo::min_enclosing_sphere(line), PD(3 * 19.5 - 50, 2 * 19.5 + 1, -19.5), half, 1e-12);
  // A 7 x 7 grid in the plane z = 5: the circle of its square's corners.
  VL grid;
  for (LL x = 0; x <= 6; x++)
    for (LL y = 0; y <= 6; y++) grid.push_back({x, y, 5});
  expect_ball(geo::min_enclosing_sphere(grid), PD(3, 3, 5), std::sqrt(18.0), 1e-14);
  // An obtuse triangle: the longest side's diameter, not the circumcircle.
  expect_ball(geo::min_enclosing_sphere(VL{{0, 0, 0}, {10, 0, 0}, {5, 1, 0}}), PD(5, 0, 0), 5, 0);
  // An acute triangle: its circumcircle (centre in its plane).
  expect_ball(geo::min_enclosing_sphere(VL{{0, 0, 0}, {4, 0, 0}, {1, 3, 0}}), PD(2, 1, 0), std::sqrt(5.0), 1e-15);
}

TEST(EnclosingSphere, LatticeCubeAndTetrahedron) {
  VL cube;  // 5 x 5 x 5 lattice cube: 8 cospherical corners, many coplanar quadruples
  for (LL x = 0; x < 5; x++)
    for (LL y = 0; y < 5; y++)
      for (LL z = 0; z < 5; z++) cube.push_back({x, y, z});
  expect_ball(geo::min_enclosing_sphere(cube), PD(2, 2, 2), std::sqrt(12.0), 1e-14);
  // The regular tetrahedron in the cube's corners: all four on the sphere.
  const VL t{{1, 1, 1}, {1, -1, -1}, {-1, 1, -1}, {-1, -1, 1}};
  expect_ball(geo::min_enclosing_sphere(t), PD(0, 0, 0), std::sqrt(3.0), 1e-15);
  // A flat tetrahedron: its four points' sphere is huge, the answer is a pair's.
  expect_ball(geo::min_enclosing_sphere(VL{{0, 0, 0}, {10, 0, 0}, {5, 1, 0}, {5, 0, 1}}), PD(5, 0, 0), 5, 0);
}

TEST(EnclosingSphere, AtTheBound) {
  const LL B = 1000000000;
  VL corners;
  for (int i = 0; i < 8; i++) corners.push_back({i & 1 ? B : -B, i & 2 ? B : -B, i & 4 ? B : -B});
  corners.push_back({0, 0, 0});
  corners.push_back({B, 0, -B});
  expect_ball(geo::min_enclosing_sphere(corners), PD(0, 0, 0), std::sqrt(3.0) * B, 1e-6);
}

TEST(EnclosingSphere, FloatingEpsIsALength) {
  geotest::ScopedEps<double> e(1e-9);
  // A point 1e-10 outside the optimal ball of the others is absorbed: the ball is still
  // the pair's diameter, and the last pass grows r by that 1e-10.
  const std::vector<PD> p{{-1, 0, 0}, {1, 0, 0}, {0, 1 + 1e-10, 0}};
  const auto s = geo::min_enclosing_sphere(p);
  EXPECT_EQ(s.c, PD(0, 0, 0));
  EXPECT_NEAR(s.r, 1 + 1e-10, 1e-16);
  // Scaled by 2^20 with eps: the same answer, scaled.
  geotest::ScopedEps<double> big(1e-9 * 1048576);
  std::vector<PD> q;
  for (const PD& x : p) q.push_back(x * 1048576.0);
  const auto t = geo::min_enclosing_sphere(q);
  EXPECT_EQ(t.c, PD(0, 0, 0));
  EXPECT_NEAR(t.r, (1 + 1e-10) * 1048576, 1e-16 * 1048576);
}

// Clusters of near-duplicate points at the corners of a triangle on a sphere (the shrunk
// cases of an adversarial search): the sphere through a point of a far corner and three points
// of one cluster, centred from the far point, cancelled (its determinant came from three nearly
// equal long differences), and a point 1 unit off a cluster at 1e9 was in or out by rounding;
// the balls were r = 34.4 (optimum 1) and r = 2.4e18 (optimum 1e9). The centre now comes from a
// point at the shortest side, and a point counts as out only beyond eps + 16u (|c| + r).
TEST(EnclosingSphere, NearDuplicateClustersGiveTheOptimum) {
  auto expect_optimum = [](const auto& p) {
    const auto s = geo::min_enclosing_sphere(p);
    const double want = oracle_sphere3d::min_radius(p);
    EXPECT_NEAR(s.r, want, 1e-13 * (s.c.norm() + s.r) + geo::eps<double>);
    for (const auto& x : p) EXPECT_LE(dist(PD(x), s.c), s.r * (1 + 1e-15));
  };
  expect_optimum(std::vector<PD>{{0x1.ffffffe1456d7p-1, -0x1.de6fd6df72c91p-30, 0x1.904787627866p-29},
                                 {0x1.fffffff1ce488p-1, -0x1.653607fa74a1cp-28, 0x1.8895fe7c3f109p-29},
                                 {0x1.ffffffff88b4dp-1, -0x1.59f176c089b7bp-33, -0x1.1b409cc01ca7dp-33},
                                 {-0x1.0000001885c92p-1, 0x1.bb67ae91cd733p-1, -0x1.3ca4b4a7356fdp-28},
                                 {-0x1.ffffff8f4bd9ep-2, -0x1.bb67ae85e6687p-1, 0x1.fcbf109e17b1cp-33}});
  expect_optimum(VL{{-221740241, -975105769, 0},
                    {-221740236, -975105772, -2},
                    {-733596250, 679585566, 2},
                    {955336486, 295520210, -1},
                    {955336488, 295520209, -1},
                    {-733596251, 679585568, -3},
                    {955336492, 295520204, -1},
                    {-221740237, -975105772, 0}});
  expect_optimum(VL{{-221740238, -975105770, -1},
                    {-733596251, 679585568, -2},
                    {955336492, 295520210, -1},
                    {-733596252, 679585564, 1},
                    {-733596251, 679585563, 1},
                    {-733596251, 679585568, -3},
                    {955336487, 295520204, -1},
                    {-221740240, -975105770, -2}});
}

TEST(EnclosingSphere, Reproducible) {
  std::vector<PD> p;
  for (int i = 0; i < 200; i++) p.push_back(PD(std::sin(i * 1.3), std::cos(i * 0.7), std::sin(i * 2.9 + 1)));
  const auto a = geo::min_enclosing_sphere(p), b = geo::min_enclosing_sphere(p);
  EXPECT_EQ(a.c, b.c);
  EXPECT_EQ(a.r, b.r);
  for (const PD& x : p) EXPECT_LE(dist(x, a.c), a.r);
}

TEST(EnclosingSphere, SphereOf) {
  const auto s2 = geo::sphere_of(PD(0, 0, 0), PD(0, 6, 8));
  expect_ball(s2, PD(0, 3, 4), 5, 0);
  const auto s3 = geo::sphere_of(PD(1, 0, 0), PD(0, 1, 0), PD(0, 0, 1));  // the smallest through 3
  expect_ball(s3, PD(1.0 / 3, 1.0 / 3, 1.0 / 3), std::sqrt(2.0 / 3), 1e-15);
  const auto s4 = geo::sphere_of(PD(1, 0, 0), PD(0, 1, 0), PD(0, 0, 1), PD(0, 0, -1));
  expect_ball(s4, PD(0, 0, 0), 1, 1e-15);
}

TEST(EnclosingSphereDeathTest, Preconditions) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_DEATH(geo::min_enclosing_sphere(VL{}), "no points");
  EXPECT_DEATH(geo::min_enclosing_sphere(VL{{0, 0, 0}, {0, 0, -1000000001}}), "");
  EXPECT_DEATH(geo::min_enclosing_sphere(std::vector<PD>{{0, 0, 0}, {std::nan(""), 0, 0}}), "");
}

}  // namespace
