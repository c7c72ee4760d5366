// Properties of geometry/circle/enclosing.hpp.
//   long long, n <= 10 on dense grids, up to 5e5 and at the bound 1e9 (also every coordinate
//     +-1e9): the circle equals the brute-force oracle (all pairs and triples in rationals)
//     exactly: centre, radius^2, and where() of every point and of lattice points next to the
//     circle (so BOUNDARY is exactly "on the minimum circle").
//   long long, n up to 300 at |x| <= 1e9 (the documented bound): every point covered, at least
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

QP center_q(const geo::Enclosing<LL>& E) {  // a + n / (2k)
  const Q k2 = 2 * oracle::q(E.k);
  return {Q(oracle::q(E.a.x) + oracle::q(E.n.x) / k2), Q(oracle::q(E.a.y) + oracle::q(E.n.y) / k2)};
}
Q radius2_q(const geo::Enclosing<LL>& E) {  // |n|^2 / (2k)^2
  const Q k2 = 2 * oracle::q(E.k), nx = oracle::q(E.n.x), ny = oracle::q(E.n.y);
  return Q((nx * nx + ny * ny) / (k2 * k2));
}
// A point on the bound 1e9 or uniform in [-R, R]^2.
rc::Gen<Point<LL>> mec_point(LL R) {
  return rc::gen::weightedOneOf<Point<LL>>({{3, geotest::uniform_point<LL>(R)},
                                            {1, rc::gen::map(rc::gen::pair(geotest::uniform_int(0, 3), geotest::uniform_int(-R, R)),
                                                             [R](std::pair<LL, LL> q) {
                                                               const LL s = q.first % 2 ? R : -R;
                                                               return q.first < 2 ? Point<LL>(s, q.second) : Point<LL>(q.second, s);
                                                             })}});
}

CPGEO_PROP(CircleEnclosingProp, EqualsBruteForce, 300, ()) {
  const LL R = *rc::gen::elementOf(std::vector<LL>{2, 4, 1000, 500000, 1000000000});
  const auto P = *rc::gen::container<std::vector<Point<LL>>>(*geotest::uniform_int(1, 10), mec_point(R));
  const auto E = geo::min_enclosing_circle(P);
  std::vector<QP> Qs;
  for (const auto& p : P) Qs.push_back(oracle::qp(p));
  const auto want = oc::enclosing(Qs);
  const QP c = center_q(E);
  RC_ASSERT(c.x == want.c.x && c.y == want.c.y);
  RC_ASSERT(radius2_q(E) == want.r2);
  int on = 0;
  auto check = [&](const Point<LL>& p) {
    const Q d = oracle::dist2(oracle::qp(p), want.c);
    const geo::Where w = E.where(p);
    RC_ASSERT(w == (d == want.r2 ? geo::BOUNDARY : d < want.r2 ? geo::INSIDE : geo::OUTSIDE));
    return w == geo::BOUNDARY;
  };
  for (const auto& p : P) {
    on += check(p);
    for (LL dx : {-1, 0, 1})  // the lattice neighbours: just inside or outside
      for (LL dy : {-1, 0, 1})
        if (std::abs(p.x + dx) <= R && std::abs(p.y + dy) <= R) check(Point<LL>(p.x + dx, p.y + dy));
  }
  RC_TAG(on);
}

CPGEO_PROP(CircleEnclosingProp, OptimalAtTheBound, 100, ()) {
  const LL R = *rc::gen::elementOf(std::vector<LL>{3, 30, 500000, 1000000000});
  const auto P = *rc::gen::container<std::vector<Point<LL>>>(*geotest::uniform_int(2, 300), mec_point(R));
  const auto E = geo::min_enclosing_circle(P);
  const auto F = geo::min_enclosing_circle(P);
  RC_ASSERT(E.a == F.a && E.n.x == F.n.x && E.n.y == F.n.y && E.k == F.k);
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
