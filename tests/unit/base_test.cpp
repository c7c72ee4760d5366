// Unit tests for geometry/base.hpp: eps<T>, sgn, cmp, is_exact_v, wide_t, real_t, in_range,
// Where. Values near the eps boundary are built with nextafter so the tests fail if the
// boundary moves (|x| <= eps is zero, anything beyond is not).
#include "geometry/base.hpp"

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

TEST(Base, ExactnessTraits) {
  EXPECT_TRUE(geo::is_exact_v<long long>);
  EXPECT_TRUE(geo::is_exact_v<Z>);
  EXPECT_TRUE(geo::is_exact_v<Q>);
  EXPECT_FALSE(geo::is_exact_v<double>);
  EXPECT_FALSE(geo::is_exact_v<long double>);
}

TEST(Base, DefaultEps) {
  EXPECT_EQ(geo::eps<double>, 1e-9);
  EXPECT_EQ(geo::eps<long double>, static_cast<long double>(1e-9));
  EXPECT_EQ(geo::eps<long long>, 0);
  EXPECT_EQ(geo::eps<Q>, 0);
}

TEST(Base, SgnExactTypes) {
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
TEST(Base, SgnFloatingBoundaryDouble) { sgn_floating_boundary<double>(); }
TEST(Base, SgnFloatingBoundaryLongDouble) { sgn_floating_boundary<long double>(); }

TEST(Base, Cmp) {
  EXPECT_EQ(geo::cmp(3LL, 2LL), 1);
  EXPECT_EQ(geo::cmp(2LL, 3LL), -1);
  EXPECT_EQ(geo::cmp(2LL, 2LL), 0);
  EXPECT_EQ(geo::cmp(1.0, 1.0 + 5e-10), 0);
  EXPECT_EQ(geo::cmp(1.0, 1.0 + 2e-9), -1);
  EXPECT_EQ(geo::cmp(1.0 + 2e-9, 1.0), 1);
  // exact multiprecision coordinates: the expression-template-free type (oracle.hpp)
  using oracle::QX;
  EXPECT_EQ(geo::cmp(QX(1) / 3, QX(1) / 3 + QX(1) / QX("1000000000000000000000")), -1);
  EXPECT_EQ(geo::cmp(QX(2), QX(2)), 0);
}

TEST(Base, EpsAssignedAtRunTimeAndRestored) {
  ASSERT_EQ(geo::eps<double>, 1e-9);
  EXPECT_EQ(geo::sgn(5e-8), 1);
  {
    geotest::ScopedEps<double> scoped(1e-7);
    EXPECT_EQ(geo::eps<double>, 1e-7);
    EXPECT_EQ(geo::sgn(5e-8), 0);   // now within eps
    EXPECT_EQ(geo::sgn(2e-7), 1);
    EXPECT_EQ(geo::cmp(1.0, 1.0 + 5e-8), 0);
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

TEST(Base, EpsIgnoredByExactTypes) {
  geotest::ScopedEps<long long> scoped(5);
  EXPECT_EQ(geo::eps<long long>, 5);
  EXPECT_EQ(geo::sgn(3LL), 1);  // exact path: eps not consulted
  EXPECT_EQ(geo::sgn(-1LL), -1);
  EXPECT_EQ(geo::cmp(4LL, 3LL), 1);
}

TEST(Base, WideAndRealTypes) {
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

TEST(Base, InRange) {
  EXPECT_TRUE(geo::in_range(1000000000LL, 1000000000));
  EXPECT_TRUE(geo::in_range(-1000000000LL, 1000000000));
  EXPECT_FALSE(geo::in_range(1000000001LL, 1000000000));
  EXPECT_FALSE(geo::in_range(-1000000001LL, 1000000000));
  EXPECT_FALSE(geo::in_range(LLONG_MIN, 1000000000));
  EXPECT_TRUE(geo::in_range(1e300, 1000000000));  // floating: finite is enough
  EXPECT_FALSE(geo::in_range(std::numeric_limits<double>::infinity(), 1));
  EXPECT_FALSE(geo::in_range(std::nan(""), 1));
  EXPECT_FALSE(geo::in_range(-std::numeric_limits<long double>::infinity(), 1));
  __extension__ typedef __int128 i128;
  EXPECT_TRUE(geo::in_range(static_cast<i128>(1) << 100, 1));  // only 64-bit integers checked
}

TEST(Base, WhereCodes) {
  EXPECT_EQ(static_cast<int>(geo::OUTSIDE), 0);
  EXPECT_EQ(static_cast<int>(geo::BOUNDARY), 1);
  EXPECT_EQ(static_cast<int>(geo::INSIDE), 2);
}

}  // namespace
