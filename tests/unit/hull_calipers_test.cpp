// hull/calipers.hpp: width on convex_hull's outputs (strict and <true>: collinear
// vertices, parallel edges), degenerate hulls, maximum coordinates, doubles; a start at a
// collinear vertex; convex_ccw and width's debug assertion on clockwise and non-convex input.
#include "geometry/hull/calipers.hpp"
#include "geometry/hull/convex_hull.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace {

using P = geo::Point<long long>;
using V = std::vector<P>;

TEST(HullCalipers, RectangleWithCollinearPoints) {
  V pts;
  for (long long x = 0; x <= 6; x++) pts.push_back({x, 0}), pts.push_back({x, 2});
  for (const V& h : {geo::convex_hull(pts), geo::convex_hull<true>(pts)}) {
    EXPECT_DOUBLE_EQ(geo::width(h), 2.0);
  }
}

// The 6 x 2 rectangle listed from (3,0), the middle of its bottom edge, with (1,2) on the top
// edge: diameter 6^2 + 2^2 = 40 (a diagonal), width 2 (the bottom edge's height).
TEST(HullCalipers, CollinearStartVertex) {
  const V h{{3, 0}, {6, 0}, {6, 2}, {1, 2}, {0, 2}, {0, 0}};
  EXPECT_DOUBLE_EQ(geo::width(h), 2.0);
}

TEST(HullCalipers, Degenerate) {
  EXPECT_EQ(geo::width(V{{5, 5}}), 0.0);
  const V seg{{0, 0}, {3, 4}};
  EXPECT_EQ(geo::width(seg), 0.0);
  const V line = geo::convex_hull<true>(V{{0, 0}, {1, 1}, {2, 2}, {5, 5}});  // walked once
  EXPECT_EQ(geo::width(line), 0.0);
}

TEST(HullCalipers, TriangleWidthIsTheSmallestAltitude) {
  const V h = geo::convex_hull(V{{0, 0}, {10, 0}, {0, 1}});
  EXPECT_NEAR(geo::width(h), 10 / std::sqrt(101.0), 1e-12);
}

TEST(HullCalipers, MaximumCoordinates) {
  const long long B = 1000000000;
  const V h = geo::convex_hull(V{{-B, -B}, {B, B}, {B, -B}, {-B, B}, {0, B}});
  EXPECT_DOUBLE_EQ(geo::width(h), 2e9);
}

TEST(HullCalipers, RegularPolygonDoubles) {
  std::vector<geo::Point<double>> h;
  for (int k = 0; k < 12; k++) h.push_back({std::cos(k * M_PI / 6), std::sin(k * M_PI / 6)});
  EXPECT_NEAR(geo::width(h), 2 * std::cos(M_PI / 12), 1e-12);  // twice the apothem
}

TEST(HullCalipers, ConvexCcw) {
  const V cw{{0, 0}, {0, 2}, {2, 2}, {2, 0}};
  const V dart{{0, 0}, {4, 0}, {1, 1}, {0, 4}};           // counter-clockwise, reflex at (1, 1)
  const V star{{0, 0}, {4, 0}, {1, 3}, {2, -2}, {3, 3}};  // every turn left, winds twice
  const V spike{{0, 0}, {4, 0}, {2, 0}, {2, 2}};          // turns back on itself, positive area
  for (const V& bad : {cw, dart, star, spike}) EXPECT_FALSE(geo::convex_ccw(bad));
  const V rect{{3, 0}, {6, 0}, {6, 2}, {1, 2}, {0, 2}, {0, 0}};  // collinear start and vertices
  const V list = geo::convex_hull<true>(V{{0, 0}, {1, 1}, {2, 2}, {5, 5}});
  for (const V& good : {rect, list, V{}, V{{1, 1}}, V{{0, 0}, {3, 4}}}) EXPECT_TRUE(geo::convex_ccw(good));
  EXPECT_TRUE(geo::convex_ccw(std::vector<geo::Point<double>>{{0, 0}, {0, 2}, {2, 2}}));  // floating: not checked
}

using HullCalipersDeathTest = ::testing::Test;

// width asserts convex_ccw in debug builds; diameter (hull/diameter.hpp) checks nothing.
TEST(HullCalipersDeathTest, ClockwiseOrNonConvexPolygon) {
  const V cw{{0, 0}, {0, 2}, {2, 2}, {2, 0}};
  const V dart{{0, 0}, {4, 0}, {1, 1}, {0, 4}};
  const V star{{0, 0}, {4, 0}, {1, 3}, {2, -2}, {3, 3}};
  for (const V& bad : {cw, dart, star}) EXPECT_DEATH(geo::width(bad), "not a convex ccw polygon");
}

}  // namespace
