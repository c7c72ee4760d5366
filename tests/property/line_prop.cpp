// Properties of geometry/line.hpp, projection.hpp, line_intersection.hpp (and the line
// parts of distance.hpp) against the exact oracles of tests/support/oracle_lines.hpp.
//
// long long: side, on_line, parallel, orthogonal, intersect, dist2 equal the oracle exactly on
//   dense 6x6 / 10x10 grids, uniform and boundary coordinates up to 1e9, collinear lattice
//   quadruples and nearly parallel directions ((10000, 1) vs (9999, 1)); projection,
//   reflection and intersection point (doubles) within 5u (|x| + |a|) of the exact point.
// mpq_rational: the library itself computes projection, reflection, intersection point,
//   line_abc and dist2 exactly equal to the oracle; reflect twice is the identity, the
//   projection is on the line and the midpoint of the point and its reflection.
// double / long double: side and parallel / orthogonal obey the EPS contract (outside the
//   band eps/2..2eps the exact answer) for |coordinates| <= eps / (23 u); reversing a line or
//   swapping two lines changes nothing bit for bit; constructions stay within their
//   documented error bounds (line.hpp) at every scale, nearly parallel lines included.
#include "geometry/line.hpp"
#include "geometry/line_distance.hpp"
#include "geometry/line_intersection.hpp"
#include "geometry/projection.hpp"

#include "contract.hpp"
#include "generators.hpp"
#include "oracle.hpp"
#include "oracle_lines.hpp"
#include "property.hpp"
#include "scoped_eps.hpp"
#include "show.hpp"

#include <cmath>
#include <limits>

namespace {

using geo::Line;
using geo::Point;
using geotest::Quad;
using geotest::Val;
using oracle::Q;
using oracle::QP;
using oracle::qp;
namespace ol = oracle_lines;
using LL = long long;
using LD = long double;
constexpr LL kBound = 1000000000;

LD ld(const Q& v) { return v.convert_to<LD>(); }
LD len(const QP& p) { return std::sqrt(ld(oracle::dot(p, p))); }
template <class T> LD err(const Point<T>& got, const QP& want) {
  if constexpr (std::is_floating_point<T>::value)
    RC_ASSERT(std::isfinite(got.x) && std::isfinite(got.y));
  return std::sqrt(ld(oracle::dist2(qp(got), want)));
}
// max over the two lines of the distance from x to that line's nearer defining point
LD near_dist(const QP& a, const QP& b, const QP& c, const QP& d, const QP& x) {
  const Q r1 = std::min(oracle::dist2(a, x), oracle::dist2(b, x));
  const Q r2 = std::min(oracle::dist2(c, x), oracle::dist2(d, x));
  return std::sqrt(ld(std::max(r1, r2)));
}
template <class T> LD unit() { return std::numeric_limits<geo::frac_t<T>>::epsilon() / 2; }
template <class T> Q dist2q(const geo::Dist2<T>& d) { return oracle::q(d.num) / oracle::q(d.den); }

// Lines need two distinct points: move b (d) by one unit (or one ULP) if it equals a (c).
template <class T> Quad<T> distinct(Quad<T> q) {
  auto fix = [](const Point<T>& a, Point<T>& b) {
    if (a != b) return;
    if constexpr (std::is_integral<T>::value) b.x += b.x > 0 ? -1 : 1;
    else b.x = b.x == 0 ? T(1) : std::nextafter(b.x, T(0));
  };
  fix(q.a, q.b), fix(q.c, q.d);
  return q;
}

// Documented precondition for floating lines (line.hpp): |b - a| >= 1e-140 (any floating
// type, as for segments); shorter directions underflow in the products.
template <class T> bool long_enough(const Point<T>& a, const Point<T>& b) {
  const LD m = 1e-140L;
  return std::hypot(static_cast<LD>(b.x) - a.x, static_cast<LD>(b.y) - a.y) >= m;
}

rc::Gen<Quad<LL>> exact_quad() {
  using namespace geotest;
  return rc::gen::weightedOneOf<Quad<LL>>({
      {3, grid_quad<LL>()},
      {2, quad_of(uniform_point<LL>(kBound))},
      {1, quad_of(bound_point<LL>(kBound))},
      {2, collinear_quad<LL>(kBound)},
      {2, nearly_parallel_quad<LL>(kBound)},
  });
}

template <class T> rc::Gen<Val<T>> eps_choice() {
  return geotest::val(rc::gen::weightedElement<T>({{4, T(1e-9)}, {1, T(1e-6)}, {1, T(1e-12)}}));
}

// A range R = B * 2^-m: at the bound, or m in 1..40.
template <class T> rc::Gen<Val<T>> range_below(T B) {
  return geotest::val(rc::gen::weightedOneOf<T>({
      {2, rc::gen::just(B)},
      {3, rc::gen::map(geotest::uniform_int(1, 40), [B](LL m) { return std::ldexp(B, -static_cast<int>(m)); })},
  }));
}

// c + e with |e x d| / max(|d|, |e|) (parallel) or |e . d| / max (orthogonal) about f eps.
template <class T> rc::Gen<Quad<T>> near_parallel_float(T R, T eps, bool ortho) {
  using namespace geotest;
  return rc::gen::apply(
      [=](Point<T> a, Point<T> b, Point<T> c, T mu, T f, bool swap) {
        if (a == b) b.x = b.x == 0 ? R / 3 : T(0);
        const Point<T> d = b - a, u = unit_dir(d), n(-u.y, u.x);
        const T h = f * eps, L = std::sqrt(d.x * d.x + d.y * d.y);
        const Point<T> e = ortho ? n * (L * mu) + u * h : d * mu + n * h;
        Point<T> c2(c.x + e.x, c.y + e.y);
        c2.x = std::fmin(std::fmax(c2.x, -R), R), c2.y = std::fmin(std::fmax(c2.y, -R), R);
        return swap ? Quad<T>{c, c2, a, b} : Quad<T>{a, b, c, c2};
      },
      uniform_point<T>(R / 3), uniform_point<T>(R / 3), uniform_point<T>(R / 3),
      rc::gen::map(uniform_unit<T>(), [](T v) { return 2 * v - 1; }), eps_factor<T>(),
      rc::gen::arbitrary<bool>());
}

template <class T> rc::Gen<geotest::Triple<T>> side_triple(T R, T eps) {
  using namespace geotest;
  return rc::gen::weightedOneOf<Triple<T>>({
      {4, near_collinear_triple<T>(R, eps)},
      {2, endpoint_query_triple<T>(R, eps)},
      {2, bound_near_collinear_triple<T>(R, eps)},
      {1, triple_of(mixed_point<T>(R))},
  });
}

}  // namespace

// ================================================================ long long: exact

CPGEO_PROP(LineExact, Predicates, 3000, ()) {
  const Quad<LL> q = distinct(*exact_quad());
  const Line<LL> l{q.a, q.b}, m{q.c, q.d}, lr{q.b, q.a}, mr{q.d, q.c};
  const QP a = qp(q.a), b = qp(q.b), c = qp(q.c), d = qp(q.d);
  const int s = ol::side(a, b, c);
  RC_ASSERT(geo::side(l, q.c) == s);
  RC_ASSERT(geo::side(lr, q.c) == -s);
  RC_ASSERT(geo::on_line(q.c, l) == (s == 0));
  const QP u = oracle::sub(b, a), v = oracle::sub(d, c);
  const bool par = oracle::cross(u, v) == 0, ort = oracle::dot(u, v) == 0;
  const ol::LineMeet meet = ol::line_meet(a, b, c, d);
  RC_TAG(meet.kind);
  for (const auto& pr : {std::make_pair(l, m), std::make_pair(m, l), std::make_pair(lr, m),
                         std::make_pair(l, mr), std::make_pair(mr, lr)}) {
    RC_ASSERT(geo::parallel(pr.first, pr.second) == par);
    RC_ASSERT(geo::orthogonal(pr.first, pr.second) == ort);
    RC_ASSERT(geo::intersect(pr.first, pr.second) == (meet.kind != 0));
    RC_ASSERT(dist2q(dist2(pr.first, pr.second)) == (par ? ol::line_dist2(a, b, c) : Q(0)));
  }
  RC_ASSERT(dist2q(dist2(q.c, l)) == ol::line_dist2(a, b, c));
  RC_ASSERT(dist2q(dist2(q.c, lr)) == ol::line_dist2(a, b, c));
}

CPGEO_PROP(LineExact, Constructions, 3000, ()) {
  const Quad<LL> q = distinct(*exact_quad());
  const Line<LL> l{q.a, q.b}, m{q.c, q.d}, lr{q.b, q.a}, mr{q.d, q.c};
  const QP a = qp(q.a), b = qp(q.b), c = qp(q.c), d = qp(q.d);
  const LD u = unit<LL>(), amax = std::max({len(a), len(b), len(c), len(d)});

  const QP x = ol::projection(a, b, c);
  const Point<double> px = geo::project(q.c, l);
  RC_ASSERT(err(px, x) <= 5 * u * (len(x) + amax));
  RC_ASSERT(geo::project(q.c, lr) == px);  // bit for bit
  const QP y = ol::reflection(a, b, c);
  const Point<double> ry = geo::reflect(q.c, l);
  RC_ASSERT(err(ry, y) <= 10 * u * (len(x) + amax) + u * len(y));
  RC_ASSERT(geo::reflect(q.c, lr) == ry);

  const ol::LineMeet meet = ol::line_meet(a, b, c, d);
  const auto got = geo::intersection(l, m);
  RC_ASSERT(got.first == meet.kind);
  for (const auto& other : {geo::intersection(m, l), geo::intersection(lr, m),
                            geo::intersection(l, mr), geo::intersection(mr, lr)}) {
    RC_ASSERT(other.first == got.first);
    RC_ASSERT(other.second == got.second);
  }
  if (meet.kind == 1) {
    RC_LOG() << "exact x = (" << meet.x.x << ", " << meet.x.y << ")\n";
    RC_ASSERT(err(got.second, meet.x) <= 5 * u * (len(meet.x) + amax));
  }
}

// ================================================================ rationals: the library exact

CPGEO_PROP(LineRational, ExactConstructions, 600, ()) {
  using namespace geotest;
  const Quad<LL> s = distinct(*rc::gen::weightedOneOf<Quad<LL>>({
      {2, grid_quad<LL>()},
      {2, quad_of(uniform_point<LL>(1000000))},
      {1, nearly_parallel_quad<LL>(1000000)},
  }));
  auto cv = [](const Point<LL>& p) { return Point<Q>(Q(p.x), Q(p.y)); };
  const Point<Q> A = cv(s.a), B = cv(s.b), C = cv(s.c), D = cv(s.d);
  const Line<Q> l{A, B}, m{C, D};
  const QP a = qp(A), b = qp(B), c = qp(C), d = qp(D);
  const Point<Q> x = geo::project(C, l), y = geo::reflect(C, l);
  RC_ASSERT(ol::same(qp(x), ol::projection(a, b, c)));
  RC_ASSERT(ol::same(qp(y), ol::reflection(a, b, c)));
  RC_ASSERT(geo::reflect(y, l) == C);                       // twice: the identity
  RC_ASSERT(geo::on_line(x, l));                            // the foot is on the line
  RC_ASSERT((C + y) / Q(2) == x);                           // ... and the midpoint
  const auto got = geo::intersection(l, m);
  const ol::LineMeet meet = ol::line_meet(a, b, c, d);
  RC_ASSERT(got.first == meet.kind);
  if (meet.kind == 1) RC_ASSERT(ol::same(qp(got.second), meet.x));
  RC_ASSERT(dist2q(dist2(C, l)) == ol::line_dist2(a, b, c));
  // line_abc: both points satisfy A x + B y = C, and they differ
  const LL ca = *uniform_int(-1000, 1000), cb = *uniform_int(-1000, 1000), cc = *uniform_int(-1000000, 1000000);
  RC_PRE(ca != 0 || cb != 0);
  const Line<Q> e = geo::line_abc(Q(ca), Q(cb), Q(cc));
  RC_ASSERT(e.a != e.b);
  for (const Point<Q>& p : {e.a, e.b}) RC_ASSERT(Q(ca) * p.x + Q(cb) * p.y == Q(cc));
  const Line<double> ed = geo::line_abc(ca, cb, cc);  // long long -> double, approximately
  for (const Point<double>& p : {ed.a, ed.b}) {
    const Q f = Q(ca) * oracle::q(p.x) + Q(cb) * oracle::q(p.y) - Q(cc);
    RC_ASSERT(std::fabs(ld(f)) <= 1e-9 * (std::abs(ca) + std::abs(cb)) * (1 + std::fabs(p.x) + std::fabs(p.y)));
  }
}

// ================================================================ floating: EPS contract

template <class T> void prop_side_contract() {
  const T eps = *eps_choice<T>();
  const T R = *range_below<T>(contract::contract_bound(eps));
  const geotest::Triple<T> t = *side_triple<T>(R, eps);
  RC_PRE(long_enough(t.a, t.b));
  geotest::ScopedEps<T> scoped(eps);
  const QP a = qp(t.a), b = qp(t.b), c = qp(t.c);
  const int exact = ol::side(a, b, c);
  const int band = ol::band(ol::line_dist2(a, b, c), oracle::q(eps));
  const Line<T> l{t.a, t.b}, lr{t.b, t.a};
  const int got = geo::side(l, t.c);
  RC_TAG(band);
  RC_LOG() << "side = " << got << ", exact " << exact << ", band " << band << "\n";
  if (band == -1) RC_ASSERT(got == 0);
  if (band == 1) RC_ASSERT(got == exact);
  RC_ASSERT(got == 0 || got == exact);
  RC_ASSERT(geo::side(l, t.c) == got);
  RC_ASSERT(geo::side(lr, t.c) == -got);
  RC_ASSERT(geo::on_line(t.c, l) == (got == 0));
  RC_ASSERT(dist2(t.c, l).zero() == (got == 0));
}
CPGEO_PROP(LineContract, SideDouble, 3000, ()) { prop_side_contract<double>(); }
CPGEO_PROP(LineContract, SideLongDouble, 1500, ()) { prop_side_contract<long double>(); }

template <class T> void prop_parallel_contract(bool ortho) {
  const T eps = *eps_choice<T>();
  const T R = *range_below<T>(contract::contract_bound(eps));
  const Quad<T> q = distinct(*rc::gen::weightedOneOf<Quad<T>>({
      {4, near_parallel_float<T>(R, eps, ortho)},
      {1, geotest::quad_of(geotest::mixed_point<T>(R))},
      {1, geotest::collinear_quad<T>(static_cast<LL>(std::fmin(contract::contract_bound(eps), T(1e6))))},
  }));
  RC_PRE(long_enough(q.a, q.b) && long_enough(q.c, q.d));
  geotest::ScopedEps<T> scoped(eps);
  const QP a = qp(q.a), b = qp(q.b), c = qp(q.c), d = qp(q.d);
  const QP u = oracle::sub(b, a), v = oracle::sub(d, c);
  const Q x = ortho ? oracle::dot(u, v) : oracle::cross(u, v);
  const bool exact = x == 0;
  const int band = ol::band(ortho ? ol::orthogonal_measure2(a, b, c, d) : ol::parallel_measure2(a, b, c, d),
                            oracle::q(eps));
  const Line<T> l{q.a, q.b}, m{q.c, q.d}, lr{q.b, q.a}, mr{q.d, q.c};
  const bool got = ortho ? geo::orthogonal(l, m) : geo::parallel(l, m);
  RC_TAG(band);
  if (band == -1) RC_ASSERT(got);
  if (band == 1) RC_ASSERT(got == exact);
  for (const auto& pr : {std::make_pair(m, l), std::make_pair(lr, m), std::make_pair(l, mr),
                         std::make_pair(mr, lr)})
    RC_ASSERT((ortho ? geo::orthogonal(pr.first, pr.second) : geo::parallel(pr.first, pr.second)) == got);
  if (!ortho && band == 1) RC_ASSERT(geo::intersect(l, m));  // clearly not parallel: they meet
}
CPGEO_PROP(LineContract, ParallelDouble, 2000, ()) { prop_parallel_contract<double>(false); }
CPGEO_PROP(LineContract, ParallelLongDouble, 1000, ()) { prop_parallel_contract<long double>(false); }
CPGEO_PROP(LineContract, OrthogonalDouble, 2000, ()) { prop_parallel_contract<double>(true); }
CPGEO_PROP(LineContract, OrthogonalLongDouble, 1000, ()) { prop_parallel_contract<long double>(true); }

// ================================================================ floating: constructions

template <class T> void prop_constructions() {
  const T eps = T(1e-9);
  const T B = contract::contract_bound(eps);
  const T R = *geotest::val(rc::gen::element(T(1), T(1000), B, T(1e9)));
  const Quad<T> q = distinct(*rc::gen::weightedOneOf<Quad<T>>({
      {3, geotest::quad_of(geotest::mixed_point<T>(R))},
      {2, near_parallel_float<T>(R, eps, false)},
      {2, R >= 1000 ? geotest::nearly_parallel_quad<T>(static_cast<LL>(R))
                    : geotest::quad_of(geotest::uniform_point<T>(R))},
  }));
  RC_PRE(long_enough(q.a, q.b) && long_enough(q.c, q.d));
  const Line<T> l{q.a, q.b}, m{q.c, q.d}, lr{q.b, q.a}, mr{q.d, q.c};
  const QP a = qp(q.a), b = qp(q.b), c = qp(q.c), d = qp(q.d);
  const LD u = unit<T>();
  const LD near_c = std::sqrt(ld(std::min(oracle::dist2(a, c), oracle::dist2(b, c))));

  // projection and reflection
  const QP x = ol::projection(a, b, c), y = ol::reflection(a, b, c);
  const Point<T> px = geo::project(q.c, l), ry = geo::reflect(q.c, l);
  const LD tiny = 16 * std::numeric_limits<T>::denorm_min();  // the bounds hold barring underflow
  const LD pb = 8 * u * (near_c + len(x)) + tiny, rb = 18 * u * (near_c + len(x)) + u * len(c) + tiny;
  RC_ASSERT(err(px, x) <= pb);
  RC_ASSERT(err(ry, y) <= rb);
  RC_ASSERT(geo::project(q.c, lr) == px);
  RC_ASSERT(geo::reflect(q.c, lr) == ry);
  // twice is the identity, the foot is the midpoint: within the bounds above
  RC_ASSERT(err(geo::reflect(ry, l), c) <= 2 * rb + u * len(c));
  RC_ASSERT(err(Point<T>((q.c.x + ry.x) / 2, (q.c.y + ry.y) / 2), x) <= pb + rb + 2 * u * len(x));
  // distance to the line
  const LD h = std::sqrt(ld(ol::line_dist2(a, b, c)));
  RC_ASSERT(std::fabs(static_cast<LD>(dist(q.c, l)) - h) <=
            8 * u * near_c + 4 * u * h + 4 * std::sqrt(std::numeric_limits<T>::min()));

  // intersection point
  const auto got = geo::intersection(l, m);
  for (const auto& other : {geo::intersection(m, l), geo::intersection(lr, m),
                            geo::intersection(l, mr), geo::intersection(mr, lr)}) {
    RC_ASSERT(other.first == got.first);
    RC_ASSERT(other.second == got.second);
  }
  const ol::LineMeet meet = ol::line_meet(a, b, c, d);
  RC_TAG(got.first);
  if (R <= B && meet.kind != 1) RC_ASSERT(got.first != 1);  // exactly parallel -> parallel()
  if (got.first == 1 && meet.kind == 1) {
    const QP e1 = oracle::sub(b, a), e2 = oracle::sub(d, c);
    const LD sin = std::fabs(ld(oracle::cross(e1, e2))) / (len(e1) * len(e2));
    const LD D = near_dist(a, b, c, d, meet.x);
    RC_LOG() << "sin = " << sin << ", D = " << D << "\n";
    // underflow in N = (o - p) x e is absolute (~denorm_min), amplified by 1 / (|e| sin)
    const LD under = tiny * (1 + 1 / (sin * std::min(len(e1), len(e2))));
    // a first-order bound: it holds while u / sin is small (docs/line_intersection.md)
    if (sin >= 64 * u) RC_ASSERT(err(got.second, meet.x) <= 24 * u * D / sin + 2 * u * len(meet.x) + under);
  }
}
CPGEO_PROP(LineConstruct, Double, 3000, ()) { prop_constructions<double>(); }
CPGEO_PROP(LineConstruct, LongDouble, 1500, ()) { prop_constructions<long double>(); }
