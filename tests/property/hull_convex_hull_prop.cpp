// Properties of geometry/hull/convex_hull.hpp (suite HullProp) and, the same ones, of
// geometry/hull/convex_hull_fast.hpp (HullFastProp) against the brute-force exact oracle
// (oracle_hull::check_hull: hull vertices / boundary points by exhaustive supporting lines).
// Inputs: dense grids (collinear runs, duplicates), strictly convex lattice polygons (every
// point on the hull), the same with duplicated vertices and edge midpoints, collinear
// clouds, coordinates at the documented maximum (1e9 long long, 1e5 double).
// Both modes, long long, double, long double (small integers are exact in floating and
// every nonzero altitude is >= 1/(3e5) >> eps, so the floating answer must be exact), and
// the library instantiated with exact rationals (type genericity).
// EPS contract (docs/hull/convex_hull.md): a point moved off an edge's line by <= eps/4
// is dropped by the strict hull (unless it is the lowest or highest point: always output),
// kept by <true> iff outside; moved by >= 4 eps outward it is a vertex, inward it is
// dropped. Checked exactly: the whole output. Floating band without compounding: every input
// point within eps of the strict hull (NearDegenerateDoublesCoverTheInput). Fast paths of convex_hull_fast (hull_gen.hpp): >= 512 points (radix
// sort by y, ties by x, -0.0), points on and one unit off the 8-direction pre-pass
// octagon's edges at +-B, and pre-pass samples that misrepresent the input (skip wrongly,
// or a polygon from a subset of the hull).
#include "geometry/hull/convex_hull.hpp"
#include "geometry/hull/convex_hull_fast.hpp"

#include "hull_gen.hpp"
#include "oracle_hull.hpp"
#include "oracle_polygon.hpp"
#include "property.hpp"

#include <algorithm>
#include <vector>

namespace {

using geo::Point;

struct Short {
  template <bool keep, class T> static std::vector<Point<T>> hull(const std::vector<Point<T>>& v) {
    return geo::convex_hull<keep>(v);
  }
};
struct Fast {
  template <bool keep, class T> static std::vector<Point<T>> hull(const std::vector<Point<T>>& v) {
    return geo::convex_hull_fast<keep>(v);
  }
};

template <class H, class T> void check_both(const std::vector<Point<T>>& in) {
  const std::string strict = oracle_hull::check_hull(in, H::template hull<false>(in), false);
  RC_ASSERT(strict == "");
  const std::string keep = oracle_hull::check_hull(in, H::template hull<true>(in), true);
  RC_ASSERT(keep == "");
}

}  // namespace

// Every property runs for both variants: HullProp.Name (short), HullFastProp.Name (fast).
#define HULL_PROP(Name, Cases)                                    \
  template <class H> void hull_prop_##Name();                     \
  CPGEO_PROP(HullProp, Name, Cases, ()) { hull_prop_##Name<Short>(); }    \
  CPGEO_PROP(HullFastProp, Name, Cases, ()) { hull_prop_##Name<Fast>(); } \
  template <class H> void hull_prop_##Name()

HULL_PROP(MatchesBruteForceLL, 400) {
  check_both<H>(*hullgen::any_cloud<long long>(36));
}

HULL_PROP(MatchesBruteForceDouble, 200) {
  check_both<H>(*hullgen::any_cloud<double>(36));
}

HULL_PROP(MatchesBruteForceLongDouble, 100) {
  check_both<H>(*hullgen::any_cloud<long double>(30));
}

HULL_PROP(LargeGridsUsePrepass, 40) {  // many points: the octagon pre-pass drops most
  const auto in = *rc::gen::mapcat(geotest::uniform_int(3, 9), [](long long k) {
    return rc::gen::container<std::vector<Point<long long>>>(
        120, geotest::grid_point<long long>(static_cast<int>(k), -(k / 2)));
  });
  check_both<H>(in);
}

HULL_PROP(RadixSortMultisetsLL, 40) { check_both<H>(*hullgen::multiset_cloud<long long>(512, 3000)); }

HULL_PROP(RadixSortMultisetsDouble, 40) { check_both<H>(*hullgen::multiset_cloud<double>(512, 3000)); }

HULL_PROP(PrepassPolygonEdgesLL, 60) { check_both<H>(*hullgen::prepass_edge_cloud<long long>()); }

HULL_PROP(PrepassPolygonEdgesDouble, 40) { check_both<H>(*hullgen::prepass_edge_cloud<double>()); }

HULL_PROP(PrepassSampleMisleadsLL, 40) { check_both<H>(*hullgen::sample_fooling_cloud<long long>()); }

HULL_PROP(PrepassSampleMisleadsDouble, 20) { check_both<H>(*hullgen::sample_fooling_cloud<double>()); }

HULL_PROP(ExactRationalsSameAsLL, 60) {
  using Q = oracle::Q;
  const auto in = *hullgen::any_cloud<long long>(20);
  std::vector<Point<Q>> qin;
  for (auto& p : in) qin.push_back({Q(p.x), Q(p.y)});
  for (int keep = 0; keep < 2; keep++) {
    const auto a = keep ? H::template hull<true>(in) : H::template hull<false>(in);
    const auto b = keep ? H::template hull<true>(qin) : H::template hull<false>(qin);
    RC_ASSERT(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); i++) RC_ASSERT(Q(a[i].x) == b[i].x && Q(a[i].y) == b[i].y);
  }
}

HULL_PROP(EpsContractDouble, 150) {
  // A strictly convex polygon (coordinates <= ~1e4) and one point q per case, moved off a
  // chosen edge's line by h along the outward normal. Expected, exactly (the whole output):
  // the polygon's vertices from the lowest, counter-clockwise, with q between the edge's
  // ends when q is kept. q is kept by the strict hull iff h >= 4 eps, or |h| <= eps/4 and q
  // is the lowest or highest point (always output); by <true> iff h > 0 (its pops use the
  // rounded sign, no eps band), either way when |h| <= eps/50 (q's rounding and the cross
  // product's, <= 4u 1e4 = 0.005 eps, may decide).
  const auto v0 = *hullgen::convex_cloud<double>(12);
  const double scale = static_cast<double>(*geotest::uniform_int(1, 20));
  std::vector<Point<double>> v;
  for (auto& p : v0) v.push_back(p * scale);
  const auto hull = H::template hull<false>(v);  // CCW from the lowest
  RC_ASSERT(hull.size() == v.size());
  const double e = geo::eps<double>;
  const int mode = *rc::gen::inRange(0, 3);  // 0: |h| <= eps/4, 1: h >= 4 eps, 2: h <= -4 eps
  const std::size_t edge = static_cast<std::size_t>(*geotest::uniform_int(0, static_cast<long long>(hull.size()) - 1));
  const Point<double> a = hull[edge], b = hull[(edge + 1) % hull.size()];
  const Point<double> d = (b - a) / (b - a).norm(), out_normal = d.perp() * -1;
  const double t = static_cast<double>(*geotest::uniform_int(1, 99)) / 100;
  const double h = mode == 0 ? e * static_cast<double>(*geotest::uniform_int(-25, 25)) / 100
                             : (mode == 1 ? 1 : -1) * e * static_cast<double>(*geotest::uniform_int(4, 40));
  const Point<double> q = a + (b - a) * t + out_normal * h;
  std::vector<Point<double>> in = v;
  in.push_back(q);
  for (auto& p : in) RC_LOG() << geotest::paste(p) << ", ";
  RC_LOG() << "\n";
  auto below = [](const Point<double>& p, const Point<double>& r) { return p.y < r.y || (p.y == r.y && p.x < r.x); };
  bool lowest = true, highest = true;
  for (auto& p : v) lowest = lowest && below(q, p), highest = highest && below(p, q);
  const bool in_strict = mode == 1 || (mode == 0 && (lowest || highest));
  const bool in_keep = h > 0, either = std::abs(h) <= e / 50;
  auto expect = [&](bool with_q) {
    std::vector<Point<double>> w(hull.begin(), hull.begin() + static_cast<std::ptrdiff_t>(edge) + 1);
    if (with_q) w.push_back(q);
    w.insert(w.end(), hull.begin() + static_cast<std::ptrdiff_t>(edge) + 1, hull.end());
    std::rotate(w.begin(), std::min_element(w.begin(), w.end(), below), w.end());
    return w;
  };
  RC_ASSERT(H::template hull<false>(in) == expect(in_strict));
  const auto keep = H::template hull<true>(in);
  RC_ASSERT(keep == expect(in_keep) || (either && keep == expect(!in_keep)));
}

// Floating band without compounding (drop_near_collinear.hpp): on near-degenerate clouds and
// dense arcs (hull_gen.hpp; the old rule, each drop against the segment of the neighbours
// left, failed this after about 20 cases) every input point is inside the strict hull or
// within eps of it, plus 5% of eps for the rounding (cross products of differences <= 4e4:
// 4u |d| <= 2e-11); <true> drops only points inside (within that rounding). The strict
// hull's vertices are input points, from the lowest, with exact left turns. Exact distances.
HULL_PROP(NearDegenerateDoublesCoverTheInput, 200) {
  const auto in = *rc::gen::weightedOneOf<std::vector<Point<double>>>({{1, hullgen::near_cloud()}, {1, hullgen::dense_arc()}});
  RC_PRE(!in.empty());
  const oracle::Q e = oracle::q(geo::eps<double>), band = e * e * oracle::Q(441, 400), round = e * e / 400;
  for (const bool keep : {false, true}) {
    const auto v = keep ? H::template hull<true>(in) : H::template hull<false>(in);
    RC_ASSERT(!v.empty());
    std::vector<oracle::QP> poly;
    for (const auto& x : v) poly.push_back(oracle::qp(x));
    for (const auto& p : in)
      if (oracle_hull::where_in(v, p) == 0) RC_ASSERT(oracle::boundary_dist2(poly, oracle::qp(p)) <= (keep ? round : band));
    if (keep) continue;
    for (const auto& x : v) RC_ASSERT(std::find(in.begin(), in.end(), x) != in.end());
    for (const auto& p : in) RC_ASSERT(!geo::lower(p, v[0]));
    for (std::size_t i = 0, n = v.size(); n >= 3 && i < n; i++)
      RC_ASSERT(oracle::orientation(poly[i], poly[(i + 1) % n], poly[(i + 2) % n]) > 0);
  }
}
