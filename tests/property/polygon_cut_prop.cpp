// Properties of geometry/polygon/cut.hpp against oracle::clip_left (exact rational clipping).
// long long: convex polygons (collinear vertices, either orientation, up to 1e9) and lines
//   through random points, through vertices, along edges, missing the polygon: the cut has
//   the oracle's vertex count, every vertex within 6u (|x| + R) of the exact one, and an
//   area within 64 n u R^2 of the exact area; cut left + cut right = the whole area.
// mpq_rational: the library run with an exact type returns exactly the oracle's vertices.
// long long, non-convex: simple polygons (stars, 2-opt, histograms; collinear vertices,
//   either orientation, up to 1e9): the signed area of the cut is the area of the left part,
//   summed exactly over the fan triangles (P0, Pi, Pi+1), each clipped by the oracle (a
//   triangle is convex), within the rounding of the crossing points.
// double: integer-valued polygons and lines times 2^k, eps times 2^k (sides exact): the same structure,
//   vertices within the same relative bound.
#include "geometry/polygon/cut.hpp"
#include "geometry/polygon/area.hpp"

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
constexpr double u = std::numeric_limits<double>::epsilon() / 2;

struct Case {
  Poly P;
  Point<LL> a, b;
  LL R;
};

Case draw_case() {
  Case c;
  c.R = *rc::gen::element<LL>(6, 1000, 1000000000);
  c.P = *rc::gen::suchThat(geotest::convex_polygon(c.R, 8), [](const Poly& v) { return v.size() >= 3; });
  if (*rc::gen::arbitrary<bool>()) c.P = geotest::with_collinear(c.P, static_cast<unsigned long long>(*geotest::uniform_int(0, LLONG_MAX)));
  if (*rc::gen::arbitrary<bool>()) c.P = geotest::reversed(c.P);
  const size_t n = c.P.size();
  auto vertex = [&] { return c.P[static_cast<size_t>(*geotest::uniform_int(0, static_cast<LL>(n) - 1))]; };
  auto any = [&] { return *geotest::uniform_point<LL>(c.R); };
  do {
    switch (*geotest::uniform_int(0, 3)) {
      case 0: c.a = any(), c.b = any(); break;
      case 1: c.a = vertex(), c.b = any(); break;
      case 2: c.a = vertex(), c.b = vertex(); break;  // a diagonal or an edge
      default: {  // along an edge, either direction, shifted by -1, 0, 1 units
        const size_t i = static_cast<size_t>(*geotest::uniform_int(0, static_cast<LL>(n) - 1));
        const Point<LL> s(0, *geotest::uniform_int(-1, 1));
        c.a = c.P[i] + s, c.b = c.P[(i + 1) % n] + s;
        if (*rc::gen::arbitrary<bool>()) std::swap(c.a, c.b);
        c.a.y = std::max(-c.R, std::min(c.R, c.a.y)), c.b.y = std::max(-c.R, std::min(c.R, c.b.y));
      }
    }
  } while (c.a == c.b);
  return c;
}

double tol_point(const oracle::QP& e, LL R) {
  return 6 * u * (std::abs(e.x.convert_to<double>()) + std::abs(e.y.convert_to<double>()) + 2.0 * static_cast<double>(R));
}

CPGEO_PROP(PolygonCutProp, ExactStructureAndCloseVertices, 800, ()) {
  const Case c = draw_case();
  const auto want = oracle::clip_left(oracle::qpoly(c.P), oracle::qp(c.a), oracle::qp(c.b));
  const auto got = geo::convex_cut(c.P, c.a, c.b);
  RC_TAG(want.empty() ? "empty" : want.size() < 3 ? "touch" : "cut");
  RC_ASSERT(got.size() == want.size());
  for (size_t i = 0; i < got.size(); i++) {
    RC_ASSERT(std::abs(got[i].x - want[i].x.convert_to<double>()) <= tol_point(want[i], c.R));
    RC_ASSERT(std::abs(got[i].y - want[i].y.convert_to<double>()) <= tol_point(want[i], c.R));
  }
  const Q area2 = oracle::twice_area(want);
  const double R2 = static_cast<double>(c.R) * static_cast<double>(c.R);
  const double tol = 64 * static_cast<double>(c.P.size() + 2) * u * 4 * R2;
  RC_ASSERT(std::abs(2 * geo::area(got) - area2.convert_to<double>()) <= tol);
  // the two sides add up to the whole polygon
  const double whole = geo::area(c.P);
  RC_ASSERT(std::abs(geo::area(got) + geo::area(geo::convex_cut(c.P, c.b, c.a)) - whole) <= tol);
}

CPGEO_PROP(PolygonCutProp, NonConvexSignedAreaIsTheLeftPart, 600, ()) {
  const LL R = *rc::gen::element<LL>(6, 1000, 1000000000);
  const Poly P = *geotest::simple_polygon(R);
  const size_t n = P.size();
  Point<LL> a = *geotest::uniform_point<LL>(R), b = *geotest::uniform_point<LL>(R);
  if (*rc::gen::arbitrary<bool>()) a = P[static_cast<size_t>(*geotest::uniform_int(0, static_cast<LL>(n) - 1))];
  RC_PRE(a != b);
  const auto got = geo::convex_cut(P, a, b);
  const oracle::QPoly QP = oracle::qpoly(P);
  Q want = 0;
  for (size_t i = 1; i + 1 < n; i++)
    want += oracle::twice_area(oracle::clip_left(oracle::QPoly{QP[0], QP[i], QP[i + 1]}, oracle::qp(a), oracle::qp(b)));
  RC_TAG(want == 0 ? "empty" : want == oracle::twice_area(QP) ? "whole" : "cut");
  // each crossing is off by <= 6u (|x| + 2R) <= 18 u R per coordinate, and moving a vertex
  // by d changes 2A by d x (next - prev), |next - prev| <= 2 sqrt(2) R: <= 72 u R^2 each
  const double R2 = static_cast<double>(R) * static_cast<double>(R);
  RC_ASSERT(std::abs((oracle::twice_area(oracle::qpoly(got)) - want).convert_to<double>()) <= 80 * static_cast<double>(n) * u * R2);
}

CPGEO_PROP(PolygonCutProp, ExactTypeRun, 300, ()) {
  const Case c = draw_case();
  std::vector<Point<Q>> QP;
  for (auto& p : c.P) QP.push_back(Point<Q>(Q(p.x, 3), Q(p.y, 7)));
  const Point<Q> a(Q(c.a.x, 3), Q(c.a.y, 7)), b(Q(c.b.x, 3), Q(c.b.y, 7));
  const auto got = geo::convex_cut(QP, a, b);
  const auto want = oracle::clip_left(oracle::qpoly(QP), oracle::QP{a.x, a.y}, oracle::QP{b.x, b.y});
  RC_ASSERT(got.size() == want.size());
  for (size_t i = 0; i < got.size(); i++) RC_ASSERT(got[i].x == want[i].x && got[i].y == want[i].y);
}

CPGEO_PROP(PolygonCutProp, FloatingIntegerValued, 600, ()) {
  const Case c = draw_case();
  RC_PRE(c.R <= 1000);
  const int k = static_cast<int>(*geotest::uniform_int(-30, 8));
  geotest::ScopedEps<double> e(std::ldexp(1e-9, k));  // eps scaled with the coordinates
  const auto F = geotest::to_floating<double>(c.P, k);
  const auto ab = geotest::to_floating<double>(Poly{c.a, c.b}, k);
  const auto want = oracle::clip_left(oracle::qpoly(F), oracle::qp(ab[0]), oracle::qp(ab[1]));
  const auto got = geo::convex_cut(F, ab[0], ab[1]);
  RC_ASSERT(got.size() == want.size());
  const double s = std::ldexp(1.0, k);
  for (size_t i = 0; i < got.size(); i++) {
    RC_ASSERT(std::abs(got[i].x - want[i].x.convert_to<double>()) <= s * tol_point(want[i], c.R));
    RC_ASSERT(std::abs(got[i].y - want[i].y.convert_to<double>()) <= s * tol_point(want[i], c.R));
  }
}

}  // namespace
