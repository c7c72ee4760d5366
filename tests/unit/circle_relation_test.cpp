// Unit tests of geometry/circle/relation.hpp: relation (two circles, the AOJ CGL_7_A codes).
// A point against a circle (contains): circle_contains_test.cpp. chord: circle_intersect_test.cpp
// (it checks the chord intersection() computes inline against chord()).
#include "geometry/circle/relation.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using geo::Circle;
using geo::Point;
using CL = Circle<long long>;
using CD = Circle<double>;

TEST(CircleRelation, RelationSamplesOfCgl7A) {
  EXPECT_EQ(geo::relation(CL{{1, 1}, 1}, CL{{6, 2}, 2}), 4);
  EXPECT_EQ(geo::relation(CL{{1, 2}, 1}, CL{{4, 2}, 2}), 3);
  EXPECT_EQ(geo::relation(CL{{1, 2}, 1}, CL{{3, 2}, 2}), 2);
  EXPECT_EQ(geo::relation(CL{{0, 0}, 1}, CL{{1, 0}, 2}), 1);
  EXPECT_EQ(geo::relation(CL{{0, 0}, 1}, CL{{0, 0}, 2}), 0);
}

TEST(CircleRelation, RelationDegenerate) {
  EXPECT_EQ(geo::relation(CL{{3, 4}, 5}, CL{{3, 4}, 5}), -1);  // equal
  EXPECT_EQ(geo::relation(CL{{3, 4}, 0}, CL{{3, 4}, 0}), -1);  // equal points
  EXPECT_EQ(geo::relation(CL{{3, 4}, 0}, CL{{3, 5}, 0}), 4);   // two points
  EXPECT_EQ(geo::relation(CL{{0, 0}, 5}, CL{{3, 4}, 0}), 3);   // a point on the circle
  EXPECT_EQ(geo::relation(CL{{0, 0}, 5}, CL{{3, 3}, 0}), 0);   // a point inside
  // Nearly internally tangent (issue): d^2 - (r1 - r2)^2 = 1, crossing; and symmetric.
  const CL big{{0, 0}, 10000}, small{{9999, 1}, 1};
  EXPECT_EQ(geo::relation(big, small), 2);
  EXPECT_EQ(geo::relation(small, big), 2);
  EXPECT_EQ(geo::relation(big, CL{{10000, 1}, 1}), 2);
  EXPECT_EQ(geo::relation(big, CL{{9999, 0}, 1}), 1);
  EXPECT_EQ(geo::relation(big, CL{{10001, 0}, 1}), 3);
  EXPECT_EQ(geo::relation(big, CL{{10001, 1}, 1}), 4);
}

TEST(CircleRelation, RelationFloating) {
  EXPECT_EQ(geo::relation(CD{{0, 0}, 1}, CD{{2 + 1e-12, 0}, 1}), 3);
  EXPECT_EQ(geo::relation(CD{{0, 0}, 1}, CD{{2 + 1e-6, 0}, 1}), 4);
  EXPECT_EQ(geo::relation(CD{{0, 0}, 1}, CD{{2 - 1e-6, 0}, 1}), 2);
  EXPECT_EQ(geo::relation(CD{{0, 0}, 1}, CD{{1e-12, 0}, 1}), -1);  // equal within eps
  EXPECT_EQ(geo::relation(CD{{0, 0}, 1}, CD{{1e-12, 0}, 1.5}), 0); // concentric
  EXPECT_EQ(geo::relation(CD{{0, 0}, 2}, CD{{1, 0}, 1 + 1e-12}), 1);
  const CD a{{0.1, 0.7}, 0.3}, b{{0.4, 0.3}, 0.2};  // 0.5 apart: externally tangent
  EXPECT_EQ(geo::relation(a, b), 3);
  EXPECT_EQ(geo::relation(b, a), 3);
}

// Debug preconditions: r >= 0, |x|,|y|,r <= 1e9 for long long, no NaN.
TEST(CircleRelationDeathTest, Preconditions) {
  EXPECT_DEATH(geo::relation(CL{{0, 0}, 1}, CL{{2000000000, 0}, 1}), "");
  EXPECT_DEATH(geo::relation(CL{{0, 0}, 1}, CL{{0, 0}, 1000000001}), "");
  EXPECT_DEATH(geo::relation(CD{{0, 0}, 1}, CD{{0, 0}, -0.5}), "");
  EXPECT_DEATH(geo::relation(CD{{0, 0}, std::nan("")}, CD{{0, 0}, 1}), "");
}

}  // namespace
