// Properties of geometry/sweep/any_intersection.hpp against oracle::any_meet (all pairs,
// exact rationals): {-1, -1} exactly when no two segments share a point, else a pair that
// does (checked by oracle::seg_meet). Inputs: segments on small grids (shared endpoints,
// collinear overlaps, verticals, single points), short segments in a larger grid (often
// disjoint), long thin fans at 1e9; long long and integer-valued double.
#include "geometry/sweep/any_intersection.hpp"

#include "generators.hpp"
#include "oracle_planar.hpp"
#include "property.hpp"

#include <array>

namespace {

using LL = long long;

std::vector<std::array<LL, 4>> segments() {
  const int kind = *rc::gen::inRange(0, 4);
  std::vector<std::array<LL, 4>> v;
  const LL R = kind == 0 ? 3 : kind == 1 ? 40 : kind == 2 ? 6 : 1000000000;
  const LL len = kind == 1 ? 4 : kind == 2 ? 0 : 2 * R;
  const int n = static_cast<int>(*geotest::uniform_int(0, kind == 0 ? 6 : 25));
  for (int i = 0; i < n; i++) {
    const LL x = *geotest::uniform_int(-R, R), y = *geotest::uniform_int(-R, R);
    LL x2 = len ? std::max(-R, std::min(R, x + *geotest::uniform_int(-len, len))) : x;
    LL y2 = len ? std::max(-R, std::min(R, y + *geotest::uniform_int(-len, len))) : *geotest::uniform_int(-R, R);
    if (kind == 3) {  // nearly parallel long segments: y = k x + c, tiny slope differences
      const LL c = *geotest::uniform_int(-20, 20);
      x2 = *geotest::uniform_int(-R, R);
      y2 = std::max(-R, std::min(R, x2 + c + *geotest::uniform_int(-1, 1)));
      v.push_back({x, std::max(-R, std::min(R, x + c)), x2, y2});
      continue;
    }
    v.push_back({x, y, x2, y2});
  }
  return v;
}

template <class T> std::vector<geo::Segment<T>> to_segments(const std::vector<std::array<LL, 4>>& v) {
  std::vector<geo::Segment<T>> s;
  for (auto& a : v) s.push_back({geo::Point<T>(T(a[0]), T(a[1])), geo::Point<T>(T(a[2]), T(a[3]))});
  return s;
}

void check(const std::vector<std::array<LL, 4>>& v, std::pair<int, int> r) {
  if (!oracle::any_meet(v)) {
    RC_ASSERT(r == std::make_pair(-1, -1));
    return;
  }
  RC_ASSERT(0 <= r.first && r.first < r.second && r.second < static_cast<int>(v.size()));
  const auto& a = v[static_cast<size_t>(r.first)];
  const auto& b = v[static_cast<size_t>(r.second)];
  RC_ASSERT(oracle::seg_meet(oracle::end0(a), oracle::end1(a), oracle::end0(b), oracle::end1(b)));
}

CPGEO_PROP(SweepAnyIntersectionProp, MatchesAllPairs, 1500, ()) {
  const auto v = segments();
  RC_CLASSIFY(oracle::any_meet(v), "meeting");
  check(v, geo::any_intersection(to_segments<LL>(v)));
}

CPGEO_PROP(SweepAnyIntersectionProp, DoubleSmallGrid, 500, ()) {
  auto v = segments();
  for (auto& a : v)
    for (auto& c : a) c = std::max(-1000LL, std::min(1000LL, c));  // far above eps apart
  check(v, geo::any_intersection(to_segments<double>(v)));
}

}  // namespace
