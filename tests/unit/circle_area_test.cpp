// Unit tests of geometry/circle/area.hpp: circle ∩ polygon and circle ∩ circle.
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

double lens_oracle(const CL& a, const CL& b) {
  return oracle_circle::lens_area(oracle_circle::oc(a), oracle_circle::oc(b)).convert_to<double>();
}
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

TEST(CircleArea, Lens) {
  EXPECT_NEAR(geo::area(CL{{0, 0}, 1}, CL{{2, 0}, 2}), 1.40306643968573, 1e-12);  // CGL_7_I
  EXPECT_NEAR(geo::area(CL{{1, 0}, 1}, CL{{0, 0}, 3}), kPi, 1e-15);
  EXPECT_EQ(geo::area(CL{{0, 0}, 1}, CL{{2, 0}, 1}), 0);                    // touching
  EXPECT_EQ(geo::area(CL{{0, 0}, 1}, CL{{5, 0}, 1}), 0);
  EXPECT_NEAR(geo::area(CL{{4, 4}, 7}, CL{{4, 4}, 7}), 49 * kPi, 1e-12);    // equal
  EXPECT_NEAR(geo::area(CL{{4, 4}, 7}, CL{{4, 4}, 9}), 49 * kPi, 1e-12);    // concentric
  const CL a{{-3, 2}, 5}, b{{4, -1}, 6};
  EXPECT_EQ(geo::area(a, b), geo::area(b, a));
  EXPECT_NEAR(geo::area(a, b), lens_oracle(a, b), 1e-13);
}

TEST(CircleArea, LensSliversKeepRelativePrecision) {
  // radius 6e8, overlapping by one unit: area ~ 2.7e4 out of terms ~1e17
  const CL a{{-600000000, 0}, 600000000}, b{{599999999, 0}, 600000000};  // within 1e9
  const double want = lens_oracle(a, b);
  EXPECT_NEAR(geo::area(a, b) / want, 1, 1e-13);
  const CL c{{0, 0}, 10000}, d{{9999, 1}, 1};  // nearly internally tangent (issue)
  EXPECT_NEAR(geo::area(c, d) / lens_oracle(c, d), 1, 1e-14);
  const CL e{{0, -600000000}, 600000000}, g{{0, 599999998}, 600000000};  // two units of overlap
  EXPECT_NEAR(geo::area(e, g) / lens_oracle(e, g), 1, 1e-13);
  // the naive r^2 acos - d h formula in double is off by far more than that:
  const double d2 = 1199999999.0, h = std::sqrt(2399999999.0) / 2, al = std::atan2(h, d2 / 2);
  const double naive = 2 * (6e8 * 6e8 * al) - d2 * h;
  EXPECT_GT(std::abs(naive / want - 1), 1e-9);
}

TEST(CircleArea, SegmentSeries) {
  for (double x : {1e-8, 1e-4, 0.01, 0.5, 0.999, 1.0, 2.0, 6.0}) {
    const oracle_circle::F X = x;
    const double want = ((X - sin(X)) / 2).convert_to<double>();
    EXPECT_NEAR(geo::seg_area(1.0, x) / want, 1, 1e-14) << x;
  }
}

TEST(CircleAreaDeathTest, Preconditions) {
  const std::vector<PL> tri{PL(0, 0), PL(2, 0), PL(0, 2)};
  EXPECT_DEATH(geo::area(CL{{0, 0}, -1}, tri), "");
  EXPECT_DEATH(geo::area(CL{{0, 0}, 1}, std::vector<PL>{PL(0, 0), PL(1000000001, 0), PL(0, 2)}), "");
  EXPECT_DEATH(geo::area(CD{{0, 0}, 1}, std::vector<PD>{PD(0, 0), PD(std::nan(""), 0), PD(0, 2)}), "");
  EXPECT_DEATH(geo::area(CL{{0, 0}, 1}, CL{{1, 0}, -2}), "");
  EXPECT_DEATH(geo::area(CD{{0, 0}, 1}, CD{{std::nan(""), 0}, 1}), "");
}

}  // namespace
