// Unit tests of geometry/circle/max_cover.hpp: hand-checked answers, the ties the exact
// comparison must see (points on one circle of radius R, pairs exactly 2R apart, repeated
// points), the bounds R = 2e4 and |x|,|y| = 1e9, floating eps as a length, and the asserted
// preconditions.
#include "geometry/circle/max_cover.hpp"

#include "scoped_eps.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace {

using geo::max_cover;
using geo::Point;
using PL = Point<long long>;
using PD = Point<double>;
using VL = std::vector<PL>;

TEST(CircleMaxCover, SmallAndDegenerate) {
  EXPECT_EQ(max_cover(VL{}, 5LL), 0);
  EXPECT_EQ(max_cover(VL{{3, 4}}, 0LL), 1);
  EXPECT_EQ(max_cover(VL{{3, 4}, {3, 4}, {3, 4}, {0, 0}, {0, 0}}, 0LL), 3);  // repeated
  EXPECT_EQ(max_cover(VL{{0, 0}, {1, 0}}, 0LL), 1);
  EXPECT_EQ(max_cover(VL{{0, 0}, {2, 0}, {4, 0}, {6, 0}}, 2LL), 3);  // collinear
  EXPECT_EQ(max_cover(VL{{0, 0}, {2, 0}, {4, 0}, {6, 0}, {2, 0}}, 1LL), 3);
}

TEST(CircleMaxCover, PairsExactly2RApart) {
  EXPECT_EQ(max_cover(VL{{0, 0}, {6, 8}}, 5LL), 2);  // one disc: the diameter
  EXPECT_EQ(max_cover(VL{{0, 0}, {6, 9}}, 5LL), 1);
  EXPECT_EQ(max_cover(VL{{0, 0}, {10, 0}, {5, 0}, {5, 5}, {5, -5}}, 5LL), 5);
  EXPECT_EQ(max_cover(VL{{0, 0}, {10, 0}, {5, 0}, {5, 6}}, 5LL), 3);
  // at the bound R = 2e4, translated to |x| = 1e9
  const long long B = 1000000000;
  EXPECT_EQ(max_cover(VL{{B - 24000, -B}, {B, -B + 32000}}, 20000LL), 2);
  EXPECT_EQ(max_cover(VL{{B - 24000, -B}, {B, -B + 32001}}, 20000LL), 1);
}

TEST(CircleMaxCover, PointsOnOneCircle) {
  VL L;  // the 12 lattice points of x^2 + y^2 = 25
  for (long long x = -5; x <= 5; x++)
    for (long long y = -5; y <= 5; y++)
      if (x * x + y * y == 25) L.push_back(PL(x, y) + PL(7, -3));
  ASSERT_EQ(L.size(), 12u);
  EXPECT_EQ(max_cover(L, 5LL), 12);
  L.push_back(PL(7, -3));
  EXPECT_EQ(max_cover(L, 5LL), 13);
  L.push_back(PL(7 + 5, -3 + 1));  // just outside
  EXPECT_EQ(max_cover(L, 5LL), 13);
  // A, B, D on the circle x^2 + y^2 = 20000^2 and not within a half circle: the only disc
  // of radius 20000 holding them is that circle's; E is on it, E' one unit outside
  const PL A(12000, 16000), B(-16000, 12000), D(0, -20000), E(-12000, -16000);
  EXPECT_EQ(max_cover(VL{A, B, D}, 20000LL), 3);
  EXPECT_EQ(max_cover(VL{A, B, D}, 19999LL), 2);
  EXPECT_EQ(max_cover(VL{A, B, D, E}, 20000LL), 4);
  EXPECT_EQ(max_cover(VL{A, B, D, E + PL(0, -1)}, 20000LL), 3);
  EXPECT_EQ(max_cover(VL{A, B, D, E + PL(0, -1), E + PL(0, -1)}, 20000LL), 4);
}

TEST(CircleMaxCover, FloatingEpsIsALength) {
  EXPECT_EQ(max_cover(std::vector<PD>{{0, 0}, {10 + 1e-10, 0}}, 5.0), 2);  // within eps
  EXPECT_EQ(max_cover(std::vector<PD>{{0, 0}, {10 + 1e-7, 0}}, 5.0), 1);
  std::vector<PD> L;
  for (int x = -5; x <= 5; x++)
    for (int y = -5; y <= 5; y++)
      if (x * x + y * y == 25) L.push_back(PD(x * 0.1, y * 0.1));  // 0.1: rounded input
  EXPECT_EQ(max_cover(L, 0.5), 12);
  geotest::ScopedEps<double> e(1e-6);
  EXPECT_EQ(max_cover(std::vector<PD>{{0, 0}, {10 + 1e-7, 0}}, 5.0), 2);
  EXPECT_EQ(max_cover(std::vector<Point<long double>>{{0, 0}, {3, 4}, {3, 4}}, 2.5L), 3);
}

TEST(CircleMaxCoverDeath, Preconditions) {
  EXPECT_DEATH(max_cover(VL{{0, 0}}, -1LL), "");
  EXPECT_DEATH(max_cover(VL{{0, 0}}, 20001LL), "");  // the exact bound
  EXPECT_DEATH(max_cover(VL{{0, 0}, {1000000001, 0}}, 5LL), "");
  EXPECT_DEATH(max_cover(std::vector<PD>{{0, std::nan("")}}, 1.0), "");
}

}  // namespace
