// Properties of geometry/hull/online.hpp: points inserted one at a time (in the generated
// order: dense grids with collinear runs and duplicates, convex polygons with edge points,
// collinear clouds, the coordinate bound), checked after EVERY insertion against the static
// functions on the points so far, and at two insertions (the last, and one drawn) against
// the exact oracles (oracle_hull.hpp, rationals):
//   vertices()   == convex_hull(points so far); the oracle: oracle_hull::check_hull (the
//                strict hull's vertex set, from the lowest point, left turns).
//   where(q)     == where_in_convex(vertices, q); the oracle: winding number / on-segment
//                tests in rationals (oracle_hull::where_in), OUTSIDE when empty.
//   tangents(q)  {q, q} iff q is not OUTSIDE; else == tangents.hpp's pair (as points) when
//                the hull has >= 3 vertices; the oracle: a and b are vertices, every vertex
//                lies on orient(q, a, x) >= 0 >= orient(q, b, x), and a (b) is the farthest
//                from q of the vertices on its line (segments and points too).
// Types: long long in the coordinate range (1e9; clouds also scaled up to it), doubles rounded to integers up to 1e5 and the same divided by 64 (dyadic:
// products exact, every nonzero distance from a point to a line through two others >= 5e-8
// >> eps: the answers are exact).
// Queries: the points, their unit neighbours, points on edge lines beyond the ends and
// midpoints of hull diagonals, and a small grid.
// Floating band (eps = 1e-9, a distance to a segment, on_segment.hpp):
//   EpsContractDouble      a strictly convex polygon and a point q moved off an edge by h,
//                          inserted in a random order: q is not a vertex for |h| <= eps/4
//                          (unless it is the lowest or highest point: always a vertex), is
//                          one for h >= 4 eps, is dropped for h <= -4 eps (the whole vertex
//                          list checked exactly, as convex_hull's own property does);
//                          where(q) is BOUNDARY (h >= 4 eps), INSIDE (h <= -4 eps), else
//                          BOUNDARY or the exact answer.
//   NearDegenerateDoubles  clouds moved by multiples of eps / 8 (near-duplicates, points near
//                          edges and lines; one case in 3 a dense arc, hull_gen.hpp): the
//                          vertices are inserted points, from the lowest, with exact left
//                          turns; every inserted point is inside, or within eps (+5% for
//                          the rounding) of the polygon (exact distance: no compounding);
//                          clouds only: where(q) is the exact answer on the polygon, or
//                          BOUNDARY within 2 eps of its boundary, or INSIDE within eps
//                          outside it (where answers for the stored hull, which vertices()
//                          thins by <= eps); tangents from q farther than 4 eps: inserted
//                          points, every inserted point on the documented side of each
//                          tangent line or within 2 eps of it.
#include "geometry/hull/online.hpp"
#include "geometry/hull/convex_hull.hpp"
#include "geometry/hull/point_in_convex.hpp"
#include "geometry/hull/tangents.hpp"

#include "hull_gen.hpp"
#include "oracle_hull.hpp"
#include "oracle_polygon.hpp"
#include "property.hpp"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace {

using geo::Point;

template <class T> std::vector<Point<T>> queries(const std::vector<Point<T>>& pts, const std::vector<Point<T>>& h) {
  std::vector<Point<T>> q = pts;
  const Point<T> unit[4] = {{T(1), T(0)}, {T(-1), T(0)}, {T(0), T(1)}, {T(0), T(-1)}};
  for (const auto& p : h)
    for (const auto& u : unit) q.push_back(p + u);
  const std::size_t n = h.size();
  for (std::size_t i = 0; i < n; i++) {
    const auto a = h[i], b = h[(i + 1) % n], c = h[(i + n / 2) % n];
    q.push_back(a * T(2) - b), q.push_back(b * T(2) - a);  // on the edge's line
    q.push_back(a + c);                                     // doubled: outside if far
  }
  for (long long x = -3; x <= 3; x++)
    for (long long y = -3; y <= 3; y++) q.push_back({T(x), T(y)});
  return q;
}

template <class T> bool in_bound(Point<T> p, T B) { return std::abs(p.x) <= B && std::abs(p.y) <= B; }

// The oracle's checks of one state: the points so far, the structure, queries.
template <class T>
void check_oracle(const std::vector<Point<T>>& pts, const geo::OnlineHull<T>& h, const std::vector<Point<T>>& qs) {
  const auto v = h.vertices();
  RC_ASSERT(oracle_hull::check_hull(pts, v, false) == std::string());
  for (const auto& q : qs) {
    const int w = v.empty() ? 0 : oracle_hull::where_in(v, q);
    RC_ASSERT(static_cast<int>(h.where(q)) == w);
    const auto [a, b] = h.tangents(q);
    if (w != 0) {
      RC_ASSERT(a == q && b == q);
      continue;
    }
    RC_ASSERT(std::find(v.begin(), v.end(), a) != v.end());
    RC_ASSERT(std::find(v.begin(), v.end(), b) != v.end());
    const auto Q = oracle::qp(q), A = oracle::qp(a), B = oracle::qp(b);
    for (const auto& x : v) {
      const auto X = oracle::qp(x);
      const int oa = oracle::orientation(Q, A, X), ob = oracle::orientation(Q, B, X);
      RC_ASSERT(oa >= 0);
      RC_ASSERT(ob <= 0);
      if (oa == 0) RC_ASSERT(oracle::dist2(Q, X) <= oracle::dist2(Q, A));
      if (ob == 0) RC_ASSERT(oracle::dist2(Q, X) <= oracle::dist2(Q, B));
    }
  }
}

// After every insertion: the static functions on the points so far (their own properties
// check them against the oracle); at the last insertion and one drawn: the oracle.
template <class T> void check_run(const std::vector<Point<T>>& pts, T B) {
  geo::OnlineHull<T> h;
  std::vector<Point<T>> so_far;
  const auto all_q = queries(pts, geo::convex_hull(pts));
  std::vector<Point<T>> qs;
  for (const auto& q : all_q)
    if (in_bound(q, B)) qs.push_back(q);
  const std::size_t drawn = static_cast<std::size_t>(*hullgen::uniform_int(0, 40));
  for (const auto& p : pts) {
    h.add(p), so_far.push_back(p);
    const auto v = geo::convex_hull(so_far);
    RC_ASSERT(h.vertices() == v);
    for (const auto& q : qs) {
      RC_ASSERT(h.where(q) == geo::where_in_convex(v, q));
      const auto ab = h.tangents(q);
      if (v.size() >= 3 && !geo::where_in_convex(v, q)) {
        const auto [ia, ib] = geo::tangents(v, q);
        RC_ASSERT(ab.first == v[static_cast<std::size_t>(ia)]);
        RC_ASSERT(ab.second == v[static_cast<std::size_t>(ib)]);
      }
    }
    if (so_far.size() == pts.size() || so_far.size() == drawn) check_oracle(so_far, h, qs);
  }
  if (pts.empty()) {
    RC_ASSERT(h.vertices().empty());
    RC_ASSERT(h.where(Point<T>()) == geo::OUTSIDE);
  }
}

}  // namespace

CPGEO_PROP(HullOnlineProp, MatchesStaticAndOracleLL, 300, ()) {
  check_run(*hullgen::any_cloud<long long>(30), 1000000000LL);
}

// bound_cloud draws real coordinates (and shrinks them to tiny ones): rounded here, so that
// eps decides nothing; the band has its own properties below.
std::vector<Point<double>> rounded(std::vector<Point<double>> v) {
  for (auto& p : v) p = Point<double>(std::round(p.x), std::round(p.y));
  return v;
}

CPGEO_PROP(HullOnlineProp, MatchesStaticAndOracleDouble, 200, ()) {
  check_run(rounded(*hullgen::any_cloud<double>(30)), 1e5);
}

CPGEO_PROP(HullOnlineProp, DyadicDoublesAreExact, 150, ()) {
  auto pts = rounded(*hullgen::any_cloud<double>(30));
  for (auto& p : pts) p = p / 64;  // a power of two: exact
  check_run(pts, 1e5 / 64);
}

// Grids, collinear runs and convex polygons scaled up to the coordinate bound, 1e9.
CPGEO_PROP(HullOnlineProp, ScaledToTheBoundLL, 150, ()) {
  auto pts = *hullgen::any_cloud<long long>(24);
  long long m = 1;
  for (const auto& p : pts) m = std::max({m, std::abs(p.x), std::abs(p.y)});
  const long long B = 1000000000LL, k = *hullgen::uniform_int(std::max(1LL, B / m / 2), B / m);
  for (auto& p : pts) p = p * k;  // lines and turns kept
  check_run(pts, B);
}

CPGEO_PROP(HullOnlineProp, EpsContractDouble, 200, ()) {
  const auto v0 = *hullgen::convex_cloud<double>(12);
  const double scale = static_cast<double>(*geotest::uniform_int(1, 20));
  std::vector<Point<double>> v;
  for (auto& p : v0) v.push_back(p * scale);
  const auto hull = geo::convex_hull(v);  // CCW from the lowest
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
  in.insert(in.begin() + *geotest::uniform_int(0, static_cast<long long>(in.size())), q);  // any time
  for (auto& p : in) RC_LOG() << geotest::paste(p) << ", ";
  RC_LOG() << "\n";
  auto below = [](const Point<double>& p, const Point<double>& r) { return p.y < r.y || (p.y == r.y && p.x < r.x); };
  bool lowest = true, highest = true;
  for (auto& p : v) lowest = lowest && below(q, p), highest = highest && below(p, q);
  const bool kept = mode == 1 || (mode == 0 && (lowest || highest));
  std::vector<Point<double>> want(hull.begin(), hull.begin() + static_cast<std::ptrdiff_t>(edge) + 1);
  if (kept) want.push_back(q);
  want.insert(want.end(), hull.begin() + static_cast<std::ptrdiff_t>(edge) + 1, hull.end());
  std::rotate(want.begin(), std::min_element(want.begin(), want.end(), below), want.end());
  geo::OnlineHull<double> o;
  for (auto& p : in) o.add(p);
  RC_ASSERT(o.vertices() == want);
  const geo::Where w = o.where(q);
  if (mode == 1) RC_ASSERT(w == geo::BOUNDARY);
  if (mode == 2) RC_ASSERT(w == geo::INSIDE);
  if (mode == 0) RC_ASSERT(w == geo::BOUNDARY || static_cast<int>(w) == oracle_hull::where_in(hull, q));
}


CPGEO_PROP(HullOnlineProp, NearDegenerateDoubles, 200, ()) {
  using oracle::Q;
  const bool arc = *rc::gen::inRange(0, 3) == 0;  // arcs: the cover and the vertices only
  const auto pts = arc ? *hullgen::dense_arc() : *hullgen::near_cloud();
  RC_PRE(!pts.empty());
  geo::OnlineHull<double> h;
  for (const auto& p : pts) h.add(p);
  const auto v = h.vertices();
  const Q e2 = oracle::q(geo::eps<double>) * oracle::q(geo::eps<double>), band = 4 * e2;  // (2 eps)^2
  const Q cover = e2 * Q(441, 400);  // (eps + 5% for the rounding)^2
  for (const auto& x : v) RC_ASSERT(std::find(pts.begin(), pts.end(), x) != pts.end());
  for (const auto& p : pts) RC_ASSERT(!(p.y < v[0].y || (p.y == v[0].y && p.x < v[0].x)));
  const std::size_t n = v.size();
  std::vector<oracle::QP> poly;
  for (const auto& x : v) poly.push_back(oracle::qp(x));
  for (std::size_t i = 0; n >= 3 && i < n; i++)
    RC_ASSERT(oracle::orientation(poly[i], poly[(i + 1) % n], poly[(i + 2) % n]) > 0);
  for (const auto& p : pts)
    if (oracle_hull::where_in(v, p) == 0) RC_ASSERT(oracle::boundary_dist2(poly, oracle::qp(p)) <= cover);
  if (arc) return;
  for (const auto& q : queries(pts, v)) {
    const int exact = oracle_hull::where_in(v, q);
    const Q d2 = oracle::boundary_dist2(poly, oracle::qp(q));
    const geo::Where w = h.where(q);
    // where answers for the stored hull, which vertices() thins by at most eps: a point
    // outside vertices() by <= eps may be INSIDE
    RC_ASSERT(static_cast<int>(w) == exact || (w == geo::BOUNDARY && d2 <= band) ||
              (w == geo::INSIDE && exact == 0 && d2 <= cover));
    if (exact != 0 || d2 <= 16 * e2) continue;
    RC_ASSERT(w == geo::OUTSIDE);
    const auto [a, b] = h.tangents(q);
    const auto Qq = oracle::qp(q), A = oracle::qp(a), B = oracle::qp(b);
    RC_ASSERT(std::find(pts.begin(), pts.end(), a) != pts.end() && std::find(pts.begin(), pts.end(), b) != pts.end());
    for (const auto& x : pts) {  // on the documented side, or within 2 eps of the line
      const Q ca = oracle::det3(Qq, A, oracle::qp(x)), cb = oracle::det3(Qq, B, oracle::qp(x));
      RC_ASSERT(ca >= 0 || ca * ca <= band * oracle::dist2(Qq, A));
      RC_ASSERT(cb <= 0 || cb * cb <= band * oracle::dist2(Qq, B));
    }
  }
}
