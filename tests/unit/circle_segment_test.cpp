// Unit tests of geometry/circle/segment.hpp: the points of a closed segment on a circle
// (against tests/support/oracle_circle_seg.hpp on the nearly tangent case).
#include "geometry/circle/segment.hpp"

#include "oracle_circle.hpp"
#include "oracle_circle_seg.hpp"

#include <gtest/gtest.h>
#include <cmath>
#include <utility>
#include <vector>

namespace {

using geo::Point;
using PL = Point<long long>;
using PD = Point<double>;
using CL = geo::Circle<long long>;
using CD = geo::Circle<double>;

// segment_intersection: the line's points on the closed segment, ordered along a -> b.
std::vector<PD> seg(const CL& c, PL a, PL b) { return geo::segment_intersection(c, a, b); }

TEST(CircleSegment, Basic) {
  const CL c{{0, 0}, 5};
  EXPECT_EQ(seg(c, {-10, 0}, {10, 0}), (std::vector<PD>{{-5, 0}, {5, 0}}));
  EXPECT_EQ(seg(c, {10, 0}, {-10, 0}), (std::vector<PD>{{5, 0}, {-5, 0}}));
  EXPECT_EQ(seg(c, {0, 0}, {10, 0}), (std::vector<PD>{{5, 0}}));   // inside -> outside
  EXPECT_EQ(seg(c, {10, 0}, {0, 0}), (std::vector<PD>{{5, 0}}));   // outside -> inside
  EXPECT_EQ(seg(c, {-1, 0}, {1, 0}), std::vector<PD>{});           // inside
  EXPECT_EQ(seg(c, {6, 0}, {10, 0}), std::vector<PD>{});           // on the line, beyond
  EXPECT_EQ(seg(c, {-10, 0}, {-6, 0}), std::vector<PD>{});
  EXPECT_EQ(seg(c, {-10, 7}, {10, 7}), std::vector<PD>{});         // the line misses
}

TEST(CircleSegment, TangentAndEndpointsOnTheCircle) {
  const CL c{{0, 0}, 5};
  EXPECT_EQ(seg(c, {-3, 5}, {3, 5}), (std::vector<PD>{{0, 5}}));   // tangent
  EXPECT_EQ(seg(c, {0, 5}, {3, 5}), (std::vector<PD>{{0, 5}}));    // touching at an end
  EXPECT_EQ(seg(c, {3, 5}, {0, 5}), (std::vector<PD>{{0, 5}}));
  EXPECT_EQ(seg(c, {1, 5}, {3, 5}), std::vector<PD>{});            // tangent line, point off
  EXPECT_EQ(seg(c, {-3, 5}, {-1, 5}), std::vector<PD>{});
  auto near = [](const std::vector<PD>& v, const std::vector<PD>& w) {
    if (v.size() != w.size()) return false;
    for (size_t i = 0; i < v.size(); i++)
      if (std::hypot(v[i].x - w[i].x, v[i].y - w[i].y) > 1e-14) return false;
    return true;
  };
  EXPECT_TRUE(near(seg(c, {3, 4}, {0, 0}), {{3, 4}}));              // on -> inside
  EXPECT_TRUE(near(seg(c, {3, 4}, {6, 8}), {{3, 4}}));              // on -> outside, away
  EXPECT_TRUE(near(seg(c, {3, 4}, {3, 10}), {{3, 4}}));             // (3, -4) is behind a
  EXPECT_TRUE(near(seg(c, {3, 4}, {3, -10}), {{3, 4}, {3, -4}}));
  EXPECT_TRUE(near(seg(c, {3, 4}, {-3, -4}), {{3, 4}, {-3, -4}}));  // a chord
  EXPECT_TRUE(near(seg(c, {-3, -4}, {3, 4}), {{-3, -4}, {3, 4}}));
  EXPECT_TRUE(near(seg(c, {3, -4}, {3, 4}), {{3, -4}, {3, 4}}));
}

TEST(CircleSegment, ZeroLengthAndZeroRadius) {
  const CL c{{0, 0}, 5};
  EXPECT_EQ(seg(c, {3, 4}, {3, 4}), (std::vector<PD>{{3, 4}}));
  EXPECT_EQ(seg(c, {1, 1}, {1, 1}), std::vector<PD>{});
  EXPECT_EQ(seg(c, {9, 1}, {9, 1}), std::vector<PD>{});
  const CL p{{1, 1}, 0};
  EXPECT_EQ(seg(p, {0, 0}, {2, 2}), (std::vector<PD>{{1, 1}}));
  EXPECT_EQ(seg(p, {1, 1}, {2, 2}), (std::vector<PD>{{1, 1}}));
  EXPECT_EQ(seg(p, {2, 2}, {3, 3}), std::vector<PD>{});
  EXPECT_EQ(seg(p, {1, 1}, {1, 1}), (std::vector<PD>{{1, 1}}));
  EXPECT_EQ(seg(p, {0, 1}, {0, 1}), std::vector<PD>{});
}

TEST(CircleSegment, NearlyTangentExact) {
  // The line through (9797, 396) (on the circle) and (9574, 5913) has discriminant 1: its
  // two points are 3.6e-4 apart, the first one BEFORE (9797, 396) along a -> b.
  const CL c{{0, 0}, 9805};
  const PL a{9797, 396}, b{9574, 5913}, back{9797 + 223, 396 - 5517};  // a - (b - a)
  const auto line = geo::intersection(c, a, b);
  ASSERT_EQ(line.size(), 2u);
  EXPECT_EQ(seg(c, a, b), std::vector<PD>{line[1]});
  EXPECT_EQ(seg(c, back, b).size(), 2u);  // (the line from back: other roundings)
  EXPECT_EQ(seg(c, back, a).size(), 2u);
  const auto rev = geo::intersection(c, b, a);
  EXPECT_EQ(seg(c, b, a), std::vector<PD>{rev[0]});
  for (const auto& [p, q] : {std::pair{a, b}, {back, b}, {back, a}, {b, a}}) {
    const auto want = oracle_circle::seg_points(oracle_circle::oc(c), oracle::qp(p), oracle::qp(q));
    const auto got = seg(c, p, q);
    ASSERT_EQ(got.size(), want.size());
    for (size_t i = 0; i < got.size(); i++)
      EXPECT_NEAR(std::hypot(got[i].x - want[i].x.convert_to<double>(), got[i].y - want[i].y.convert_to<double>()), 0,
                  1e-11);
  }
  // an end one unit inside or outside: exact
  EXPECT_EQ(seg(CL{{0, 0}, 5}, {0, 0}, {4, 2}).size(), 0u);  // 20 < 25
  EXPECT_EQ(seg(CL{{0, 0}, 5}, {0, 0}, {4, 4}).size(), 1u);  // 32 > 25
  const CL big{{0, 0}, 1000000000};
  EXPECT_EQ(seg(big, {-1000000000, -1000000000}, {1000000000, 1000000000}).size(), 2u);
  EXPECT_EQ(seg(big, {0, 999999999}, {1, 999999999}).size(), 0u);
  EXPECT_EQ(seg(big, {0, 1000000000}, {1, 1000000000}).size(), 1u);  // tangent at an end
}

TEST(CircleSegment, Floating) {
  const CD c{{0, 0}, 1};
  EXPECT_EQ(geo::segment_intersection(c, PD(0, 0), PD(1 + 1e-12, 0)).size(), 1u);  // within eps: on
  EXPECT_EQ(geo::segment_intersection(c, PD(0, 0), PD(1 - 1e-12, 0)).size(), 1u);
  EXPECT_EQ(geo::segment_intersection(c, PD(0, 0), PD(1 - 1e-6, 0)).size(), 0u);
  EXPECT_EQ(geo::segment_intersection(c, PD(-2, 0), PD(2, 0)).size(), 2u);
  EXPECT_EQ(geo::segment_intersection(c, PD(0.6, 0.8), PD(0.6, 0.8)).size(), 1u);
  const auto v = geo::segment_intersection(c, PD(0.5, -2), PD(0.5, 0));
  ASSERT_EQ(v.size(), 1u);
  EXPECT_NEAR(v[0].y, -std::sqrt(0.75), 1e-15);
}

TEST(CircleSegmentDeathTest, Preconditions) {
  EXPECT_DEATH(geo::segment_intersection(CL{{0, 0}, -1}, PL(0, 0), PL(1, 0)), "");
  EXPECT_DEATH(geo::segment_intersection(CL{{0, 0}, 1}, PL(0, 0), PL(1000000001, 0)), "");
  EXPECT_DEATH(geo::segment_intersection(CL{{0, 0}, 1}, PL(-1000000001, 0), PL(-1000000001, 0)), "");
  EXPECT_DEATH(geo::segment_intersection(CD{{0, 0}, 1}, PD(std::nan(""), 0), PD(1, 0)), "");
}

}  // namespace
