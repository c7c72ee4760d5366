// Properties of the convex-polygon consumers, fed exactly what convex_hull returns (strict
// and <true>, degenerate results included):
//   point_in_convex.hpp  where_in_convex == the exact winding-number oracle, for query
//                        points on vertices, on edges, on rays through vertices (grid
//                        points) and random ones; long long, double, exact rationals.
//   calipers.hpp         diameter's pair is at the exact all-pairs maximum distance (the
//                        hull's diameter is the point set's); width matches the exact
//                        brute-force width of the strict hull.
#include "geometry/hull/calipers.hpp"
#include "geometry/hull/convex_hull.hpp"
#include "geometry/hull/point_in_convex.hpp"

#include "hull_gen.hpp"
#include "oracle_hull.hpp"
#include "property.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

using geo::Point;

template <class T> std::vector<Point<T>> hull_of(const std::vector<Point<T>>& in, bool keep) {
  return keep ? geo::convex_hull<true>(in) : geo::convex_hull(in);
}

template <class T> void check_where(const std::vector<Point<T>>& in, bool keep, const std::vector<Point<T>>& queries) {
  const auto h = hull_of(in, keep);
  for (const auto& q : queries) {
    const int want = oracle_hull::where_in(h, q);
    const int got = static_cast<int>(geo::where_in_convex(h, q));
    RC_ASSERT(got == want);
  }
}

template <class T> std::vector<Point<T>> queries_for(const std::vector<Point<T>>& in) {
  std::vector<Point<T>> q = in;  // vertices and boundary points themselves
  for (long long x = -7; x <= 7; x++)
    for (long long y = -7; y <= 7; y++) q.push_back({T(x), T(y)});
  for (std::size_t i = 0; i + 1 < in.size(); i++) {  // sums; 2a - b lies on the ray b -> a
    q.push_back(in[i] + in[i + 1]);
    q.push_back(in[i] * T(2) - in[i + 1]);
  }
  const T B = T(hullgen::bound<T>());  // stay within the documented range
  q.erase(std::remove_if(q.begin(), q.end(), [B](const Point<T>& p) {
            return p.x > B || p.x < -B || p.y > B || p.y < -B;
          }), q.end());
  return q;
}

}  // namespace

CPGEO_PROP(HullConsumersProp, WhereInConvexLL, 300, ()) {
  const auto in = *hullgen::any_cloud<long long>(30);
  const auto q = queries_for(in);
  check_where(in, false, q);
  check_where(in, true, q);
}

CPGEO_PROP(HullConsumersProp, WhereInConvexDouble, 150, ()) {
  const auto in = *hullgen::any_cloud<double>(30);
  const auto q = queries_for(in);
  check_where(in, false, q);
  check_where(in, true, q);
}

CPGEO_PROP(HullConsumersProp, WhereInConvexExactRationals, 40, ()) {
  const auto in = *hullgen::grid_cloud<long long>(20);
  std::vector<Point<oracle::Q>> qin;
  for (auto& p : in) qin.push_back({oracle::Q(p.x), oracle::Q(p.y)});
  std::vector<Point<oracle::Q>> q;
  for (long long x = -7; x <= 7; x++)
    for (long long y = -7; y <= 7; y++) q.push_back({oracle::Q(x, 2), oracle::Q(y, 2)});
  check_where(qin, false, q);
  check_where(qin, true, q);
}

CPGEO_PROP(HullConsumersProp, DiameterIsTheAllPairsMaximum, 300, ()) {
  const auto in = *hullgen::any_cloud<long long>(36);
  const oracle::Q want = oracle_hull::max_dist2(in);
  for (int keep = 0; keep < 2; keep++) {
    const auto h = hull_of(in, keep == 1);
    const auto ij = geo::diameter(h);
    if (h.empty()) continue;
    RC_ASSERT(ij.first >= 0 && ij.second >= 0);
    RC_ASSERT(static_cast<std::size_t>(std::max(ij.first, ij.second)) < h.size());
    RC_ASSERT(oracle::dist2(oracle::qp(h[static_cast<std::size_t>(ij.first)]),
                            oracle::qp(h[static_cast<std::size_t>(ij.second)])) == want);
  }
}

CPGEO_PROP(HullConsumersProp, DiameterDoubleAndRationals, 100, ()) {
  const auto in = *hullgen::any_cloud<long long>(30);
  const oracle::Q want = oracle_hull::max_dist2(in);
  std::vector<Point<double>> din;
  std::vector<Point<oracle::Q>> qin;
  for (auto& p : in) din.push_back({double(p.x), double(p.y)}), qin.push_back({oracle::Q(p.x), oracle::Q(p.y)});
  if (in.empty()) return;
  const auto hd = geo::convex_hull<true>(din);
  const auto d = geo::diameter(hd);
  RC_ASSERT(oracle::dist2(oracle::qp(hd[static_cast<std::size_t>(d.first)]), oracle::qp(hd[static_cast<std::size_t>(d.second)])) == want);
  const auto hq = geo::convex_hull(qin);
  const auto e = geo::diameter(hq);
  RC_ASSERT(oracle::dist2(oracle::qp(hq[static_cast<std::size_t>(e.first)]), oracle::qp(hq[static_cast<std::size_t>(e.second)])) == want);
}

CPGEO_PROP(HullConsumersProp, WidthMatchesBruteForce, 300, ()) {
  const auto in = *hullgen::any_cloud<long long>(36);
  const auto strict = geo::convex_hull(in);
  const double want = std::sqrt(static_cast<double>(oracle_hull::width2(strict)));
  for (int keep = 0; keep < 2; keep++) {
    const double got = geo::width(hull_of(in, keep == 1));
    RC_ASSERT(std::fabs(got - want) <= 1e-9 * std::max(1.0, want));
  }
}

// Shrunk cases from the FMA build (this file also runs in cpgeo_property_fma, where GCC
// contracts u.cross(v) into an FMA): a contracted u x u is the rounding error of one product,
// not 0, so orient saw a duplicate point as a turn and the hull lost its highest point.
TEST(HullConsumersRegression, DuplicatePointIsNoTurnUnderFma) {
  const Point<double> lo{0, -1}, hi{18014402, 1000000000}, z{0, 0};
  EXPECT_EQ(geo::orient(lo, hi, hi), 0);
  EXPECT_EQ(geo::orient(hi, lo, hi), 0);
  const auto h = geo::convex_hull<true>(std::vector<Point<double>>{z, lo, hi});
  ASSERT_EQ(h.size(), 3u);
  const auto d = geo::diameter(h);
  EXPECT_EQ(geo::dist2(h[static_cast<std::size_t>(d.first)], h[static_cast<std::size_t>(d.second)]),
            geo::dist2(lo, hi));
}
