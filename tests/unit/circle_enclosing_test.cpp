// Unit tests of geometry/circle/enclosing.hpp.
#include "geometry/circle/enclosing.hpp"

#include "oracle_circle.hpp"

#include <gtest/gtest.h>
#include <cmath>
#include <vector>

namespace {

using geo::Point;
using PL = Point<long long>;
using PD = Point<double>;

TEST(CircleEnclosing, SmallCases) {
  auto one = geo::min_enclosing_circle(std::vector<PL>{{3, 4}});
  EXPECT_EQ(one.radius(), 0);
  EXPECT_EQ(one.where(PL(3, 4)), geo::BOUNDARY);
  auto two = geo::min_enclosing_circle(std::vector<PL>{{0, 0}, {10, 0}, {3, 3}});
  EXPECT_EQ(two.center(), PD(5, 0));
  EXPECT_EQ(two.radius(), 5);
  EXPECT_EQ(two.where(PL(3, 3)), geo::INSIDE);
  EXPECT_EQ(two.where(PL(5, 5)), geo::BOUNDARY);
  EXPECT_EQ(two.where(PL(5, 6)), geo::OUTSIDE);
  auto sq = geo::min_enclosing_circle(std::vector<PL>{{0, 0}, {1, 0}, {0, 1}, {1, 1}});
  for (PL p : {PL(0, 0), PL(1, 0), PL(0, 1), PL(1, 1)}) EXPECT_EQ(sq.where(p), geo::BOUNDARY);
  auto tri = geo::min_enclosing_circle(std::vector<PL>{{0, 0}, {4, 0}, {1, 3}});  // acute
  EXPECT_NEAR(tri.center().x, 2, 1e-15);
  EXPECT_NEAR(tri.center().y, 1, 1e-15);
  EXPECT_NEAR(tri.radius(), std::sqrt(5.0), 1e-15);
}

TEST(CircleEnclosing, DuplicatesAndCollinear) {
  auto d = geo::min_enclosing_circle(std::vector<PL>{{2, 2}, {2, 2}, {2, 2}});
  EXPECT_EQ(d.radius(), 0);
  std::vector<PL> line;
  for (long long k = 0; k < 50; k++) line.push_back({3 * k - 70, 2 * k + 1});
  auto l = geo::min_enclosing_circle(line);
  EXPECT_EQ(l.where(line.front()), geo::BOUNDARY);
  EXPECT_EQ(l.where(line.back()), geo::BOUNDARY);
  for (size_t i = 1; i + 1 < line.size(); i++) EXPECT_EQ(l.where(line[i]), geo::INSIDE);
}

TEST(CircleEnclosing, RingOfLatticePointsExactBoundary) {
  // all 32 lattice points on x^2 + y^2 = 1105 = 5 * 13 * 17
  std::vector<PL> P;
  for (long long x = -34; x <= 34; x++)
    for (long long y = -34; y <= 34; y++)
      if (x * x + y * y == 1105) P.push_back({x, y});
  ASSERT_EQ(P.size(), 32u);
  P.push_back({33, 3});  // 1098: inside by a hair
  P.push_back({0, 0});
  auto E = geo::min_enclosing_circle(P);
  for (size_t i = 0; i < 32; i++) EXPECT_EQ(E.where(P[i]), geo::BOUNDARY);
  EXPECT_EQ(E.where(PL(33, 3)), geo::INSIDE);
  EXPECT_EQ(E.where(PL(24, 23)), geo::BOUNDARY);  // 1105 = 24^2 + 23^2
  EXPECT_EQ(E.where(PL(24, 24)), geo::OUTSIDE);
}

TEST(CircleEnclosing, ReproducibleAndFloating) {
  std::vector<PD> P;
  for (int i = 0; i < 200; i++) P.push_back({std::sin(i * 1.7) * 100, std::cos(i * 2.3) * 50});
  auto a = geo::min_enclosing_circle(P), b = geo::min_enclosing_circle(P);
  EXPECT_EQ(a.center(), b.center());
  EXPECT_EQ(a.radius(), b.radius());
  for (const PD& p : P) EXPECT_NE(a.where(p), geo::OUTSIDE);
  std::vector<oracle::QP> Q;
  for (const PD& p : P) Q.push_back(oracle::qp(p));
  const auto want = oracle_circle::enclosing(std::vector<oracle::QP>(Q.begin(), Q.begin() + 40));
  auto c = geo::min_enclosing_circle(std::vector<PD>(P.begin(), P.begin() + 40));
  EXPECT_NEAR(c.radius() * c.radius(), want.r2.convert_to<double>(), 1e-8);
}

// The acute triangle (-8,6), (6,5), (-3,-4) scaled by s: past s = 5e5 the old degree-6 test
// overflowed __int128 (radius 2.19 instead of 7.4e8 at s = 1e8). Checked in rationals: the
// stored centre a + n / (2k) is equidistant from the three points.
TEST(CircleEnclosing, ExactAtTheBound) {
  for (long long s : {100000LL, 100000000LL}) {
    const std::vector<PL> P{{-8 * s, 6 * s}, {6 * s, 5 * s}, {-3 * s, -4 * s}};
    const auto E = geo::min_enclosing_circle(P);
    const oracle::Q k2 = 2 * oracle::q(E.k), cx = oracle::q(E.a.x) + oracle::q(E.n.x) / k2,
                    cy = oracle::q(E.a.y) + oracle::q(E.n.y) / k2;
    auto d2 = [&](const PL& p) { return (oracle::q(p.x) - cx) * (oracle::q(p.x) - cx) + (oracle::q(p.y) - cy) * (oracle::q(p.y) - cy); };
    EXPECT_EQ(d2(P[0]), d2(P[1]));
    EXPECT_EQ(d2(P[0]), d2(P[2]));
    for (const PL& p : P) EXPECT_EQ(E.where(p), geo::BOUNDARY);
    EXPECT_NEAR(E.radius(), 7.3974470066 * static_cast<double>(s), 1e-9 * static_cast<double>(s));
  }
  // every corner of the 1e9 box, plus points one unit inside or outside the circle
  const long long B = 1000000000;
  const auto E = geo::min_enclosing_circle(std::vector<PL>{{-B, -B}, {B, B}, {B, -B}, {-B, B}, {0, 0}});
  EXPECT_EQ(E.center(), PD(0, 0));
  for (PL p : {PL(-B, -B), PL(B, B), PL(B, -B), PL(-B, B)}) EXPECT_EQ(E.where(p), geo::BOUNDARY);
  EXPECT_EQ(E.where(PL(B, B - 1)), geo::INSIDE);
  EXPECT_EQ(E.where(PL(-B + 1, B)), geo::INSIDE);
  const auto T = geo::min_enclosing_circle(std::vector<PL>{{-B, -B}, {B, -B + 1}, {-B + 2, B}});
  for (PL p : {PL(-B, -B), PL(B, -B + 1), PL(-B + 2, B)}) EXPECT_EQ(T.where(p), geo::BOUNDARY);
  EXPECT_EQ(T.where(PL(B - 1, -B + 1)), geo::INSIDE);
}

TEST(CircleEnclosingDeathTest, Preconditions) {
  EXPECT_DEATH(geo::min_enclosing_circle(std::vector<PL>{}), "");
  EXPECT_DEATH(geo::min_enclosing_circle(std::vector<PL>{{0, 0}, {1000000001, 0}}), "");
  EXPECT_DEATH(geo::min_enclosing_circle(std::vector<PD>{{0, 0}, {std::nan(""), 0}}), "");
  const auto E = geo::min_enclosing_circle(std::vector<PL>{{0, 0}, {2, 0}});
  EXPECT_DEATH(E.where(PL(0, -2000000000)), "");
}

}  // namespace
