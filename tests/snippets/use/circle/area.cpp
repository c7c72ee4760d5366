// Usage check for snippets/circle/area.hpp.
#include <cassert>
#include <cmath>
#include <vector>

template <class T> void check() {
  using P = geo::Point<T>;
  using C = geo::Circle<T>;
  const double pi = std::acos(-1.0);
  const std::vector<P> sq{P(T(-5), T(-5)), P(T(5), T(-5)), P(T(5), T(5)), P(T(-5), T(5))};
  assert(std::abs(geo::area(C{P(T(0), T(0)), T(5)}, sq) - 25 * pi) < 1e-9);  // edges tangent
  assert(std::abs(geo::area(C{P(T(0), T(0)), T(100)}, sq) - 100) < 1e-9);
  const std::vector<P> tri{P(T(1), T(1)), P(T(4), T(1)), P(T(5), T(5))};
  assert(std::abs(geo::area(C{P(T(0), T(0)), T(5)}, tri) - 4.639858417607) < 1e-9);
  assert(geo::area(C{P(T(0), T(0)), T(5)}, std::vector<P>{}) == 0);
}

int main() {
  check<long long>();
  check<double>();
}
