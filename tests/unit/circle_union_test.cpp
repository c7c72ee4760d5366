// Unit tests of geometry/circle/union.hpp: the lens area(A, B), seg_area, union_area,
// union_perimeter, circle_union.
#include "geometry/circle/union.hpp"

#include "oracle_circle.hpp"
#include "oracle_circle_union.hpp"

#include <gtest/gtest.h>
#include <cmath>
#include <vector>

namespace {

using geo::Circle;
using CL = Circle<long long>;
using CD = Circle<double>;
const double kPi = std::acos(-1.0);

double lens_oracle(const CL& a, const CL& b) {
  return oracle_circle::lens_area(oracle_circle::oc(a), oracle_circle::oc(b)).convert_to<double>();
}

double oracle_union(const std::vector<CL>& C) {
  std::vector<oracle_circle::OC> O;
  for (const CL& c : C) O.push_back(oracle_circle::oc(c));
  return oracle_circle::union_area(O).convert_to<double>();
}

TEST(CircleLens, Lens) {
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

TEST(CircleLens, LensSliversKeepRelativePrecision) {
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

TEST(CircleLens, SegmentSeries) {
  for (double x : {1e-8, 1e-4, 0.01, 0.5, 0.999, 1.0, 2.0, 6.0}) {
    const oracle_circle::F X = x;
    const double want = ((X - sin(X)) / 2).convert_to<double>();
    EXPECT_NEAR(geo::seg_area(1.0, x) / want, 1, 1e-14) << x;
  }
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

double oracle_perimeter(const std::vector<CL>& C) {
  std::vector<oracle_circle::OC> O;
  for (const CL& c : C) O.push_back(oracle_circle::oc(c));
  return oracle_circle::union_perimeter(O).convert_to<double>();
}

TEST(CircleUnionPerimeter, Basic) {
  EXPECT_EQ(geo::union_perimeter(std::vector<CL>{}), 0);
  EXPECT_EQ(geo::union_perimeter(std::vector<CL>{{{3, 4}, 0}, {{3, 4}, 0}}), 0);  // points
  EXPECT_NEAR(geo::union_perimeter(std::vector<CL>{{{3, 4}, 2}}), 4 * kPi, 1e-12);
  EXPECT_NEAR(geo::union_perimeter(std::vector<CL>{{{0, 0}, 2}, {{5, 0}, 1}}), 6 * kPi, 1e-12);  // apart
  // crossing: each keeps all but 2 acos(4/5) of its angle
  const std::vector<CL> two{{{0, 0}, 5}, {{8, 0}, 5}};
  EXPECT_NEAR(geo::union_perimeter(two), 2 * 5 * (2 * kPi - 2 * std::acos(0.8)), 1e-12);
  EXPECT_NEAR(geo::union_perimeter(two), oracle_perimeter(two), 1e-12);
  const auto [a, l] = geo::circle_union(two);
  EXPECT_EQ(a, geo::union_area(two));
  EXPECT_EQ(l, geo::union_perimeter(two));
}

TEST(CircleUnionPerimeter, DuplicatesContainmentTangency) {
  EXPECT_NEAR(geo::union_perimeter(std::vector<CL>{{{1, 1}, 3}, {{1, 1}, 3}, {{1, 1}, 3}}), 6 * kPi, 1e-12);
  const std::vector<CL> nested{{{0, 0}, 10}, {{1, 1}, 2}, {{0, 0}, 10}, {{6, 8}, 0}, {{0, 0}, 3}};
  EXPECT_NEAR(geo::union_perimeter(nested), 20 * kPi, 1e-12);
  const std::vector<CL> inner{{{0, 0}, 4}, {{2, 0}, 2}};  // internally tangent at (4, 0)
  EXPECT_NEAR(geo::union_perimeter(inner), 8 * kPi, 1e-12);
  const std::vector<CL> touch{{{0, 0}, 2}, {{4, 0}, 2}, {{0, 4}, 2}, {{1, 0}, 1}};  // external tangencies
  EXPECT_NEAR(geo::union_perimeter(touch), 12 * kPi, 1e-12);
  EXPECT_NEAR(geo::union_perimeter(touch), oracle_perimeter(touch), 1e-12);
  // a circle covered by two others together (no single one contains it)
  const std::vector<CL> cover{{{-3, 0}, 5}, {{3, 0}, 5}, {{0, 0}, 3}};
  EXPECT_NEAR(geo::union_perimeter(cover), oracle_perimeter({cover[0], cover[1]}), 1e-12);
  EXPECT_NEAR(geo::union_perimeter(cover), oracle_perimeter(cover), 1e-12);
}

TEST(CircleUnionPerimeter, HoleCounts) {
  // Four circles of radius 5 around the origin at distance 6: they cross pairwise next to
  // each other and leave a hole around the origin (|origin - centre| = 6 > 5); the hole's
  // boundary counts.
  const std::vector<CL> ring{{{6, 0}, 5}, {{0, 6}, 5}, {{-6, 0}, 5}, {{0, -6}, 5}};
  const double got = geo::union_perimeter(ring);
  EXPECT_NEAR(got, oracle_perimeter(ring), 1e-11);
  // neighbours (d = sqrt(72)) each cover 2 acos(sqrt(72) / 10) of a circle, opposite ones
  // (d = 12) nothing: each circle keeps 2 pi - 4 acos(sqrt(72) / 10), the hole's arc included
  const double th = std::acos(std::sqrt(72.0) / 10);
  EXPECT_NEAR(got, 4 * 5 * (2 * kPi - 4 * th), 1e-11);
  EXPECT_GT(got, 4 * 5 * (2 * kPi - 4 * th) - 4 * 5 * (kPi / 2 - 2 * th) + 1);  // more than the outer boundary
}

TEST(CircleUnionPerimeter, ManyAgainstOracle) {
  std::vector<CL> C;
  for (long long i = 0; i < 12; i++) C.push_back({{(i * 37) % 23 - 11, (i * 53) % 19 - 9}, 2 + (i * 7) % 6});
  const double want = oracle_perimeter(C);
  EXPECT_NEAR(geo::union_perimeter(C), want, 1e-10);
  std::vector<CD> D;
  for (const CL& c : C) D.push_back({{double(c.c.x), double(c.c.y)}, double(c.r)});
  EXPECT_NEAR(geo::union_perimeter(D), want, 1e-10);
  const std::vector<CL> big{{{-600000000, 0}, 600000000}, {{599999999, 0}, 600000000}, {{0, 1000000000}, 1000000}};
  EXPECT_NEAR(geo::union_perimeter(big) / oracle_perimeter(big), 1, 1e-14);
}

TEST(CircleUnionDeathTest, Preconditions) {
  EXPECT_DEATH(geo::union_perimeter(std::vector<CL>{CL{{0, 0}, 1}, CL{{1, 0}, -1}}), "");
  EXPECT_DEATH(geo::union_perimeter(std::vector<CD>{CD{{0, 0}, std::nan("")}}), "");
  EXPECT_DEATH(geo::union_area(std::vector<CL>{CL{{0, 0}, 1}, CL{{1, 0}, -1}}), "");
  EXPECT_DEATH(geo::union_area(std::vector<CL>{CL{{0, 0}, 1}, CL{{1, 1000000001}, 1}}), "");
  EXPECT_DEATH(geo::union_area(std::vector<CD>{CD{{0, 0}, std::nan("")}}), "");
  EXPECT_DEATH(geo::area(CL{{0, 0}, 1}, CL{{1, 0}, -2}), "");
  EXPECT_DEATH(geo::area(CD{{0, 0}, 1}, CD{{std::nan(""), 0}, 1}), "");
}

}  // namespace
