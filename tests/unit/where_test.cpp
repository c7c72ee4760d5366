// Unit tests of geometry/where.hpp: the codes every region test returns are AOJ CGL_3_C's
// (OUTSIDE 0, BOUNDARY 1, INSIDE 2: a program prints them as ints), a Where converts to int
// and to "not outside" in a condition, and the header compiles alone. Each region test checks
// its own answers (polygon_contains_test, hull_point_in_convex_test, circle_contains_test, ...).
#include "geometry/where.hpp"

#include <gtest/gtest.h>

#include <type_traits>

namespace {

TEST(Where, CodesAsCgl3C) {
  EXPECT_EQ(static_cast<int>(geo::OUTSIDE), 0);
  EXPECT_EQ(static_cast<int>(geo::BOUNDARY), 1);
  EXPECT_EQ(static_cast<int>(geo::INSIDE), 2);
  static_assert(std::is_same_v<std::underlying_type_t<geo::Where>, int>);
}

TEST(Where, NotOutsideInACondition) {  // if (where_in_convex(p, q)) means inside or on
  for (geo::Where w : {geo::OUTSIDE, geo::BOUNDARY, geo::INSIDE})
    EXPECT_EQ(bool(w), w != geo::OUTSIDE);
  EXPECT_EQ(geo::Where(1), geo::BOUNDARY);  // an int code read back (1 + min(...))
}

}  // namespace
