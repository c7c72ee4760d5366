// Properties of geometry/polygon/locate.hpp against oracle::where (boundary by exact
// on_segment, else Sunday's winding number, in rationals: tests/support/oracle_polygon.hpp),
// and, as a second check, geo::contains (polygon/contains.hpp).
// long long: for simple polygons of polygon_gen.hpp (stars, 2-opt, histograms, convex;
//   collinear vertices inserted, clockwise or counter-clockwise, start rotated; grids of
//   side 4..8 up to 1e9) and up to 60 queries each: vertices, lattice points on edges
//   (horizontal and vertical ones included), points level with a vertex (the sweep's
//   ties), one unit off a vertex, points in and around the bounding box, points far
//   outside (+-1e9), and repeats of earlier queries; every answer equals the oracle's.
//   Large stars (up to 150 vertices) with the same queries. Reversing P changes nothing.
#include "geometry/polygon/locate.hpp"
#include "geometry/polygon/contains.hpp"

#include "generators.hpp"
#include "oracle_polygon.hpp"
#include "polygon_gen.hpp"
#include "property.hpp"

#include <numeric>

namespace {

using geo::Point;
using geotest::Poly;
using LL = long long;

Point<LL> draw_query(const Poly& P, const Poly& done) {
  const size_t n = P.size();
  LL x0 = P[0].x, x1 = P[0].x, y0 = P[0].y, y1 = P[0].y;
  for (auto& p : P) x0 = std::min(x0, p.x), x1 = std::max(x1, p.x), y0 = std::min(y0, p.y), y1 = std::max(y1, p.y);
  const LL pad = std::max<LL>(1, (x1 - x0 + y1 - y0) / 8), M = 1000000000;
  auto X = [&] { return std::max(-M, std::min(M, *geotest::uniform_int(x0 - pad, x1 + pad))); };
  auto Y = [&] { return std::max(-M, std::min(M, *geotest::uniform_int(y0 - pad, y1 + pad))); };
  const size_t i = static_cast<size_t>(*geotest::uniform_int(0, static_cast<LL>(n) - 1));
  switch (*geotest::uniform_int(0, 7)) {
    case 0: return P[i];
    case 1: {
      const Point<LL> d = P[(i + 1) % n] - P[i];
      const LL g = std::gcd(d.x, d.y);
      if (g == 0) return P[i];
      const LL k = *geotest::uniform_int(0, g);
      return P[i] + Point<LL>(d.x / g * k, d.y / g * k);
    }
    case 2: return {X(), P[i].y};
    case 3: return {P[i].x, Y()};
    case 4: {
      const Point<LL> q = P[i] + Point<LL>(*geotest::uniform_int(-1, 1), *geotest::uniform_int(-1, 1));
      return {std::max(-M, std::min(M, q.x)), std::max(-M, std::min(M, q.y))};
    }
    case 5: return {*rc::gen::element<LL>(-M, M, 0, X()), *rc::gen::element<LL>(-M, M, 0, Y())};
    case 6:
      if (!done.empty()) return done[static_cast<size_t>(*geotest::uniform_int(0, static_cast<LL>(done.size()) - 1))];
      return {X(), Y()};
    default: return {X(), Y()};
  }
}

void check(const Poly& P, int max_q) {
  Poly Q;
  const LL m = *geotest::uniform_int(0, max_q);
  for (LL k = 0; k < m; k++) Q.push_back(draw_query(P, Q));
  const auto r = geo::locate(P, Q), rr = geo::locate(geotest::reversed(P), Q);
  RC_ASSERT(r.size() == Q.size());
  const auto QPl = oracle::qpoly(P);
  int kinds = 0;
  for (size_t k = 0; k < Q.size(); k++) {
    const int want = oracle::where(QPl, oracle::qp(Q[k]));
    kinds |= 1 << want;
    RC_ASSERT(static_cast<int>(r[k]) == want);
    RC_ASSERT(static_cast<int>(rr[k]) == want);
    RC_ASSERT(r[k] == geo::contains(P, Q[k]));
  }
  RC_CLASSIFY(kinds == 7, "all three answers");
}

CPGEO_PROP(PolygonLocateProp, MatchesOracle, 800, ()) {
  const LL R = *rc::gen::element<LL>(4, 8, 1000, 1000000000);
  check(*geotest::simple_polygon(R), 60);
}

CPGEO_PROP(PolygonLocateProp, LargeStars, 20, ()) {
  const LL R = *rc::gen::element<LL>(30, 1000, 1000000000);
  Poly P = *geotest::star_polygon(R, 150);
  if (*rc::gen::arbitrary<bool>()) P = geotest::with_collinear(P, *rc::gen::arbitrary<unsigned long long>());
  check(P, 200);
}

}  // namespace
