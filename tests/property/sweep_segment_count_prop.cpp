// Properties of geometry/sweep/segment_count.hpp against oracle::axis_count (all pairs,
// exact): random axis-parallel segments on small grids (touching ends, crossings at ends,
// collinear overlaps, single points), at |x|,|y| = 1e9, and as doubles.
#include "geometry/sweep/segment_count.hpp"

#include "generators.hpp"
#include "oracle_planar.hpp"
#include "property.hpp"

#include <array>

namespace {

using LL = long long;

std::vector<std::array<LL, 4>> axis_segments(LL R, int max_n) {
  const int n = static_cast<int>(*geotest::uniform_int(0, max_n));
  std::vector<std::array<LL, 4>> v;
  for (int i = 0; i < n; i++) {
    const LL x = *geotest::uniform_int(-R, R), y = *geotest::uniform_int(-R, R);
    const LL t = *geotest::uniform_int(-R, R);
    if (*geotest::uniform_int(0, 1)) v.push_back({x, y, t, y});
    else v.push_back({x, y, x, t});
  }
  return v;
}

template <class T> std::vector<geo::Segment<T>> to_segments(const std::vector<std::array<LL, 4>>& v) {
  std::vector<geo::Segment<T>> s;
  for (auto& a : v) s.push_back({geo::Point<T>(T(a[0]), T(a[1])), geo::Point<T>(T(a[2]), T(a[3]))});
  return s;
}

CPGEO_PROP(SweepSegmentCountProp, MatchesAllPairs, 500, ()) {
  const LL R = *rc::gen::element<LL>(2, 5, 30, 1000000000);
  const auto v = axis_segments(R, 40);
  const long long want = oracle::axis_count(v);
  RC_CLASSIFY(want == 0, "none");
  RC_ASSERT(geo::count_axis_intersections(to_segments<LL>(v)) == want);
  RC_ASSERT(geo::count_axis_intersections(to_segments<double>(v)) == want);
}

}  // namespace
