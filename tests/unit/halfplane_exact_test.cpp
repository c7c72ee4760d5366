// Unit tests of geometry/halfplane_exact.hpp: the cases every variant runs
// (tests/support/halfplane_cases.hpp), instantiated for the exact variant, which also decides
// exactly on doubles and returns exactly left turns at every scale (exact == true).
#include "geometry/halfplane_exact.hpp"

#include "halfplane_cases.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace halfplane_cases {

struct Exact {
  static constexpr bool exact = true;
  template <class T> static auto run(const std::vector<Line<T>>& H, T box = T(0)) {
    return geo::halfplane_intersection_exact(H, box);
  }
};
INSTANTIATE_TYPED_TEST_SUITE_P(Exact, Halfplane, Exact);
INSTANTIATE_TYPED_TEST_SUITE_P(Exact, HalfplaneDeathTest, Exact);

// Three lines through one double point X, each given by X -+ d (exact), at non-integer
// coordinates: the degree-4 side of X is exactly 0 but its filter bound is not (products of
// two-part values), so the filter gives up and the expansions decide (SoS): the point X.
TEST(HalfplaneExactFilter, ConcurrentNonIntegerFallsBackToExpansions) {
  using P = geo::Point<double>;
  const P X(3 + std::ldexp(1, -40), 5 + std::ldexp(1, -41));
  const P d[3] = {P(1 + std::ldexp(1, -25), 3 * std::ldexp(1, -33)),
                  P(-std::ldexp(1, -27), 1 + std::ldexp(1, -29)),
                  P(-1 - std::ldexp(1, -26), -1 + std::ldexp(1, -31))};
  std::vector<geo::Line<double>> H;
  for (const P& v : d) H.push_back({X - v, X + v});
  for (int rot = 0; rot < 3; rot++) {
    std::rotate(H.begin(), H.begin() + 1, H.end());
    const auto r = geo::halfplane_intersection_exact(H);
    ASSERT_EQ(r.size(), 1u);
    EXPECT_NEAR(r[0].x, X.x, 1e-14);
    EXPECT_NEAR(r[0].y, X.y, 1e-14);
  }
}

}  // namespace halfplane_cases
