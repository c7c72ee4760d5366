// Properties of hull/convex_distance.hpp (a point) and hull/polygons_distance.hpp (two
// polygons) against the exact brute force oracles
// (oracle_rect_dist.hpp: where_in for inside / on, else every edge; two polygons: every
// edge pair, 0 when a vertex lies in the other or two edges meet):
//   PointLL        convex_hull's outputs (strict and <true>, positive area) or rotated
//                  polygons with collinear vertices and any start, small or at the bound
//                  1e9; queries on, next to and around the polygon, on edge lines, far
//                  away: Dist2 equal to the exact squared distance.
//   PointDouble    the same with integer-valued coordinates up to 1e5 (eps decides
//                  nothing): 0 iff the oracle says 0, else within 1e-12 (relative).
//   TwoPolygonsLL  two such polygons (any sizes, points and segments too), the second moved
//                  by a random offset (touching, crossing, nested, apart), both halved until
//                  |x|,|y| <= 5e8: Dist2 exact, both argument orders.
//   TwoPolygonsDouble  integer-valued doubles up to 1e5: as PointDouble.
#include "geometry/hull/convex_distance.hpp"
#include "geometry/hull/convex_hull.hpp"
#include "geometry/hull/polygons_distance.hpp"

#include "hull_gen.hpp"
#include "oracle_rect_dist.hpp"
#include "property.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

using geo::Point;
using oracle::Q;

template <class T> bool zero_area(const std::vector<Point<T>>& h) {
  for (std::size_t i = 2; i < h.size(); i++)
    if (oracle::orientation(oracle::qp(h[0]), oracle::qp(h[1]), oracle::qp(h[i])) != 0) return false;
  return true;
}

// A documented input: convex_hull of a cloud (either mode) or a rotated polygon with
// collinear vertices; never the zero-area list.
template <class T> std::vector<Point<T>> polygon() {
  const int kind = *hullgen::uniform_int(0, 2);
  std::vector<Point<T>> h = kind == 2 ? *hullgen::rotated_with_collinear<T>(30)
                                      : kind ? geo::convex_hull<true>(*hullgen::any_cloud<T>(30))
                                             : geo::convex_hull(*hullgen::any_cloud<T>(30));
  RC_PRE(!h.empty() && (h.size() <= 2 || !zero_area(h)));
  return h;
}

template <class T> std::vector<Point<T>> queries(const std::vector<Point<T>>& h, long long B) {
  std::vector<Point<T>> q = h;
  const std::size_t n = h.size();
  for (std::size_t i = 0; i < n; i++) {
    const Point<T> a = h[i], b = h[(i + 1) % n];
    q.push_back(a * T(2) - b), q.push_back(b * T(2) - a);  // on the edge's line
    q.push_back(a + (b - a).perp() * T(-1));                // outside, facing the edge
    q.push_back(a + Point<T>(T(1), T(0))), q.push_back(a + Point<T>(T(0), T(-1)));
  }
  for (int k = 0; k < 8; k++) q.push_back(*geotest::uniform_point<T>(T(B)));
  q.erase(std::remove_if(q.begin(), q.end(), [B](const Point<T>& p) {
            return p.x > T(B) || p.x < -T(B) || p.y > T(B) || p.y < -T(B);
          }), q.end());
  return q;
}

template <class T> Q exact(geo::Dist2<T> d) { return oracle::q(d.num) / oracle::q(d.den); }

template <class T> void check_close(geo::Dist2<T> d, const Q& want) {
  if (want == 0) {
    RC_ASSERT(d.zero());
    return;
  }
  const double w = std::sqrt(want.convert_to<double>());
  RC_ASSERT(!d.zero());
  RC_ASSERT(std::fabs(std::sqrt(d.value()) - w) <= 1e-12 * w);
}

// p and q moved together by an offset, then both halved until in |x|,|y| <= 5e8.
template <class T> std::pair<std::vector<Point<T>>, std::vector<Point<T>>> two_polygons(long long lim) {
  auto p = polygon<T>(), q = polygon<T>();
  const long long span = *rc::gen::element(0LL, 3LL, 30LL, 1000LL, 1000000000LL);
  const Point<T> off(T(*hullgen::uniform_int(-span, span)), T(*hullgen::uniform_int(-span, span)));
  for (auto& x : q) x = x + off;
  auto big = [&] {
    for (auto* v : {&p, &q})
      for (auto& x : *v)
        if (std::fabs(double(x.x)) > double(lim) || std::fabs(double(x.y)) > double(lim)) return true;
    return false;
  };
  while (big()) {  // halving keeps the shapes only up to rounding: take the hulls again
    for (auto* v : {&p, &q}) {
      for (auto& x : *v) x = Point<T>(T(static_cast<long long>(x.x / T(2))), T(static_cast<long long>(x.y / T(2))));
      *v = geo::convex_hull(*v);
    }
  }
  return {p, q};
}

}  // namespace

CPGEO_PROP(HullConvexDistanceProp, PointLL, 300, ()) {
  const auto h = polygon<long long>();
  for (const auto& r : queries(h, 1000000000LL)) RC_ASSERT(exact(dist2(r, h)) == oracle_rect::point_poly_dist2(h, r));
}

CPGEO_PROP(HullConvexDistanceProp, PointDouble, 150, ()) {
  const auto h = polygon<double>();
  for (const auto& p : h) RC_PRE(std::floor(p.x) == p.x && std::floor(p.y) == p.y);
  for (auto r : queries(h, 100000)) {
    r = Point<double>(std::floor(r.x), std::floor(r.y));
    check_close(dist2(r, h), oracle_rect::point_poly_dist2(h, r));
  }
}

CPGEO_PROP(HullConvexDistanceProp, TwoPolygonsLL, 300, ()) {
  const auto [p, q] = two_polygons<long long>(500000000LL);
  const Q want = oracle_rect::poly_poly_dist2(p, q);
  RC_CLASSIFY(want == 0, "meet");
  RC_ASSERT(exact(dist2(p, q)) == want);
  RC_ASSERT(exact(dist2(q, p)) == want);
}

CPGEO_PROP(HullConvexDistanceProp, TwoPolygonsDouble, 150, ()) {
  const auto [p, q] = two_polygons<double>(100000LL);
  for (const auto* v : {&p, &q})
    for (const auto& x : *v) RC_PRE(std::floor(x.x) == x.x && std::floor(x.y) == x.y);
  check_close(dist2(p, q), oracle_rect::poly_poly_dist2(p, q));
}
