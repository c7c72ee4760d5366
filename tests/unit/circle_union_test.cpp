// Unit tests of geometry/circle/union.hpp.
#include "geometry/circle/union.hpp"

#include "oracle_circle.hpp"

#include <gtest/gtest.h>
#include <cmath>
#include <vector>

namespace {

using geo::Circle;
using CL = Circle<long long>;
using CD = Circle<double>;
const double kPi = std::acos(-1.0);

double oracle_union(const std::vector<CL>& C) {
  std::vector<oracle_circle::OC> O;
  for (const CL& c : C) O.push_back(oracle_circle::oc(c));
  return oracle_circle::union_area(O).convert_to<double>();
}

TEST(CircleUnion, Basic) {
  EXPECT_EQ(geo::union_area(std::vector<CL>{}), 0);
  EXPECT_NEAR(geo::union_area(std::vector<CL>{{{3, 4}, 2}}), 4 * kPi, 1e-12);
  const std::vector<CL> two{{{0, 0}, 5}, {{8, 0}, 5}};
  EXPECT_NEAR(geo::union_area(two), 50 * kPi - 8.175055439664, 1e-9);
  EXPECT_NEAR(geo::union_area(two), oracle_union(two), 1e-11);
}

TEST(CircleUnion, DuplicatesContainmentTangency) {
  const std::vector<CL> dup{{{1, 1}, 3}, {{1, 1}, 3}, {{1, 1}, 3}};
  EXPECT_NEAR(geo::union_area(dup), 9 * kPi, 1e-12);
  const std::vector<CL> nested{{{0, 0}, 10}, {{1, 1}, 2}, {{0, 0}, 10}, {{6, 8}, 0}};
  EXPECT_NEAR(geo::union_area(nested), 100 * kPi, 1e-10);
  const std::vector<CL> touch{{{0, 0}, 2}, {{4, 0}, 2}, {{0, 4}, 2}, {{1, 0}, 1}};  // tangencies
  EXPECT_NEAR(geo::union_area(touch), 12 * kPi, 1e-10);
  EXPECT_NEAR(geo::union_area(touch), oracle_union(touch), 1e-10);
}

TEST(CircleUnion, ManyAgainstOracle) {
  std::vector<CL> C;
  for (long long i = 0; i < 12; i++) C.push_back({{(i * 37) % 23 - 11, (i * 53) % 19 - 9}, 2 + (i * 7) % 6});
  EXPECT_NEAR(geo::union_area(C), oracle_union(C), 1e-9);
  std::vector<CD> D;
  for (const CL& c : C) D.push_back({{double(c.c.x), double(c.c.y)}, double(c.r)});
  EXPECT_NEAR(geo::union_area(D), oracle_union(C), 1e-9);
}

TEST(CircleUnionDeathTest, Preconditions) {
  EXPECT_DEATH(geo::union_area(std::vector<CL>{CL{{0, 0}, 1}, CL{{1, 0}, -1}}), "");
  EXPECT_DEATH(geo::union_area(std::vector<CL>{CL{{0, 0}, 1}, CL{{1, 1000000001}, 1}}), "");
  EXPECT_DEATH(geo::union_area(std::vector<CD>{CD{{0, 0}, std::nan("")}}), "");
}

}  // namespace
