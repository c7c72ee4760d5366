// Properties of geometry/polygon/contains.hpp against the exact winding-number oracle.
// long long: contains == oracle::where for simple polygons (dense grids, collinear vertices,
//   horizontal edges, maximum coordinates 1e9) and queries on vertices, on edges, on the
//   horizontal lines through vertices (rays through vertices), and anywhere near the
//   polygon; unchanged by reversing the polygon or rotating its start.
// mpq_rational: the library run with an exact type equals the oracle.
// double / long double, the EPS contract (eps a distance): lattice polygons times 2^k, with
//   |coordinates| <= eps / (23 u), queries pushed off a vertex or an edge point by
//   h = eps * (1/8 .. 8) (or exactly eps/2, 2 eps) in a random direction:
//   exact distance <= eps/2 -> BOUNDARY; >= 2 eps -> the exact answer; between: either.
#include "geometry/polygon/contains.hpp"

#include "generators.hpp"
#include "oracle_polygon.hpp"
#include "polygon_gen.hpp"
#include "property.hpp"
#include "scoped_eps.hpp"

#include <cmath>
#include <limits>

namespace {

using geo::Point;
using geotest::Poly;
using LL = long long;
using Q = oracle::Q;

// A query point for P: a vertex, a lattice point on an edge, a point level with a vertex,
// or a point in (or just around) the bounding box.
Point<LL> draw_query(const Poly& P) {
  const size_t n = P.size();
  LL x0 = P[0].x, x1 = P[0].x, y0 = P[0].y, y1 = P[0].y;
  for (auto& p : P) x0 = std::min(x0, p.x), x1 = std::max(x1, p.x), y0 = std::min(y0, p.y), y1 = std::max(y1, p.y);
  const LL pad = std::max<LL>(1, (x1 - x0 + y1 - y0) / 8);
  auto X = [&] { return *geotest::uniform_int(x0 - pad, x1 + pad); };
  auto Y = [&] { return *geotest::uniform_int(y0 - pad, y1 + pad); };
  const size_t i = static_cast<size_t>(*geotest::uniform_int(0, static_cast<LL>(n) - 1));
  switch (*geotest::uniform_int(0, 4)) {
    case 0: return P[i];
    case 1: {
      const Point<LL> d = P[(i + 1) % n] - P[i];
      const LL g = std::gcd(d.x, d.y);
      if (g == 0) return P[i];
      const LL k = *geotest::uniform_int(0, g);
      return P[i] + Point<LL>(d.x / g * k, d.y / g * k);
    }
    case 2: return {X(), P[i].y};
    case 3: {  // one unit off a vertex
      return P[i] + Point<LL>(*geotest::uniform_int(-1, 1), *geotest::uniform_int(-1, 1));
    }
    default: return {X(), Y()};
  }
}

CPGEO_PROP(PolygonContainsProp, ExactMatchesWinding, 600, ()) {
  const LL R = *rc::gen::element<LL>(4, 8, 1000, 1000000000);
  const Poly P = *geotest::simple_polygon(R);
  const auto QPl = oracle::qpoly(P);
  const Poly Rev = geotest::reversed(P);
  const Poly Rot = geotest::rotate_start(P, 1);
  int seen[3] = {0, 0, 0};
  for (int k = 0; k < 24; k++) {
    Point<LL> p = draw_query(P);
    p.x = std::max(-R, std::min(R, p.x)), p.y = std::max(-R, std::min(R, p.y));
    const int want = oracle::where(QPl, oracle::qp(p));
    seen[want] = 1;
    RC_ASSERT(static_cast<int>(geo::contains(P, p)) == want);
    RC_ASSERT(static_cast<int>(geo::contains(Rev, p)) == want);
    RC_ASSERT(static_cast<int>(geo::contains(Rot, p)) == want);
  }
  RC_TAG(seen[0] ? "out" : "-", seen[1] ? "on" : "-", seen[2] ? "in" : "-");
}

CPGEO_PROP(PolygonContainsProp, DegenerateVertexLists, 400, ()) {
  // n = 0, 1, 2 and grid walks with repeated vertices: no crash; n <= 2 is never INSIDE;
  // BOUNDARY exactly when the query is on the walk.
  const Poly P = *geotest::sized_vector(geotest::grid_point<LL>(4, -2), 3);
  const Point<LL> p = *geotest::grid_point<LL>(6, -3);
  const geo::Where w = geo::contains(P, p);
  bool on = false;
  const auto QPl = oracle::qpoly(P);
  for (size_t i = 0; i < P.size(); i++) on |= oracle::on_segment(QPl[i], QPl[(i + 1) % P.size()], oracle::qp(p));
  RC_ASSERT((w == geo::BOUNDARY) == on);
  if (P.size() <= 2) RC_ASSERT(w != geo::INSIDE);
}

CPGEO_PROP(PolygonContainsProp, ExactTypeRun, 200, ()) {
  const Poly P = *geotest::simple_polygon(50);
  std::vector<Point<Q>> QPl;
  for (auto& p : P) QPl.push_back(Point<Q>(Q(p.x, 3), Q(p.y, 5)));
  for (int k = 0; k < 8; k++) {
    const Point<LL> p = draw_query(P);
    const Point<Q> q(Q(p.x, 3), Q(p.y, 5));
    RC_ASSERT(static_cast<int>(geo::contains(QPl, q)) == oracle::where(oracle::qpoly(QPl), oracle::QP{q.x, q.y}));
  }
}

template <class T> void floating_contract() {
  const T eps = *rc::gen::weightedElement<T>({{4, T(1e-9)}, {1, T(1e-6)}, {1, std::ldexp(T(1), -30)}});
  const T bound = eps / (23 * std::numeric_limits<T>::epsilon() / 2);
  const Poly P = *geotest::simple_polygon(1000);
  LL m = 1;
  for (auto& p : P) m = std::max({m, std::abs(p.x), std::abs(p.y)});
  // scale 2^k with m 2^k <= bound / 2 (room for the query offsets)
  const int kmax = static_cast<int>(std::floor(std::log2(static_cast<double>(bound / 2) / static_cast<double>(m))));
  const int k = static_cast<int>(*geotest::uniform_int(kmax - 40, kmax));
  const auto F = geotest::to_floating<T>(P, k);
  geotest::ScopedEps<T> scoped(eps);
  const auto QF = oracle::qpoly(F);
  const Q e = oracle::q(eps);
  int seen[3] = {0, 0, 0};
  for (int j = 0; j < 8; j++) {
    // base point: a vertex or a point along an edge; offset h in a random direction
    const size_t i = static_cast<size_t>(*geotest::uniform_int(0, static_cast<LL>(F.size()) - 1));
    const Point<T> a = F[i], b = F[(i + 1) % F.size()];
    const T t = *rc::gen::element<T>(0, T(0.5), T(1), T(0.25));
    const T h = eps * *geotest::eps_factor<T>();
    const T ang = *geotest::uniform_unit<T>() * 6.283185307179586f;
    const Point<T> p(a.x + (b.x - a.x) * t + h * std::cos(ang), a.y + (b.y - a.y) * t + h * std::sin(ang));
    const oracle::QP qp = oracle::qp(p);
    const Q d2 = oracle::boundary_dist2(QF, qp);
    const int exact = oracle::where(QF, qp);
    const int got = static_cast<int>(geo::contains(F, p));
    const int band = d2 <= e * e / 4 ? -1 : (d2 >= 4 * e * e ? 1 : 0);
    seen[band + 1] = 1;
    RC_LOG() << "got " << got << " exact " << exact << " band " << band << " p " << geotest::paste(p) << "\n";
    if (band < 0) RC_ASSERT(got == 1);
    else if (band > 0) RC_ASSERT(got == exact);
    else RC_ASSERT(got == 1 || got == exact);
    RC_ASSERT(static_cast<int>(geo::contains(F, p)) == got);  // deterministic
  }
  RC_TAG(seen[0] ? "must-boundary" : "-", seen[1] ? "band" : "-", seen[2] ? "must-exact" : "-");
}

CPGEO_PROP(PolygonContainsProp, FloatingContractDouble, 600, ()) { floating_contract<double>(); }
CPGEO_PROP(PolygonContainsProp, FloatingContractLongDouble, 300, ()) { floating_contract<long double>(); }

}  // namespace
