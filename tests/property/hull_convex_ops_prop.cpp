// Properties of minkowski.hpp and convex_intersection.hpp on convex_hull outputs (strict
// and <true>; degenerate hulls where documented), against exact oracles (oracle_hull.hpp).
// tangents and line_convex: hull_consumers_prop.cpp, with the other convex-polygon consumers.
//   minkowski            equals the brute-force strict hull of all pairwise sums (strict
//                        inputs: exactly, start included; <true> inputs: same hull). At the
//                        1e9 bound (the sum reaches 2e9), inputs as convex_hull gives them or
//                        with collinear vertices and any start: where_in_convex on the sum
//                        equals the support-function oracle for queries on the pairwise sums,
//                        next to the sum's vertices and edges, and anywhere in the 2e9 box.
//   convex_intersection  empty iff the exact Sutherland-Hodgman clip is; area equal to the
//                        clip's exact area within 1e-9 relative plus the vertices' documented
//                        error (10u times the coordinates' scale) times the perimeter; as
//                        many vertices as the clip has corners, the first at its lowest.
#include "geometry/hull/convex_hull.hpp"
#include "geometry/hull/convex_intersection.hpp"
#include "geometry/hull/minkowski.hpp"
#include "geometry/hull/point_in_convex.hpp"

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

// A convex polygon as convex_hull returns it, with positive area (or n <= 2 if allowed);
// keep: sometimes with collinear vertices inserted and any start (rotated_with_collinear).
std::vector<P> polygon(bool keep, bool allow_small) {
  const auto in = *hullgen::any_cloud<long long>(24);
  // keep: one time in three, collinear vertices and any start (not a convex_hull output)
  const auto h = !keep ? geo::convex_hull(in)
                       : *geotest::uniform_int(0, 2) == 0 ? *hullgen::rotated_with_collinear<long long>(24)
                                                          : geo::convex_hull<true>(in);
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

CPGEO_PROP(HullOpsProp, MinkowskiIsTheHullOfPairwiseSums, 200, ()) {
  // keep: <true> hulls, or (one time in three each) polygons with collinear vertices and any
  // start (rotated_with_collinear); inputs up to 1e9, so the sum reaches 2e9
  const bool keep = *rc::gen::arbitrary<bool>();
  auto input = [keep] {
    if (keep && *geotest::uniform_int(0, 2) == 0) return *hullgen::rotated_with_collinear<long long>(6);
    const auto c = *hullgen::any_cloud<long long>(16);
    return keep ? geo::convex_hull<true>(c) : geo::convex_hull(c);
  };
  const auto a = small(input(), 1000000000), b = small(input(), 1000000000);
  RC_PRE(!a.empty() && !b.empty());
  std::vector<P> sums;
  for (auto& x : a)
    for (auto& y : b) sums.push_back(x + y);
  const auto s = geo::minkowski(a, b);
  if (!keep) {
    RC_ASSERT(oracle_hull::check_hull(sums, s, false) == "");
  } else {  // s without the vertices collinear with their neighbours (oracle) is the strict hull
    std::vector<P> strict;
    for (std::size_t i = 0, n = s.size(); i < n; i++)
      if (n < 3 || oracle::orientation(oracle::qp(s[(i + n - 1) % n]), oracle::qp(s[i]), oracle::qp(s[(i + 1) % n])) != 0)
        strict.push_back(s[i]);
    auto yx = [](const P& p, const P& q) { return p.y < q.y || (p.y == q.y && p.x < q.x); };
    if (strict.empty()) strict = {*std::min_element(s.begin(), s.end(), yx), *std::max_element(s.begin(), s.end(), yx)};
    RC_ASSERT(oracle_hull::check_hull(sums, strict, false) == "");
    const auto boundary = oracle_hull::hull_set(sums, true);  // every output point on it
    for (auto& p : s) RC_ASSERT(std::find(boundary.begin(), boundary.end(), p) != boundary.end());
  }
}

// A convex polygon of positive area within 1e9, mostly touching the bound: a hull (either
// mode) of a cloud moved to the bound, or one with collinear vertices and any start.
std::vector<P> bound_polygon() {
  std::vector<P> v;
  if (*rc::gen::weightedElement<int>({{2, 0}, {1, 1}}) == 0) {
    const auto cloud = hullgen::to_bound(*hullgen::any_cloud<long long>(16), static_cast<int>(*geotest::uniform_int(0, 1)),
                                         static_cast<int>(*geotest::uniform_int(0, 1)));
    v = *rc::gen::arbitrary<bool>() ? geo::convex_hull<true>(cloud) : geo::convex_hull(cloud);
  } else {
    v = *hullgen::rotated_with_collinear<long long>(16);
  }
  RC_PRE(v.size() >= 3 && !collinear(v));
  return v;
}

CPGEO_PROP(HullOpsProp, MinkowskiAtTheBoundThroughWhereInConvex, 300, ()) {
  const auto a = bound_polygon(), b = bound_polygon();
  const auto s = geo::minkowski(a, b);
  RC_ASSERT(s.size() >= 3);
  __extension__ typedef __int128 I;
  const long long B = 2000000000;  // the sum's bound
  std::vector<P> qs;
  const auto idx = [](std::size_t n) { return static_cast<std::size_t>(*geotest::uniform_int(0, static_cast<long long>(n) - 1)); };
  for (int k = 0; k < 8; k++) qs.push_back(a[idx(a.size())] + b[idx(b.size())]);  // in or on
  for (int k = 0; k < 8; k++) {  // next to a vertex of the sum
    const P d(*geotest::uniform_int(-1, 1), *geotest::uniform_int(-1, 1));
    qs.push_back(s[idx(s.size())] + d);
  }
  for (int k = 0; k < 12; k++) {  // within a unit of an edge of the sum (of its line, beyond the ends)
    const std::size_t i = idx(s.size());
    const P u = s[i], w = s[(i + 1) % s.size()];
    const long long t = *geotest::uniform_int(-64, 1088);
    auto at = [t](long long p, long long q) { return static_cast<long long>(p + (I(q) - p) * t / 1024); };
    qs.push_back(P(at(u.x, w.x) + *geotest::uniform_int(-1, 1), at(u.y, w.y) + *geotest::uniform_int(-1, 1)));
  }
  for (int k = 0; k < 4; k++) qs.push_back(*geotest::uniform_point<long long>(B + 2));
  const std::vector<int> want = oracle_hull::minkowski_where(a, b, qs);
  long long reach = 0;
  for (const P& p : s) reach = std::max({reach, p.x < 0 ? -p.x : p.x, p.y < 0 ? -p.y : p.y});
  RC_CLASSIFY(reach > 1000000000, "sum beyond 1e9");
  RC_CLASSIFY(std::count(want.begin(), want.end(), 1) > 0, "a query on the boundary");
  RC_CLASSIFY(std::count(want.begin(), want.end(), 0) > 0, "a query outside");
  for (std::size_t k = 0; k < qs.size(); k++) RC_ASSERT(static_cast<int>(geo::where_in_convex(s, qs[k])) == want[k]);
}

CPGEO_PROP(HullOpsProp, ConvexIntersectionAreaIsExact, 200, ()) {
  const bool keep = *rc::gen::arbitrary<bool>();
  const auto a = polygon(keep, false);
  auto b = polygon(!keep, false);
  const P shift = *geotest::grid_point<long long>(9, -4);
  for (auto& p : b) p = p + shift;
  b = small(b, 1000000000);
  RC_PRE(!b.empty());
  const auto want = oracle_hull::clip(a, b);
  const double want_area = oracle_hull::area2(want).convert_to<double>() / 2;
  const auto got = geo::convex_intersection(a, b);
  RC_ASSERT(want.empty() == got.empty());
  // got's area exactly (its vertices as rationals): a double shoelace at 1e9 errs by ~100
  std::vector<oracle::QP> got_q;
  for (auto& p : got) got_q.push_back(oracle::qp(p));
  const double area = oracle_hull::area2(got_q).convert_to<double>() / 2;
  double perimeter = 0, scale = 1;
  for (std::size_t i = 0; i < got.size(); i++) perimeter += dist(got[i], got[(i + 1) % got.size()]);
  for (auto& v : a) scale = std::max({scale, std::fabs(double(v.x)), std::fabs(double(v.y))});
  for (auto& v : b) scale = std::max({scale, std::fabs(double(v.x)), std::fabs(double(v.y))});
  // A crossing vertex errs by <= 5u (|x| + |a|) <= 10u scale (line_intersection.hpp), which
  // moves the area by at most that times the perimeter.
  const double vertex_error = 10 * 0x1p-53 * scale;
  RC_ASSERT(std::fabs(area - want_area) <= 1e-9 * std::max(1.0, want_area) + vertex_error * perimeter);
  const auto got2 = geo::convex_intersection(b, a);  // symmetric
  RC_ASSERT(got2.size() == got.size());
  // Strict and from the lowest: one vertex per corner of the exact clip, got[0] at its
  // lowest corner (smallest y, then x) within the vertex error.
  if (oracle_hull::area2(want) > 0) {
    std::vector<oracle::QP> w;  // want without repeated points
    for (auto& p : want)
      if (w.empty() || oracle::dist2(w.back(), p) != 0) w.push_back(p);
    while (w.size() > 1 && oracle::dist2(w.back(), w[0]) == 0) w.pop_back();
    std::vector<oracle::QP> corners;
    for (std::size_t i = 0; i < w.size(); i++)
      if (oracle::orientation(w[(i + w.size() - 1) % w.size()], w[i], w[(i + 1) % w.size()]) != 0)
        corners.push_back(w[i]);
    RC_ASSERT(got.size() == corners.size());
    auto low = *std::min_element(corners.begin(), corners.end(), [](auto& p, auto& q) {
      return p.y < q.y || (p.y == q.y && p.x < q.x);
    });
    RC_ASSERT(std::fabs(got[0].x - low.x.convert_to<double>()) <= vertex_error);
    RC_ASSERT(std::fabs(got[0].y - low.y.convert_to<double>()) <= vertex_error);
  }
}

// A segment or a point against a polygon: the exact chord of the segment's line (oracle),
// cut to the segment, or the point if the winding oracle puts it in or on the polygon.
CPGEO_PROP(HullOpsProp, ConvexIntersectionWithSegmentOrPoint, 300, ()) {
  const auto b = polygon(*rc::gen::arbitrary<bool>(), false);
  auto end = [&] {  // polygon vertices (touching cases) or small grid points
    return *rc::gen::oneOf(rc::gen::elementOf(b), geotest::grid_point<long long>(9, -4));
  };
  const P p = end(), q = end();
  std::vector<oracle::QP> want;
  if (p == q) {
    if (oracle_hull::where_in(b, p) != 0) want.push_back(oracle::qp(p));
  } else {
    Q lo, hi;
    if (oracle_hull::chord(b, p, q, lo, hi)) {
      lo = std::max(lo, Q(0)), hi = std::min(hi, Q(1));
      const oracle::QP a = oracle::qp(p), d = oracle::sub(oracle::qp(q), a);
      for (const Q& t : {lo, hi})
        if (lo <= hi && (want.empty() || t != lo)) want.push_back({a.x + d.x * t, a.y + d.y * t});
    }
  }
  const std::vector<P> a = p == q ? std::vector<P>{p} : std::vector<P>{p, q};
  double scale = 1;
  for (auto& v : b) scale = std::max({scale, std::fabs(double(v.x)), std::fabs(double(v.y))});
  const double tol = 10 * 0x1p-53 * scale;  // a crossing vertex's documented error
  for (int order = 0; order < 2; order++) {
    const auto got = order == 0 ? geo::convex_intersection(a, b) : geo::convex_intersection(b, a);
    RC_ASSERT(got.size() == want.size());
    auto near = [&](std::size_t i, std::size_t j) {
      return std::fabs(got[i].x - want[j].x.convert_to<double>()) <= tol &&
             std::fabs(got[i].y - want[j].y.convert_to<double>()) <= tol;
    };  // the ends in either order (which end is lowest may tie up to rounding)
    if (got.size() == 1) RC_ASSERT(near(0, 0));
    if (got.size() == 2) RC_ASSERT((near(0, 0) && near(1, 1)) || (near(0, 1) && near(1, 0)));
  }
}

// Shrunk cases from the FMA build: rounded crossings of the touching polygons came back as
// two near-equal points (a touch reported as a segment) or let the hull's chain follow a
// direction between near-equal points and drop a true vertex (area off by 2).
TEST(HullOpsRegression, ConvexIntersectionTouchAndContainment) {
  using D = Point<double>;
  const std::vector<P> square{{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  std::vector<P> kite = geo::convex_hull<true>(std::vector<P>{{0, 0}, {3, 3}, {3, 6}, {0, 3}});
  for (auto& p : kite) p = p + P{1, -4};  // its edge through (1, -4), (4, -1) touches (2, 0)
  for (const auto& touch : {geo::convex_intersection(square, kite), geo::convex_intersection(kite, square)}) {
    ASSERT_EQ(touch.size(), 1u);  // a crossing: exact up to its documented 10u * 6
    EXPECT_LE(dist(touch[0], D{2, 0}), 1e-14);
  }
  std::vector<P> hexagon =
      geo::convex_hull<true>(std::vector<P>{{0, 0}, {12, 6}, {6, 18}, {-6, 24}, {-18, 18}, {-12, 6}});
  for (auto& p : hexagon) p = p + P{4, -2};  // contains the square, (0, 0) on its edge
  const std::vector<D> all{{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  EXPECT_EQ(geo::convex_intersection(square, hexagon), all);
  EXPECT_EQ(geo::convex_intersection(hexagon, square), all);
}

TEST(HullOpsRegression, ConvexIntersectionSegmentsAndPoints) {
  using D = Point<double>;
  const std::vector<P> seg{{0, 0}, {4, 2}}, tri{{2, 0}, {6, 0}, {2, 4}};
  EXPECT_EQ(geo::convex_intersection(seg, tri), (std::vector<D>{{2, 1}, {4, 2}}));
  EXPECT_EQ(geo::convex_intersection(std::vector<P>{{6, 0}}, tri), (std::vector<D>{{6, 0}}));
  EXPECT_TRUE(geo::convex_intersection(std::vector<P>{{7, 0}}, tri).empty());
  EXPECT_EQ(geo::convex_intersection(seg, std::vector<P>{{4, 2}, {8, 4}}), (std::vector<D>{{4, 2}}));
  EXPECT_EQ(geo::convex_intersection(seg, std::vector<P>{{2, 1}, {6, 3}}), (std::vector<D>{{2, 1}, {4, 2}}));
  EXPECT_TRUE(geo::convex_intersection(seg, std::vector<P>{{0, 1}, {4, 3}}).empty());  // parallel
  const std::vector<P> far{{-1000000000, 1000000000}, {1000000000, -1000000000}};
  EXPECT_EQ(geo::convex_intersection(far, std::vector<P>{{0, 0}}), (std::vector<D>{{0, 0}}));
}
