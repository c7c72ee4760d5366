// Properties of geometry/circle/enclosing.hpp.
//   long long, n <= 10 on dense grids and up to 5e5: the circle equals the brute-force oracle
//     (all pairs and triples in rationals) exactly: centre, radius^2, and where() of every point
//     (so BOUNDARY is exactly "on the minimum circle").
//   long long, n up to 300 at |x| <= 5e5 (the documented bound): every point covered, at least
//     two on the boundary, and the boundary points are not all within an open half circle
//     (their centre lies in their convex hull: the optimality condition, so no smaller circle
//     through the support exists); reproducible (same result twice).
//   double: every point within eps of the circle, radius within 1e-12 relative of the exact
//     oracle's on small n.
#include "geometry/circle/enclosing.hpp"

#include "generators.hpp"
#include "oracle_circle.hpp"
#include "property.hpp"

#include <cmath>

namespace {

using geo::Point;
namespace oc = oracle_circle;
using LL = long long;
using oracle::Q;
using oracle::QP;

QP center_q(const geo::Enclosing<LL>& E) {
  return {Q(oracle::q(E.num.x) / oracle::q(E.den)), Q(oracle::q(E.num.y) / oracle::q(E.den))};
}

CPGEO_PROP(CircleEnclosingProp, EqualsBruteForce, 300, ()) {
  const LL R = *rc::gen::elementOf(std::vector<LL>{2, 4, 1000, 500000});
  const auto P = *rc::gen::container<std::vector<Point<LL>>>(*geotest::uniform_int(1, 10), geotest::uniform_point<LL>(R));
  const auto E = geo::min_enclosing_circle(P);
  std::vector<QP> Qs;
  for (const auto& p : P) Qs.push_back(oracle::qp(p));
  const auto want = oc::enclosing(Qs);
  const QP c = center_q(E);
  RC_ASSERT(c.x == want.c.x && c.y == want.c.y);
  RC_ASSERT(Q(oracle::q(E.r2) / (oracle::q(E.den) * oracle::q(E.den))) == want.r2);
  int on = 0;
  for (const auto& p : P) {
    const Q d = oracle::dist2(oracle::qp(p), want.c);
    const geo::Where w = E.where(p);
    RC_ASSERT(w == (d == want.r2 ? geo::BOUNDARY : d < want.r2 ? geo::INSIDE : geo::OUTSIDE));
    on += w == geo::BOUNDARY;
  }
  RC_TAG(on);
}

CPGEO_PROP(CircleEnclosingProp, OptimalAtTheBound, 100, ()) {
  const LL R = *rc::gen::elementOf(std::vector<LL>{3, 30, 500000});
  const auto P = *rc::gen::container<std::vector<Point<LL>>>(*geotest::uniform_int(2, 300), geotest::uniform_point<LL>(R));
  const auto E = geo::min_enclosing_circle(P);
  const auto F = geo::min_enclosing_circle(P);
  RC_ASSERT(E.num.x == F.num.x && E.num.y == F.num.y && E.den == F.den && E.r2 == F.r2);
  const QP c = center_q(E);
  std::vector<QP> B;
  for (const auto& p : P) {
    RC_ASSERT(E.where(p) != geo::OUTSIDE);
    if (E.where(p) == geo::BOUNDARY) B.push_back(oracle::sub(oracle::qp(p), c));
  }
  bool distinct = false;
  for (const auto& p : P) distinct = distinct || !(p == P[0]);
  if (!distinct) return;
  RC_ASSERT(B.size() >= 2);
  // no open half-plane through the centre holds all boundary points: for each candidate
  // direction (perpendicular to each b, either way) some point is on the closed other side
  for (const QP& b : B)
    for (int s : {1, -1}) {
      const QP n{Q(-b.y * s), Q(b.x * s)};  // the half-plane n . x > 0 ... and b itself on its line
      bool all_pos = true;
      for (const QP& x : B) all_pos = all_pos && (oracle::dot(n, x) > 0 || (oracle::dot(n, x) == 0 && oracle::dot(b, x) > 0));
      RC_ASSERT(!all_pos);
    }
}

CPGEO_PROP(CircleEnclosingProp, Floating, 200, ()) {
  const auto P = *rc::gen::container<std::vector<Point<double>>>(*geotest::uniform_int(1, 9),
                                                                 geotest::uniform_point<double>(1000.0));
  const auto E = geo::min_enclosing_circle(P);
  std::vector<QP> Qs;
  for (const auto& p : P) {
    RC_ASSERT(std::hypot(p.x - E.center().x, p.y - E.center().y) <= E.radius() + 2 * geo::eps<double>);
    Qs.push_back(oracle::qp(p));
  }
  const double want = std::sqrt(oc::enclosing(Qs).r2.convert_to<double>());
  RC_ASSERT(std::abs(E.radius() - want) <= 1e-12 * (want + 1) + geo::eps<double>);
}

}  // namespace
