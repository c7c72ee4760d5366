// Unit tests of geometry/halfplane.hpp: each documented case with hand-computed answers.
#include "geometry/halfplane.hpp"
#include "geometry/polygon/area.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace {

using geo::Line;
using geo::Point;
using PL = Point<long long>;
using LL = Line<long long>;
using PD = Point<double>;

// True iff got is want up to a cyclic rotation (exact compare: these vertices are exact).
bool same_cycle(const std::vector<PD>& got, const std::vector<PD>& want) {
  if (got.size() != want.size()) return false;
  if (got.empty()) return true;
  for (size_t s = 0; s < got.size(); s++) {
    bool ok = true;
    for (size_t k = 0; k < got.size(); k++) ok = ok && got[(s + k) % got.size()] == want[k];
    if (ok) return true;
  }
  return false;
}

LL L(long long ax, long long ay, long long bx, long long by) { return {PL(ax, ay), PL(bx, by)}; }

TEST(Halfplane, TriangleWithoutBox) {
  // y >= 0, x + y <= 4 (direction (-1, 1)), x >= 0 (direction (0, -1)).
  const std::vector<LL> H{L(0, 0, 1, 0), L(4, 0, 0, 4), L(0, 4, 0, 0)};
  const auto r = geo::halfplane_intersection(H);
  EXPECT_TRUE(same_cycle(r, {PD(0, 0), PD(4, 0), PD(0, 4)}));
  EXPECT_EQ(geo::area(r), 8.0);
}

TEST(Halfplane, EmptyAndNoLines) {
  EXPECT_TRUE(geo::halfplane_intersection(std::vector<LL>{}).empty());  // the plane: unbounded
  EXPECT_TRUE(same_cycle(geo::halfplane_intersection(std::vector<LL>{}, 2LL),
                         {PD(-2, -2), PD(2, -2), PD(2, 2), PD(-2, 2)}));
  // x >= 1 and x <= 0: empty, with or without a box.
  const std::vector<LL> H{L(1, 1, 1, 0), L(0, 0, 0, 1)};
  EXPECT_TRUE(geo::halfplane_intersection(H, 10LL).empty());
  EXPECT_TRUE(geo::halfplane_intersection(H).empty());
}

TEST(Halfplane, UnboundedWithoutBoxIsEmptyResult) {
  // One half-plane, two, a strip, a wedge: the directions leave a gap >= pi.
  EXPECT_TRUE(geo::halfplane_intersection(std::vector<LL>{L(0, 0, 1, 0)}).empty());
  EXPECT_TRUE(geo::halfplane_intersection(std::vector<LL>{L(0, 0, 1, 0), L(0, 1, -1, 1)}).empty());
  EXPECT_TRUE(geo::halfplane_intersection(std::vector<LL>{L(0, 0, 1, 0), L(0, 0, 0, 1)}).empty());
  // The same wedge closed by a box.
  EXPECT_TRUE(same_cycle(geo::halfplane_intersection(std::vector<LL>{L(0, 0, 1, 0), L(0, 0, 0, -1)}, 3LL),
                         {PD(0, 0), PD(3, 0), PD(3, 3), PD(0, 3)}));
}

TEST(Halfplane, ParallelSameDirectionKeepsInner) {
  const std::vector<LL> H{L(0, 0, 1, 0), L(5, 2, 6, 2), L(-3, 1, 7, 1), L(0, 2, 1, 2)};
  EXPECT_TRUE(same_cycle(geo::halfplane_intersection(H, 4LL),
                         {PD(-4, 2), PD(4, 2), PD(4, 4), PD(-4, 4)}));
}

TEST(Halfplane, OppositeParallelStripSegmentEmpty) {
  // 0 <= y <= 1: a strip, clipped by the box.
  EXPECT_TRUE(same_cycle(geo::halfplane_intersection(std::vector<LL>{L(0, 0, 1, 0), L(0, 1, -1, 1)}, 2LL),
                         {PD(-2, 0), PD(2, 0), PD(2, 1), PD(-2, 1)}));
  // y >= 0 and y <= 0: the segment y = 0 of the box, two vertices, area 0.
  const auto seg = geo::halfplane_intersection(std::vector<LL>{L(0, 0, 1, 0), L(1, 0, 0, 0)}, 2LL);
  EXPECT_TRUE(same_cycle(seg, {PD(-2, 0), PD(2, 0)}));
  EXPECT_EQ(geo::area2(seg), 0.0);
  // y >= 1 and y <= 0: empty.
  EXPECT_TRUE(geo::halfplane_intersection(std::vector<LL>{L(0, 1, 1, 1), L(1, 0, 0, 0)}, 2LL).empty());
}

TEST(Halfplane, NegativeAreaCaseOfPitfall2) {
  // Small integral input with parallel lines whose result has zero area: x = 0 and
  // 0 <= y <= 1 (x >= 0, x <= 0, y >= 0, y <= 1). Naive deque code returns a polygon
  // with a negative area here; the answer is the segment from (0, 0) to (0, 1).
  const std::vector<LL> H{L(0, 1, 0, 0), L(0, 0, 0, 1), L(0, 0, 1, 0), L(1, 1, 0, 1)};
  const auto r = geo::halfplane_intersection(H);
  EXPECT_TRUE(same_cycle(r, {PD(0, 0), PD(0, 1)}));
  EXPECT_EQ(geo::area2(r), 0.0);
  // Squeezed to a point: x = 0, y = 0.
  const std::vector<LL> P{L(0, 1, 0, 0), L(0, 0, 0, 1), L(0, 0, 1, 0), L(1, 0, 0, 0)};
  EXPECT_TRUE(same_cycle(geo::halfplane_intersection(P), {PD(0, 0)}));
}

TEST(Halfplane, PointFromThreeConcurrentLines) {
  // y >= 0, y <= x, x <= 0 (directions (1,0), (-1,-1), (0,1)): only the origin.
  const std::vector<LL> H{L(0, 0, 1, 0), L(1, 1, 0, 0), L(0, 0, 0, 1)};
  EXPECT_TRUE(same_cycle(geo::halfplane_intersection(H), {PD(0, 0)}));
  // Opening one of them by one unit gives a small triangle.
  const std::vector<LL> T{L(0, -1, 1, -1), L(1, 1, 0, 0), L(0, 0, 0, 1)};
  EXPECT_TRUE(same_cycle(geo::halfplane_intersection(T), {PD(-1, -1), PD(0, -1), PD(0, 0)}));
}

TEST(Halfplane, RedundantAndDuplicateLines) {
  std::vector<LL> H{L(0, 0, 1, 0), L(0, 0, 1, 0), L(1, 0, 1, 1), L(1, 1, 0, 1), L(0, 1, 0, 0),
                    L(-5, -5, 5, -5), L(2, 0, 3, 1)};  // unit square, a duplicate, two loose
  EXPECT_TRUE(same_cycle(geo::halfplane_intersection(H), {PD(0, 0), PD(1, 0), PD(1, 1), PD(0, 1)}));
  H.push_back(L(0, 0, 1, 1));  // the diagonal: keeps the upper-left triangle, no repeated vertex
  EXPECT_TRUE(same_cycle(geo::halfplane_intersection(H), {PD(0, 0), PD(1, 1), PD(0, 1)}));
}

TEST(Halfplane, NonLatticeVertexAndBound) {
  // y >= 0, the line through (0,3) and (2,0) keeping the origin's side, x >= 0: vertices
  // (0,0), (2,0), (0,3); then cut by y <= x: (0,0), (2,0), (1.2, 1.2).
  const std::vector<LL> H{L(0, 0, 1, 0), L(2, 0, 0, 3), L(0, 3, 0, 0), L(1, 1, 0, 0)};
  const auto r = geo::halfplane_intersection(H);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_NEAR(geo::area(r), 1.2, 1e-12);
  const long long m = 1000000000;
  const std::vector<LL> B{L(-m, -m, m, -m + 1), L(m, m, -m, m - 1)};
  const auto b = geo::halfplane_intersection(B, m);
  EXPECT_EQ(b.size(), 4u);
  EXPECT_GT(geo::area(b), 0);
}

TEST(Halfplane, DoubleInput) {
  using LD = Line<double>;
  const std::vector<LD> H{{PD(0, 0), PD(1, 0)}, {PD(1, 0), PD(0, 0)}};  // segment y = 0
  EXPECT_TRUE(same_cycle(geo::halfplane_intersection(H, 1.5), {PD(-1.5, 0), PD(1.5, 0)}));
  const std::vector<LD> T{{PD(0, 0), PD(1, 0)}, {PD(4, 0), PD(0, 4)}, {PD(0, 4), PD(0, 0)}};
  const auto r = geo::halfplane_intersection(T);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_NEAR(geo::area(r), 8.0, 1e-12);
  // A line 1e-12 inside the boundary y = 0 (within eps): the vertices merge as on a line.
  const std::vector<LD> S{{PD(0, 0), PD(1, 0)}, {PD(1, 1e-12), PD(0, 1e-12)}};
  EXPECT_EQ(geo::halfplane_intersection(S, 1.0).size(), 2u);
}

}  // namespace
