// hull/minkowski.hpp: degenerate inputs (a point, segments, an empty polygon), a sum at
// the 1e9 bound read back through where_in_convex and the oracle, counter-clockwise and
// collinear inputs accepted, clockwise, non-convex and out-of-range inputs asserted.
#include "geometry/hull/minkowski.hpp"
#include "geometry/hull/convex_hull.hpp"
#include "geometry/hull/point_in_convex.hpp"

#include "oracle_hull.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <utility>
#include <vector>

namespace {

using P = geo::Point<long long>;
using V = std::vector<P>;
using D = geo::Point<double>;

TEST(HullMinkowski, DegenerateInputs) {
  const V tri{{0, 0}, {2, 0}, {0, 2}};
  EXPECT_EQ(geo::minkowski(tri, V{{1, 1}}), (V{{1, 1}, {3, 1}, {1, 3}}));
  EXPECT_EQ(geo::minkowski(V{{0, 0}, {2, 0}}, V{{0, 0}, {0, 3}}), (V{{0, 0}, {2, 0}, {2, 3}, {0, 3}}));
  EXPECT_EQ(geo::minkowski(V{{0, 0}, {2, 0}}, V{{5, 0}, {6, 0}}), (V{{5, 0}, {8, 0}}));
  EXPECT_EQ(geo::minkowski(V{{0, 2}, {0, 0}, {2, 0}}, V{{1, 0}, {0, 0}}), (V{{0, 0}, {3, 0}, {1, 2}, {0, 2}}));
  EXPECT_TRUE(geo::minkowski(V{}, tri).empty());
}

// A Minkowski sum of polygons at the 1e9 bound reaches 2e9, past the 64-bit cross product's
// range; where_in_convex must take it (it used to abort on orient's range assert) and answer
// exactly, here against hand-checked answers and the support-function oracle.
TEST(HullMinkowski, SumAtTheBoundThroughWhereInConvex) {
  const long long B = 1000000000;
  const V sq{{-B, -B}, {B, -B}, {B, B}, {-B, B}}, tri{{-B, -B}, {B, B - 1}, {-B, B}};
  const V s = geo::minkowski(sq, tri);  // edges by angle: (2B,0) (2B,2B-1) (0,2B) (-2B,1) (-2B,0) (0,-4B)
  EXPECT_EQ(s, (V{{-2 * B, -2 * B}, {0, -2 * B}, {2 * B, -1}, {2 * B, 2 * B - 1}, {0, 2 * B}, {-2 * B, 2 * B}}));
  const std::vector<std::pair<P, geo::Where>> cases{
      {{0, 0}, geo::INSIDE},
      {{-2 * B, -2 * B}, geo::BOUNDARY},  // a vertex
      {{-2 * B, 0}, geo::BOUNDARY},       // on the left edge
      {{2 * B, 0}, geo::BOUNDARY},        // on the right edge
      {{2 * B, -2}, geo::OUTSIDE},        // below its lower end
      {{2 * B + 1, 0}, geo::OUTSIDE},
      {{B, -B}, geo::INSIDE},             // 0.35 units inside the edge (0,-2B) -> (2B,-1)
      {{B, -B - 1}, geo::OUTSIDE},        // 0.35 units outside it
      {{B, 2 * B - 1}, geo::INSIDE},      // against the edge (2B,2B-1) -> (0,2B)
      {{B, 2 * B}, geo::OUTSIDE},
      {{-2 * B, 2 * B + 1}, geo::OUTSIDE},
  };
  V qs;
  for (const auto& c : cases) qs.push_back(c.first);
  const std::vector<int> want = oracle_hull::minkowski_where(sq, tri, qs);
  for (std::size_t i = 0; i < cases.size(); i++) {
    EXPECT_EQ(want[i], static_cast<int>(cases[i].second)) << "oracle, case " << i;
    EXPECT_EQ(geo::where_in_convex(s, cases[i].first), cases[i].second) << "case " << i;
  }
  for (long long x = -2 * B - 1; x <= 2 * B + 1; x += B / 2 + 1)  // a coarse grid, with the oracle
    for (long long y = -2 * B - 1; y <= 2 * B + 1; y += B / 3 + 7) {
      const P q{x, y};
      EXPECT_EQ(static_cast<int>(geo::where_in_convex(s, q)), oracle_hull::minkowski_where(sq, tri, V{q})[0]) << x << " " << y;
    }
}

// The cases that the input checks below must let through, and the right answers for the
// counter-clockwise square (its clockwise copy is the death test below).
TEST(HullMinkowski, CounterClockwiseAndDegenerateInputsAccepted) {
  const V ccw{{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  EXPECT_EQ(geo::minkowski(ccw, ccw), (V{{0, 0}, {4, 0}, {4, 4}, {0, 4}}));
  const V with_collinear{{1, 0}, {2, 0}, {2, 2}, {0, 2}, {0, 0}};  // start on an edge
  EXPECT_EQ(geo::minkowski(with_collinear, V{{0, 0}}), (V{{0, 0}, {1, 0}, {2, 0}, {2, 2}, {0, 2}}));
  const V line = geo::convex_hull<true>(V{{0, 0}, {2, 2}, {1, 1}});  // <true>'s collinear list
  EXPECT_EQ(geo::minkowski(line, V{{0, 0}, {1, 0}}), (V{{0, 0}, {1, 0}, {2, 1}, {3, 2}, {2, 2}}));  // (1,1) stays
  const std::vector<D> dsq{{0, 0}, {1, 0}, {1, 1}, {0, 1}};
  EXPECT_EQ(geo::minkowski(dsq, dsq).size(), 4u);
}

#ifndef NDEBUG
TEST(HullMinkowskiDeathTest, ClockwiseInputAsserts) {
  // A clockwise square silently gave a non-convex Minkowski walk.
  const V cw{{0, 0}, {0, 2}, {2, 2}, {2, 0}}, ccw{{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  EXPECT_DEATH(geo::minkowski(cw, ccw), "not a ccw convex polygon");
  EXPECT_DEATH(geo::minkowski(ccw, cw), "not a ccw convex polygon");
  const V cw_collinear{{0, 1}, {0, 2}, {2, 2}, {2, 0}, {0, 0}};  // clockwise, collinear start
  EXPECT_DEATH(geo::minkowski(cw_collinear, ccw), "not a ccw convex polygon");
  const std::vector<D> dcw{{0, 0}, {0, 1}, {1, 1}, {1, 0}}, dccw{{0, 0}, {1, 0}, {1, 1}, {0, 1}};
  EXPECT_DEATH(geo::minkowski(dcw, dccw), "not a ccw convex polygon");
}
TEST(HullMinkowskiDeathTest, NonConvexInputAsserts) {
  const V ccw{{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  const V dart{{0, 0}, {4, 0}, {1, 1}, {0, 4}};  // counter-clockwise, reflex at (1, 1)
  const V star{{0, 0}, {4, 0}, {1, 3}, {2, -2}, {3, 3}};  // every turn left, winds twice
  for (const V& bad : {dart, star}) {
    EXPECT_DEATH(geo::minkowski(bad, ccw), "not a ccw convex polygon");
  }
}
TEST(HullMinkowskiDeathTest, DegenerateOrOutOfRangeInputAsserts) {
  const long long B = 1000000000;
  const V ccw{{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  const V big{{-B, -B}, {B + 1, -B}, {B, B}};
  EXPECT_DEATH(geo::minkowski(ccw, big), "not a ccw convex polygon in range");
  EXPECT_DEATH(geo::minkowski(V{{2 * B, 0}}, ccw), "in range");  // a sum is not an input
  const std::vector<D> nan{{0, 0}, {1, 0}, {std::nan(""), 1}};
  EXPECT_DEATH(geo::minkowski(nan, nan), "");
}
#endif

}  // namespace
