// Usage check for snippets/scalar.hpp (compiled with -include snippets/scalar.hpp).
#include <cassert>
#include <type_traits>

int main() {
  static_assert(geo::is_exact_v<long long> && !geo::is_exact_v<double>, "exactness");
  static_assert(std::is_same<geo::real_t<long long>, double>::value, "lengths of integers");
  static_assert(std::is_same<geo::real_t<long double>, long double>::value, "floating stays");
  static_assert(sizeof(geo::wide_t<long long>) == 16, "__int128 for degree-3 terms");
  assert(geo::eps<long long> == 0 && geo::eps<double> == 1e-9);
  assert(geo::sgn(-3LL) == -1 && geo::sgn(0LL) == 0 && geo::sgn(1LL) == 1);
  assert(geo::sgn(5e-10) == 0 && geo::sgn(-2e-9) == -1);  // |x| <= eps is 0
  geo::eps<double> = 1e-6;  // run-time override
  assert(geo::sgn(5e-7) == 0 && geo::sgn(2e-6) == 1);
  const geo::wide_t<long long> big = geo::wide_t<long long>(3000000000LL) * 3000000000LL * 3;
  assert(big / 9000000000LL == 3000000000LL);  // 2.7e19 does not fit in long long
}
