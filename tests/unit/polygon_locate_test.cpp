// Unit tests of geometry/polygon/locate.hpp.
#include "geometry/polygon/locate.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace {

using P = geo::Point<long long>;
using V = std::vector<P>;
using W = std::vector<geo::Where>;
const auto O = geo::OUTSIDE, B = geo::BOUNDARY, I = geo::INSIDE;

TEST(PolygonLocate, SquareBothOrientations) {
  const V sq{{0, 0}, {4, 0}, {4, 4}, {0, 4}}, rev{{0, 4}, {4, 4}, {4, 0}, {0, 0}};
  const V q{{2, 2}, {0, 0}, {2, 0}, {4, 2}, {5, 2}, {-1, 2}, {2, 5}, {2, -1}, {0, 2}, {4, 4}};
  const W want{I, B, B, B, O, O, O, O, B, B};
  EXPECT_EQ(geo::locate(sq, q), want);
  EXPECT_EQ(geo::locate(rev, q), want);
}

TEST(PolygonLocate, NoQueriesAndFewVertices) {
  EXPECT_EQ(geo::locate(V{{0, 0}, {1, 0}, {0, 1}}, V{}), W{});
  EXPECT_EQ(geo::locate(V{}, V{{0, 0}}), W{O});
  EXPECT_EQ(geo::locate(V{{1, 1}}, V{{1, 1}, {1, 2}}), (W{B, O}));
  EXPECT_EQ(geo::locate(V{{0, 0}, {4, 2}}, V{{2, 1}, {4, 2}, {1, 1}, {2, 0}, {6, 3}}), (W{B, B, O, O, O}));
  EXPECT_EQ(geo::locate(V{{0, 0}, {0, 4}}, V{{0, 3}, {0, 5}, {1, 1}}), (W{B, O, O}));
}

TEST(PolygonLocate, QueriesLevelWithVerticesAndOnVerticals) {
  // A comb: teeth between x = 3..7, vertical edges on shared x, vertices level with each other.
  const V comb{{0, 0}, {7, 0}, {7, 3}, {6, 3}, {6, 1}, {5, 1}, {5, 3}, {4, 3}, {4, 1}, {3, 1}, {3, 3}, {0, 3}};
  const V q{{5, 2}, {5, 1}, {6, 2}, {5, 3}, {4, 2}, {3, 2}, {3, 3}, {1, 3}, {2, 2}, {7, 1}, {8, 1},
            {4, 0}, {4, 4}, {6, 0}, {6, 4}, {4, -1}};
  const W want{B, B, B, B, B, B, B, B, I, B, O, B, O, B, O, O};
  EXPECT_EQ(geo::locate(comb, q), want);
  // Scaled by 10: in the notches (x 30..40 and 50..60 above y = 10) and in the teeth.
  V comb10;
  for (auto p : comb) comb10.push_back(P(p.x * 10, p.y * 10));
  const V q2{{45, 25}, {55, 25}, {35, 25}, {65, 25}, {55, 5}, {55, 10}, {40, 20}, {40, 35}};
  EXPECT_EQ(geo::locate(comb10, q2), (W{I, O, O, I, I, B, B, O}));
}

TEST(PolygonLocate, RightPointingCuspAndRaysThroughVertices) {
  // A notch from the left whose tip (0,1) ends two edges at one x; its mouth x = -10,
  // 0 < y < 2, is not boundary.
  const V p{{-10, -10}, {10, -10}, {10, 10}, {-10, 10}, {-10, 2}, {0, 1}, {-10, 0}};
  const V q{{0, 1}, {0, 0}, {0, 2}, {-1, 1}, {1, 1}, {-5, 1}, {-10, 1}, {-11, 1}, {-10, 2}};
  const W want{B, I, I, O, I, O, O, O, B};
  EXPECT_EQ(geo::locate(p, q), want);
}

TEST(PolygonLocate, CollinearVerticesAndDuplicatedQueries) {
  const V p{{0, 0}, {2, 0}, {4, 0}, {4, 2}, {4, 4}, {2, 2}, {0, 4}, {0, 2}};
  const V q{{2, 0}, {2, 0}, {3, 1}, {3, 1}, {2, 2}, {2, 3}, {1, 2}, {4, 3}, {1, 3}, {1, 3}};
  const W want{B, B, I, I, B, O, I, B, B, B};
  EXPECT_EQ(geo::locate(p, q), want);
}

TEST(PolygonLocate, RepeatedVerticesAreHarmless) {
  const V p{{0, 0}, {4, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 0}};
  EXPECT_EQ(geo::locate(p, V{{2, 2}, {4, 0}, {4, 1}, {5, 0}}), (W{I, B, B, O}));
}

TEST(PolygonLocate, FarOutsideAndAtTheBound) {
  const long long M = 1000000000;
  const V tri{{-M, -M}, {M, -M + 1}, {-M + 1, M}};
  const V q{{M, M}, {-M, M}, {M, -M}, {-M, -M}, {0, 0}, {-M, -M + 1}, {M - 2, -M + 1}, {M - 1, -M + 1}};
  // (-M, -M + 1): the left edge is at x = -M + 1/(2M) there. (M - 1, -M + 1): the bottom
  // edge is at y = -M + 1 - 1/(2M) there, the hypotenuse at x = M.
  const W want{O, O, O, B, I, O, I, I};
  EXPECT_EQ(geo::locate(tri, q), want);
}

#ifndef NDEBUG
TEST(PolygonLocateDeathTest, OutOfRangeAsserts) {
  const long long M = 1000000000;
  EXPECT_DEATH(geo::locate(V{{0, 0}, {M + 1, 0}, {0, 1}}, V{{0, 0}}), "in_range");
  EXPECT_DEATH(geo::locate(V{{0, 0}, {1, 0}, {0, 1}}, V{{0, -M - 1}}), "in_range");
}
#endif

}  // namespace
