// Unit tests of geometry/union/rectangles.hpp.
#include "geometry/union/rectangles.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include <vector>

namespace {

using R = geo::Rect<long long>;

TEST(UnionRectangles, EmptyAndDegenerate) {
  EXPECT_EQ(geo::rectangle_union_area(std::vector<R>{}), 0);
  EXPECT_EQ(geo::rectangle_union_area(std::vector<R>{{0, 0, 0, 5}, {0, 0, 5, 0}, {3, 3, 1, 1}}), 0);
  EXPECT_EQ(geo::rectangle_union_area(std::vector<R>{{0, 0, 2, 3}}), 6);
}

TEST(UnionRectangles, OverlapNestingDuplicates) {
  EXPECT_EQ(geo::rectangle_union_area(std::vector<R>{{0, 0, 2, 2}, {1, 1, 3, 3}}), 7);
  EXPECT_EQ(geo::rectangle_union_area(std::vector<R>{{0, 0, 10, 10}, {2, 2, 3, 3}, {0, 0, 10, 10}}), 100);
  // Touching along an edge and at a corner: areas add.
  EXPECT_EQ(geo::rectangle_union_area(std::vector<R>{{0, 0, 1, 1}, {1, 0, 2, 1}, {2, 1, 3, 2}}), 3);
  // A cross: 3x1 and 1x3 sharing the middle cell.
  EXPECT_EQ(geo::rectangle_union_area(std::vector<R>{{0, 1, 3, 2}, {1, 0, 2, 3}}), 5);
}

TEST(UnionRectangles, LibraryCheckerSampleLike) {
  // Frame made of four overlapping bars around a hole 2x2 in a 4x4 square: 16 - 4 = 12.
  EXPECT_EQ(geo::rectangle_union_area(std::vector<R>{{0, 0, 4, 1}, {0, 3, 4, 4}, {0, 0, 1, 4}, {3, 0, 4, 4}}),
            12);
}

TEST(UnionRectangles, AtTheBound) {
  const long long m = 1000000000;
  EXPECT_EQ(geo::rectangle_union_area(std::vector<R>{{-m, -m, m, m}}), 4 * m * m);
  EXPECT_EQ(geo::rectangle_union_area(std::vector<R>{{-m, -m, m, m}, {0, 0, m, m}, {-m, -m, 0, m}}), 4 * m * m);
  EXPECT_EQ(geo::rectangle_union_area(std::vector<R>{{0, 0, m, m}, {m - 1, m - 1, m, m}}), m * m);
}

TEST(UnionRectangles, Double) {
  using RD = geo::Rect<double>;
  EXPECT_DOUBLE_EQ(geo::rectangle_union_area(std::vector<RD>{{0, 0, 0.5, 0.5}, {0.25, 0.25, 0.75, 0.75}}),
                   0.4375);
}

TEST(UnionRectanglesDeathTest, Preconditions) {
  EXPECT_DEATH(geo::rectangle_union_area(std::vector<R>{{0, 0, 1, 1}, {0, 0, 1000000001, 1}}), "");
  EXPECT_DEATH(geo::rectangle_union_area(std::vector<R>{{-1000000001, 0, 1, 1}}), "");
  EXPECT_DEATH(geo::rectangle_union_area(std::vector<geo::Rect<double>>{{0, 0, std::nan(""), 1}}), "");
}

}  // namespace
