// Unit tests for geometry/segment.hpp (intersect, intersection): hand-checked cases of every
// kind (crossing, T-junction, shared endpoint, collinear overlap, collinear touching,
// disjoint, zero length), the pitfalls of docs/pitfalls.md, and eps semantics.
#include "geometry/segment.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

using geo::Point;
using geo::Segment;
using LL = long long;
using PL = Point<LL>;
using PD = Point<double>;
using SL = Segment<LL>;
using SD = Segment<double>;

std::vector<PD> sorted(std::vector<PD> v) {
  std::sort(v.begin(), v.end());
  return v;
}

// A proper crossing: the idiom docs/segment.md gives with on_segment.hpp's side.
template <class T> bool proper(const Segment<T>& s, const Segment<T>& t, T tol) {
  return geo::side(s, t.a, tol) * geo::side(s, t.b, tol) < 0 && geo::side(t, s.a, tol) * geo::side(t, s.b, tol) < 0;
}

TEST(Segment, IntersectKinds) {
  const SL s{{0, 0}, {4, 0}};
  EXPECT_TRUE(geo::intersect(s, SL{{1, -1}, {2, 1}}));   // crossing
  EXPECT_TRUE(proper(s, SL{{1, -1}, {2, 1}}, 0LL));
  EXPECT_TRUE(geo::intersect(s, SL{{2, 0}, {2, 3}}));    // T-junction
  EXPECT_FALSE(proper(s, SL{{2, 0}, {2, 3}}, 0LL));
  EXPECT_TRUE(geo::intersect(s, SL{{4, 0}, {5, 5}}));    // shared endpoint
  EXPECT_TRUE(geo::intersect(s, SL{{3, 0}, {9, 0}}));    // collinear overlap
  EXPECT_FALSE(proper(s, SL{{3, 0}, {9, 0}}, 0LL));
  EXPECT_TRUE(geo::intersect(s, SL{{4, 0}, {9, 0}}));    // collinear touching
  EXPECT_FALSE(geo::intersect(s, SL{{5, 0}, {9, 0}}));   // collinear apart
  EXPECT_FALSE(geo::intersect(s, SL{{5, 1}, {5, -1}}));  // the line crosses, the segment not
  EXPECT_TRUE(geo::intersect(s, SL{{3, 0}, {3, 0}}));    // zero length, on s
  EXPECT_FALSE(geo::intersect(s, SL{{3, 1}, {3, 1}}));
  EXPECT_TRUE(geo::intersect(SL{{3, 0}, {3, 0}}, SL{{3, 0}, {3, 0}}));
  EXPECT_FALSE(geo::intersect(SL{{3, 0}, {3, 0}}, SL{{3, 1}, {3, 1}}));
}

TEST(Segment, IntersectionPoints) {
  const SL s{{0, 0}, {4, 0}};
  EXPECT_EQ(geo::intersection(s, SL{{5, 0}, {9, 0}}), std::vector<PD>{});
  EXPECT_EQ(geo::intersection(s, SL{{2, 0}, {2, 3}}), std::vector<PD>{PD(2, 0)});
  EXPECT_EQ(geo::intersection(s, SL{{4, 0}, {9, 0}}), std::vector<PD>{PD(4, 0)});
  EXPECT_EQ(sorted(geo::intersection(s, SL{{9, 0}, {3, 0}})), (std::vector<PD>{PD(3, 0), PD(4, 0)}));
  EXPECT_EQ(sorted(geo::intersection(s, SL{{-1, 0}, {5, 0}})), (std::vector<PD>{PD(0, 0), PD(4, 0)}));
  EXPECT_EQ(geo::intersection(s, SL{{3, 0}, {3, 0}}), std::vector<PD>{PD(3, 0)});
  // Pitfall 4: a non-lattice crossing is not truncated to a lattice point
  EXPECT_EQ(geo::intersection(SL{{0, 0}, {1, 1}}, SL{{0, 1}, {1, 0}}), std::vector<PD>{PD(0.5, 0.5)});
  // AOJ CGL_2_C sample
  EXPECT_EQ(geo::intersection(SL{{0, 0}, {2, 0}}, SL{{1, 1}, {1, -1}}), std::vector<PD>{PD(1, 0)});
}

TEST(Segment, SymmetricCallsAgree) {
  const SD s{{0.1, 0.2}, {3.7, 1.9}}, t{{2.3, -0.4}, {0.3, 2.2}};
  const std::vector<PD> x = geo::intersection(s, t);
  ASSERT_EQ(x.size(), 1u);
  for (const auto& st : {std::make_pair(t, s), std::make_pair(SD{s.b, s.a}, t), std::make_pair(s, SD{t.b, t.a})})
    EXPECT_EQ(geo::intersection(st.first, st.second), x);  // bit for bit
}

TEST(Segment, AtTheBound) {
  // Pitfall 3: coordinates +-1e9: cross products up to 8e18, squared distances 6.4e37.
  const LL M = 1000000000;
  EXPECT_TRUE(geo::intersect(SL{{-M, -M}, {M, M}}, SL{{-M, M}, {M, -M}}));
  EXPECT_FALSE(geo::intersect(SL{{-M, -M}, {M, M - 1}}, SL{{M - 1, M}, {M, M}}));
  EXPECT_TRUE(geo::intersect(SL{{-M, -M}, {M, M - 1}}, SL{{M, M - 1}, {M, M}}));
}

TEST(Segment, FloatingNearTouch) {
  const SD s{{0, 0}, {10, 0}};
  EXPECT_TRUE(geo::intersect(s, SD{{5, 0.4e-9}, {5, 7}}));    // gap below eps/2
  EXPECT_FALSE(geo::intersect(s, SD{{5, 2.5e-9}, {5, 7}}));   // gap above 2 eps
  EXPECT_TRUE(geo::intersect(s, SD{{10 + 0.4e-9, 0}, {20, 0}}));
  EXPECT_FALSE(proper(s, SD{{5, -0.4e-9}, {5, 7}}, 1e-9));    // an endpoint within eps: no proper crossing
  // the four sides at 2 eps decide at once: one segment beyond 2 eps on one side says no, a
  // crossing with every end beyond 2 eps says yes; in between the crossing at eps/2 decides
  EXPECT_FALSE(geo::intersect(s, SD{{5, 2.1e-9}, {6, 7}}));
  EXPECT_TRUE(geo::intersect(s, SD{{5, -2.1e-9}, {6, 7}}));
  EXPECT_TRUE(geo::intersect(s, SD{{5, -0.6e-9}, {6, 7}}));   // crosses at eps/2, t.a off s by 0.6e-9
  EXPECT_FALSE(geo::intersect(s, SD{{5, 1.5e-9}, {6, 7}}));   // in the band: beyond eps from s
  const std::vector<PD> x = geo::intersection(s, SD{{5, 0.4e-9}, {5, 7}});
  EXPECT_EQ(x, std::vector<PD>{PD(5, 0.4e-9)});  // the touching endpoint itself
  // an overlap: the least and greatest (x, y) of the ends within eps of both segments, so an
  // end just past the exact overlap (within eps) is returned instead of the exact end (10, 0)
  const SD t{{5, 0}, {10 + 0.5e-9, 0}};
  EXPECT_EQ(sorted(geo::intersection(s, t)), (std::vector<PD>{PD(5, 0), PD(10 + 0.5e-9, 0)}));
  EXPECT_EQ(sorted(geo::intersection(t, s)), (std::vector<PD>{PD(5, 0), PD(10 + 0.5e-9, 0)}));
  // ends within eps of each other: one point, the least
  EXPECT_EQ(geo::intersection(s, SD{{10, 0.3e-9}, {10 + 0.5e-9, 0}}), std::vector<PD>{PD(10, 0)});
}

#ifndef NDEBUG
// long long: |x|,|y| <= 1e9 for every endpoint and query point; floating: finite.
TEST(SegmentDeathTest, OutOfRangeAsserts) {
  const LL M = 1000000000;
  const SL s{{-M, -M}, {M, M}}, far{{0, 0}, {M + 1, 0}};
  // canonical(s) (on_segment.hpp) or side(s, r, tol) for an end of the other segment
  const char* seg = "in_range\\((s\\.a|r), 1e9\\)";
  EXPECT_TRUE(geo::intersect(s, SL{{-M, M}, {M, -M}}));  // at the bound: fine
  EXPECT_DEATH(geo::intersect(s, far), seg);
  EXPECT_DEATH(geo::intersect(far, s), seg);
  EXPECT_DEATH(geo::intersection(s, far), seg);
  const double nan = std::nan("");
  EXPECT_DEATH(geo::intersect(SD{{0, 0}, {1, 1}}, SD{{0, nan}, {1, 0}}), seg);
}

// Floating: a nonzero length >= 1e-140 (every floating type); a == b (a point) is fine.
TEST(SegmentDeathTest, TinyFloatingSegmentAsserts) {
  const char* tiny = "dist\\(s\\.a, s\\.b\\) >= 1e-140";
  EXPECT_FALSE(geo::intersect(SD{{0, 0}, {0, 1e-139}}, SD{{1, 0}, {1, 1}}));
  EXPECT_DEATH(geo::intersect(SD{{0, 0}, {0, 1e-141}}, SD{{1, 0}, {1, 1}}), tiny);
}
#endif

}  // namespace
