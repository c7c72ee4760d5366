// Unit tests of geometry/delaunay_fast.hpp (delaunay_fast, in_circle_fast): the cases every
// variant runs (tests/support/delaunay_cases.hpp) instantiated for this one, and the asserted
// range.
#include "geometry/delaunay_fast.hpp"

#include "delaunay_cases.hpp"

#include <gtest/gtest.h>
#include <cmath>
#include <vector>

namespace delaunay_cases {

struct Fast {
  template <class T> static geo::Triangulation run(const std::vector<Point<T>>& p) { return geo::delaunay_fast(p); }
  template <class T> static int ic(Point<T> a, Point<T> b, Point<T> c, Point<T> d) {
    return geo::in_circle_fast(a, b, c, d);
  }
};
INSTANTIATE_TYPED_TEST_SUITE_P(Fast, Delaunay, Fast);

}  // namespace delaunay_cases

namespace {

TEST(DelaunayFastDeathTest, RangeAndNaN) {
  using P = geo::Point<long long>;
  EXPECT_DEATH(geo::delaunay_fast(std::vector<P>{{0, 0}, {1, 0}, {0, 1000000001}}), "");
  EXPECT_DEATH(geo::delaunay_fast(std::vector<P>{{0, 0}, {-1000000001, 0}}), "");
  EXPECT_DEATH(geo::delaunay_fast(std::vector<geo::Point<double>>{{0, 0}, {1, 0}, {0, std::nan("")}}), "");
}

}  // namespace
