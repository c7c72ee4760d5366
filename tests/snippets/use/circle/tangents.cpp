// Usage check for snippets/circle/tangents.hpp.
#include <cassert>
#include <cmath>

template <class T> void check() {
  using P = geo::Point<T>;
  using C = geo::Circle<T>;
  const auto v = geo::tangents(C{P(T(2), T(2)), T(2)}, P(T(0), T(0)));
  assert(v.size() == 2);
  assert(std::abs(v[0].x) < 1e-12 && std::abs(v[0].y - 2) < 1e-12);  // clockwise of p - c first
  assert(std::abs(v[1].x - 2) < 1e-12 && std::abs(v[1].y) < 1e-12);
  assert(geo::tangents(C{P(T(0), T(0)), T(5)}, P(T(1), T(1))).empty());
  assert(geo::tangents(C{P(T(1), T(1)), T(1)}, C{P(T(6), T(2)), T(2)}).size() == 4);
  assert(geo::tangents(C{P(T(1), T(2)), T(1)}, C{P(T(4), T(2)), T(2)}).size() == 3);
  assert(geo::tangents(C{P(T(0), T(0)), T(1)}, C{P(T(1), T(0)), T(2)}).size() == 1);
  const auto l = geo::tangents(C{P(T(0), T(0)), T(1)}, C{P(T(4), T(0)), T(1)});
  assert(std::abs(std::abs(l[0].first.y) - 1) < 1e-12 && std::abs(l[0].second.x - 4) < 1e-12);
}

int main() {
  check<long long>();
  check<double>();
}
