// Unit tests of geometry/hull/drop_near_collinear.hpp: n <= 2 and exact types unchanged; the
// eps band on an edge (eps / 2 dropped, 2 eps kept, eps changed at run time); the lowest and
// the highest point always kept; a thin polygon collapsing to the segment lowest -> highest;
// near-duplicate vertices; a vertex within eps of the chord's line but projecting outside the
// chord (kept); no compounding on dense arcs, checked by the exact oracles (every input vertex
// within eps of the result, the result a subsequence of the input, no vertex kept that the
// greedy chord could skip); and lower's ties.
#include "geometry/hull/drop_near_collinear.hpp"
#include "oracle_hull.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

namespace {

using D = geo::Point<double>;
using VD = std::vector<D>;

// The index in in of each vertex of out, in order; empty if out is not a subsequence of in
// starting at in[0] (the same start, the same cyclic order, nothing new).
template <class P> std::vector<std::size_t> subsequence(const std::vector<P>& in, const std::vector<P>& out) {
  std::vector<std::size_t> at;
  std::size_t i = 0;
  for (const auto& v : out) {
    while (i < in.size() && !(in[i] == v)) i++;
    if (i == in.size()) return {};
    at.push_back(i++);
  }
  if (at.empty() || at[0] != 0) return {};
  return at;
}

// h strictly convex, counter-clockwise from its lowest point, exactly (the oracle's
// orientation at every vertex, and its convexity test): O(n^2), where check_hull is O(n^3).
template <class P> bool strictly_convex_from_lowest(const std::vector<P>& h) {
  const std::size_t n = h.size();
  for (std::size_t i = 0; i < n; i++) {
    if (oracle::orientation(oracle::qp(h[i]), oracle::qp(h[(i + 1) % n]), oracle::qp(h[(i + 2) % n])) <= 0) return false;
    if (h[i].y < h[0].y || (h[i].y == h[0].y && h[i].x < h[0].x)) return false;
  }
  return oracle::is_convex(oracle::qpoly(h));
}

// Restores eps<T> when it goes out of scope.
template <class T> struct EpsGuard {
  T saved = geo::eps<T>;
  ~EpsGuard() { geo::eps<T> = saved; }
};

// The floating types: double and long double.
template <class T> class HullDropNearCollinearFloat : public testing::Test {};
using Floats = testing::Types<double, long double>;
TYPED_TEST_SUITE(HullDropNearCollinearFloat, Floats);

TEST(HullDropNearCollinear, ShortInputUnchanged) {
  EXPECT_EQ(geo::drop_near_collinear(VD{}), VD{});
  EXPECT_EQ(geo::drop_near_collinear(VD{{1, 2}}), (VD{{1, 2}}));
  // Two points 1e-12 apart: within eps of each other, still both output.
  const VD two{{0, 0}, {1e-12, 1e-12}};
  EXPECT_EQ(geo::drop_near_collinear(two), two);
  using L = std::vector<geo::Point<long long>>;
  EXPECT_EQ(geo::drop_near_collinear(L{{3, 4}, {5, 6}}), (L{{3, 4}, {5, 6}}));
}

// Exact types have eps 0: h comes back as it is, collinear vertices included; the same
// polygon in double loses them.
TEST(HullDropNearCollinear, ExactTypesUnchanged) {
  using L = std::vector<geo::Point<long long>>;
  const L square{{0, 0}, {1, 0}, {2, 0}, {2, 1}, {2, 2}, {1, 2}, {0, 2}, {0, 1}};
  EXPECT_EQ(geo::drop_near_collinear(square), square);
  const L line{{0, 0}, {1, 1}, {2, 2}, {3, 3}};  // convex_hull<true>'s collinear list
  EXPECT_EQ(geo::drop_near_collinear(line), line);
  const VD squared{{0, 0}, {1, 0}, {2, 0}, {2, 1}, {2, 2}, {1, 2}, {0, 2}, {0, 1}};
  EXPECT_EQ(geo::drop_near_collinear(squared), (VD{{0, 0}, {2, 0}, {2, 2}, {0, 2}}));
}

// A square with a vertex moved outwards off the midpoint of its right edge: by eps / 2 it is
// dropped (within eps of the chord that skips it), by 2 eps it is kept; with eps changed at
// run time the band follows.
TYPED_TEST(HullDropNearCollinearFloat, EpsBandOnAnEdge) {
  using T = TypeParam;
  using P = geo::Point<T>;
  const T e = geo::eps<T>;
  auto square = [](T off) { return std::vector<P>{{0, 0}, {2, 0}, {2 + off, 1}, {2, 2}, {0, 2}}; };
  const std::vector<P> corners{{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  EXPECT_EQ(geo::drop_near_collinear(square(e / 2)), corners);
  EXPECT_EQ(geo::drop_near_collinear(square(2 * e)), square(2 * e));
  EXPECT_EQ(geo::drop_near_collinear(square(0)), corners);
  EXPECT_EQ(geo::drop_near_collinear(corners), corners);
  {
    EpsGuard<T> guard;
    geo::eps<T> = T(1e-3);
    EXPECT_EQ(geo::drop_near_collinear(square(T(0.5e-3))), corners);
    EXPECT_EQ(geo::drop_near_collinear(square(T(2e-3))), square(T(2e-3)));
  }
  EXPECT_EQ(geo::eps<T>, e);
}

// The lowest point (h[0]) and the highest point are output even when they lie within eps of
// the chord of their neighbours: here each is the midpoint of the bottom / top edge moved out
// by eps / 2, which makes it the lowest / highest point.
TYPED_TEST(HullDropNearCollinearFloat, LowestAndHighestKept) {
  using T = TypeParam;
  using P = geo::Point<T>;
  const T e = geo::eps<T>;
  const std::vector<P> low{{1, -e / 2}, {2, 0}, {2, 2}, {0, 2}, {0, 0}};
  EXPECT_EQ(geo::drop_near_collinear(low), low);
  const std::vector<P> high{{0, 0}, {2, 0}, {2, 2}, {1, 2 + e / 2}, {0, 2}};
  EXPECT_EQ(geo::drop_near_collinear(high), high);
  // On a horizontal top edge the highest is the rightmost: (2,2) stays, (1,2) goes.
  const std::vector<P> flat{{0, 0}, {1, 0}, {2, 0}, {2, 2}, {1, 2}, {0, 2}};
  EXPECT_EQ(geo::drop_near_collinear(flat), (std::vector<P>{{0, 0}, {2, 0}, {2, 2}, {0, 2}}));
}

// A thin convex polygon within eps of the segment lowest -> highest: that segment.
TYPED_TEST(HullDropNearCollinearFloat, ThinPolygonCollapsesToSegment) {
  using T = TypeParam;
  using P = geo::Point<T>;
  const T d = geo::eps<T> * T(0.3);
  const std::vector<P> rhombus{{0, 0}, {5, 5 - d}, {10, 10}, {5, 5 + d}};
  const std::vector<P> seg{{0, 0}, {10, 10}};
  EXPECT_EQ(geo::drop_near_collinear(rhombus), seg);
  // Four vertices on each side, on parabolas at most 0.3 eps off the diagonal (convex).
  std::vector<P> lens{{0, 0}};
  for (int x = 2; x <= 8; x += 2) lens.push_back({T(x), T(x) - d * T(x * (10 - x)) / 25});
  lens.push_back({10, 10});
  for (int x = 8; x >= 2; x -= 2) lens.push_back({T(x), T(x) + d * T(x * (10 - x)) / 25});
  ASSERT_EQ(oracle_hull::check_hull(lens, lens, true), "");  // exactly convex, from the lowest
  EXPECT_EQ(geo::drop_near_collinear(lens), seg);
}

// Near-duplicate vertices (1e-12 apart, distinct): one of them is kept.
TYPED_TEST(HullDropNearCollinearFloat, NearDuplicatesOneKept) {
  using T = TypeParam;
  using P = geo::Point<T>;
  const T t = T(1e-12);
  const std::vector<P> in{{0, 0}, {2, 0}, {2 + t, t}, {2, 2}, {0, 2}};
  ASSERT_EQ(oracle_hull::check_hull(in, in, true), "");
  EXPECT_EQ(geo::drop_near_collinear(in), (std::vector<P>{{0, 0}, {2 + t, t}, {2, 2}, {0, 2}}));
  // Three points within 1e-12 of each other: the lowest and the highest.
  const std::vector<P> dot{{1, 1 - t}, {1 + t, 1}, {1, 1}};
  EXPECT_EQ(geo::drop_near_collinear(dot), (std::vector<P>{{1, 1 - t}, {1 + t, 1}}));
}

// A vertex within eps of the line of the chord that would skip it, but projecting outside the
// chord, is kept: dropping it would lose a point 1 (or 5) away.
TEST(HullDropNearCollinear, ProjectionOutsideChordKept) {
  // A sliver (widths about 1e-12): the chord (0,0) -> (10,-8e-12) would skip v = (-1,-2e-13),
  // 1e-12 from its line but before (0,0) (the first skipped vertex projects outside).
  const VD first{{10, -8e-12}, {5, -1e-12}, {0, 0}, {-1, -2e-13}};
  ASSERT_EQ(oracle_hull::check_hull(first, first, true), "");
  const VD kept_first{{10, -8e-12}, {0, 0}, {-1, -2e-13}};  // (5,-1e-12) projects inside: dropped
  EXPECT_EQ(geo::drop_near_collinear(first), kept_first);
  EXPECT_LE(oracle_hull::worst_outside(first, kept_first, geo::eps<double>), 1.0);
  // The chord (-1,-1e-12) -> (5,3e-12) would skip (10,0), 6e-12 from its line but past its
  // end (the last skipped vertex projects outside).
  const VD last{{-1, -1e-12}, {10, 0}, {5, 3e-12}, {0, 0}};
  ASSERT_EQ(oracle_hull::check_hull(last, last, true), "");
  const VD kept_last{{-1, -1e-12}, {10, 0}, {5, 3e-12}};  // (0,0) projects inside: dropped
  EXPECT_EQ(geo::drop_near_collinear(last), kept_last);
  EXPECT_LE(oracle_hull::worst_outside(last, kept_last, geo::eps<double>), 1.0);
}

// No compounding: points of an arc whose neighbours' sagitta is a fraction of eps, plus the
// centre. Dropping a vertex within eps of its neighbours' segment, then the next against the
// shortened polygon, and so on, drifts by up to eps per step (the old Andrew chain's band left
// arc points thousands of eps outside). Here, checked exactly: every input vertex within eps
// of the result; the result a subsequence of the input from h[0], with the lowest and the
// highest point; and each other kept vertex needed: the chord from the previous kept vertex to
// the next input vertex leaves a skipped vertex farther than eps (so the result is not simply
// the input).
TEST(HullDropNearCollinear, DenseArcDoesNotCompound) {
  const double e = geo::eps<double>;
  // {sagitta of neighbours / eps, k}: a chord over k steps of the arc stays within eps (its
  // farthest vertex about (k^2 - k % 2) times the neighbours' sagitta away), k + 1 does not;
  // away from 1 eps, so the rounding cannot decide.
  const struct {
    double frac;
    int k;
  } cases[] = {{0.011, 9}, {0.1, 3}, {0.2, 2}};
  for (double r : {1.0, 1000.0})
    for (const auto [frac, k] : cases) {
      SCOPED_TRACE(testing::Message() << "r = " << r << ", sagitta = " << frac << " eps");
      const int n = 200;
      const double step = std::sqrt(8 * frac * e / r);  // sagitta r (1 - cos(step / 2))
      VD h{{0, 0}};                                        // the centre, the lowest point
      for (int i = 0; i < n; i++) h.push_back({r * std::cos(0.3 + i * step), r * std::sin(0.3 + i * step)});
      ASSERT_TRUE(strictly_convex_from_lowest(h));
      const VD g = geo::drop_near_collinear(h);
      EXPECT_LE(oracle_hull::worst_outside(h, g, geo::eps<double>), 1.0);
      const std::vector<std::size_t> at = subsequence(h, g);
      ASSERT_FALSE(at.empty()) << "not a subsequence of the input from h[0]";
      EXPECT_EQ(g.back(), h.back());  // the highest point
      // Each kept vertex j (not h[0], not the highest) is needed: the chord from the previous
      // kept vertex to h[j + 1] leaves a skipped vertex farther than eps (up to the rounding).
      for (std::size_t t = 1; t + 1 < at.size(); t++) {
        const oracle::QP a = oracle::qp(h[at[t - 1]]), c = oracle::qp(h[at[t] + 1]);
        oracle::Q far = 0;
        for (std::size_t i = at[t - 1] + 1; i <= at[t]; i++)
          far = std::max(far, oracle::seg_dist2(a, c, oracle::qp(h[i])));
        EXPECT_GT(far.convert_to<double>(), 0.99 * e * e) << "vertex " << at[t] << " kept for nothing";
      }
      // The greedy's chords span k steps of the arc (the centre and the last chord aside).
      EXPECT_LE(g.size(), static_cast<std::size_t>(n / k + 3));
    }
}

// lower: by y, then by x; a strict order (irreflexive), for any point type.
TEST(HullDropNearCollinear, LowerTies) {
  using L = geo::Point<long long>;
  EXPECT_TRUE(geo::lower(L{5, -1}, L{0, 0}));   // smaller y first, whatever x
  EXPECT_FALSE(geo::lower(L{0, 0}, L{5, -1}));
  EXPECT_TRUE(geo::lower(L{0, 0}, L{1, 0}));    // a tie on y: smaller x first
  EXPECT_FALSE(geo::lower(L{1, 0}, L{0, 0}));
  EXPECT_FALSE(geo::lower(L{2, 3}, L{2, 3}));   // equal: neither
  EXPECT_TRUE(geo::lower(D{-0.5, 1e-300}, D{-1, 1}));
  EXPECT_TRUE(geo::lower(D{-1e-12, 0}, D{0, 0}));
  EXPECT_FALSE(geo::lower(D{0, 0}, D{-0.0, 0}));  // -0 == 0: equal, neither lower
  EXPECT_FALSE(geo::lower(D{-0.0, 0}, D{0, 0}));
  std::vector<L> v{{2, 1}, {0, 1}, {1, 0}, {1, 1}, {3, 0}};
  std::sort(v.begin(), v.end(), geo::lower);
  EXPECT_EQ(v, (std::vector<L>{{1, 0}, {3, 0}, {0, 1}, {1, 1}, {2, 1}}));
}

}  // namespace
