// Usage check for snippets/orient.hpp (compiled with -include snippets/orient.hpp).
#include <cassert>

template <class T> void check() {
  using P = geo::Point<T>;
  const P a(T(0), T(0)), b(T(2), T(0)), up(T(1), T(1)), down(T(1), T(-1));
  assert(geo::orient(a, b, up) == 1 && geo::orient(a, b, down) == -1);
  assert(geo::orient(a, b, P(T(5), T(0))) == 0 && geo::orient(a, a, b) == 0);
  assert(geo::orient(b, up, a) == 1 && geo::orient(b, a, up) == -1);  // rotations, swaps
}

template <class T> void floating() {
  using P = geo::Point<T>;
  const P a(T(0), T(0)), b(T(1), T(0));
  assert(geo::orient(a, b, P(T(0.5), T(1e-12))) == 0);  // altitude 1e-12 <= eps
  assert(geo::orient(a, b, P(T(0.5), T(1e-6))) == 1);
}

int main() {
  check<long long>();
  check<double>();
  check<long double>();
  floating<double>();
  floating<long double>();
  using P = geo::Point<long long>;  // exact at the documented bound |x|,|y| <= 1e9
  const long long m = 1000000000;
  assert(geo::orient(P(-m, -m), P(m, m), P(m - 1, m)) == 1);
  assert(geo::orient(P(-m, -m), P(m, m), P(m, m - 1)) == -1);
  assert(geo::orient(P(-m, -m), P(m, m), P(m - 1, m - 1)) == 0);
}
