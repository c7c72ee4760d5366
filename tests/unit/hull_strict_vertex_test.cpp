// hull/strict_vertex.hpp: last_true's search (f is called only strictly between l and h)
// and strict_vertex on every start of a polygon with collinear runs, on polygons listed
// from a collinear vertex (also mid-run), in a std::vector, std::deque and std::array.
#include "geometry/hull/strict_vertex.hpp"

#include <gtest/gtest.h>

#include <array>
#include <deque>
#include <vector>

namespace {

using P = geo::Point<long long>;
using V = std::vector<P>;

TEST(HullStrictVertex, LastTrue) {
  EXPECT_EQ(geo::last_true(0, 100, [](int m) { return m * m <= 50; }), 7);
  EXPECT_EQ(geo::last_true(-1, 10, [](int m) { return m < 0; }), -1);  // f(l) is not called
  EXPECT_EQ(geo::last_true(-1, 10, [](int m) { return m < 10; }), 9);   // nor f(h)
  EXPECT_EQ(geo::last_true(4, 5, [](int) -> bool { throw 0; }), 4);     // nothing to search
  EXPECT_EQ(geo::last_true(4, 4, [](int) -> bool { throw 0; }), 4);
}

// Every start of a polygon with collinear runs, in a std::vector, a std::deque and a std::array.
TEST(HullStrictVertex, EveryStartAnyContainer) {
  const V base{{0, 0}, {1, 0}, {2, 0}, {3, 0}, {3, 3}, {0, 3}, {0, 2}, {0, 1}};
  for (std::size_t r = 0; r < base.size(); r++) {
    V h(base.begin() + static_cast<long>(r), base.end());
    h.insert(h.end(), base.begin(), base.begin() + static_cast<long>(r));
    const int s = geo::strict_vertex(h), n = static_cast<int>(h.size());
    ASSERT_LT(s, n);
    EXPECT_GT(geo::orient(h[static_cast<std::size_t>((s + n - 1) % n)], h[static_cast<std::size_t>(s)],
                          h[static_cast<std::size_t>((s + 1) % n)]), 0);
    if (geo::orient(h[static_cast<std::size_t>(n - 1)], h[0], h[1]) > 0) {
      EXPECT_EQ(s, 0);
    }
    const std::deque<P> d(h.begin(), h.end());
    EXPECT_EQ(geo::strict_vertex(d), s);
  }
  const std::array<P, 3> tri{{{0, 0}, {2, 0}, {0, 2}}};
  EXPECT_EQ(geo::strict_vertex(tri), 0);
  EXPECT_EQ(geo::strict_vertex(V{{0, 0}, {1, 1}, {2, 2}, {3, 3}}), 4);  // the <true> list
}

// The triangle (0,0) (4,0) (0,4) listed from (0,2), a vertex in the middle of the edge x = 0:
// the fan at poly[0] would be degenerate, and poly[0], poly[1], poly[n-1] are collinear
// without the polygon being a segment.
TEST(HullStrictVertex, CollinearStartVertex) {
  const V tri{{0, 2}, {0, 0}, {4, 0}, {0, 4}};
  EXPECT_EQ(geo::strict_vertex(tri), 1);
  // The triangle (5,-4) (5,-1) (-4,-2) with (5,-3) and (5,-2) on its edge x = 5, listed
  // from (5,-2): collinear vertices both before and after poly[0].
  const V mid_run{{5, -2}, {5, -1}, {-4, -2}, {5, -4}, {5, -3}};
  EXPECT_EQ(geo::strict_vertex(mid_run), 1);
}

}  // namespace
