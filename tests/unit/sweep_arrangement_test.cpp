// Unit tests of geometry/sweep/arrangement.hpp: hand-made arrangements whose vertices, edges,
// faces, areas and query answers are known by construction.
#include "geometry/sweep/arrangement.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <vector>

namespace {

using LL = long long;
using S = geo::Segment<LL>;
using P = geo::Point<LL>;
using I2 = std::array<int, 2>;

S seg(LL a, LL b, LL c, LL d) { return {P(a, b), P(c, d)}; }

// The vertex index of the lattice point (x, y), or -1.
int vid(const geo::Arr& A, LL x, LL y) {
  for (size_t k = 0; k < A.v.size(); k++)
    if (A.v[k] == geo::RatPoint{x, y, 1}) return int(k);
  return -1;
}

// Every half-edge's next starts where it ends; the face is constant along next; the
// vertices are strictly sorted; Euler's formula V - E + F = 1 + C with C given.
void invariants(const geo::Arr& A, int parts) {
  for (size_t k = 1; k < A.v.size(); k++) EXPECT_TRUE(A.v[k - 1] < A.v[k]);
  ASSERT_EQ(A.nx.size(), 2 * A.e.size());
  ASSERT_EQ(A.f.size(), 2 * A.e.size());
  for (size_t h = 0; h < A.nx.size(); h++) {
    const unsigned g = A.nx[h];
    EXPECT_EQ(A.e[h / 2][1 - h % 2], A.e[g / 2][g % 2]) << "half-edge " << h;
    EXPECT_EQ(A.f[h], A.f[g]);
  }
  EXPECT_EQ(LL(A.v.size()) - LL(A.e.size()) + LL(A.area.size()), 1 + parts);
}

TEST(SweepArrangement, Empty) {
  auto A = geo::arrangement(std::vector<S>{}, {P(0, 0), P(5, -7)});
  EXPECT_TRUE(A.v.empty() && A.e.empty());
  EXPECT_EQ(A.area, std::vector<double>{0});
  EXPECT_EQ(A.at, (std::vector<I2>{{0, 0}, {0, 0}}));
  EXPECT_TRUE(geo::arrangement(std::vector<S>{}).at.empty());
}

TEST(SweepArrangement, OneSegmentAndPointSegments) {
  auto A = geo::arrangement(std::vector<S>{seg(0, 0, 4, 2), seg(9, 9, 9, 9), seg(2, 1, 2, 1)},
                            {P(0, 0), P(2, 1), P(4, 2), P(1, 0), P(9, 9), P(6, 3)});
  ASSERT_EQ(A.v.size(), 4u);  // (0,0) (2,1) (4,2) (9,9): the point (2,1) splits the segment
  EXPECT_EQ(A.e, (std::vector<std::array<unsigned, 3>>{{0, 1, 0}, {1, 2, 0}}));
  EXPECT_EQ(A.vf, (std::vector<int>{-1, -1, -1, 0}));  // (9,9) isolated, in the unbounded face
  EXPECT_EQ(A.area, std::vector<double>{0});
  EXPECT_EQ(A.at, (std::vector<I2>{{2, 0}, {2, 1}, {2, 2}, {0, 0}, {2, 3}, {0, 0}}));
  EXPECT_EQ(A.nx, (std::vector<unsigned>{2, 0, 3, 1}));  // a path: there and back
  invariants(A, 2);
}

TEST(SweepArrangement, Triangle) {
  // ccw triangle (0,0) (6,0) (0,6): twice the area 36
  auto A = geo::arrangement(std::vector<S>{seg(0, 0, 6, 0), seg(6, 0, 0, 6), seg(0, 6, 0, 0)},
                            {P(1, 1), P(3, 3), P(0, 3), P(3, 0), P(5, 5), P(-1, 0), P(0, 7)});
  ASSERT_EQ(A.area.size(), 2u);
  EXPECT_EQ(A.area[0], -36);
  EXPECT_EQ(A.area[1], 36);
  int e03 = -1, e36 = -1;  // the edges on the hypotenuse and on the x axis
  for (size_t k = 0; k < A.e.size(); k++) {
    if (int(A.e[k][0]) == vid(A, 0, 6) && int(A.e[k][1]) == vid(A, 6, 0)) e36 = int(k);
    if (int(A.e[k][0]) == vid(A, 0, 0) && int(A.e[k][1]) == vid(A, 6, 0)) e03 = int(k);
  }
  ASSERT_GE(e03, 0);
  ASSERT_GE(e36, 0);
  EXPECT_EQ(A.f[size_t(2 * e03)], 1);  // (0,0) -> (6,0): the inside on its left
  EXPECT_EQ(A.f[size_t(2 * e03 + 1)], 0);
  EXPECT_EQ(A.at[0], (I2{0, 1}));
  EXPECT_EQ(A.at[1], (I2{1, e36}));
  EXPECT_EQ(A.at[2][0], 1);  // on the vertical edge
  EXPECT_EQ(A.at[3], (I2{1, e03}));
  for (int k : {4, 5, 6}) EXPECT_EQ(A.at[size_t(k)], (I2{0, 0}));
  invariants(A, 1);
}

TEST(SweepArrangement, SquareWithDiagonals) {
  // four triangles around the centre, where four edges meet; the diagonals cross at (2,2)
  std::vector<S> s{seg(0, 0, 4, 0), seg(4, 0, 4, 4), seg(4, 4, 0, 4), seg(0, 4, 0, 0),
                   seg(0, 0, 4, 4), seg(0, 4, 4, 0)};
  auto A = geo::arrangement(s, {P(2, 2), P(2, 1), P(1, 2), P(3, 2), P(2, 3), P(1, 1)});
  EXPECT_EQ(A.v.size(), 5u);
  EXPECT_EQ(A.e.size(), 8u);
  ASSERT_EQ(A.area.size(), 5u);
  EXPECT_EQ(A.area[0], -32);
  for (int f = 1; f < 5; f++) EXPECT_EQ(A.area[size_t(f)], 8);
  EXPECT_EQ(A.at[0], (I2{2, vid(A, 2, 2)}));
  std::set<int> faces;
  for (int k = 1; k < 5; k++) {
    EXPECT_EQ(A.at[size_t(k)][0], 0);
    faces.insert(A.at[size_t(k)][1]);
  }
  EXPECT_EQ(faces, (std::set<int>{1, 2, 3, 4}));
  EXPECT_EQ(A.at[5][0], 1);  // on a diagonal
  invariants(A, 1);
}

TEST(SweepArrangement, DuplicatesAndOverlapsMerge) {
  std::vector<S> s{seg(0, 0, 4, 0), seg(6, 0, 2, 0), seg(4, 0, 0, 0), seg(1, 0, 3, 0),
                   seg(3, 0, 3, 0)};
  auto A = geo::arrangement(s, {P(5, 0), P(3, 0), P(7, 0)});
  ASSERT_EQ(A.v.size(), 6u);  // x = 0 1 2 3 4 6
  EXPECT_EQ(A.e.size(), 5u);  // one edge per gap, whatever covers it twice
  for (size_t k = 0; k < A.e.size(); k++) EXPECT_EQ(A.e[k][1], A.e[k][0] + 1);
  EXPECT_EQ(A.vf, std::vector<int>(6, -1));
  EXPECT_EQ(A.at, (std::vector<I2>{{1, 4}, {2, 3}, {0, 0}}));
  invariants(A, 1);
}

TEST(SweepArrangement, ManyThroughOnePoint) {
  std::vector<S> s;  // 8 segments through (0,0): 16 edges out of it
  for (LL k = -4; k < 4; k++) s.push_back(seg(-5, 3 * k, 5, -3 * k));
  s.push_back(seg(-5, 0, 5, 0));
  auto A = geo::arrangement(s, {P(0, 0)});
  EXPECT_EQ(A.v.size(), 17u);
  EXPECT_EQ(A.e.size(), 16u);  // (the last segment overlaps k = 0's)
  EXPECT_EQ(A.area, std::vector<double>{0});
  EXPECT_EQ(A.at[0], (I2{2, vid(A, 0, 0)}));
  invariants(A, 1);
}

TEST(SweepArrangement, NestedPartsAreHoles) {
  // squares of half-width 6, 4, 2 around the origin; a point segment in the ring between
  // 6 and 4, a stray segment in the ring between 4 and 2, one far outside
  std::vector<S> s;
  for (LL r : {6, 4, 2}) {
    s.push_back(seg(-r, -r, r, -r)), s.push_back(seg(r, -r, r, r));
    s.push_back(seg(r, r, -r, r)), s.push_back(seg(-r, r, -r, -r));
  }
  s.push_back(seg(5, 0, 5, 0));
  s.push_back(seg(-3, -1, -3, 1));
  s.push_back(seg(20, 20, 21, 25));
  auto A = geo::arrangement(s, {P(0, 0), P(5, 1), P(-3, 2), P(0, 3), P(30, 0), P(-3, 0)});
  ASSERT_EQ(A.area.size(), 4u);  // unbounded, the 6-ring, the 4-ring, the inner square
  // faces numbered by least vertex: (-6,-6) ring first, then (-4,-4), then (-2,-2)
  EXPECT_EQ(A.area[0], -2 * 144);
  EXPECT_EQ(A.area[1], 2 * (144 - 64));
  EXPECT_EQ(A.area[2], 2 * (64 - 16));
  EXPECT_EQ(A.area[3], 2 * 16);
  EXPECT_EQ(A.at[0], (I2{0, 3}));
  EXPECT_EQ(A.at[1], (I2{0, 1}));
  EXPECT_EQ(A.at[2], (I2{0, 2}));
  EXPECT_EQ(A.at[3], (I2{0, 2}));
  EXPECT_EQ(A.at[4], (I2{0, 0}));
  EXPECT_EQ(A.at[5][0], 1);
  EXPECT_EQ(A.vf[size_t(vid(A, 5, 0))], 1);
  // the stray's boundary lies in the 4-ring; the 4-square's outer boundary in the 6-ring
  for (size_t h = 0; h < A.f.size(); h++) {
    const auto a = A.v[size_t(A.e[h / 2][0])];
    if (a == geo::RatPoint{-3, -1, 1}) {
      EXPECT_EQ(A.f[h], 2);
    }
    if (a == geo::RatPoint{20, 20, 1}) {
      EXPECT_EQ(A.f[h], 0);
    }
  }
  invariants(A, 6);
}

TEST(SweepArrangement, BowTieAtTheLeastVertex) {
  // two triangles sharing their leftmost vertex: the outer boundary passes it twice
  std::vector<S> s{seg(0, 0, 4, 1), seg(4, 1, 4, 4), seg(4, 4, 0, 0),
                   seg(0, 0, 4, -1), seg(4, -1, 4, -4), seg(4, -4, 0, 0),
                   seg(3, 2, 3, 2)};
  auto A = geo::arrangement(s, {P(3, -2), P(3, 2), P(-1, 0), P(5, 0), P(2, 0)});
  ASSERT_EQ(A.area.size(), 3u);
  EXPECT_EQ(A.area[0], -24);  // two triangles of twice-area 12
  EXPECT_EQ(A.area[1] + A.area[2], 24);
  EXPECT_EQ(A.at[0][0], 0);
  EXPECT_EQ(A.at[1][0], 2);
  EXPECT_EQ(A.vf[size_t(A.at[1][1])], 3 - A.at[0][1]);  // the point is in the other one
  for (int k : {2, 3, 4}) EXPECT_EQ(A.at[size_t(k)], (I2{0, 0}));
  invariants(A, 2);
}

TEST(SweepArrangement, VerticalEdgesAndQueriesAboveVertices) {
  // a vertical segment crossed by two horizontals; queries straight above and below vertices
  std::vector<S> s{seg(0, -5, 0, 5), seg(-3, 0, 3, 0), seg(-3, 2, 3, 2), seg(-3, 0, -3, 2),
                   seg(3, 0, 3, 2)};
  auto A = geo::arrangement(s, {P(0, 1), P(0, 3), P(0, -3), P(0, 6), P(-3, 1), P(1, 1),
                                P(-1, 1), P(3, 3), P(3, -1)});
  ASSERT_EQ(A.area.size(), 3u);
  EXPECT_EQ(A.at[0][0], 1);
  EXPECT_EQ(A.at[1][0], 1);
  EXPECT_EQ(A.at[2][0], 1);
  EXPECT_EQ(A.at[3], (I2{0, 0}));
  EXPECT_EQ(A.at[4][0], 1);
  EXPECT_EQ(A.at[5][0], 0);
  EXPECT_EQ(A.at[6][0], 0);
  EXPECT_NE(A.at[5][1], A.at[6][1]);  // the two boxes left and right of x = 0
  EXPECT_EQ(A.area[size_t(A.at[5][1])], 12);
  EXPECT_EQ(A.at[7], (I2{0, 0}));
  EXPECT_EQ(A.at[8], (I2{0, 0}));
  invariants(A, 1);
}

TEST(SweepArrangement, RationalVerticesAtTheBound) {
  const LL m = 1000000000;
  // y = x, y = -x and the shallow y = (m - x) / (2m): crossings (0,0), m/(2m+1) (1,1) and
  // m/(2m-1) (-1,1); one tiny triangle of twice-area 2 m^2 / (4 m^2 - 1)
  std::vector<S> s{seg(-m, -m, m, m), seg(-m, 1, m, 0), seg(-m, m, m, -m)};
  auto A = geo::arrangement(s, {P(0, 0), P(m, m), P(1, 0), P(0, 1), P(-m, 1)});
  ASSERT_EQ(A.v.size(), 9u);
  int lattice = 0;
  for (auto& p : A.v) lattice += p.lattice();
  EXPECT_EQ(lattice, 7);
  const geo::RatPoint c{m, m, 2 * m + 1};
  EXPECT_GE(vid(A, 0, 0), 0);
  EXPECT_TRUE(A.v[size_t(vid(A, 0, 0)) + 1] == c);  // the next point in (x, y) order
  ASSERT_EQ(A.area.size(), 2u);
  const double want = 2.0 * double(m) * double(m) / (4.0 * double(m) * double(m) - 1);
  EXPECT_NEAR(A.area[1], want, 1e-15);
  // the outer boundary spans the whole input: its documented error u m (m + 16) D^2 (m = 15
  // half-edges, D = its diameter + 2) is far above the triangle's area
  const double D = 2 * std::sqrt(2.0) * double(m) + 2, u = 0x1p-53;
  EXPECT_NEAR(A.area[0], -want, u * 15 * (15 + 16) * D * D);
  EXPECT_EQ(A.at[0], (I2{2, vid(A, 0, 0)}));
  EXPECT_EQ(A.at[1], (I2{2, vid(A, m, m)}));
  EXPECT_EQ(A.at[2], (I2{0, 0}));
  EXPECT_EQ(A.at[3], (I2{0, 0}));
  EXPECT_EQ(A.at[4], (I2{2, vid(A, -m, 1)}));
  invariants(A, 1);
}

TEST(SweepArrangement, SmallFacesFarAwayKeepTheirAreas) {
  // the unit right triangle (m-1, m-1) (m, m-1) (m-1, m) at the corner of the range, its top
  // corner cut off by y = m - 1 + (x - m + 3) / 3 through (m-1, m-1/3) and (m-3/4, m-1/4):
  // twice-areas 1/12 and 11/12. The areas come from differences to a nearby integer point,
  // so they are exact to about u D^2 (D ~ 5), whatever m
  const LL m = 1000000000;
  std::vector<S> s{seg(m - 1, m - 1, m, m - 1), seg(m, m - 1, m - 1, m),
                   seg(m - 1, m, m - 1, m - 1), seg(m - 3, m - 1, m, m)};
  auto A = geo::arrangement(s, {P(m - 1, m - 1), P(m - 2, m)});
  EXPECT_EQ(A.v.size(), 7u);
  EXPECT_EQ(A.e.size(), 8u);
  ASSERT_EQ(A.area.size(), 3u);
  EXPECT_NEAR(std::min(A.area[1], A.area[2]), 1.0 / 12, 1e-15);
  EXPECT_NEAR(std::max(A.area[1], A.area[2]), 11.0 / 12, 1e-15);
  EXPECT_NEAR(A.area[0], -1.0, 1e-14);
  EXPECT_EQ(A.at[0], (I2{2, vid(A, m - 1, m - 1)}));
  EXPECT_EQ(A.at[1], (I2{0, 0}));
  invariants(A, 1);
}

TEST(SweepArrangement, IntCoordinates) {
  using Si = geo::Segment<int>;
  using Pi = geo::Point<int>;
  auto A = geo::arrangement(std::vector<Si>{{Pi(0, 0), Pi(2, 2)}, {Pi(0, 2), Pi(2, 0)}},
                            {Pi(1, 1), Pi(1, 0)});
  EXPECT_EQ(A.v.size(), 5u);
  EXPECT_EQ(A.at, (std::vector<I2>{{2, 2}, {0, 0}}));
}

TEST(SweepArrangementDeathTest, QueryOutOfRange) {
  EXPECT_DEATH(geo::arrangement(std::vector<S>{seg(0, 0, 1, 1)}, {P(2000000000, 0)}), "");
}

}  // namespace
