// Usage check for snippets/circle/circle.hpp (compiled with -include snippets/circle/circle.hpp).
#include <cassert>
#include <cmath>

template <class T> void check() {
  using P = geo::Point<T>;
  using C = geo::Circle<T>;
  const C c{P(T(2), T(1)), T(5)};
  assert(geo::valid(c) && !geo::valid(C{P(T(0), T(0)), T(-1)}));
  // the line y = 4 (through (0, 4) = c + v, direction (1, 0)): foot (2, 4), half chord 4
  const auto [t, h] = geo::cut(c, P(T(0), T(4)) - c.c, P(T(1), T(0)));
  assert(std::abs(t - 2) < 1e-12 && std::abs(h - 4) < 1e-12);
  assert(geo::cut(c, P(T(0), T(6)) - c.c, P(T(2), T(0))).y == 0);  // y = 6 is tangent: h = 0
  assert(geo::cut(c, P(T(0), T(7)) - c.c, P(T(1), T(0))).y < 0);   // y = 7 misses
}

int main() {
  check<long long>();
  check<double>();
  check<long double>();
  using C = geo::Circle<long long>;  // discriminant 1: two points, exactly decided
  assert(geo::cut(C{{0, 0}, 9805}, {9797, 396}, {-223, 5517}).y > 0);
}
