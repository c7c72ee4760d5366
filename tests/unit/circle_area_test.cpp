// Unit tests of geometry/circle/area.hpp: circle ∩ polygon (circle ∩ circle: circle_union_test).
#include "geometry/circle/area.hpp"

#include "oracle_circle.hpp"

#include <gtest/gtest.h>
#include <cmath>
#include <vector>

namespace {

using geo::Circle;
using geo::Point;
using PL = Point<long long>;
using PD = Point<double>;
using CL = Circle<long long>;
using CD = Circle<double>;
const double kPi = std::acos(-1.0);

double poly_oracle(const CL& c, const std::vector<PL>& P) {
  std::vector<oracle::QP> Q;
  for (const PL& p : P) Q.push_back(oracle::qp(p));
  return oracle_circle::polygon_area(oracle_circle::oc(c), Q).convert_to<double>();
}

TEST(CircleArea, PolygonSamplesOfCgl7H) {
  const std::vector<PL> t{{1, 1}, {4, 1}, {5, 5}};
  EXPECT_NEAR(geo::area(CL{{0, 0}, 5}, t), 4.639858417607, 1e-9);
  const std::vector<PL> q{{0, 0}, {-3, -6}, {1, -3}, {5, -4}};
  EXPECT_NEAR(geo::area(CL{{0, 0}, 5}, q), 11.787686807576, 1e-9);
  EXPECT_NEAR(geo::area(CL{{0, 0}, 5}, t), poly_oracle(CL{{0, 0}, 5}, t), 1e-12);
}

TEST(CircleArea, PolygonDegenerateAndOrientation) {
  const std::vector<PL> sq{{-50, -50}, {50, -50}, {50, 50}, {-50, 50}};  // edges tangent to r = 50
  EXPECT_NEAR(geo::area(CL{{0, 0}, 50}, sq), kPi * 2500, 1e-9);
  std::vector<PL> cw(sq.rbegin(), sq.rend());
  EXPECT_NEAR(geo::area(CL{{0, 0}, 50}, cw), kPi * 2500, 1e-9);  // either orientation
  EXPECT_NEAR(geo::area(CL{{0, 0}, 1000}, sq), 10000, 1e-9);       // polygon inside
  EXPECT_EQ(geo::area(CL{{500, 500}, 10}, sq), 0);                  // disjoint
  // vertices exactly on the circle: the inscribed square
  const std::vector<PL> ins{{5, 0}, {0, 5}, {-5, 0}, {0, -5}};
  EXPECT_NEAR(geo::area(CL{{0, 0}, 5}, ins), 50, 1e-12);
  const std::vector<PL> ring{{5, 0}, {4, 3}, {3, 4}, {0, 5}, {-3, 4}, {-4, 3}, {-5, 0}, {0, 0}};
  EXPECT_NEAR(geo::area(CL{{0, 0}, 5}, ring), poly_oracle(CL{{0, 0}, 5}, ring), 1e-12);
  EXPECT_EQ(geo::area(CL{{0, 0}, 5}, std::vector<PL>{}), 0);
  EXPECT_EQ(geo::area(CL{{0, 0}, 0}, sq), 0);  // zero radius
}

TEST(CircleArea, PolygonNonConvexAndFarEdges) {
  const std::vector<PL> comb{{-100, -100}, {100, -100}, {100, 100}, {80, 100}, {80, -90},
                             {60, -90},    {60, 100},   {40, 100},  {40, -90}, {20, -90},
                             {20, 100},    {0, 100},    {0, -90},   {-20, -90}, {-20, 100},
                             {-100, 100}};
  const CL c{{3, -7}, 60};
  EXPECT_NEAR(geo::area(c, comb), poly_oracle(c, comb), 1e-10);
  // a long edge passing near a small circle (pitfall 1): built from the nearer endpoint
  const long long m = 1000000000;
  const std::vector<PL> thin{{-m, 0}, {m, 1}, {m, 2}};
  const CL s{{0, 0}, 3};
  EXPECT_NEAR(geo::area(s, thin), poly_oracle(s, thin), 1e-8);
}

TEST(CircleAreaDeathTest, Preconditions) {
  const std::vector<PL> tri{PL(0, 0), PL(2, 0), PL(0, 2)};
  EXPECT_DEATH(geo::area(CL{{0, 0}, -1}, tri), "");
  EXPECT_DEATH(geo::area(CL{{0, 0}, 1}, std::vector<PL>{PL(0, 0), PL(1000000001, 0), PL(0, 2)}), "");
  EXPECT_DEATH(geo::area(CD{{0, 0}, 1}, std::vector<PD>{PD(0, 0), PD(std::nan(""), 0), PD(0, 2)}), "");
}

}  // namespace
