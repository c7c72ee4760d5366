// Unit tests for geometry/on_segment.hpp, segment.hpp and the segment distances of distance.hpp:
// hand-checked cases of every kind (crossing, T-junction, shared endpoint, collinear overlap,
// collinear touching, disjoint, zero length), the pitfalls of docs/pitfalls.md, and eps semantics.
#include "geometry/dist2.hpp"
#include "geometry/distance.hpp"
#include "geometry/line.hpp"
#include "geometry/on_segment.hpp"
#include "geometry/segment.hpp"

#include "oracle.hpp"
#include "scoped_eps.hpp"

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
using oracle::Q;

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
  // r = (M, -M) against a = (-M, -M + 1), b = (M, M): interior, cross = -4 M^2 = -4e18
  const geo::Dist2<LL> d = geo::dist2(PL(M, -M), SL{{-M, -M + 1}, {M, M}});
  const Q m = M, want = Q(16) * m * m * m * m / (Q(4) * m * m + (2 * m - 1) * (2 * m - 1));
  EXPECT_EQ(Q(oracle::q(d.num), oracle::q(d.den)), want);
}

TEST(Segment, OnSegmentWithEps) {
  // Pitfall 5: on a segment means within eps of it, not "cross product == 0"
  const SD s{{0, 0}, {1e5, 1}};
  const PD mid(5e4, 0.5);
  EXPECT_TRUE(geo::on_segment(mid, s));
  EXPECT_TRUE(geo::on_segment(PD(5e4, 0.5 + 0.9e-9), s));
  EXPECT_FALSE(geo::on_segment(PD(5e4, 0.5 + 2e-9), s));
  EXPECT_FALSE(geo::on_segment(PD(2e5, 2), s));          // on the line, past b
  EXPECT_TRUE(geo::on_segment(PD(1e5 + 0.5e-9, 1), s));  // within eps beyond b
  EXPECT_TRUE(geo::on_segment(PL(2, 1), SL{{0, 0}, {4, 2}}));
  EXPECT_FALSE(geo::on_segment(PL(6, 3), SL{{0, 0}, {4, 2}}));
  EXPECT_TRUE(geo::on_segment(PL(1, 1), SL{{1, 1}, {1, 1}}));  // zero length: the point
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

TEST(Segment, SideExactAndFloating) {
  // exact T: the plain cross product of s as given; reversing s flips the sign
  EXPECT_EQ(geo::side(SL{{0, 0}, {4, 0}}, PL(1, 1), 0LL), 1);
  EXPECT_EQ(geo::side(SL{{4, 0}, {0, 0}}, PL(1, 1), 0LL), -1);
  EXPECT_EQ(geo::side(SL{{4, 0}, {0, 0}}, PL(9, 0), 0LL), 0);
  EXPECT_EQ(geo::side(SL{{0, 0}, {4, 0}}, PL(1, 1), 1LL), 0);  // within tol = 1 of the line
  EXPECT_EQ(geo::side(SL{{0, 0}, {4, 0}}, PL(1, 2), 1LL), 1);
  EXPECT_EQ(geo::side(SL{{2, 2}, {2, 2}}, PL(1, 2), 0LL), 0);  // a point s
  const SD s{{0.1, 0.2}, {3.7, 1.9}};
  const PD r(2.3, -0.4);
  EXPECT_EQ(geo::side(s, r, 1e-9), -1);
  EXPECT_EQ(geo::side(SD{s.b, s.a}, r, 1e-9), 1);
}

TEST(Segment, CrossAt) {
  // exact T: from s.a as given; floating: from the end nearer r; reversing s negates it exactly
  const LL M = 1000000000;
  EXPECT_EQ(geo::cross_at(SL{{-M, -M}, {M, M}}, PL(-M, M)), 4 * M * M);
  EXPECT_EQ(geo::cross_at(SL{{M, M}, {-M, -M}}, PL(-M, M)), -4 * M * M);
  EXPECT_EQ(geo::cross_at(SL{{0, 0}, {2, 2}}, PL(5, 5)), 0);
  // r near b = (1e8, 1): from b, r - b = (0, 2^-26) is exact and so is the product 1e8 * 2^-26;
  // from a the difference r - a = (1e8, 1 + 2^-26) is exact too but the cross product rounds
  const SD s{{0, 0}, {1e8, 1}};
  const PD r(1e8, 1 + 0x1p-26);
  EXPECT_EQ(geo::cross_at(s, r), 1e8 * 0x1p-26);
  EXPECT_EQ(geo::cross_at(SD{s.b, s.a}, r), -1e8 * 0x1p-26);
  EXPECT_EQ(geo::side(s, r, 0.0), 1);  // tol = 0: the sign of the cross product
  EXPECT_EQ(geo::side(SD{{0, 0}, {1, 0}}, PD(0.5, 1e-300), 0.0), 1);  // no underflow to 0
}

// A line against a segment: the documented idiom with line.hpp's side (line_distance.hpp).
bool meets(const geo::Line<LL>& l, const SL& s) { return geo::side(l, s.a) * geo::side(l, s.b) <= 0; }
bool cuts(const geo::Line<LL>& l, const SL& s) { return geo::side(l, s.a) * geo::side(l, s.b) < 0; }

TEST(Segment, LineAgainstSegment) {
  const geo::Line<LL> l{{0, 0}, {1, 1}};
  EXPECT_TRUE(meets(l, SL{{5, 0}, {0, 5}}));
  EXPECT_TRUE(cuts(l, SL{{5, 0}, {0, 5}}));
  EXPECT_TRUE(meets(l, SL{{5, 5}, {9, 0}}));   // touches
  EXPECT_FALSE(cuts(l, SL{{5, 5}, {9, 0}}));
  EXPECT_FALSE(meets(l, SL{{5, 4}, {9, 0}}));
}

TEST(Segment, Distances) {
  // AOJ CGL_2_D sample
  EXPECT_DOUBLE_EQ(geo::dist(SL{{0, 0}, {1, 0}}, SL{{0, 1}, {1, 1}}), 1);
  EXPECT_DOUBLE_EQ(geo::dist(SL{{0, 0}, {1, 0}}, SL{{2, 1}, {1, 2}}), std::sqrt(2.0));
  EXPECT_DOUBLE_EQ(geo::dist(SL{{-1, 0}, {1, 0}}, SL{{0, 1}, {0, -1}}), 0);
  EXPECT_DOUBLE_EQ(geo::dist(PL(2, 2), SL{{0, 0}, {4, 0}}), 2);
  EXPECT_DOUBLE_EQ(geo::dist(PL(7, 4), SL{{0, 0}, {4, 0}}), 5);
  EXPECT_DOUBLE_EQ(geo::dist(PL(7, 4), SL{{4, 0}, {4, 0}}), 5);  // zero length
  // exact fractions compare without overflow at the bound
  const LL M = 1000000000;
  const geo::Dist2<LL> a = geo::dist2(PL(0, 1), SL{{-M, 0}, {M, 1}});
  const geo::Dist2<LL> b = geo::dist2(PL(0, 1), SL{{-M, 0}, {M - 1, 1}});
  const Q qa = Q(oracle::q(a.num), oracle::q(a.den)), qb = Q(oracle::q(b.num), oracle::q(b.den));
  EXPECT_NE(qa, qb);
  EXPECT_EQ(a < b, qa < qb);
  EXPECT_EQ(b < a, qb < qa);
}

#ifndef NDEBUG
// long long: |x|,|y| <= 1e9 for every endpoint and query point; floating: finite.
TEST(SegmentDeathTest, OutOfRangeAsserts) {
  const LL M = 1000000000;
  const SL s{{-M, -M}, {M, M}}, far{{0, 0}, {M + 1, 0}};
  // canonical(s) (on_segment.hpp) or side(s, r, tol) for an end of the other segment
  const char* seg = "in_range\\((s\\.a|r), 1e9\\)";
  const char* pt = "in_range\\(r, ";                 // the query point
  EXPECT_TRUE(geo::intersect(s, SL{{-M, M}, {M, -M}}));  // at the bound: fine
  EXPECT_DEATH(geo::intersect(s, far), seg);
  EXPECT_DEATH(geo::intersect(far, s), seg);
  EXPECT_DEATH(geo::cross_at(far, PL(0, 0)), seg);
  EXPECT_DEATH(geo::cross_at(s, PL(0, M + 1)), pt);
  EXPECT_DEATH(geo::intersection(s, far), seg);
  EXPECT_DEATH(geo::dist2(far, s), seg);
  EXPECT_DEATH(geo::dist(PL(0, 0), far), seg);
  EXPECT_DEATH(geo::side(far, PL(0, 0), 0LL), seg);
  EXPECT_DEATH(geo::dist2(PL(0, M + 1), s), pt);
  EXPECT_DEATH(geo::on_segment(PL(-M - 1, 0), s), pt);
  EXPECT_DEATH(geo::side(s, PL(-M - 1, 0), 0LL), pt);
  const double nan = std::nan("");
  EXPECT_DEATH(geo::intersect(SD{{0, 0}, {1, 1}}, SD{{0, nan}, {1, 0}}), seg);
  EXPECT_DEATH(geo::on_segment(PD(nan, 0), SD{{0, 0}, {1, 1}}), pt);
}

// Floating: a nonzero length >= 1e-140 (every floating type); a == b (a point) is fine.
TEST(SegmentDeathTest, TinyFloatingSegmentAsserts) {
  const char* tiny = "dist\\(s\\.a, s\\.b\\) >= 1e-140";
  EXPECT_TRUE(geo::on_segment(PD(1, 1), SD{{1, 1}, {1, 1}}));
  EXPECT_FALSE(geo::intersect(SD{{0, 0}, {0, 1e-139}}, SD{{1, 0}, {1, 1}}));
  EXPECT_DEATH(geo::intersect(SD{{0, 0}, {0, 1e-141}}, SD{{1, 0}, {1, 1}}), tiny);
  EXPECT_DEATH(geo::on_segment(PD(1, 1), SD{{0, 0}, {1e-150, 1e-150}}), tiny);
  using PLD = Point<long double>;
  using SLD = Segment<long double>;
  EXPECT_FALSE(geo::on_segment(PLD(1, 1), SLD{{0, 0}, {0, 1e-139L}}));
  EXPECT_DEATH(geo::on_segment(PLD(1, 1), SLD{{0, 0}, {0, 1e-141L}}), tiny);
}
#endif

}  // namespace
