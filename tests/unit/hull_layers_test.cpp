// Unit tests of geometry/hull/layers.hpp and geometry/hull/layers_fast.hpp (typed tests:
// every test runs for both, named Short and Fast): hand-checked peelings at the degenerate
// cases (vertical runs, x ties across the fast variant's node splits, collinear layers,
// copies, 1e9 coordinates, floating input with the same answers).
#include "geometry/hull/layers.hpp"
#include "geometry/hull/layers_fast.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <type_traits>
#include <vector>

namespace {
using V = std::vector<geo::Point<long long>>;
using D = std::vector<geo::Point<double>>;
using L = std::vector<int>;

struct Short {
  template <class T> static L layers(const std::vector<geo::Point<T>>& v) { return geo::convex_layers(v); }
};
struct Fast {
  template <class T> static L layers(const std::vector<geo::Point<T>>& v) { return geo::convex_layers_fast(v); }
};
struct Names {
  template <class H> static std::string GetName(int) { return std::is_same_v<H, Short> ? "Short" : "Fast"; }
};
using Variants = testing::Types<Short, Fast>;
template <class H> class HullLayers : public testing::Test {};
TYPED_TEST_SUITE(HullLayers, Variants, Names);
template <class H> class HullLayersDeathTest : public testing::Test {};
TYPED_TEST_SUITE(HullLayersDeathTest, Variants, Names);
}  // namespace

TYPED_TEST(HullLayers, SmallAndDegenerate) {
  EXPECT_TRUE(TypeParam::layers(V{}).empty());
  EXPECT_EQ(TypeParam::layers(V{{5, 5}}), (L{1}));
  EXPECT_EQ(TypeParam::layers(V{{5, 5}, {5, 5}, {5, 5}}), (L{1, 1, 1}));  // all copies
  EXPECT_EQ(TypeParam::layers(V{{0, 3}, {0, 0}, {0, 2}, {0, 1}}), (L{1, 1, 1, 1}));  // vertical
  EXPECT_EQ(TypeParam::layers(V{{2, 1}, {0, 0}, {4, 2}, {6, 3}, {2, 1}}), (L{1, 1, 1, 1, 1}));
}

TYPED_TEST(HullLayers, NestedDiamonds) {
  // |x| + |y| = 2 (8 points, (1, 1) etc. on its edges), then |x| + |y| = 1, then the centre.
  const V p{{2, 0}, {0, 2}, {-2, 0}, {0, -2}, {1, 1}, {-1, 1}, {-1, -1}, {1, -1},
            {1, 0}, {0, 1}, {-1, 0}, {0, -1}, {0, 0}, {0, 0}};
  EXPECT_EQ(TypeParam::layers(p), (L{1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3}));
}

TYPED_TEST(HullLayers, VerticalEdgesAndTies) {
  // Left edge x = 0 from (0,0) to (0,5), right edge x = 4 from (4,0) to (4,3): (0,2) and
  // (4,1) lie on them. The three points at y = 2 inside form a segment: layer 2.
  const V p{{0, 0}, {0, 5}, {0, 2}, {4, 1}, {4, 3}, {4, 0}, {2, 2}, {1, 2}, {3, 2}};
  EXPECT_EQ(TypeParam::layers(p), (L{1, 1, 1, 1, 1, 1, 2, 2, 2}));
  // A column of 8 points plus one point each side: the column's ends are on the hull, its
  // inner points inside (layer 2, collinear), whatever node split cuts the column.
  V q{{-1, 3}, {1, 4}};
  for (long long y = 0; y < 8; y++) q.push_back({0, y});
  EXPECT_EQ(TypeParam::layers(q), (L{1, 1, 1, 2, 2, 2, 2, 2, 2, 1}));
}

TYPED_TEST(HullLayers, ExactAtOneBillion) {
  // (0,0) is 1e9 * |cross| / |edge| ~ 0.35 units inside the edge (-1e9,-1e9) -> (1e9, 1e9-1);
  // (0,-1) is as far outside it, so it is a vertex of the first hull.
  const long long B = 1000000000;
  EXPECT_EQ(TypeParam::layers(V{{-B, -B}, {B, B - 1}, {-B, B}, {0, 0}, {1, 1}}), (L{1, 1, 1, 2, 2}));
  EXPECT_EQ(TypeParam::layers(V{{-B, -B}, {B, B - 1}, {-B, B}, {0, 0}, {0, -1}}), (L{1, 1, 1, 2, 1}));
}

TYPED_TEST(HullLayers, DoubleMatchesLongLong) {
  const D p{{0, 0}, {4, 0}, {0, 4}, {1, 1}, {2, 0}, {1, 1}, {4, 4}, {2, 2}};
  EXPECT_EQ(TypeParam::layers(p), (L{1, 1, 1, 2, 1, 2, 1, 2}));
}

TYPED_TEST(HullLayers, GridAndCollinear) {
  V g;
  for (long long x = 0; x < 4; x++)
    for (long long y = 0; y < 4; y++) g.push_back({x, y});
  const std::vector<int> got = TypeParam::layers(g);
  for (std::size_t i = 0; i < g.size(); i++) {
    const bool border = g[i].x == 0 || g[i].x == 3 || g[i].y == 0 || g[i].y == 3;
    EXPECT_EQ(got[i], border ? 1 : 2);
  }
  EXPECT_EQ(TypeParam::layers(V{{0, 0}, {1, 1}, {2, 2}, {1, 1}}), (std::vector<int>{1, 1, 1, 1}));
  EXPECT_TRUE(TypeParam::layers(V{}).empty());
  EXPECT_EQ(TypeParam::layers(V{{0, 0}, {4, 0}, {0, 4}, {1, 1}, {1, 1}, {2, 1}}), (std::vector<int>{1, 1, 1, 2, 2, 2}));
}

#ifndef NDEBUG
TYPED_TEST(HullLayersDeathTest, OutOfRangeOrNaNAsserts) {
  const long long B = 1000000000;
  EXPECT_DEATH(TypeParam::layers(V{{0, 0}, {B + 1, 0}, {0, 1}}), "in_range");
  EXPECT_DEATH(TypeParam::layers(D{{0, 0}, {std::nan(""), 0}, {0, 1}}), "in_range");  // breaks the sort
}
#endif
