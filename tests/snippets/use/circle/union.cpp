// Usage check for snippets/circle/union.hpp.
#include <cassert>
#include <cmath>
#include <vector>

template <class T> void check() {
  using P = geo::Point<T>;
  using C = geo::Circle<T>;
  const double pi = std::acos(-1.0);
  const std::vector<C> two{C{P(T(0), T(0)), T(5)}, C{P(T(8), T(0)), T(5)}};
  assert(std::abs(geo::union_area(two) - (50 * pi - 8.175055439664)) < 1e-9);
  assert(std::abs(geo::union_perimeter(two) - 10 * (2 * pi - 2 * std::acos(0.8))) < 1e-9);
  [[maybe_unused]] const auto both = geo::circle_union(two);
  assert(both.first == geo::union_area(two) && both.second == geo::union_perimeter(two));
  const std::vector<C> dup{C{P(T(1), T(1)), T(3)}, C{P(T(1), T(1)), T(3)}, C{P(T(2), T(1)), T(1)}};
  assert(std::abs(geo::union_area(dup) - 9 * pi) < 1e-9);  // duplicates once, contained dropped
  assert(std::abs(geo::union_perimeter(dup) - 6 * pi) < 1e-9);
  assert(geo::union_area(std::vector<C>{}) == 0);
  assert(std::abs(geo::area(C{P(T(0), T(0)), T(1)}, C{P(T(2), T(0)), T(2)}) - 1.40306643968573) < 1e-12);
  assert(std::abs(geo::area(C{P(T(1), T(0)), T(1)}, C{P(T(0), T(0)), T(3)}) - pi) < 1e-12);
  assert(geo::area(C{P(T(0), T(0)), T(1)}, C{P(T(2), T(0)), T(1)}) == 0);
  assert(std::abs(geo::seg_area(2.0, pi) - 2 * pi) < 1e-12);  // half disk of radius 2
}

int main() {
  check<long long>();
  check<double>();
}
