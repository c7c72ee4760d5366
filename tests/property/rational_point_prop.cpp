// Properties of geometry/rational_point.hpp, geometry/intersection_exact.hpp and the segment
// functions of geometry/polygon/lattice.hpp against oracle_rational.hpp / oracle_planar.hpp.
// cross_point_exact equals Cramer's rule on the lines' implicit equations (rationals),
// d > 0, the same for swapped and reversed lines, lattice() iff the rational point is
// integral; RatPoint's ==, < and cmp agree with the rationals' (x, y) order (numerators up
// to 2.4e28, denominators up to 8e18, equal points in different representations);
// intersection_exact equals oracle::seg_common (crossing, touching, overlap ends, {}), for
// both argument orders. lattice_count and lattice_step: on small coordinates the
// enumeration a + k step is exactly every lattice point of the closed segment in order; at
// 1e9, step * (count - 1) == b - a with step primitive. Inputs: 7x7 grids (collinear,
// parallel, point segments, shared ends), random at 1e9, nearly parallel lines at 1e9.
#include "geometry/polygon/lattice.hpp"
#include "geometry/rational_point.hpp"
#include "geometry/intersection_exact.hpp"

#include "generators.hpp"
#include "oracle_rational.hpp"
#include "property.hpp"

#include <numeric>
#include <vector>

namespace {

using geo::Point;
using geo::RatPoint;
using oracle::Q;
using oracle::QP;
using LL = long long;
using PL = Point<LL>;
using W = RatPoint::W;
const LL M = 1000000000;

LL draw(LL lo, LL hi) { return *geotest::uniform_int(lo, hi); }
PL pt(LL R) { return PL(draw(-R, R), draw(-R, R)); }
PL any_pt() {
  switch (draw(0, 2)) {
    case 0: return pt(3);
    case 1: return pt(M);
    default: return PL(*rc::gen::element<LL>(-M, M), *rc::gen::element<LL>(-M, M, M - 1));
  }
}
QP qr(const RatPoint& p) { return QP{oracle::q(p.x) / oracle::q(p.d), oracle::q(p.y) / oracle::q(p.d)}; }

CPGEO_PROP(RationalPointProp, CrossPointEqualsCramer, 1000, ()) {
  PL a = any_pt(), b = any_pt(), c = any_pt(), d = any_pt();
  if (draw(0, 2) == 0) d = c + (b - a) + PL(draw(-1, 1), draw(-1, 1));  // nearly parallel
  if (!in_range(d, M)) d = c;
  QP want;
  RC_PRE(oracle::line_cross(a, b, c, d, want));
  const RatPoint x = geo::cross_point_exact(a, b, c, d);
  RC_ASSERT(x.d > 0);
  RC_ASSERT(oracle::qsame(qr(x), want));
  RC_ASSERT(x.lattice() == (boost::multiprecision::denominator(want.x) == 1 && boost::multiprecision::denominator(want.y) == 1));
  RC_ASSERT(geo::cross_point_exact(c, d, a, b) == x);
  RC_ASSERT(geo::cross_point_exact(b, a, d, c) == x);
  RC_CLASSIFY(x.lattice(), "lattice");
}

CPGEO_PROP(RationalPointProp, OrderAndEqualityAreExact, 1000, ()) {
  const W X = W(24) * W(1000000000000000000LL) * W(1000000000LL);  // 2.4e28
  const W D = W(8000000000000000000LL);
  auto num = [&]() { return draw(0, 1) ? W(draw(-5, 5)) : W(draw(-M, M)) * W(draw(0, 24000000000LL)) * W(1000000000LL) % X; };
  auto den = [&]() { return draw(0, 1) ? W(draw(1, 7)) : W(draw(1, 8000000000000000000LL)) % D + 1; };
  const RatPoint p{num(), num(), den()};
  RatPoint r{num(), num(), den()};
  if (draw(0, 2) == 0) {  // the same point at another scale, or one unit away
    const LL k = p.d < W(3000000000000000000LL) ? draw(1, 3) : 1;
    r = RatPoint{p.x * k + draw(0, 1), p.y * k + draw(-1, 0), p.d * k};
  }
  const QP P = qr(p), R = qr(r);
  RC_ASSERT((p == r) == oracle::qsame(P, R));
  RC_ASSERT(p.cmp(r) == (oracle::qless(P, R) ? -1 : oracle::qsame(P, R) ? 0 : 1));
  RC_ASSERT((p < r) == oracle::qless(P, R));
  RC_ASSERT((r < p) == oracle::qless(R, P));
  RC_CLASSIFY(p == r, "equal");
  RC_CLASSIFY(p == r && !(p.x == r.x && p.d == r.d), "equal, other representation");
}

CPGEO_PROP(RationalPointProp, SegmentIntersectionEqualsOracle, 1500, ()) {
  const LL R = *rc::gen::element<LL>(3, 6, M);
  PL a = pt(R), b = draw(0, 5) ? pt(R) : a, c = pt(R), d = pt(R);
  if (draw(0, 3) == 0) {  // collinear with ab
    const PL u = b - a;
    const LL s = draw(-2, 2), t = draw(-2, 2);
    c = a + u * s, d = a + u * t;
    if (!in_range(c, M) || !in_range(d, M)) c = a, d = b;
  }
  const auto want = oracle::seg_common(oracle::qp(a), oracle::qp(b), oracle::qp(c), oracle::qp(d));
  const auto got = geo::intersection_exact(geo::Segment<LL>{a, b}, geo::Segment<LL>{c, d});
  RC_ASSERT(got.size() == want.size());
  for (size_t i = 0; i < got.size(); i++) {
    RC_ASSERT(got[i].d > 0);
    RC_ASSERT(oracle::qsame(qr(got[i]), want[i]));
  }
  RC_ASSERT(geo::intersection_exact(geo::Segment<LL>{d, c}, geo::Segment<LL>{b, a}) == got);
  RC_CLASSIFY(got.size() == 0, "apart");
  RC_CLASSIFY(got.size() == 1, "one point");
  RC_CLASSIFY(got.size() == 2, "overlap");
}

CPGEO_PROP(RationalPointProp, LatticePointsOfASegment, 1000, ()) {
  const PL a = pt(8), b = draw(0, 9) ? pt(8) : a;
  const auto want = oracle::lattice_on(a, b);
  const LL n = geo::lattice_count(a, b);
  const PL s = geo::lattice_step(a, b);
  RC_ASSERT(n == LL(want.size()));
  for (LL k = 0; k < n; k++) RC_ASSERT(oracle::qsame(oracle::qp(a + s * k), want[size_t(k)]));
}

CPGEO_PROP(RationalPointProp, LatticeStepAt1e9, 1000, ()) {
  PL a = any_pt(), b = any_pt();
  if (draw(0, 1)) {  // many lattice points: b = a + k v
    const PL v(draw(-50, 50), draw(-50, 50));
    const LL k = draw(0, 1000000);
    b = a + v * k;
    if (!in_range(b, M)) b = a;
  }
  const LL n = geo::lattice_count(a, b);
  const PL s = geo::lattice_step(a, b);
  RC_ASSERT(s * (n - 1) == b - a);
  RC_ASSERT(std::gcd(s.x, s.y) == (a == b ? 0 : 1));
  RC_ASSERT(geo::lattice_count(b, a) == n);
  RC_ASSERT(geo::lattice_step(b, a) == s * -1);
}

}  // namespace
