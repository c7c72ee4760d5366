// Usage check for snippets/circle/triangle.hpp.
#include <cassert>
#include <cmath>

template <class T> void check() {
  using P = geo::Point<T>;
  const auto c = geo::circumcircle(P(T(0), T(3)), P(T(4), T(0)), P(T(0), T(0)));
  assert(std::abs(c.c.x - 2) < 1e-12 && std::abs(c.c.y - 1.5) < 1e-12 && std::abs(c.r - 2.5) < 1e-12);
  const auto i = geo::incircle(P(T(0), T(3)), P(T(4), T(0)), P(T(0), T(0)));
  assert(std::abs(i.c.x - 1) < 1e-12 && std::abs(i.c.y - 1) < 1e-12 && std::abs(i.r - 1) < 1e-12);
  assert(geo::incircle(P(T(0), T(0)), P(T(2), T(0)), P(T(4), T(0))).r == 0);  // collinear
}

int main() {
  check<long long>();
  check<double>();
}
