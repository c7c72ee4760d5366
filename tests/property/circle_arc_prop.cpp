// Properties of geometry/circle/arc.hpp against tests/support/oracle_circle_cover.hpp.
//   long long, circle pairs of tests/support/circle_gen.hpp (dense grids, uniform up to the
//     bound 1e9, exactly tangent, tangent but for one unit, concentric): the case (none, one
//     point, an arc, all) equals the oracle's exact case; for an arc, points sampled inside
//     it lie in B and points sampled outside it do not (exactly, in rationals, up to a
//     rounding tolerance of 1e-9 of the largest coordinate), its ends and a tangency point
//     lie on B's circle within that tolerance; s lies in [-pi, pi].
//   double: the same pairs scaled by 2^-k (exact) give the same case when every compared
//     length is more than 2 eps from its threshold, and the same sampling checks.
#include "geometry/circle/arc.hpp"

#include "circle_gen.hpp"
#include "oracle_circle_cover.hpp"
#include "property.hpp"

#include <cmath>

namespace {

using geo::Circle;
using geo::Point;
using LL = long long;
using oracle::Q;
using oracle::QP;

// sign(|p - c| - r - t) on exact rationals, t of either sign, r + t >= 0
int vs_circle(const QP& p, const QP& c, const Q& r, const Q& t) {
  const Q d = oracle_cover::d2(p, c), L = r + t;
  return L < 0 ? 1 : oracle::sign(Q(d - L * L));
}

template <class T> void check(Circle<T> A, Circle<T> B, int kind) {
  const auto [s, l] = geo::arc(A, B);
  const double PI = std::acos(-1.0);
  RC_ASSERT(l == (kind == -1 ? -1.0 : kind == 0 ? 0.0 : kind == 2 ? 2 * PI : l));
  if (kind != 1 && kind != 0) return;
  RC_ASSERT(s >= -PI && s <= PI);
  if (kind == 1) RC_ASSERT(l > 0 && l < 2 * PI);
  const double M = std::max({std::abs(double(A.c.x)), std::abs(double(A.c.y)), std::abs(double(B.c.x)),
                             std::abs(double(B.c.y)), double(A.r), double(B.r), 1.0});
  const Q tol = oracle::q(1e-9 * M);
  const QP bc = oracle::qp(B.c);
  const Q rb = oracle::q(B.r);
  auto at = [&](double t) {
    return QP{oracle::q(double(A.c.x) + double(A.r) * std::cos(t)),
              oracle::q(double(A.c.y) + double(A.r) * std::sin(t))};
  };
  for (double t : {s, s + l}) {  // the ends (one point: the tangency) lie on B's circle
    RC_ASSERT(vs_circle(at(t), bc, rb, tol) <= 0);
    RC_ASSERT(vs_circle(at(t), bc, rb, Q(-tol)) >= 0);
  }
  for (int i = 0; i < 16; i++) {
    const double in = s + l * (i + 0.5) / 16, out = s + l + (2 * PI - l) * (i + 0.5) / 16;
    if (kind == 1) RC_ASSERT(vs_circle(at(in), bc, rb, tol) <= 0);
    RC_ASSERT(vs_circle(at(out), bc, rb, Q(-tol)) >= 0);
  }
}

CPGEO_PROP(CircleArcProp, ExactCasesAndSamples, 500, ()) {
  const LL R = *rc::gen::elementOf(std::vector<LL>{5, 1000, 1000000, 1000000000});
  const auto [A, B] = *geotest::circle_pair(R);
  const int kind = oracle_cover::arc_kind(oracle::qp(A.c), oracle::q(A.r), oracle::qp(B.c), oracle::q(B.r));
  check(A, B, kind);
  RC_TAG(kind);
}

CPGEO_PROP(CircleArcProp, DoubleContract, 500, ()) {
  const auto [A, B] = *geotest::circle_pair(*rc::gen::elementOf(std::vector<LL>{5, 1000, 100000}));
  const double f = std::ldexp(1.0, int(*geotest::uniform_int(-20, 0)));
  auto cv = [f](const geotest::CircleL& C) {
    return Circle<double>{{double(C.c.x) * f, double(C.c.y) * f}, double(C.r) * f};
  };
  const Circle<double> a = cv(A), b = cv(B);
  const QP ac = oracle::qp(a.c), bc = oracle::qp(b.c);
  const Q ra = oracle::q(a.r), rb = oracle::q(b.r), e2 = 2 * oracle::q(geo::eps<double>);
  // every threshold of relation(): d against ra + rb, |ra - rb| and 0, more than 2 eps away
  bool clear = true;
  for (const Q& L : {Q(ra + rb), Q(ra > rb ? ra - rb : rb - ra), Q(0)})
    clear = clear && vs_circle(ac, bc, L, e2) * vs_circle(ac, bc, L, Q(-e2)) > 0;
  const int kind = oracle_cover::arc_kind(ac, ra, bc, rb);
  RC_TAG(clear ? "clear" : "band");
  if (clear) check(a, b, kind);
}

}  // namespace
