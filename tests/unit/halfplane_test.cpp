// Unit tests of geometry/halfplane.hpp: the cases every variant runs
// (tests/support/halfplane_cases.hpp: each documented case with hand-computed answers, the
// exact region by the rational oracle), instantiated for the short default.
#include "geometry/halfplane.hpp"

#include "halfplane_cases.hpp"

#include <gtest/gtest.h>

namespace halfplane_cases {

// rounded decisions on doubles: no promise near degeneracy beyond orient's range
struct Short {
  static constexpr bool exact = false;
  template <class T> static auto run(const std::vector<Line<T>>& H, T box = T(0)) {
    return geo::halfplane_intersection(H, box);
  }
};
INSTANTIATE_TYPED_TEST_SUITE_P(Short, Halfplane, Short);
INSTANTIATE_TYPED_TEST_SUITE_P(Short, HalfplaneDeathTest, Short);

}  // namespace halfplane_cases
