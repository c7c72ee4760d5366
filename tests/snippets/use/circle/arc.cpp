// Usage check for snippets/circle/arc.hpp.
#include <cassert>
#include <cmath>

template <class T> void check() {
  using C = geo::Circle<T>;
  const double pi = std::acos(-1.0);
  auto a = geo::arc(C{{T(0), T(0)}, T(1)}, C{{T(1), T(0)}, T(1)});
  assert(std::abs(a.x + pi / 3) < 1e-12 && std::abs(a.y - 2 * pi / 3) < 1e-12);
  assert(geo::arc(C{{T(0), T(0)}, T(1)}, C{{T(0), T(3)}, T(2)}).y == 0);
  assert(geo::arc(C{{T(0), T(0)}, T(1)}, C{{T(1), T(1)}, T(5)}).y > 6);
  assert(geo::arc(C{{T(0), T(0)}, T(1)}, C{{T(5), T(0)}, T(1)}).y < 0);
}

int main() {
  check<long long>();
  check<double>();
  check<long double>();
}
