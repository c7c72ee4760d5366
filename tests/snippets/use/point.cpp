// Usage check for snippets/point.hpp (compiled with -include snippets/point.hpp).
#include <cassert>
#include <cmath>
#include <limits>
#include <type_traits>

template <class T> void both() {  // exact for long long, rounding-free here for floating T
  using P = geo::Point<T>;
  const P a(T(1), T(2)), b(T(3), T(-1));
  assert(a + b == P(T(4), T(1)) && a - b == P(T(-2), T(3)) && a * T(-1) == P(T(-1), T(-2)));
  assert(a * T(2) == P(T(2), T(4)) && P(T(4), T(6)) / T(2) == P(T(2), T(3)));
  assert(a.dot(b) == T(1) && a.cross(b) == T(-7) && P().cross(a, b) == T(-7));
  assert(a.norm2() == T(5) && dist2(a, b) == T(13) && P(T(3), T(4)).norm() == 5);
  assert(std::abs(dist(a, b) - std::sqrt(geo::real_t<T>(13))) < 1e-12);
  assert(a.perp() == P(T(-2), T(1)) && a.perp().perp() == a * T(-1));
  assert(a < b && !(b < a) && a != b && P(T(1), T(1)) < P(T(1), T(2)));
}

template <class T> void floating() {
  using P = geo::Point<T>;
  const P c(geo::Point<long long>(3, -1000000001));  // explicit conversion
  assert(c.x == T(3) && c.y == T(-1000000001));
  const P u = P(T(3), T(4)) / P(T(3), T(4)).norm();
  assert(std::abs(u.x - T(0.6)) < T(1e-12) && std::abs(u.y - T(0.8)) < T(1e-12));
  static_assert(!geo::is_exact_v<T>, "floating types use eps");
  static_assert(std::is_same<geo::real_t<T>, T>::value, "real_t of a floating type is itself");
  assert(geo::eps<T> == T(1e-9));
  assert(geo::sgn(T(0)) == 0 && geo::sgn(T(5e-10)) == 0 && geo::sgn(T(-5e-10)) == 0);
  assert(geo::sgn(T(2e-9)) == 1 && geo::sgn(T(-2e-9)) == -1);
  assert(geo::in_range(P(T(1e300)), 10) && !geo::in_range(P(std::numeric_limits<T>::infinity()), 10));
}

int main() {
  both<long long>();
  both<double>();
  both<long double>();
  floating<double>();
  floating<long double>();
  const geo::Point<long long> far(1000000000, -1000000000);  // the exact range's corner
  assert(far.cross(geo::Point<long long>(-1000000000, -1000000000)) == -2000000000000000000LL);
  static_assert(geo::is_exact_v<long long>, "long long is exact");
  static_assert(std::is_same<geo::real_t<long long>, double>::value, "lengths of integers");
  static_assert(sizeof(geo::wide_t<long long>) == 16, "__int128 for degree-3 terms");
  assert(geo::eps<long long> == 0);
  assert(geo::sgn(1LL) == 1 && geo::sgn(0LL) == 0 && geo::sgn(-3LL) == -1);
  const geo::wide_t<long long> big = geo::wide_t<long long>(3000000000LL) * 3000000000LL * 3;
  assert(big / 9000000000LL == 3000000000LL);  // 2.7e19 does not fit in long long
  using PL = geo::Point<long long>;
  assert(geo::in_range(PL(1000000000), 1000000000) && !geo::in_range(PL(0, -1000000001), 1000000000));
  geo::eps<double> = 1e-6;  // run-time override
  assert(geo::sgn(5e-7) == 0 && geo::sgn(2e-6) == 1);
  geo::eps<double> = 1e-9;
  const geo::Point<double> z, nan = z / z.norm();  // the zero vector: NaNs
  assert(nan.x != nan.x && nan.y != nan.y);
}
