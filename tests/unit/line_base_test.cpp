// Unit tests for geometry/line_base.hpp: frac_t and point_cast, the helpers every line
// header shares.
#include "geometry/line_base.hpp"

#include <gtest/gtest.h>

#include <type_traits>

namespace {

using LL = long long;
using PL = geo::Point<LL>;
using PD = geo::Point<double>;

// frac_t, point_cast (line_base.hpp): the helpers every line header shares.
TEST(LineHelpers, FracTAndPointCast) {
  static_assert(std::is_same<geo::frac_t<LL>, double>::value, "integral -> double");
  static_assert(std::is_same<geo::frac_t<long double>, long double>::value, "floating: itself");
  EXPECT_EQ(geo::point_cast<double>(PL(3, -1000000001)), PD(3, -1000000001));
  EXPECT_EQ(geo::point_cast<LL>(PD(2.75, -2.75)), PL(2, -2));  // truncates, as the cast does
}

}  // namespace
