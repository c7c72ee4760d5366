// Usage check for snippets/base.hpp: compiled with  -include snippets/base.hpp  by
// tests/snippets/compile_all.py, so the snippet itself is what gets tested.
#include <cassert>
#include <cmath>
#include <limits>
#include <type_traits>

template <class T> void floating() {
  static_assert(!geo::is_exact_v<T>, "floating types use eps");
  static_assert(std::is_same<geo::real_t<T>, T>::value, "real_t of a floating type is itself");
  assert(geo::eps<T> == T(1e-9));
  assert(geo::sgn(T(0)) == 0 && geo::sgn(T(5e-10)) == 0 && geo::sgn(T(-5e-10)) == 0);
  assert(geo::sgn(T(2e-9)) == 1 && geo::sgn(T(-2e-9)) == -1);
  assert(geo::cmp(T(1), T(1) + T(5e-10)) == 0 && geo::cmp(T(1), T(2)) == -1);
  assert(geo::in_range(T(1e300), 10) && !geo::in_range(std::numeric_limits<T>::infinity(), 10));
}

int main() {
  static_assert(geo::is_exact_v<long long>, "long long is exact");
  static_assert(std::is_same<geo::real_t<long long>, double>::value, "lengths of integers");
  static_assert(sizeof(geo::wide_t<long long>) == 16, "__int128 for degree-3 terms");
  assert(geo::eps<long long> == 0);
  assert(geo::sgn(1LL) == 1 && geo::sgn(0LL) == 0 && geo::sgn(-3LL) == -1);
  assert(geo::cmp(2LL, 3LL) == -1 && geo::cmp(3LL, 3LL) == 0);
  const geo::wide_t<long long> big = geo::wide_t<long long>(3000000000LL) * 3000000000LL * 3;
  assert(big / 9000000000LL == 3000000000LL);  // 2.7e19 does not fit in long long
  assert(geo::in_range(1000000000LL, 1000000000) && !geo::in_range(1000000001LL, 1000000000));
  assert(geo::OUTSIDE == 0 && geo::BOUNDARY == 1 && geo::INSIDE == 2);
  floating<double>();
  floating<long double>();
  geo::eps<double> = 1e-6;  // run-time override
  assert(geo::sgn(5e-7) == 0 && geo::sgn(2e-6) == 1);
  geo::eps<double> = 1e-9;
}
