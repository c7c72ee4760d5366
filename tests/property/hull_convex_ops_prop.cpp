// Properties of tangents.hpp, line_convex.hpp, minkowski.hpp and convex_intersection.hpp
// on convex_hull outputs (strict and <true>; degenerate hulls where documented), against
// exact oracles (oracle_hull.hpp):
//   tangents             {-1,-1} iff the winding oracle says inside/boundary; otherwise every
//                        vertex lies on the documented side of both tangent lines (exact).
//   line_convex          the chord equals the exact half-plane parameter interval.
//   minkowski            equals the brute-force strict hull of all pairwise sums (strict
//                        inputs: exactly, start included; <true> inputs: same hull).
//   convex_intersection  empty iff the exact Sutherland-Hodgman clip is; area equal to the
//                        clip's exact area within 1e-9 relative.
#include "geometry/hull/convex_hull.hpp"
#include "geometry/hull/convex_intersection.hpp"
#include "geometry/hull/line_convex.hpp"
#include "geometry/hull/minkowski.hpp"
#include "geometry/hull/tangents.hpp"

#include "hull_gen.hpp"
#include "oracle_hull.hpp"
#include "property.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

using geo::Point;
using P = Point<long long>;
using oracle::Q;

bool collinear(const std::vector<P>& h) {
  for (std::size_t i = 2; i < h.size(); i++)
    if (oracle::orientation(oracle::qp(h[0]), oracle::qp(h[1]), oracle::qp(h[i])) != 0) return false;
  return true;
}

// A convex polygon as convex_hull returns it, with positive area (or n <= 2 if allowed).
std::vector<P> polygon(bool keep, bool allow_small) {
  const auto in = *hullgen::any_cloud<long long>(24);
  const auto h = keep ? geo::convex_hull<true>(in) : geo::convex_hull(in);
  const bool ok = allow_small ? (h.size() <= 2 || !collinear(h)) : (h.size() >= 3 && !collinear(h));
  RC_PRE(ok);
  RC_PRE(!h.empty());
  return h;
}

std::vector<P> small(const std::vector<P>& v, long long B) {  // keep sums within 1e9
  for (auto& p : v)
    if (p.x > B || p.x < -B || p.y > B || p.y < -B) return {};
  return v;
}

}  // namespace

CPGEO_PROP(HullOpsProp, TangentsFromGridPoints, 300, ()) {
  const bool keep = *rc::gen::arbitrary<bool>();
  const auto h = polygon(keep, true);
  const P q = *geotest::grid_point<long long>(17, -8);
  const auto ab = geo::tangents(h, q);
  const bool outside = oracle_hull::where_in(h, q) == 0;
  if (h.size() >= 3) RC_ASSERT(outside == (ab.first >= 0));
  if (ab.first < 0) return;
  RC_ASSERT(ab.first < static_cast<int>(h.size()) && ab.second < static_cast<int>(h.size()));
  const auto A = oracle::qp(h[static_cast<std::size_t>(ab.first)]), B = oracle::qp(h[static_cast<std::size_t>(ab.second)]);
  for (const P& x : h) {
    RC_ASSERT(oracle::orientation(oracle::qp(q), A, oracle::qp(x)) >= 0);
    RC_ASSERT(oracle::orientation(oracle::qp(q), B, oracle::qp(x)) <= 0);
  }
}

CPGEO_PROP(HullOpsProp, LineConvexIsTheExactChord, 300, ()) {
  const bool keep = *rc::gen::arbitrary<bool>();
  const auto h = polygon(keep, false);
  const P a = *geotest::grid_point<long long>(21, -10), b = *geotest::grid_point<long long>(21, -10);
  RC_PRE(a != b);
  Q lo, hi;
  const bool hit = oracle_hull::chord(h, a, b, lo, hi);
  const auto r = geo::line_convex(h, a, b);
  RC_ASSERT(hit == !r.empty());
  if (!hit) return;
  RC_ASSERT(r.size() == (lo == hi ? 1u : 2u));
  auto at = [&](const Q& t) {
    return Point<double>(static_cast<double>(a.x) + static_cast<double>(b.x - a.x) * t.convert_to<double>(),
                         static_cast<double>(a.y) + static_cast<double>(b.y - a.y) * t.convert_to<double>());
  };
  const Point<double> p0 = at(lo), p1 = at(hi);
  double scale = 1;  // rounding is relative to the inputs' magnitude, not the answer's
  for (auto& v : h) scale = std::max({scale, std::fabs(double(v.x)), std::fabs(double(v.y))});
  RC_ASSERT(geo::dist(r.front(), p0) <= 1e-14 * scale);
  RC_ASSERT(geo::dist(r.back(), p1) <= 1e-14 * scale);
}

CPGEO_PROP(HullOpsProp, MinkowskiIsTheHullOfPairwiseSums, 200, ()) {
  const bool keep = *rc::gen::arbitrary<bool>();
  const auto a0 = *hullgen::any_cloud<long long>(16), b0 = *hullgen::any_cloud<long long>(16);
  const auto a = small(keep ? geo::convex_hull<true>(a0) : geo::convex_hull(a0), 500000000);
  const auto b = small(keep ? geo::convex_hull<true>(b0) : geo::convex_hull(b0), 500000000);
  RC_PRE(!a.empty() && !b.empty());
  std::vector<P> sums;
  for (auto& x : a)
    for (auto& y : b) sums.push_back(x + y);
  const auto s = geo::minkowski(a, b);
  if (!keep) {
    RC_ASSERT(oracle_hull::check_hull(sums, s, false) == "");
  } else {
    RC_ASSERT(oracle_hull::check_hull(sums, geo::convex_hull(s), false) == "");
    const auto boundary = oracle_hull::hull_set(sums, true);  // every output point on it
    for (auto& p : s) RC_ASSERT(std::find(boundary.begin(), boundary.end(), p) != boundary.end());
  }
}

CPGEO_PROP(HullOpsProp, ConvexIntersectionAreaIsExact, 200, ()) {
  const bool keep = *rc::gen::arbitrary<bool>();
  const auto a = polygon(keep, false);
  auto b = polygon(!keep, false);
  const P shift = *geotest::grid_point<long long>(9, -4);
  for (auto& p : b) p += shift;
  b = small(b, 1000000000);
  RC_PRE(!b.empty());
  const auto want = oracle_hull::clip(a, b);
  const double want_area = oracle_hull::area2(want).convert_to<double>() / 2;
  const auto got = geo::convex_intersection(a, b);
  RC_ASSERT(want.empty() == got.empty());
  double area = 0;
  for (std::size_t i = 0; i < got.size(); i++) area += got[i].cross(got[(i + 1) % got.size()]);
  area /= 2;
  RC_ASSERT(std::fabs(area - want_area) <= 1e-9 * std::max(1.0, want_area));
  const auto got2 = geo::convex_intersection(b, a);  // symmetric
  RC_ASSERT(got2.size() == got.size());
}
