// Unit tests of geometry/halfplane_exact.hpp: the cases every variant runs
// (tests/support/halfplane_cases.hpp), instantiated for the exact variant, which also decides
// exactly on doubles and returns exactly left turns at every scale (exact == true).
#include "geometry/halfplane_exact.hpp"

#include "halfplane_cases.hpp"

#include <gtest/gtest.h>

namespace halfplane_cases {

struct Exact {
  static constexpr bool exact = true;
  template <class T> static auto run(const std::vector<Line<T>>& H, T box = T(0)) {
    return geo::halfplane_intersection_exact(H, box);
  }
};
INSTANTIATE_TYPED_TEST_SUITE_P(Exact, Halfplane, Exact);
INSTANTIATE_TYPED_TEST_SUITE_P(Exact, HalfplaneDeathTest, Exact);

}  // namespace halfplane_cases
