// Properties of geometry/circle/{circle,intersect,segment,relation,tangents,triangle}.hpp against the
// oracles of tests/support/oracle_circle.hpp (and oracle_circle_seg.hpp).
//
// long long: contains, relation, the circle-line and circle-circle counts equal the exact
//   oracle on dense grids, uniform circles up to 1e9, tangent, near-tangent (d^2 off by one)
//   and concentric pairs and near-tangent lattice lines; returned points are within 10u(|x|+r)
//   of the oracle's (radical-line / quadratic) points in 50 digits; tangent lines touch both
//   circles; common tangents: their number equals the oracle's count of distinct lines (zero
//   radii included: points, a point on / in / outside a circle), each given by two distinct
//   points, each line once; circumcircle equals the exact Cramer centre.
//   segment_intersection: its points equal the exact oracle's (oracle_circle_seg.hpp: the
//   quadratic's roots tested against [0, 1] by careful squaring), in number and, in order,
//   within the line's bound; they are the line's points bit for bit (a subsequence), on
//   near-tangent lattice lines cut at lattice points, uniform segments (zero-length ones
//   included), and segments with an end ON the circle (Pythagorean offsets): tangent there,
//   chords, and random; the same counts for the same data as double (|x| <= 1e4) whenever
//   the line is not within 4 eps of tangency.
// double: contains and relation obey the EPS contract (exact answer when every compared length
//   is beyond 2 eps from its threshold) for |coordinates| <= 3.7e5 = eps / (24u) at eps 1e-9, on integer pairs
//   scaled by 2^-k and nudged by ULPs; calls are symmetric bit for bit; points never NaN.
#include "geometry/circle/circle.hpp"
#include "geometry/circle/intersect.hpp"
#include "geometry/circle/relation.hpp"
#include "geometry/circle/segment.hpp"
#include "geometry/circle/tangents.hpp"
#include "geometry/circle/triangle.hpp"

#include "circle_gen.hpp"
#include "generators.hpp"
#include "oracle.hpp"
#include "oracle_circle.hpp"
#include "oracle_circle_seg.hpp"
#include "property.hpp"

#include <cmath>
#include <limits>

namespace {

using geo::Circle;
using geo::Point;
using geotest::CircleL;
using geotest::PairL;
using oracle::Q;
namespace oc = oracle_circle;
using LL = long long;
using PD = Point<double>;
const double u = std::numeric_limits<double>::epsilon() / 2;

double dd(const oc::F& v) { return v.convert_to<double>(); }
double scale_of(const CircleL& c) { return std::abs(double(c.c.x)) + std::abs(double(c.c.y)) + double(c.r); }

// Every point of got is within tol of a point of want and vice versa (counts equal).
void match(const std::vector<PD>& got, const std::vector<oc::FP>& want, double tol) {
  RC_ASSERT(got.size() == want.size());
  for (const PD& p : got) {
    RC_ASSERT(std::isfinite(p.x) && std::isfinite(p.y));
    double best = 1e300;
    for (const auto& q : want) best = std::min(best, std::hypot(p.x - dd(q.x), p.y - dd(q.y)));
    RC_ASSERT(best <= tol);
  }
}

CPGEO_PROP(CircleProp, RelationAndContainsExact, 600, ()) {
  const PairL p = *geotest::circle_pair(*rc::gen::elementOf(std::vector<LL>{10, 10000, 1000000000}));
  const auto A = oc::oc(p.first), B = oc::oc(p.second);
  const int rel = geo::relation(p.first, p.second);
  RC_ASSERT(rel == oc::relation(A, B));
  RC_ASSERT(rel == geo::relation(p.second, p.first));
  RC_TAG(rel);
  const Point<LL> q = *geotest::uniform_point<LL>(12);
  const Point<LL> r{p.first.c.x + q.x, p.first.c.y + q.y};
  RC_ASSERT(int(geo::contains(p.first, r)) == 1 - oc::where(A, oracle::qp(r)));
}

CPGEO_PROP(CircleProp, CircleCirclePoints, 500, ()) {
  const PairL p = *geotest::circle_pair(*rc::gen::elementOf(std::vector<LL>{6, 10000, 100000000}));
  const auto v = geo::intersection(p.first, p.second), w = geo::intersection(p.second, p.first);
  RC_ASSERT(v == w);
  const int rel = geo::relation(p.first, p.second);  // the count is relation's
  RC_ASSERT(int(v.size()) == (rel == 2 ? 2 : rel == 1 || rel == 3));
  const auto want = oc::circle_points(oc::oc(p.first), oc::oc(p.second));
  RC_TAG(want.size());
  const double s = std::min(scale_of(p.first), scale_of(p.second));
  match(v, want, 10 * u * 2 * s + 1e-300);
}

CPGEO_PROP(CircleProp, CircleLinePoints, 500, ()) {
  geotest::CircleLine cl;
  if (*rc::gen::arbitrary<bool>()) {
    cl = *geotest::near_tangent_line(*rc::gen::elementOf(std::vector<LL>{20, 10000, 1000000}));
  } else {
    const LL R = *rc::gen::elementOf(std::vector<LL>{5, 100000, 1000000000});
    cl.c = *geotest::uniform_circle(R);
    cl.a = *geotest::uniform_point<LL>(R);
    cl.b = *geotest::uniform_point<LL>(R);
    RC_PRE(cl.a != cl.b);
  }
  const auto C = oc::oc(cl.c);
  const auto v = geo::intersection(cl.c, cl.a, cl.b);
  RC_ASSERT(int(v.size()) == oc::line_count(C, oracle::qp(cl.a), oracle::qp(cl.b)));
  RC_TAG(v.size());
  const auto want = oc::line_points(C, oracle::qp(cl.a), oracle::qp(cl.b));
  double x = 0;  // documented: 6u (|x| + r + D), D the distance of x to the nearer of a, b
  for (const auto& q : want) {
    const PD w{dd(q.x), dd(q.y)};
    const double D = std::min(std::hypot(w.x - double(cl.a.x), w.y - double(cl.a.y)),
                              std::hypot(w.x - double(cl.b.x), w.y - double(cl.b.y)));
    x = std::max(x, std::hypot(w.x, w.y) + D);
  }
  match(v, want, 6 * u * (x + double(cl.c.r)) + 1e-300);
  if (v.size() == 2) RC_ASSERT(v[0] != v[1]);  // never a false tangent
}

CPGEO_PROP(CircleProp, CircleSegmentPoints, 500, ()) {
  static const auto dirs = geotest::pythagorean(2000);
  using PL = Point<LL>;
  const int kind = static_cast<int>(*geotest::uniform_int(0, 3));
  CircleL c;
  PL a, b;
  if (kind == 0) {  // a near-tangent lattice line, cut at lattice points of it
    const auto cl = *geotest::near_tangent_line(*rc::gen::elementOf(std::vector<LL>{20, 10000, 1000000}));
    const PL d = cl.b - cl.a;
    c = cl.c, a = cl.a + d * *geotest::uniform_int(-3, 3), b = cl.a + d * *geotest::uniform_int(-3, 3);
  } else if (kind == 1) {  // uniform, sometimes zero-length
    const LL R = *rc::gen::elementOf(std::vector<LL>{5, 100000, 1000000000});
    c = *geotest::uniform_circle(R), a = *geotest::uniform_point<LL>(R);
    b = *rc::gen::arbitrary<bool>() ? a : *geotest::uniform_point<LL>(R);
  } else {  // a on the circle: a = c + k (p, q), r = k h
    const LL R = *rc::gen::elementOf(std::vector<LL>{10, 1000, 1000000});
    const auto dir = dirs[static_cast<size_t>(*geotest::uniform_int(0, 1000)) % dirs.size()];
    const LL k = std::max<LL>(1, *geotest::uniform_int(1, R) / dir[2]), sx = *rc::gen::arbitrary<bool>() ? 1 : -1,
             sy = *rc::gen::arbitrary<bool>() ? 1 : -1;
    const PL v(sx * k * dir[0], sy * k * dir[1]);
    c = CircleL{*geotest::uniform_point<LL>(R), k * dir[2]}, a = c.c + v;
    const int how = static_cast<int>(*geotest::uniform_int(0, 3));
    b = how == 0   ? a + v.perp() * *geotest::uniform_int(-3, 3)  // tangent at a (or a itself)
        : how == 1 ? c.c - v                                    // the diameter
        : how == 2 ? c.c + v * *geotest::uniform_int(-3, 3)     // along the diameter line
                   : *geotest::uniform_point<LL>(R);
  }
  if (*rc::gen::arbitrary<bool>()) std::swap(a, b);
  const auto C = oc::oc(c);
  const auto got = geo::segment_intersection(c, a, b);
  const auto want = oc::seg_points(C, oracle::qp(a), oracle::qp(b));
  RC_ASSERT(got.size() == oc::seg_roots(C, oracle::qp(a), oracle::qp(b)).size());
  RC_TAG(kind, got.size(), a == b);
  double x = 0;  // the line's bound: 6u (|x| + r + D)
  for (const auto& q : want) {
    const PD w{dd(q.x), dd(q.y)};
    const double D = std::min(std::hypot(w.x - double(a.x), w.y - double(a.y)), std::hypot(w.x - double(b.x), w.y - double(b.y)));
    x = std::max(x, std::hypot(w.x, w.y) + D);
  }
  const double tol = 6 * u * (x + double(c.r)) + 1e-300;
  match(got, want, tol);
  for (size_t i = 0; i < got.size(); i++)  // in order along a -> b
    RC_ASSERT(std::hypot(got[i].x - dd(want[i].x), got[i].y - dd(want[i].y)) <= tol);
  if (a != b) {  // a subsequence of the line's points, bit for bit
    const auto line = geo::intersection(c, a, b);
    size_t j = 0;
    for (size_t i = 0; i < line.size() && j < got.size(); i++) j += line[i] == got[j];
    RC_ASSERT(j == got.size());
  }
  // double, the same data when small: the same count unless the line is within 4 eps of tangency
  const LL M = std::max({std::abs(c.c.x), std::abs(c.c.y), c.r, std::abs(a.x), std::abs(a.y), std::abs(b.x), std::abs(b.y)});
  if (M <= 10000) {
    const auto q = oracle::qp(a), r = oracle::qp(b);
    bool far = a == b;
    if (!far) {
      const oc::Quad L = oc::line_quad(C, q, r);  // dist(c, line)^2 = r^2 - disc / A^2
      const oc::F dist = sqrt(oc::f(oracle::Q(C.r * C.r - L.disc() / (L.A * L.A))));
      far = L.disc() == 0 || abs(dist - oc::f(C.r)) > 4e-9;
    }
    if (far) {
      using CD = Circle<double>;
      const auto g = geo::segment_intersection(CD{PD(double(c.c.x), double(c.c.y)), double(c.r)}, PD(double(a.x), double(a.y)),
                                               PD(double(b.x), double(b.y)));
      RC_ASSERT(g.size() == got.size());
      match(g, want, 1e-9 * (double(M) + 1));
    }
  }
}

CPGEO_PROP(CircleProp, Tangents, 400, ()) {
  PairL p = *geotest::circle_pair(*rc::gen::elementOf(std::vector<LL>{6, 10000, 100000000}));
  CircleL& A = p.first;
  CircleL& B = p.second;
  switch (*geotest::uniform_int(0, 5)) {  // zero radii: points, a point on / in / off a circle
    case 1: A.r = 0; break;
    case 2: B.r = 0; break;
    case 3: A.r = B.r = 0; break;
    case 4: {  // A's centre on B: B's radius becomes the (integer) centre distance if any
      const LL d2 = dist2(A.c, B.c), s = A.r + B.r, l = std::abs(A.r - B.r);
      if (s * s == d2) B.r = s;
      else if (l * l == d2) B.r = l;
      A.r = 0;
      break;
    }
    default: break;
  }
  const auto v = geo::tangents(A, B);
  const int want = oc::tangent_lines(oc::oc(A), oc::oc(B));
  RC_TAG(want, A.r == 0 || B.r == 0);
  RC_ASSERT(int(v.size()) == want);
  const double s = scale_of(A) + scale_of(B);
  const PD ca(double(A.c.x), double(A.c.y)), cb(double(B.c.x), double(B.c.y));
  for (size_t i = 0; i < v.size(); i++) {
    const auto& [a, b] = v[i];
    const PD d = b - a;
    const double len = std::hypot(d.x, d.y);
    RC_ASSERT(len >= 0.5);  // two distinct points (integer input: |touch - touch| >= 1)
    RC_ASSERT(std::abs(std::hypot(a.x - ca.x, a.y - ca.y) - double(A.r)) <= 16 * u * s);
    const bool contact = std::abs(std::hypot(a.x - cb.x, a.y - cb.y) - double(B.r)) <= 16 * u * s;
    if (!contact) RC_ASSERT(std::abs(std::hypot(b.x - cb.x, b.y - cb.y) - double(B.r)) <= 16 * u * s);
    // the line ab is at distance r from each centre
    const double da = std::abs(d.cross(ca - a)) / len, db = std::abs(d.cross(cb - a)) / len;
    RC_ASSERT(std::abs(da - double(A.r)) <= 1e-9 * s + 64 * u * s * s / len);
    RC_ASSERT(std::abs(db - double(B.r)) <= 1e-9 * s + 64 * u * s * s / len);
    if (s < 1e6)  // each line once: a point of line j is off line i (true gaps >= 1 / s here)
      for (size_t j = 0; j < i; j++)
        RC_ASSERT(std::max(std::abs(d.cross(v[j].first - a)), std::abs(d.cross(v[j].second - a))) / len > 1e-7);
  }
  // from a point
  const Point<LL> q = B.c;
  const auto t = geo::tangents(A, q);
  if (A.r == 0) {  // the line through c and q, once; none if q = c
    RC_ASSERT(t.size() == (q == A.c ? 0u : 1u));
    for (const PD& x : t) RC_ASSERT(x == ca);
    return;
  }
  match(t, oc::tangent_points(oc::oc(A), oracle::qp(q)), 10 * u * s + 1e-300);
}

CPGEO_PROP(CircleProp, Circumcircle, 300, ()) {
  const LL R = *rc::gen::elementOf(std::vector<LL>{4, 10000, 1000000000});
  const auto a = *geotest::uniform_point<LL>(R), b = *geotest::uniform_point<LL>(R), c = *geotest::uniform_point<LL>(R);
  bool ok = false;
  const auto e = oc::circum(oracle::qp(a), oracle::qp(b), oracle::qp(c), ok);
  RC_PRE(ok);
  const auto got = geo::circumcircle(a, b, c);
  const double r = dd(sqrt(oc::f(e.r2)));
  const double cx = dd(oc::f(e.c.x)), cy = dd(oc::f(e.c.y));
  RC_ASSERT(std::hypot(got.c.x - cx, got.c.y - cy) <= 4 * u * (std::abs(double(a.x)) + std::abs(double(a.y)) + 3 * r));
  RC_ASSERT(std::abs(got.r - r) <= 8 * u * r);
  const auto in = geo::incircle(a, b, c);  // centre is at distance r from all three sides
  const PD A(double(a.x), double(a.y)), B(double(b.x), double(b.y)), C(double(c.x), double(c.y));
  for (auto [p, q] : {std::pair<PD, PD>{A, B}, {B, C}, {C, A}}) {
    const PD d = q - p;
    RC_ASSERT(std::abs(std::abs(d.cross(in.c - p)) / std::hypot(d.x, d.y) - in.r) <= 64 * u * 4 * double(R));
  }
}

// ------------------------------------------------------------------ floating contract

// sign(sqrt(d2) - L) against +-eps bands: the answers the contract allows for a comparison.
struct Band {
  bool zero_ok, exact_ok;
  int exact;
};
Band band(const Q& d2, const Q& L, const Q& eps) {
  const int s = oc::cmp_sqrt(d2, L);
  const bool near = oc::cmp_sqrt(d2, Q(L + 2 * eps)) < 0 && oc::cmp_sqrt(d2, Q(L - 2 * eps)) > 0;
  const bool tight = oc::cmp_sqrt(d2, Q(L + eps / 2)) <= 0 && oc::cmp_sqrt(d2, Q(L - eps / 2)) >= 0;
  return {near || tight, !tight, s};
}

Circle<double> to_double(const CircleL& c, int k, int nx, int ny, int nr) {
  auto sc = [k](LL v, int n) { return geotest::nudge(std::ldexp(double(v), -k), n); };
  return {{sc(c.c.x, nx), sc(c.c.y, ny)}, std::abs(sc(c.r, nr))};
}

// circle.hpp's cut on doubles: h = 0 iff the distance from c to the line p + d s is within eps
// of r; outside the band eps/2..2eps the exact sign (h < 0 outside, h > 0 crossing), for
// |c - p| + r <= 3e5 < eps / (16u). Lines at r + delta from c, delta a few eps either way;
// t within 8u |c - p| / |d| of the exact foot parameter; never NaN.
CPGEO_PROP(CircleProp, CutFloatingContract, 800, ()) {
  const LL R = *rc::gen::elementOf(std::vector<LL>{8, 1000, 100000});
  const int k = *rc::gen::elementOf(std::vector<int>{0, 0, 3, 10, 20});
  auto nud = rc::gen::elementOf(std::vector<int>{0, 0, 0, 1, -1, 3, -3});
  const Circle<double> C = to_double(*geotest::uniform_circle(R), k, *nud, *nud, *nud);
  const Point<LL> dl = *geotest::uniform_point<LL>(1000);
  RC_PRE(dl != Point<LL>());
  const PD d{std::ldexp(double(dl.x), -k), std::ldexp(double(dl.y), -k)};
  const double len = std::hypot(d.x, d.y), e = geo::eps<double>;
  const double delta = e * *rc::gen::elementOf(std::vector<double>{0, 0, 0.25, -0.25, 0.5, -0.5, 1, -1,
                                                                    2, -2, 3, -3, 1e3, -1e3, 1e9, -1e9});
  const double along = std::ldexp(double(*geotest::uniform_int(-R, R)), -k) / len;
  const PD p = C.c + d.perp() * ((C.r + delta) / len) + d * along;
  const auto [t, h] = geo::cut(C, p - C.c, d);
  RC_ASSERT(std::isfinite(t) && std::isfinite(h));
  const auto a = oc::oc(C);
  const oracle::QP P = oracle::qp(p), D = oracle::qp(d), v = oracle::sub(a.c, P);
  const Q x = oracle::cross(D, v), n = oracle::dot(D, D), dist2 = x * x / n;
  const Band b = band(dist2, a.r, oracle::q(e));
  const int got = h < 0 ? 1 : h > 0 ? -1 : 0;  // sign(dist - r)
  if (!b.zero_ok) RC_ASSERT(got == b.exact);
  if (!b.exact_ok) RC_ASSERT(got == 0);
  RC_TAG(got);
  const double cp = std::hypot(C.c.x - p.x, C.c.y - p.y);
  RC_ASSERT(std::abs(t - dd(oc::f(Q(oracle::dot(D, v) / n)))) * len <= 8 * u * cp + 1e-300);
}

CPGEO_PROP(CircleProp, FloatingContract, 800, ()) {
  const PairL p = *geotest::circle_pair(*rc::gen::elementOf(std::vector<LL>{6, 1000, 100000, 370000}));
  const int k = *rc::gen::elementOf(std::vector<int>{0, 0, 3, 10, 20});
  auto nud = rc::gen::elementOf(std::vector<int>{0, 0, 0, 1, -1, 3, -3});
  const Circle<double> A = to_double(p.first, k, *nud, *nud, *nud);
  const Circle<double> B = to_double(p.second, k, *nud, *nud, *nud);
  const Q eps = oracle::q(geo::eps<double>);
  const auto a = oc::oc(A), b = oc::oc(B);
  const Q d2 = oracle::dist2(a.c, b.c), s = a.r + b.r, l = abs(Q(a.r - b.r));
  const int rel = geo::relation(A, B);
  RC_ASSERT(rel == geo::relation(B, A));
  // decide what the contract allows: if every threshold is clear of its band, the exact answer
  const Band cen = band(d2, Q(0), eps), out = band(d2, s, eps), in = band(d2, l, eps);
  const Band req = band(Q(l * l), Q(0), eps);
  const bool clear = !cen.zero_ok && !out.zero_ok && !in.zero_ok;
  if (clear) RC_ASSERT(rel == oc::relation(a, b));
  if (!cen.exact_ok && !req.exact_ok) RC_ASSERT(rel == -1);  // equal within eps/2
  RC_TAG(clear ? "clear" : "band");
  // contains, for the other centre as the query point
  const Band w = band(d2, a.r, eps);
  const geo::Where got = geo::contains(A, B.c);
  if (!w.zero_ok) RC_ASSERT(int(got) == 1 - w.exact);
  if (!w.exact_ok) RC_ASSERT(got == geo::BOUNDARY);
  // constructions: never NaN, symmetric
  const auto v = geo::intersection(A, B);
  RC_ASSERT(v == geo::intersection(B, A));
  RC_ASSERT(int(v.size()) == (rel == 2 ? 2 : rel == 1 || rel == 3));  // bit for bit
  for (const PD& x : v) {  // residual on both circles (a tangency decided within eps: + eps)
    RC_ASSERT(std::isfinite(x.x) && std::isfinite(x.y));
    const double slack = rel == 2 ? 0 : 2 * geo::eps<double>;
    for (const Circle<double>& c : {A, B}) {
      const double res = std::abs(std::hypot(x.x - c.c.x, x.y - c.c.y) - c.r);
      const double M = std::abs(x.x) + std::abs(x.y) + std::abs(c.c.x) + std::abs(c.c.y) + c.r;
      RC_ASSERT(res <= 16 * u * M + slack);
    }
  }
  const auto t = geo::tangents(A, B);
  for (const auto& x : t) RC_ASSERT(std::isfinite(x.first.x) && std::isfinite(x.second.y) && !(x.first == x.second));
  // the count table: exact when every decision is clear of its band (a radius <= eps is a point)
  const Band ra = band(Q(a.r * a.r), Q(0), eps), rb = band(Q(b.r * b.r), Q(0), eps);
  if (clear && !ra.zero_ok && !rb.zero_ok) RC_ASSERT(int(t.size()) == oc::tangent_lines(a, b));
  if (clear && !ra.exact_ok && !rb.exact_ok) RC_ASSERT(int(t.size()) == oc::tangent_lines(oc::OC{a.c, 0}, oc::OC{b.c, 0}));
  const Point<double> far{B.c.x + B.r + 1, B.c.y};
  for (const PD& x : geo::intersection(A, B.c, far)) RC_ASSERT(std::isfinite(x.x) && std::isfinite(x.y));
}

}  // namespace
