// Properties of geometry/orient.hpp against the exact oracle (tests/support/oracle.hpp).
//
// orient, long long: equal to the exact determinant sign for |x|,|y| <= 1e9, including
//   coordinates exactly +-1e9, exactly collinear lattice triples and +-1 perturbations;
//   the same beyond 1e9 up to the documented 4e18 (2e9: a Minkowski sum of 1e9 inputs).
// orient, double / long double: the EPS contract (tests/support/contract.hpp): altitude
//   <= eps/2 -> 0, >= 2 eps -> exact sign, while |coordinates| <= eps / (23 u); every call
//   is deterministic, invariant under cyclic rotation and negated by any swap, bit for bit;
//   scaling every coordinate AND eps by 2^k (k in -20..20) gives the same answer.
// ccw: equal to the exact five-way CGL_1_C answer for long long; floating answers lie in
//   the allowed set of contract::ccw_allowed.
// eps is drawn per case from {1e-9 (the default, weight 4), 1e-6, 2^-30, 1e-12} and set with
// ScopedEps; the coordinate bound follows eps.
#include "geometry/ccw.hpp"

#include "contract.hpp"
#include "generators.hpp"
#include "oracle.hpp"
#include "property.hpp"
#include "scoped_eps.hpp"
#include "show.hpp"

#include <array>
#include <cmath>

namespace {

using geo::Point;
using geotest::Triple;
using geotest::Val;
using oracle::qp;
using LL = long long;
constexpr LL kBound = 1000000000;
constexpr LL kWide = 4000000000000000000;  // orient's and ccw's documented long long bound

// A range beyond 1e9: 2e9 (the library's own outputs), 4e18 (the bound), or in between.
rc::Gen<LL> wide_range() {
  return rc::gen::weightedOneOf<LL>({
      {2, rc::gen::just(2 * kBound)},
      {2, rc::gen::just(kWide)},
      {1, geotest::uniform_int(kBound + 1, kWide)},
  });
}

// Any long long triple within R: uniform, at the bound, or exactly collinear (+-1 unit).
rc::Gen<Triple<LL>> wide_triple(LL R) {
  using namespace geotest;
  return rc::gen::weightedOneOf<Triple<LL>>({
      {1, triple_of(uniform_point<LL>(R))},
      {2, triple_of(bound_point<LL>(R))},
      {3, lattice_collinear_triple<LL>(R)},
      {2, rc::gen::apply(  // c within a unit of segment ab, a and b on the box's boundary
              [R](Point<LL> a, Point<LL> b, LL k, LL dx, LL dy) {
                __extension__ typedef __int128 I;
                auto at = [&](LL p, LL q) { return static_cast<LL>(p + (I(q) - p) * k / 1024); };
                const Point<LL> c(at(a.x, b.x) + dx, at(a.y, b.y) + dy);
                return Triple<LL>{a, b, Point<LL>(std::max(-R, std::min(R, c.x)), std::max(-R, std::min(R, c.y)))};
              },
              bound_point<LL>(R), bound_point<LL>(R), uniform_int(0, 1024), uniform_int(-1, 1), uniform_int(-1, 1))},
  });
}

// ---------------------------------------------------------------- helpers

// orient on all six orderings: cyclic rotations equal, swaps negate.
template <class T> std::array<int, 6> all_orders(const Triple<T>& t) {
  return {geo::orient(t.a, t.b, t.c), geo::orient(t.b, t.c, t.a), geo::orient(t.c, t.a, t.b),
          -geo::orient(t.b, t.a, t.c), -geo::orient(t.a, t.c, t.b), -geo::orient(t.c, t.b, t.a)};
}

void check_exact_orient(const Triple<LL>& t) {
  const int want = oracle::orientation(qp(t.a), qp(t.b), qp(t.c));
  for (int got : all_orders(t)) RC_ASSERT(got == want);
}

template <class T> rc::Gen<Val<T>> eps_choice() {
  return geotest::val(rc::gen::weightedElement<T>({
      {4, T(1e-9)},
      {1, T(1e-6)},
      {1, std::ldexp(T(1), -30)},
      {1, T(1e-12)},
  }));
}

// The contract for one triple under eps; returns orient's answer.
template <class T> int check_orient_contract(const Triple<T>& t, T eps, bool tag = true) {
  const T B = contract::contract_bound(eps);
  for (const Point<T>& p : {t.a, t.b, t.c})
    RC_ASSERT(std::fabs(p.x) <= B && std::fabs(p.y) <= B);  // generator precondition
  geotest::ScopedEps<T> scoped(eps);
  const auto a = qp(t.a), b = qp(t.b), c = qp(t.c);
  const oracle::Q e = oracle::q(eps);
  const contract::Answers allowed = contract::orient_allowed(a, b, c, e);
  const int got = geo::orient(t.a, t.b, t.c);
  if (tag) RC_TAG(contract::orient_band(a, b, c, e));  // -1: must be 0, 0: band, 1: sign
  RC_LOG() << "orient = " << got << ", allowed " << allowed.str() << ", exact sign "
           << oracle::orientation(a, b, c) << ", eps = " << geotest::lit(eps) << "\n";
  RC_ASSERT(allowed.has(got));
  RC_ASSERT(geo::orient(t.a, t.b, t.c) == got);  // deterministic
  for (int o : all_orders(t)) RC_ASSERT(o == got);
  return got;
}

// A coordinate range R = B * 2^-m: m = 0 (at the bound) or 1..40.
template <class T> rc::Gen<Val<T>> range_below(T B) {
  return geotest::val(rc::gen::weightedOneOf<T>({
      {2, rc::gen::just(B)},
      {3, rc::gen::map(geotest::uniform_int(1, 40),
                       [B](LL m) { return std::ldexp(B, -static_cast<int>(m)); })},
  }));
}

// Any triple kind, with every coordinate within R.
template <class T> rc::Gen<Triple<T>> any_triple(T R, T eps) {
  using namespace geotest;
  return rc::gen::weightedOneOf<Triple<T>>({
      {2, triple_of(mixed_point<T>(R))},
      {4, near_collinear_triple<T>(R, eps)},
      {2, endpoint_query_triple<T>(R, eps)},
      {2, bound_near_collinear_triple<T>(R, eps)},
      {2, lattice_collinear_triple<T>(std::fmin(R, T(1) / std::numeric_limits<T>::epsilon()))},
  });
}

}  // namespace

// ================================================================ orient, long long

CPGEO_PROP(OrientExact, LongLongUniform, 10000, ()) {
  check_exact_orient(*geotest::triple_of(geotest::uniform_point<LL>(kBound)));
}

CPGEO_PROP(OrientExact, LongLongAtBound, 10000, ()) {
  // coordinates exactly +-1e9 most of the time: the largest cross products
  check_exact_orient(*geotest::triple_of(geotest::bound_point<LL>(kBound)));
}

CPGEO_PROP(OrientExact, LongLongNearCollinear, 10000, ()) {
  // exactly collinear lattice triples up to 1e9, or one point moved by one unit
  check_exact_orient(*geotest::lattice_collinear_triple<LL>(kBound));
}

CPGEO_PROP(OrientExact, LongLongGrid, 5000, ()) {
  const int n = *geotest::grid_side();
  check_exact_orient(*geotest::grid_triple<LL>(n, -(n / 2)));
}

CPGEO_PROP(OrientExact, LongLongBeyondOneBillion, 10000, ()) {
  const LL R = *wide_range();
  RC_TAG(R == 2 * kBound ? "2e9" : R == kWide ? "4e18" : "between");
  check_exact_orient(*wide_triple(R));
}

// ================================================================ orient, floating

template <class T> void prop_orient_mixed() {
  const T eps = *eps_choice<T>();
  const T R = *range_below<T>(contract::contract_bound(eps));
  check_orient_contract(*geotest::triple_of(geotest::mixed_point<T>(R)), eps);
}
CPGEO_PROP(OrientContract, DoubleMixed, 10000, ()) { prop_orient_mixed<double>(); }
CPGEO_PROP(OrientContract, LongDoubleMixed, 5000, ()) { prop_orient_mixed<long double>(); }

template <class T> void prop_orient_near_collinear() {
  const T eps = *eps_choice<T>();
  const T R = *range_below<T>(contract::contract_bound(eps));
  check_orient_contract(*geotest::near_collinear_triple<T>(R, eps), eps);
}
CPGEO_PROP(OrientContract, DoubleNearCollinear, 60000, ()) { prop_orient_near_collinear<double>(); }
CPGEO_PROP(OrientContract, LongDoubleNearCollinear, 30000, ()) {
  prop_orient_near_collinear<long double>();
}

template <class T> void prop_orient_at_bound() {
  const T eps = *eps_choice<T>();
  const T B = contract::contract_bound(eps);
  const bool near = *rc::gen::weightedElement<bool>({{3, true}, {1, false}});
  check_orient_contract(near ? *geotest::bound_near_collinear_triple<T>(B, eps)
                             : *geotest::triple_of(geotest::bound_point<T>(B)),
                        eps);
}
CPGEO_PROP(OrientContract, DoubleAtBound, 40000, ()) { prop_orient_at_bound<double>(); }
CPGEO_PROP(OrientContract, LongDoubleAtBound, 20000, ()) { prop_orient_at_bound<long double>(); }

template <class T> void prop_orient_ulp_lattice() {
  // exactly collinear integer triples, and the same a few ULPs off: the cases where an
  // FMA-contracted raw cross product is not 0; their exact altitude is a few ULPs at most
  const T eps = *eps_choice<T>();
  const T B = contract::contract_bound(eps);
  const T R = std::fmin(std::floor(std::fmax(T(1), *range_below<T>(B))),
                        T(1) / std::numeric_limits<T>::epsilon());
  check_orient_contract(*geotest::lattice_collinear_triple<T>(R), eps);
}
CPGEO_PROP(OrientContract, DoubleUlpLattice, 20000, ()) { prop_orient_ulp_lattice<double>(); }
CPGEO_PROP(OrientContract, LongDoubleUlpLattice, 10000, ()) { prop_orient_ulp_lattice<long double>(); }

template <class T> void prop_orient_scales() {
  // tiny (|coordinates| <= 1e-6) with eps 1e-15 (scaled) or 1e-9 (then every triangle is
  // within eps: must be 0); huge (<= 1e6) with eps 1e-3 (scaled) or 1e-8 (the smallest
  // round eps whose double bound, 3.9e6, covers 1e6)
  const bool tiny = *rc::gen::arbitrary<bool>();
  const T scale = tiny ? T(1e-6) : T(1e6);
  const T eps = *geotest::val(tiny ? rc::gen::element(T(1e-15), T(1e-9))
                                   : rc::gen::element(T(1e-3), T(1e-8)));
  RC_ASSERT(scale <= contract::contract_bound(eps));
  const bool near = *rc::gen::arbitrary<bool>();
  check_orient_contract(near ? *geotest::near_collinear_triple<T>(scale, eps)
                             : *geotest::triple_of(geotest::uniform_point<T>(scale)),
                        eps);
}
CPGEO_PROP(OrientContract, DoubleScales, 10000, ()) { prop_orient_scales<double>(); }
CPGEO_PROP(OrientContract, LongDoubleScales, 5000, ()) { prop_orient_scales<long double>(); }

template <class T> void prop_orient_homogeneous() {
  const T eps = *eps_choice<T>();
  const T R = *range_below<T>(contract::contract_bound(eps));
  const Triple<T> t = *any_triple<T>(R, eps);
  const int k = static_cast<int>(*geotest::uniform_int(-20, 20));
  const int base = check_orient_contract(t, eps);
  auto s = [k](const Point<T>& p) { return Point<T>(std::ldexp(p.x, k), std::ldexp(p.y, k)); };
  const Triple<T> scaled{s(t.a), s(t.b), s(t.c)};
  RC_LOG() << "scaled by 2^" << k << ": " << rc::toString(scaled) << "\n";
  const int got = check_orient_contract(scaled, std::ldexp(eps, k), false);
  RC_ASSERT(got == base);
}
CPGEO_PROP(OrientHomogeneous, Double, 40000, ()) { prop_orient_homogeneous<double>(); }
CPGEO_PROP(OrientHomogeneous, LongDouble, 20000, ()) { prop_orient_homogeneous<long double>(); }

// ================================================================ ccw

CPGEO_PROP(CcwExact, LongLong, 20000, ()) {
  using namespace geotest;
  const int n = *grid_side();
  const Triple<LL> t = *rc::gen::weightedOneOf<Triple<LL>>({
      {3, grid_triple<LL>(n, -(n / 2))},
      {2, lattice_collinear_triple<LL>(kBound)},
      {1, triple_of(bound_point<LL>(kBound))},
      {1, triple_of(uniform_point<LL>(kBound))},
  });
  RC_PRE(t.a != t.b);
  const int want = oracle::cgl_ccw(qp(t.a), qp(t.b), qp(t.c));
  RC_TAG(want);
  RC_ASSERT(geo::ccw(t.a, t.b, t.c) == want);
}

CPGEO_PROP(CcwExact, LongLongBeyondOneBillion, 10000, ()) {
  const Triple<LL> t = *wide_triple(*wide_range());
  RC_PRE(t.a != t.b);
  const int want = oracle::cgl_ccw(qp(t.a), qp(t.b), qp(t.c));
  RC_TAG(want);
  RC_ASSERT(geo::ccw(t.a, t.b, t.c) == want);
}

template <class T> void prop_ccw_contract() {
  const T eps = *eps_choice<T>();
  const T B = contract::contract_bound(eps);
  const T R = *range_below<T>(B);
  const Triple<T> t = *any_triple<T>(R, eps);
  RC_PRE(t.a != t.b);
  geotest::ScopedEps<T> scoped(eps);
  const auto a = qp(t.a), b = qp(t.b), c = qp(t.c);
  const contract::Answers allowed = contract::ccw_allowed(a, b, c, oracle::q(eps));
  const int got = geo::ccw(t.a, t.b, t.c);
  RC_CLASSIFY(allowed.single(), "outside every band");
  RC_LOG() << "ccw = " << got << ", allowed " << allowed.str() << ", exact "
           << oracle::cgl_ccw(a, b, c) << ", eps = " << geotest::lit(eps) << "\n";
  RC_ASSERT(allowed.has(got));
  RC_ASSERT(geo::ccw(t.a, t.b, t.c) == got);
}
CPGEO_PROP(CcwContract, Double, 60000, ()) { prop_ccw_contract<double>(); }
CPGEO_PROP(CcwContract, LongDouble, 30000, ()) { prop_ccw_contract<long double>(); }

// ================================================================ the build itself

// cpgeo_property_fma exists to run the floating properties with a*b - c*d contracted into a
// fused multiply-add; check that it really is (and that the plain build is not), on the
// exactly collinear b = (0.1, 0.3), c = 2b = (0.2, 0.6), where the contracted value is the
// rounding error of one product instead of 0. volatile + noinline keep GCC from folding it.
__attribute__((noinline)) double raw_cross(double ax, double ay, double bx, double by) {
  return ax * by - ay * bx;
}
TEST(FmaBuild, ContractionAsConfigured) {
  volatile double bx = 0.1, by = 0.3, cx = 0.2, cy = 0.6;
  const double r = raw_cross(bx, by, cx, cy);
#ifdef CPGEO_FMA_BUILD
  EXPECT_NE(r, 0.0) << "this build does not contract a*b - c*d into an FMA";
#else
  EXPECT_EQ(r, 0.0) << "this build contracts a*b - c*d (expected only in the FMA build)";
#endif
}
