// Unit tests for geometry/line_base.hpp: frac_t and Line, the types every line
// header shares.
#include "geometry/line_base.hpp"

#include <gtest/gtest.h>

#include <type_traits>

namespace {

using LL = long long;
using PL = geo::Point<LL>;
using PD = geo::Point<double>;

// frac_t and Line (line_base.hpp): the types every line header shares.
TEST(LineBase, FracTAndLine) {
  static_assert(std::is_same<geo::frac_t<LL>, double>::value, "integral -> double");
  static_assert(std::is_same<geo::frac_t<long double>, long double>::value, "floating: itself");
  const geo::Line<LL> l{PL(1, 2), PL(3, -1000000001)};
  EXPECT_EQ(geo::Point<geo::frac_t<LL>>(l.b), PD(3, -1000000001));  // converted, exact
  EXPECT_EQ(l.a, PL(1, 2));
}

}  // namespace
