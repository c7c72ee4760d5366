// Unit tests of geometry/polygon/lattice.hpp: lattice_count, lattice_step (a segment),
// lattice_boundary, lattice_interior (Pick).
#include "geometry/polygon/lattice.hpp"

#include <gtest/gtest.h>
#include <algorithm>
#include <vector>

namespace {

using geo::Point;
using LL = long long;
using PL = std::vector<Point<LL>>;

TEST(PolygonLattice, SegmentCountAndStep) {
  const Point<LL> a(1, 2), b(7, -7);  // d = (6, -9), gcd 3
  EXPECT_EQ(geo::lattice_count(a, b), 4);
  EXPECT_EQ(geo::lattice_step(a, b), Point<LL>(2, -3));
  EXPECT_EQ(geo::lattice_step(b, a), Point<LL>(-2, 3));
  std::vector<Point<LL>> walk;  // the enumeration, from a to b
  for (LL k = 0; k < geo::lattice_count(a, b); k++) walk.push_back(a + geo::lattice_step(a, b) * k);
  EXPECT_EQ(walk, (PL{{1, 2}, {3, -1}, {5, -4}, {7, -7}}));
  EXPECT_EQ(geo::lattice_count(Point<LL>(0, 0), Point<LL>(0, 5)), 6);  // vertical
  EXPECT_EQ(geo::lattice_step(Point<LL>(0, 0), Point<LL>(-5, 0)), Point<LL>(-1, 0));
  EXPECT_EQ(geo::lattice_count(Point<LL>(0, 0), Point<LL>(3, 5)), 2);  // primitive: the ends
  EXPECT_EQ(geo::lattice_count(a, a), 1);  // a point
  EXPECT_EQ(geo::lattice_step(a, a), Point<LL>(0, 0));
  const LL M = 1000000000;
  EXPECT_EQ(geo::lattice_count(Point<LL>(-M, -M), Point<LL>(M, M)), 2 * M + 1);
  EXPECT_EQ(geo::lattice_step(Point<LL>(-M, -M), Point<LL>(M, M)), Point<LL>(1, 1));
  EXPECT_EQ(geo::lattice_count(Point<LL>(-M, -M), Point<LL>(M, M - 1)), 2);
  EXPECT_EQ(geo::lattice_count(Point<int>(0, 0), Point<int>(4, 6)), 3);  // int works too
}

TEST(PolygonLattice, SquareAndTriangle) {
  const PL sq{{0, 0}, {4, 0}, {4, 4}, {0, 4}};
  EXPECT_EQ(geo::lattice_boundary(sq), 16);
  EXPECT_EQ(geo::lattice_interior(sq), 9);
  const PL t{{0, 0}, {4, 0}, {0, 4}};
  EXPECT_EQ(geo::lattice_boundary(t), 12);
  EXPECT_EQ(geo::lattice_interior(t), 3);
  PL r = t;
  std::reverse(r.begin(), r.end());
  EXPECT_EQ(geo::lattice_boundary(r), 12);
  EXPECT_EQ(geo::lattice_interior(r), 3);
}

TEST(PolygonLattice, PrimitiveTriangleHasNoInteriorPoint) {
  const PL t{{0, 0}, {1, 0}, {0, 1}};
  EXPECT_EQ(geo::lattice_boundary(t), 3);
  EXPECT_EQ(geo::lattice_interior(t), 0);
  const PL slim{{0, 0}, {7, 3}, {5, 2}};  // area 1/2: no other lattice point at all
  EXPECT_EQ(geo::lattice_boundary(slim), 3);
  EXPECT_EQ(geo::lattice_interior(slim), 0);
}

TEST(PolygonLattice, CollinearAndRepeatedVerticesCountOnce) {
  const PL p{{0, 0}, {2, 0}, {2, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 1}};
  EXPECT_EQ(geo::lattice_boundary(p), 16);
  EXPECT_EQ(geo::lattice_interior(p), 9);
}

TEST(PolygonLattice, DegenerateWalks) {
  EXPECT_EQ(geo::lattice_boundary(PL{}), 0);
  EXPECT_EQ(geo::lattice_boundary(PL{{5, 5}}), 0);
  EXPECT_EQ(geo::lattice_boundary(PL{{0, 0}, {6, 4}}), 4);  // walked twice: 2 gcd(6, 4)
}

TEST(PolygonLattice, MaximumCoordinates) {
  const LL M = 1000000000;
  const PL box{{-M, -M}, {M, -M}, {M, M}, {-M, M}};
  EXPECT_EQ(geo::lattice_boundary(box), 8 * M);
  EXPECT_EQ(geo::lattice_interior(box), (2 * M - 1) * (2 * M - 1));
  const PL t{{-M, -M}, {M, M - 1}, {-M, M}};  // gcd(2M, 2M-1) = 1 on the long edge
  EXPECT_EQ(geo::lattice_boundary(t), 1 + 1 + 2 * M);
}

using PolygonLatticeDeathTest = ::testing::Test;
TEST(PolygonLatticeDeathTest, ZeroAreaAsserts) {
  EXPECT_DEATH(geo::lattice_interior(PL{{0, 0}, {2, 2}, {4, 4}}), "zero-area");
}

// |x|,|y| <= 1e9 (edge differences, 2A).
TEST(PolygonLatticeDeathTest, OutOfRangeAsserts) {
  const LL M = 1000000000;
  EXPECT_DEATH(geo::lattice_boundary(PL{{0, 0}, {M + 1, 0}, {0, 1}}), "in_range\\(a, 1000000000\\)");
  EXPECT_DEATH(geo::lattice_count(Point<LL>(0, 0), Point<LL>(0, -M - 1)), "in_range\\(b, 1000000000\\)");
  EXPECT_DEATH(geo::lattice_step(Point<LL>(M + 1, 0), Point<LL>(0, 0)), "in_range");
  EXPECT_DEATH(geo::lattice_interior(PL{{0, 0}, {1, 0}, {0, -M - 1}}), "in_range");
}

}  // namespace
