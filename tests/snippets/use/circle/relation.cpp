// Usage check for snippets/circle/relation.hpp.
#include <cassert>
#include <cmath>

template <class T> void check() {
  using P = geo::Point<T>;
  using C = geo::Circle<T>;
  const C c{P(T(1), T(2)), T(5)};
  assert(geo::relation(C{P(T(1), T(1)), T(1)}, C{P(T(6), T(2)), T(2)}) == 4);
  assert(geo::relation(C{P(T(1), T(2)), T(1)}, C{P(T(4), T(2)), T(2)}) == 3);
  assert(geo::relation(C{P(T(1), T(2)), T(1)}, C{P(T(3), T(2)), T(2)}) == 2);
  assert(geo::relation(C{P(T(0), T(0)), T(1)}, C{P(T(1), T(0)), T(2)}) == 1);
  assert(geo::relation(C{P(T(0), T(0)), T(1)}, C{P(T(0), T(0)), T(2)}) == 0);
  assert(geo::relation(c, c) == -1);
  assert(geo::cmp_dist(T(25), T(5)) == 0 && geo::cmp_dist(T(26), T(5)) == 1);
  const auto [a, h] = geo::chord(C{P(T(0), T(0)), T(2)}, C{P(T(2), T(0)), T(2)});
  assert(std::abs(a - 0.5) < 1e-12 && std::abs(h - std::sqrt(3.0) / 2) < 1e-12);  // over d = 2
}

int main() {
  check<long long>();
  check<double>();
  check<long double>();
  using C = geo::Circle<long long>;
  assert(geo::relation(C{{0, 0}, 10000}, C{{9999, 1}, 1}) == 2);  // nearly tangent, exactly decided
  assert(geo::relation(C{{0, 0}, 10000}, C{{9999, 0}, 1}) == 1);
  using D = geo::Circle<double>;
  assert(geo::relation(D{{0, 0}, 1}, D{{2 + 1e-12, 0}, 1}) == 3);  // within eps
}
