// Usage check for snippets/circle/through.hpp.
#include <cassert>
#include <cmath>

template <class T> void check() {
  using P = geo::Point<T>;
  auto c = geo::through(P(T(0), T(0)), P(T(8), T(0)), T(5));
  assert(c.size() == 2 && std::abs(c[0].y - 3) < 1e-12 && std::abs(c[1].y + 3) < 1e-12);
  assert(geo::through(P(T(0), T(0)), P(T(6), T(8)), T(5)).size() == 1);
  assert(geo::through(P(T(0), T(0)), P(T(6), T(8)), T(4)).empty());
}

int main() {
  check<long long>();
  check<double>();
  check<long double>();
  using P = geo::Point<long long>;
  assert(geo::through(P(0, 0), P(19999, 1), 10000LL).size() == 2);  // 2r apart but for a hair
}
