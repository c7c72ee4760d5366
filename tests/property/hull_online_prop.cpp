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
// Types: long long at 1e9 (convex_hull's range) and scaled to 4e18 (orient's bound: oracle
// only), doubles with integer coordinates up to 1e5 and the same divided by 64 (dyadic:
// products exact, every nonzero smallest altitude >= 5e-8 >> eps: the answers are exact).
// Queries: the points, their unit neighbours, points on edge lines beyond the ends and
// midpoints of hull diagonals, and a small grid.
#include "geometry/hull/online.hpp"
#include "geometry/hull/convex_hull.hpp"
#include "geometry/hull/point_in_convex.hpp"
#include "geometry/hull/tangents.hpp"

#include "hull_gen.hpp"
#include "oracle_hull.hpp"
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

CPGEO_PROP(HullOnlineProp, MatchesStaticAndOracleDouble, 200, ()) {
  check_run(*hullgen::any_cloud<double>(30), 1e5);
}

CPGEO_PROP(HullOnlineProp, DyadicDoublesAreExact, 150, ()) {
  auto pts = *hullgen::any_cloud<double>(30);
  for (auto& p : pts) p = p / 64;  // a power of two: exact
  check_run(pts, 1e5 / 64);
}

// Up to 4e18, orient's bound (convex_hull's range is 1e9): the oracle only.
CPGEO_PROP(HullOnlineProp, HugeCoordinatesLL, 150, ()) {
  auto pts = *hullgen::any_cloud<long long>(24);
  long long m = 1;
  for (const auto& p : pts) m = std::max({m, std::abs(p.x), std::abs(p.y)});
  const long long B = 4000000000000000000LL, k = *hullgen::uniform_int(1, B / m);
  for (auto& p : pts) p = p * k;  // lines and turns kept
  std::vector<Point<long long>> qs;
  for (const auto& p : pts)
    for (long long d : {-1LL, 0LL, 1LL})
      for (long long e : {-1LL, 1LL})
        if (in_bound(p + Point<long long>(d, e), B)) qs.push_back(p + Point<long long>(d, e));
  geo::OnlineHull<long long> h;
  std::vector<Point<long long>> so_far;
  for (const auto& p : pts) {
    h.add(p), so_far.push_back(p);
    if (so_far.size() % 4 == 0 || so_far.size() == pts.size()) check_oracle(so_far, h, qs);
  }
}
