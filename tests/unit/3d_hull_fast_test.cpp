// Unit tests of geometry/3d/hull_fast.hpp beyond the shared ones (tests/unit/3d_hull_test.cpp
// runs every hull3d test on hull3d_fast too): the pre-pass (the hull of the 8 diagonal extremes
// drops a lattice cube's inside and keeps the hull), a thin extremes' hull (a thin tetrahedron,
// repeated extremes), points on a sphere (all corners), the floating filter next to exact ties
// at the coordinate bound, and the inputs handed to hull3d unchanged (doubles, coplanar sets,
// a solid set whose 8 extremes are coplanar).
#include "geometry/3d/hull_fast.hpp"
#include "geometry/3d/hull.hpp"
#include "geometry/3d/polyhedron.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace {

using P = geo::Point3<long long>;

std::vector<P> corner_points(const std::vector<P>& p, const geo::Hull3& h) {
  std::vector<P> c;
  for (int i : h.v) c.push_back(p[static_cast<std::size_t>(i)]);
  std::sort(c.begin(), c.end());
  return c;
}

// Both variants: the same corner points, the same exact volume, every face outward.
void expect_same_hull(const std::vector<P>& p) {
  const auto a = geo::hull3d(p), b = geo::hull3d_fast(p);
  EXPECT_EQ(corner_points(p, a), corner_points(p, b));
  EXPECT_TRUE(geo::volume6(p, a.f) == geo::volume6(p, b.f));
  EXPECT_TRUE(std::is_sorted(b.v.begin(), b.v.end()));
  for (auto [x, y, z] : b.f)
    for (auto& q : p)
      ASSERT_LE(geo::orient3d(p[std::size_t(x)], p[std::size_t(y)], p[std::size_t(z)], q), 0);
}

TEST(Hull3dFast, LatticeCubeWithInside) {
  std::vector<P> p;
  for (int x = 0; x <= 12; x++)
    for (int y = 0; y <= 12; y++)
      for (int z = 0; z <= 12; z++) p.push_back({x * 1000, y * 1000 - 5000, z * 1000});
  std::shuffle(p.begin(), p.end(), std::mt19937(1));
  p.insert(p.end(), p.begin(), p.begin() + 100);  // duplicates
  auto h = geo::hull3d_fast(p);
  EXPECT_EQ(h.v.size(), 8u);
  EXPECT_EQ(h.f.size(), 12u);
  EXPECT_TRUE(geo::volume6(p, h.f) == 6 * __int128(12000) * 12000 * 12000);
  expect_same_hull(p);
}

TEST(Hull3dFast, ThinTetrahedronCloud) {  // 4 distinct extremes: a thin hull H
  std::mt19937_64 r(5);
  std::vector<P> p{{0, 0, 0}, {1000000000, 0, 0}, {0, 1000, 0}, {0, 0, 1000}};
  for (int i = 0; i < 3000; i++) {
    long long a = long(r() % 1000), b = long(r() % 1000), c = long(r() % 1000);
    if (a + b + c < 1000) p.push_back({a * 1000000, b, c});
  }
  expect_same_hull(p);
}

TEST(Hull3dFast, SpherePointsAllCorners) {
  std::mt19937_64 r(7);
  std::normal_distribution<double> g;
  std::vector<P> p;
  for (int i = 0; i < 2000; i++) {
    double x = g(r), y = g(r), z = g(r), l = std::sqrt(x * x + y * y + z * z);
    p.push_back({std::llround(x / l * 1e9), std::llround(y / l * 1e9), std::llround(z / l * 1e9)});
  }
  auto h = geo::hull3d_fast(p);
  EXPECT_EQ(h.v.size(), p.size());
  expect_same_hull(p);
}

// At the bound: a big triangle's plane through lattice points, points exactly on it, and
// points one unit off (the double plane value is far below its rounding bound there).
TEST(Hull3dFast, ExactNextToTiesAtTheBound) {
  const long long B = 1000000000;
  std::vector<P> p{{-B, -B, B}, {B, -B, -B}, {-B, B, -B}, {-B, -B, -B}};
  std::mt19937_64 r(11);
  for (int i = 0; i < 2000; i++) {
    long long x = -1 - long(r() % 1000000), y = -1 - long(r() % 1000000);
    long long z = -(x + y) - B;  // on x + y + z = -B (the plane of the first three), >= 2 - B
    long long off = long(r() % 3) - 1;  // on, one outside, one inside
    p.push_back({x, y, z + off});
  }
  expect_same_hull(p);
}

TEST(Hull3dFast, OtherInputsAreHull3dsOwn) {
  std::mt19937_64 r(3);
  std::vector<geo::Point3<double>> d;
  for (int i = 0; i < 500; i++) d.push_back({double(r() % 50), double(r() % 50), double(r() % 50)});
  auto a = geo::hull3d(d), b = geo::hull3d_fast(d);
  EXPECT_EQ(a.f, b.f);
  EXPECT_EQ(a.v, b.v);
  std::vector<P> flat;  // coplanar: handed to hull3d
  for (int i = 0; i < 500; i++) {
    long long x = long(r() % 100), y = long(r() % 100);
    flat.push_back({x, y, 2 * x - 3 * y + 7});
  }
  auto c = geo::hull3d(flat), e = geo::hull3d_fast(flat);
  EXPECT_EQ(c.f, e.f);
  EXPECT_EQ(c.v, e.v);
  // solid, but the extremes in all 8 directions (+-1, +-1, +-1) are the square's corners
  // (coplanar): handed to hull3d, the same faces
  std::vector<P> sq;
  for (int i = 0; i < 400; i++)
    sq.push_back({long(r() % 2000001) - 1000000, long(r() % 2000001) - 1000000, 0});
  for (long long s : {-1000000, 1000000})
    for (long long t : {-1000000, 1000000}) sq.push_back({s, t, 0});
  sq.push_back({3, 5, 10}), sq.push_back({-7, 2, -20});
  auto g = geo::hull3d(sq), k = geo::hull3d_fast(sq);
  EXPECT_EQ(g.f, k.f);
  EXPECT_EQ(g.v, k.v);
  EXPECT_EQ(k.v.size(), 6u);
}

}  // namespace
