// Unit tests of geometry/scalar.hpp: is_exact_v, eps<T> (0 for exact types, 1e-9 otherwise,
// assignable at run time, per type), sgn (exact for exact types; |x| <= eps is zero for
// floating ones), wide_t and real_t. Values near the eps boundary are built with nextafter so
// the tests fail if the boundary moves. The header is included alone: it needs no Point.
#include "geometry/scalar.hpp"

#include "oracle.hpp"
#include "scoped_eps.hpp"

#include <gtest/gtest.h>

#include <climits>
#include <cmath>
#include <limits>
#include <type_traits>

namespace {

using oracle::Q;
using oracle::Z;

TEST(Scalar, ExactnessTraits) {
  EXPECT_TRUE(geo::is_exact_v<long long>);
  EXPECT_TRUE(geo::is_exact_v<Z>);
  EXPECT_TRUE(geo::is_exact_v<Q>);
  EXPECT_FALSE(geo::is_exact_v<double>);
  EXPECT_FALSE(geo::is_exact_v<long double>);
}

TEST(Scalar, DefaultEps) {
  EXPECT_EQ(geo::eps<double>, 1e-9);
  EXPECT_EQ(geo::eps<long double>, static_cast<long double>(1e-9));
  EXPECT_EQ(geo::eps<long long>, 0);
  EXPECT_EQ(geo::eps<Q>, 0);
}

TEST(Scalar, SgnExactTypes) {
  EXPECT_EQ(geo::sgn(0LL), 0);
  EXPECT_EQ(geo::sgn(1LL), 1);
  EXPECT_EQ(geo::sgn(-1LL), -1);
  EXPECT_EQ(geo::sgn(LLONG_MAX), 1);
  EXPECT_EQ(geo::sgn(LLONG_MIN), -1);
  // far below any floating eps, still exact
  EXPECT_EQ(geo::sgn(Q(1, Z(10) * Z("1000000000000000000000000000000"))), 1);
  EXPECT_EQ(geo::sgn(Q(-1, 3)), -1);
  EXPECT_EQ(geo::sgn(Q(0)), 0);
  __extension__ typedef __int128 i128;
  EXPECT_EQ(geo::sgn(static_cast<i128>(1) << 100), 1);
  EXPECT_EQ(geo::sgn(-(static_cast<i128>(1) << 100)), -1);
}

template <class T> void sgn_floating_boundary() {
  const T e = geo::eps<T>;
  const T inf = std::numeric_limits<T>::infinity();
  EXPECT_EQ(geo::sgn(T(0)), 0);
  EXPECT_EQ(geo::sgn(-T(0)), 0);
  EXPECT_EQ(geo::sgn(e), 0);  // |x| <= eps is zero: inclusive
  EXPECT_EQ(geo::sgn(-e), 0);
  EXPECT_EQ(geo::sgn(std::nextafter(e, inf)), 1);
  EXPECT_EQ(geo::sgn(-std::nextafter(e, inf)), -1);
  EXPECT_EQ(geo::sgn(T(1)), 1);
  EXPECT_EQ(geo::sgn(T(-1e300)), -1);
}
TEST(Scalar, SgnFloatingBoundaryDouble) { sgn_floating_boundary<double>(); }
TEST(Scalar, SgnFloatingBoundaryLongDouble) { sgn_floating_boundary<long double>(); }

TEST(Scalar, EpsAssignedAtRunTimeAndRestored) {
  ASSERT_EQ(geo::eps<double>, 1e-9);
  EXPECT_EQ(geo::sgn(5e-8), 1);
  {
    geotest::ScopedEps<double> scoped(1e-7);
    EXPECT_EQ(geo::eps<double>, 1e-7);
    EXPECT_EQ(geo::sgn(5e-8), 0);   // now within eps
    EXPECT_EQ(geo::sgn(2e-7), 1);
    EXPECT_EQ(geo::eps<long double>, static_cast<long double>(1e-9));  // per type
  }
  EXPECT_EQ(geo::eps<double>, 1e-9);  // restored
  EXPECT_EQ(geo::sgn(5e-8), 1);

  // plain assignment, as a contestant would write it
  const double saved = geo::eps<double>;
  geo::eps<double> = 0.5;
  EXPECT_EQ(geo::sgn(0.4), 0);
  geo::eps<double> = saved;
  EXPECT_EQ(geo::sgn(0.4), 1);
}

TEST(Scalar, WideAndRealTypes) {
  __extension__ typedef __int128 i128;
  static_assert(std::is_same<geo::wide_t<long long>, i128>::value, "wide_t<long long>");
  static_assert(std::is_same<geo::wide_t<double>, double>::value, "wide_t<double>");
  static_assert(std::is_same<geo::real_t<long long>, double>::value, "real_t<long long>");
  static_assert(std::is_same<geo::real_t<double>, double>::value, "real_t<double>");
  static_assert(std::is_same<geo::real_t<long double>, long double>::value, "real_t<long double>");
  // a degree-3 product of 1e9-sized values fits wide_t<long long> exactly
  const geo::wide_t<long long> x = 2000000000;
  const geo::wide_t<long long> cube = x * x * x;  // 8e27
  EXPECT_EQ(oracle::z128(cube), Z("8000000000000000000000000000"));
}

TEST(Scalar, SgnOfNaNIsZero) {  // documented: NaN compares false both ways
  EXPECT_EQ(geo::sgn(std::nan("")), 0);
  EXPECT_EQ(geo::sgn(-std::numeric_limits<long double>::quiet_NaN()), 0);
}

}  // namespace
