// Unit tests of geometry/delaunay.hpp (delaunay, in_circle): the cases every variant runs
// (tests/support/delaunay_cases.hpp) instantiated for this one, and the asserted range.
#include "geometry/delaunay.hpp"

#include "delaunay_cases.hpp"

#include <gtest/gtest.h>
#include <cmath>
#include <vector>

namespace delaunay_cases {

struct Short {
  template <class T> static geo::Triangulation run(const std::vector<Point<T>>& p) { return geo::delaunay(p); }
  template <class T> static int ic(Point<T> a, Point<T> b, Point<T> c, Point<T> d) {
    return geo::in_circle(a, b, c, d);
  }
};
INSTANTIATE_TYPED_TEST_SUITE_P(Short, Delaunay, Short);

}  // namespace delaunay_cases

namespace {

TEST(DelaunayDeathTest, RangeAndNaN) {
  using P = geo::Point<long long>;
  EXPECT_DEATH(geo::delaunay(std::vector<P>{{0, 0}, {1, 0}, {0, 1000000001}}), "");
  EXPECT_DEATH(geo::delaunay(std::vector<P>{{0, 0}, {-1000000001, 0}}), "");
  EXPECT_DEATH(geo::delaunay(std::vector<geo::Point<double>>{{0, 0}, {1, 0}, {0, std::nan("")}}), "");
  EXPECT_DEATH(geo::in_circle(P{0, 0}, P{1, 0}, P{0, 1}, P{1000000001, 0}), "");
  EXPECT_DEATH(geo::in_circle(P{0, 0}, P{1, 0}, P{0, -1000000001}, P{1, 1}), "");
  const double nan = std::nan("");
  using D = geo::Point<double>;
  EXPECT_DEATH(geo::in_circle(D{0, 0}, D{1, 0}, D{0, 1}, D{nan, 0}), "");
}

}  // namespace
