// Properties of geometry/closest_pair.hpp and geometry/closest_pair_fast.hpp (every property
// checks both: closest_pair and closest_pair_fast) against oracle::closest_d2 (all pairs, exact).
// long long: the returned pair's squared distance is exactly the minimum, i < j, for
// points on small grids (duplicates, collinear runs), mixed adversarial points, vertical
// bands (the fast sweep's fallback) and |x|,|y| at 1e9. mpq_rational: same, exactly.
// double: the pair's exact squared distance is within 4u relative of the minimum.
#include "geometry/closest_pair.hpp"
#include "geometry/closest_pair_fast.hpp"

#include "generators.hpp"
#include "oracle_planar.hpp"
#include "property.hpp"

#include <limits>

namespace {

using geo::Point;
using LL = long long;
using PL = Point<LL>;
using oracle::Q;

rc::Gen<std::vector<PL>> points() {
  return rc::gen::weightedOneOf<std::vector<PL>>({
      {3, geotest::grid_points<LL>()},
      {2, geotest::sized_vector(geotest::mixed_point<LL>(1000000000), 60)},
      {1, geotest::sized_vector(geotest::bound_point<LL>(1000000000), 30)},
      {2, rc::gen::mapcat(geotest::uniform_int(0, 3), [](LL w) {  // a vertical band
         return geotest::sized_vector(
             geotest::point_of(geotest::uniform_int(-w, w), geotest::uniform_int(-1000000, 1000000)), 300);
       })},
  });
}

void check_pair(const std::vector<PL>& P, std::pair<int, int> r) {
  if (P.size() < 2) {
    RC_ASSERT(r == std::make_pair(-1, -1));
    return;
  }
  RC_ASSERT(0 <= r.first && r.first < r.second && r.second < static_cast<int>(P.size()));
  RC_ASSERT(oracle::dist2(oracle::qp(P[r.first]), oracle::qp(P[r.second])) == oracle::closest_d2(P));
}

CPGEO_PROP(ClosestPairProp, ExactLongLong, 400, ()) {
  const auto P = *points();
  RC_CLASSIFY(P.size() >= 2 && oracle::closest_d2(P) == 0, "duplicate");
  check_pair(P, geo::closest_pair(P));
  check_pair(P, geo::closest_pair_fast(P));
}

CPGEO_PROP(ClosestPairProp, ExactTypeRun, 100, ()) {
  const auto P = *geotest::grid_points<LL>();
  std::vector<Point<oracle::QX>> QPs;
  for (auto& p : P) QPs.push_back(Point<oracle::QX>(oracle::QX(p.x) / 3, oracle::QX(p.y) / 7));
  for (const auto& r : {geo::closest_pair(QPs), geo::closest_pair_fast(QPs)}) {
    if (P.size() < 2) {
      RC_ASSERT(r == std::make_pair(-1, -1));
      continue;
    }
    RC_ASSERT(r.first < r.second);
    RC_ASSERT(oracle::dist2(oracle::qp(QPs[r.first]), oracle::qp(QPs[r.second])) == oracle::closest_d2(QPs));
  }
}

CPGEO_PROP(ClosestPairProp, DoubleNearMinimum, 300, ()) {
  const auto P = *geotest::sized_vector(geotest::uniform_point<double>(1000.0), 80);
  if (P.size() < 2) RC_SUCCEED();
  const Q best = oracle::closest_d2(P);
  for (const auto& r : {geo::closest_pair(P), geo::closest_pair_fast(P)}) {
    RC_ASSERT(r.first < r.second);
    const Q got = oracle::dist2(oracle::qp(P[r.first]), oracle::qp(P[r.second]));
    RC_ASSERT(got <= best * Q(1 + 4 * std::numeric_limits<double>::epsilon()));
  }
}

}  // namespace
