// Unit tests of tangents.hpp, line_convex.hpp, minkowski.hpp, convex_intersection.hpp,
// layers.hpp and triangle_count.hpp: documented results and degenerate cases.
#include "geometry/hull/convex_hull.hpp"
#include "geometry/hull/convex_intersection.hpp"
#include "geometry/hull/layers.hpp"
#include "geometry/hull/line_convex.hpp"
#include "geometry/hull/minkowski.hpp"
#include "geometry/hull/tangents.hpp"
#include "geometry/hull/triangle_count.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace {

using P = geo::Point<long long>;
using V = std::vector<P>;
using D = geo::Point<double>;

TEST(HullTangents, SquareAndCollinearTangentLines) {
  const V sq{{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  EXPECT_EQ(geo::tangents(sq, P{1, -3}), std::make_pair(1, 0));
  EXPECT_EQ(geo::tangents(sq, P{4, 4}), std::make_pair(3, 1));
  EXPECT_EQ(geo::tangents(sq, P{4, 0}), std::make_pair(2, 0));  // on edge 0's line: last / first
  EXPECT_EQ(geo::tangents(sq, P{1, 1}), std::make_pair(-1, -1));
  EXPECT_EQ(geo::tangents(sq, P{0, 1}), std::make_pair(-1, -1));
  const V with_edge_points = geo::convex_hull<true>(V{{0, 0}, {1, 0}, {2, 0}, {2, 2}, {0, 2}, {0, 1}});
  const auto ab = geo::tangents(with_edge_points, P{0, -5});  // behind poly[0] on the last edge's line
  EXPECT_EQ(with_edge_points[static_cast<std::size_t>(ab.first)], (P{2, 0}));
  EXPECT_EQ(with_edge_points[static_cast<std::size_t>(ab.second)], (P{0, 2}));
}

TEST(HullLineConvex, ChordTouchEdgeMiss) {
  const V sq{{0, 0}, {4, 0}, {4, 4}, {0, 4}};
  auto c = geo::line_convex(sq, P{0, 1}, P{1, 1});  // horizontal chord y = 1
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0], (D{0, 1}));
  EXPECT_EQ(c[1], (D{4, 1}));
  c = geo::line_convex(sq, P{1, 1}, P{0, 1});  // reversed direction: reversed order
  EXPECT_EQ(c[0], (D{4, 1}));
  c = geo::line_convex(sq, P{9, 0}, P{8, 0});  // along the bottom edge
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0], (D{4, 0}));
  EXPECT_EQ(c[1], (D{0, 0}));
  EXPECT_EQ(geo::line_convex(sq, P{3, 5}, P{5, 3}), (std::vector<D>{{4, 4}}));  // x + y = 8: the corner
  EXPECT_TRUE(geo::line_convex(sq, P{5, 0}, P{5, 1}).empty());
  const long long B = 1000000000;  // nearly parallel to an edge, maximum coordinates
  const V big{{-B, -B}, {B, -B}, {B, B}, {-B, B}};
  c = geo::line_convex(big, P{-B, -B + 1}, P{B, -B + 2});
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0], (D{-1e9, -1e9 + 1}));
  EXPECT_EQ(c[1], (D{1e9, -1e9 + 2}));
}

TEST(HullMinkowski, DegenerateInputs) {
  const V tri{{0, 0}, {2, 0}, {0, 2}};
  EXPECT_EQ(geo::minkowski(tri, V{{1, 1}}), (V{{1, 1}, {3, 1}, {1, 3}}));
  EXPECT_EQ(geo::minkowski(V{{0, 0}, {2, 0}}, V{{0, 0}, {0, 3}}), (V{{0, 0}, {2, 0}, {2, 3}, {0, 3}}));
  EXPECT_EQ(geo::minkowski(V{{0, 0}, {2, 0}}, V{{5, 0}, {6, 0}}), (V{{5, 0}, {8, 0}}));
  EXPECT_EQ(geo::minkowski(V{{0, 2}, {0, 0}, {2, 0}}, V{{1, 0}, {0, 0}}), (V{{0, 0}, {3, 0}, {1, 2}, {0, 2}}));
  EXPECT_TRUE(geo::minkowski(V{}, tri).empty());
}

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

TEST(HullLayers, GridAndCollinear) {
  V g;
  for (long long x = 0; x < 4; x++)
    for (long long y = 0; y < 4; y++) g.push_back({x, y});
  const std::vector<int> L = geo::convex_layers(g);
  for (std::size_t i = 0; i < g.size(); i++) {
    const bool border = g[i].x == 0 || g[i].x == 3 || g[i].y == 0 || g[i].y == 3;
    EXPECT_EQ(L[i], border ? 1 : 2);
  }
  EXPECT_EQ(geo::convex_layers(V{{0, 0}, {1, 1}, {2, 2}, {1, 1}}), (std::vector<int>{1, 1, 1, 1}));
  EXPECT_TRUE(geo::convex_layers(V{}).empty());
  EXPECT_EQ(geo::convex_layers(V{{0, 0}, {4, 0}, {0, 4}, {1, 1}, {1, 1}, {2, 1}}), (std::vector<int>{1, 1, 1, 2, 2, 2}));
}

TEST(HullTriangleCount, StrictInteriorOnly) {
  const V A{{0, 0}, {4, 0}, {0, 4}, {4, 4}};
  const V B{{1, 1}, {2, 2}, {3, 3}, {2, 0}, {0, 0}, {1, 2}, {1, 1}};
  const geo::TriangleCount<long long> tc(A, B);
  EXPECT_EQ(tc.count(0, 1, 2), 3);  // (1,1) twice and (1,2); (2,2) is on the hypotenuse
  EXPECT_EQ(tc.count(2, 1, 0), 3);  // any order
  EXPECT_EQ(tc.count(1, 2, 3), 1);  // (3,3)
  EXPECT_EQ(tc.count(0, 1, 3), 0);  // (1,1) and (2,2), (3,3) on the diagonal
  EXPECT_EQ(tc.count(0, 0, 1), 0);  // degenerate
}

}  // namespace
