// Unit tests of geometry/polygon/lattice.hpp: lattice_boundary, lattice_interior (Pick).
#include "geometry/polygon/lattice.hpp"

#include <gtest/gtest.h>
#include <algorithm>
#include <vector>

namespace {

using geo::Point;
using LL = long long;
using PL = std::vector<Point<LL>>;

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
  EXPECT_DEATH(geo::lattice_boundary(PL{{0, 0}, {M + 1, 0}, {0, 1}}), "in_range\\(P\\[i\\], 1000000000\\)");
  EXPECT_DEATH(geo::lattice_interior(PL{{0, 0}, {1, 0}, {0, -M - 1}}), "in_range");
}

}  // namespace
