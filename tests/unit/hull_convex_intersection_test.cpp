// hull/convex_intersection.hpp: overlap, touch, containment and disjoint cases, the
// floating eps (a distance) and exact lattice crossings, counter-clockwise and collinear
// inputs accepted, clockwise, non-convex, zero-area and out-of-range inputs asserted.
#include "geometry/hull/convex_intersection.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace {

using P = geo::Point<long long>;
using V = std::vector<P>;
using D = geo::Point<double>;

// The cases that the input checks below must let through, and the right answers for the
// counter-clockwise square (its clockwise copy is the death test below).
TEST(HullConvexIntersection, CounterClockwiseAndDegenerateInputsAccepted) {
  const V ccw{{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  EXPECT_EQ(geo::convex_intersection(ccw, ccw), (std::vector<D>{{0, 0}, {2, 0}, {2, 2}, {0, 2}}));
  const V with_collinear{{1, 0}, {2, 0}, {2, 2}, {0, 2}, {0, 0}};  // start on an edge
  EXPECT_EQ(geo::convex_intersection(with_collinear, ccw).size(), 4u);
}

#ifndef NDEBUG
TEST(HullConvexIntersectionDeathTest, ClockwiseInputAsserts) {
  // A clockwise square silently gave an empty intersection.
  const V cw{{0, 0}, {0, 2}, {2, 2}, {2, 0}}, ccw{{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  EXPECT_DEATH(geo::convex_intersection(cw, ccw), "not a ccw convex polygon");
  EXPECT_DEATH(geo::convex_intersection(ccw, cw), "not a ccw convex polygon");
  const V cw_collinear{{0, 1}, {0, 2}, {2, 2}, {2, 0}, {0, 0}};  // clockwise, collinear start
  EXPECT_DEATH(geo::convex_intersection(cw_collinear, ccw), "not a ccw convex polygon");
  const std::vector<D> dcw{{0, 0}, {0, 1}, {1, 1}, {1, 0}}, dccw{{0, 0}, {1, 0}, {1, 1}, {0, 1}};
  EXPECT_DEATH(geo::convex_intersection(dccw, dcw), "not a ccw convex polygon");
}
TEST(HullConvexIntersectionDeathTest, NonConvexInputAsserts) {
  const V ccw{{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  const V dart{{0, 0}, {4, 0}, {1, 1}, {0, 4}};  // counter-clockwise, reflex at (1, 1)
  const V star{{0, 0}, {4, 0}, {1, 3}, {2, -2}, {3, 3}};  // every turn left, winds twice
  for (const V& bad : {dart, star}) {
    EXPECT_DEATH(geo::convex_intersection(ccw, bad), "not a ccw convex polygon");
  }
}
TEST(HullConvexIntersectionDeathTest, DegenerateOrOutOfRangeInputAsserts) {
  const long long B = 1000000000;
  const V ccw{{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  EXPECT_DEATH(geo::convex_intersection(V{{0, 0}, {1, 1}, {2, 2}}, ccw), "not a ccw convex polygon");  // no area
  EXPECT_DEATH(geo::convex_intersection(V{{1, 1}, {1, 1}}, ccw), "not a ccw convex polygon");  // repeated
  const V big{{-B, -B}, {B + 1, -B}, {B, B}};
  EXPECT_DEATH(geo::convex_intersection(big, ccw), "not a ccw convex polygon in range");
  const std::vector<D> nan{{0, 0}, {1, 0}, {std::nan(""), 1}};
  EXPECT_DEATH(geo::convex_intersection(nan, nan), "");
}
#endif

TEST(HullConvexIntersection, OverlapTouchContainDisjoint) {
  const V a{{0, 0}, {4, 0}, {4, 4}, {0, 4}};
  EXPECT_EQ(geo::convex_intersection(a, V{{2, -1}, {5, 2}, {2, 5}, {-1, 2}}),  // |x-2| + |y-2| <= 3
            (std::vector<D>{{1, 0}, {3, 0}, {4, 1}, {4, 3}, {3, 4}, {1, 4}, {0, 3}, {0, 1}}));
  EXPECT_EQ(geo::convex_intersection(a, V{{2, -2}, {6, 2}, {2, 6}, {-2, 2}}),  // a inside, corners on it
            (std::vector<D>{{0, 0}, {4, 0}, {4, 4}, {0, 4}}));
  EXPECT_EQ(geo::convex_intersection(a, V{{1, 1}, {2, 1}, {1, 2}}), (std::vector<D>{{1, 1}, {2, 1}, {1, 2}}));
  EXPECT_EQ(geo::convex_intersection(a, V{{4, 1}, {6, 1}, {6, 3}, {4, 3}}), (std::vector<D>{{4, 1}, {4, 3}}));
  EXPECT_EQ(geo::convex_intersection(a, V{{4, 4}, {5, 4}, {4, 5}}), (std::vector<D>{{4, 4}}));
  EXPECT_TRUE(geo::convex_intersection(a, V{{5, 5}, {6, 5}, {5, 6}}).empty());
}

// Floating: a vertex within eps (a distance) of the other polygon's edge line is on it, so
// squares eps/4 apart share an edge and squares 4 eps apart are disjoint; a square eps/4
// inside another keeps its own corners. Integral coordinates: crossings that are lattice
// points come back exactly.
TEST(HullConvexIntersection, FloatingEpsAndExactLatticeCrossings) {
  const double e = geo::eps<double>;
  const std::vector<D> a{{0, 0}, {1, 0}, {1, 1}, {0, 1}};
  auto square = [](double x0, double y0, double s) {
    return std::vector<D>{{x0, y0}, {x0 + s, y0}, {x0 + s, y0 + s}, {x0, y0 + s}};
  };
  for (const auto& c : {geo::convex_intersection(a, square(1 + e / 4, 0, 1)),
                        geo::convex_intersection(square(1 + e / 4, 0, 1), a)}) {
    ASSERT_EQ(c.size(), 2u);  // the shared edge, lowest end first: each end from either square
    EXPECT_LE(dist(c[0], D{1, 0}), e / 2);
    EXPECT_LE(dist(c[1], D{1, 1}), e / 2);
  }
  EXPECT_TRUE(geo::convex_intersection(a, square(1 + 4 * e, 0, 1)).empty());
  EXPECT_EQ(geo::convex_intersection(a, square(1 + e / 4, 1 + e / 4, 1)).size(), 1u);  // corner touch
  EXPECT_EQ(geo::convex_intersection(a, square(-1, -1, 3)), a);
  // (0,0) (7,0) (0,7) against x + 3y >= 3: the crossings (3,0) and (0,1), exactly
  EXPECT_EQ(geo::convex_intersection(V{{0, 0}, {7, 0}, {0, 7}}, V{{3, 0}, {9, -2}, {9, 9}, {-9, 9}, {-9, 4}}),
            (std::vector<D>{{3, 0}, {7, 0}, {0, 7}, {0, 1}}));
}

}  // namespace
